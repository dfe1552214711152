"""Who runs this process, and on which machine: the login name and the host name, for the author
of a saved draft, the session marker and the single-instance socket."""

from __future__ import annotations

import getpass
import socket


def user_name() -> str | None:
    """The login name, or None where there is none (a service account, a container without one)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - OSError, KeyError or ImportError depending on the platform and Python
        return None


def host_name() -> str:
    """This machine's network name."""
    return socket.gethostname()
