"""Is the process that wrote a lock or a journal still running?"""

from __future__ import annotations

import os
import socket


def this_host() -> str:
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        SYNCHRONIZE_AND_QUERY = 0x00100000 | 0x1000
        handle = ctypes.windll.kernel32.OpenProcess(SYNCHRONIZE_AND_QUERY, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            ctypes.windll.kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it is just not ours
    if os.path.exists(f"/proc/{pid}/stat"):
        # A zombie has exited; only its parent has not collected it yet.
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
                state = handle.read().rsplit(")", 1)[-1].split()[0]
            return state != "Z"
        except (OSError, IndexError):
            return True
    return True


def owner_alive(host: str, pid: int) -> bool | None:
    """True/False for a process on this machine; None when it ran on another host."""
    if host != this_host():
        return None
    return pid_alive(pid)
