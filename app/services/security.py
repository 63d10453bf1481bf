"""Secrets as a real system keeps them: salted slow hash (scrypt), constant-time compare.

The hash string is self-describing: "scrypt$n$r$p$salt_hex$hash_hex".
Secrets are normalised by the caller (PINs are not case-sensitive: upper-cased).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

# Cost parameters: slow enough to hurt an attacker, fast enough for a desktop app.
# n=2**14, r=8 takes about 20-40 ms on this class of machine and 16 MiB of memory.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_FAST_N = 2**4  # used only when tests switch to fast mode


_fast = False


def set_fast_hashing(enabled: bool) -> None:
    """Tests may lower the cost (the format and the checks stay the same)."""
    global _fast
    _fast = enabled


def hash_secret(secret: str) -> str:
    salt = secrets.token_bytes(16)
    n = _FAST_N if _fast else SCRYPT_N
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str) -> bool:
    """True if `secret` matches `stored`; constant-time comparison; False on any malformed input."""
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(hash_hex)
        digest = hashlib.scrypt(
            secret.encode("utf-8", "surrogatepass"),
            salt=bytes.fromhex(salt_hex),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError, UnicodeError):
        return False
    return hmac.compare_digest(digest, expected)


def random_code(length: int, alphabet: str) -> str:
    """A code drawn with the operating system's cryptographic random source."""
    return "".join(secrets.choice(alphabet) for _ in range(length))
