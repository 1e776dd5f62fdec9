"""The window on a 1366x768 laptop and a 1280x720 screen: it opens fitting the screen with
its status bar in view, no page scrolls sideways, no tab label is cut, and its size and
state are kept in the home's settings.json. Each screen is a real offscreen screen of
that size, in a child process (Qt reads the screens once, when it starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {"1366x768": (1366, 768), "1280x720": (1280, 720)}


def probe(tmp_path: Path, home: Path, screen: str, language: str = "en", *extra: str) -> dict:
    width, height = SCREENS[screen]
    config = tmp_path / f"screen-{screen}.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env["WORKBENCH_HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.screen_probe", str(home), language, *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox and y >= oy and x + w <= ox + ow and y + h <= oy + oh


def fits(seen: dict) -> bool:
    """On screen, with room for the title bar (40 px) and borders the window system adds."""
    _x, _y, w, h = seen["window"]
    _sx, _sy, sw, sh = seen["screen"]
    return inside(seen["window"], seen["screen"]) and w + 16 <= sw and h + 40 <= sh


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("language", ["en", "id"])
def test_the_window_opens_fitting_the_screen_with_its_status_bar_in_view(
    tmp_path, screen, language
):
    seen = probe(tmp_path, tmp_path / "home", screen, language)
    width, height = SCREENS[screen]
    assert seen["screen"] == [0, 0, width, height]
    x, y, w, h = seen["window"]
    assert fits(seen), seen
    assert seen["status_visible"]
    assert inside(seen["status_bar"], [x, y, w, h]), seen
    assert {key: found for key, found in seen["sideways"].items() if found} == {}
    assert seen["tabs_cut"] == [] and not seen["scroll_buttons"], seen


def test_size_and_maximised_state_are_kept_in_the_homes_settings(tmp_path):
    home = tmp_path / "home"
    first = probe(tmp_path, home, "1366x768", "en", "maximize")
    assert first["maximized"]
    settings = json.loads((home / "settings.json").read_text())
    kept = settings["preferences"]["window"]
    assert kept["maximized"] is True
    assert kept["width"] <= 1366 - 16 and kept["height"] <= 768 - 40

    again = probe(tmp_path, home, "1366x768")
    assert again["maximized"], "the window did not open maximised again"
    assert inside(again["status_bar"], again["screen"])

    # A size kept on a bigger screen is cut down to the small one.
    settings["preferences"]["window"] = {"width": 1900, "height": 1150, "maximized": False}
    (home / "settings.json").write_text(json.dumps(settings))
    small = probe(tmp_path, home, "1280x720")
    assert not small["maximized"]
    assert fits(small), small
    assert small["window"][2:] == [1280 - 16, 720 - 40]
    # Nothing of it went to Qt's own settings store outside the home.
    assert not list(home.parent.glob("**/*.conf"))


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("language", ["en", "id"])
def test_the_first_steps_need_no_scrolling_when_maximised(tmp_path, screen, language):
    """At the first start: all seven steps of the Journey in view, and Keys and
    Credentials whole."""
    seen = probe(tmp_path, tmp_path / "home", screen, language, "maximize")
    assert seen["maximized"]
    assert set(seen["scrolls_down"]) & {"journey", "keys", "credentials"} == set(), seen
