"""The journal's "an entry was written" news, carried to the GUI thread.

`Journal.subscribe` calls its listeners on the writer's thread (the loop's, or a worker's);
a Qt signal emitted there is delivered queued on the GUI thread. One relay per workspace:
the journal has no unsubscribe, so windows share it instead of adding listeners.
"""

from __future__ import annotations

import contextlib
import weakref

from PySide6.QtCore import QObject, Signal

from core.workspace import Workspace


class JournalRelay(QObject):
    written = Signal(int)  # the entry's id


_relays: weakref.WeakKeyDictionary[Workspace, JournalRelay] = weakref.WeakKeyDictionary()


def relay_for(workspace: Workspace) -> JournalRelay:
    relay = _relays.get(workspace)
    if relay is None:
        relay = JournalRelay()
        ref = weakref.ref(relay)

        def listener(entry_id: int) -> None:
            target = ref()
            if target is not None:
                with contextlib.suppress(RuntimeError):  # deleted with the application
                    target.written.emit(entry_id)

        workspace.journal.subscribe(listener)
        _relays[workspace] = relay
    return relay
