"""Where an environment stands on OVO's onboarding journey, as facts a front end words.

The SOP's partner side, in the order a partner walks it: make the two key pairs, send the
public keys to OVO's PIS team, decrypt the files OVO sends back, get the 15-minute token,
run the mandatory account inquiry, top up, and run the UAT scenarios (each refusal the SOP
lists shown as `CODE - Message`). Each step is read from what the workbench can see: key
files, settings, the keyring, the journal. Nothing here is Qt; the window turns the
facts into sentences in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from core import keys
from core.journal import JournalFilter
from core.journal_entry import Outcome
from core.key_files import pair_status
from core.snap.profile import Service

if TYPE_CHECKING:
    from core.workspace import Workspace

# The SOP's "conditions that the Top Up is not allowed": every one must be shown in UAT.
UAT_CODES = ("4033718", "4033705", "4033702", "4043713")


class Step(Enum):
    KEYS = "keys"
    SEND_KEYS = "send-keys"
    CREDENTIALS = "credentials"
    TOKEN = "token"
    INQUIRY = "inquiry"
    TOPUP = "topup"
    UAT = "uat"


@dataclass(frozen=True)
class StepFacts:
    step: Step
    done: bool
    counts: tuple[int, int] = (0, 0)  # progress within the step: (done, of)
    missing: tuple[str, ...] = ()  # what is still missing (file names, codes)
    unreadable: tuple[str, ...] = ()  # files that are there but are not usable keys


def progress(workspace: Workspace, env_name: str, *, read_keys: bool = True) -> list[StepFacts]:
    """The seven steps for one environment, in order. `read_keys=False` judges the key
    files by their presence, and takes the public keys sent to OVO as still the ones in
    the folder (see `pair_status`)."""
    env = workspace.environment(env_name)
    folder = workspace.key_folder(env.name)
    pairs = [pair_status(folder, role, read=read_keys) for role in keys.Role]
    missing_files = tuple(
        path.name
        for status in pairs
        for path, there in (
            (status.private_path, status.private_exists),
            (status.public_path, status.public_exists),
        )
        if not there
    )
    keys_done = all(status.complete for status in pairs)
    fingerprints = sorted(s.fingerprint_sha256 for s in pairs if s.fingerprint_sha256)
    sent = workspace.settings.preferences.get("public_keys_sent", {}).get(env.name)
    set_up = workspace.is_set_up(env.name)
    sent_done = (bool(sent) and (not read_keys or sent == fingerprints or not keys_done)) or set_up

    def seen(service: Service, outcome: Outcome | None = None, code: str | None = None) -> bool:
        found = workspace.journal.query(
            JournalFilter(environment=env.name, service=service.value, outcome=outcome, code=code),
            limit=1,
        )
        return bool(found)

    token_done = workspace.token_status(env.name).token is not None or seen(
        Service.ACCESS_TOKEN, Outcome.SUCCESS
    )
    codes_seen = tuple(
        code
        for code in UAT_CODES
        if seen(Service.ACCOUNT_INQUIRY, code=code) or seen(Service.TOPUP, code=code)
    )
    return [
        StepFacts(
            Step.KEYS,
            keys_done,
            (sum(s.complete for s in pairs), len(pairs)),
            missing_files,
            tuple(s.public_path.name for s in pairs if s.problem),
        ),
        StepFacts(Step.SEND_KEYS, sent_done),
        StepFacts(Step.CREDENTIALS, set_up),
        StepFacts(Step.TOKEN, set_up and token_done),
        StepFacts(Step.INQUIRY, seen(Service.ACCOUNT_INQUIRY, Outcome.SUCCESS)),
        StepFacts(Step.TOPUP, seen(Service.TOPUP, Outcome.SUCCESS)),
        StepFacts(
            Step.UAT,
            len(codes_seen) == len(UAT_CODES),
            (len(codes_seen), len(UAT_CODES)),
            tuple(c for c in UAT_CODES if c not in codes_seen),
        ),
    ]


# Steps the user may skip: the account inquiry gets a token by itself.
OPTIONAL = frozenset({Step.TOKEN})


def next_step(facts: list[StepFacts]) -> Step | None:
    """The first step not done, optional ones aside: what the user should do now."""
    return next((f.step for f in facts if not f.done and f.step not in OPTIONAL), None)
