"""The embedded OVO sandbox: a strict stand-in for OVO's SNAP staging on loopback.

`registration` plays OVO's PIS team (keys in, encrypted credentials out), `app` the
gateway and its services, `store` their memory, `accounts` the customers, and `server`
runs it all. Nothing here imports Qt; the GUI and the CLI drive it alike.
"""

LEDGER_PATH = "/sandbox/ledger"  # sandbox only: OVO has no such API
