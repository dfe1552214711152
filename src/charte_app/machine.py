"""Who runs this process, and on which machine: the login name and the host name, for the author
of a saved draft, the session marker, the single-instance socket and lock; whether a process runs."""

from __future__ import annotations

import getpass
import os
import socket
import sys


def user_name() -> str | None:
    """The login name, or None where there is none (a service account, a container without one)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - OSError, KeyError or ImportError depending on the platform and Python
        return None


def host_name() -> str:
    """This machine's network name."""
    return socket.gethostname()


def process_running(pid: int) -> bool:
    """True when a process with this id exists on this machine (whoever owns it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only, nothing is sent
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def _windows_process_running(pid: int) -> bool:
    # os.kill(pid, 0) would *terminate* the process on Windows: ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    process_query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
