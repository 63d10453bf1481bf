"""Secrets as a real system keeps them: salted slow hash (scrypt), constant-time compare.

The hash string is self-describing: "scrypt$n$r$p$salt_hex$hash_hex".
Secrets are normalised by the caller (PINs are not case-sensitive: upper-cased).

Cost: new hashes use SCRYPT_N / SCRYPT_R / SCRYPT_P and a 32-byte digest. The checker
refuses a stored hash below the floor (cost lower than SCRYPT_N, r or p out of range, a
digest shorter than 32 bytes or a salt shorter than 16): such a hash proves little (a
1-byte digest matches one wrong secret in 256). A stored hash that is accepted but
weaker than what new hashes get (:func:`is_weak`) is replaced after the next successful
check, by the caller that knows the secret (PIN, SPID password, CNS PIN and PUK).

Fast hashing is a test-only hook (:func:`set_fast_hashing`, used by the tests, the
benchmark and the screenshot tool to seed worlds quickly): it lowers the cost of new
hashes and the floor together, so that the format and every check stay the same. No
user option reaches it.
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
DIGEST_BYTES = 32
SALT_BYTES = 16
MIN_N = SCRYPT_N  # the floor of the checker
MAX_N = 2**16  # above this (or r, p above the maxima) a stored hash is refused too: memory and time
MAX_R = 16
MAX_P = 4
_FAST_N = 2**4  # new hashes when fast hashing is on (tests, tools)
_FAST_MIN_N = 2**2  # the floor when fast hashing is on: tests can store a hash weaker than the current one

_fast = False


def set_fast_hashing(enabled: bool) -> None:
    """Test-only hook (tests, tools/benchmark.py, tools/screenshots.py): lower the cost of
    new hashes and the checker's floor. The format and the checks stay the same."""
    global _fast
    _fast = bool(enabled)


def fast_hashing() -> bool:
    return _fast


def current_n() -> int:
    return _FAST_N if _fast else SCRYPT_N


def floor_n() -> int:
    return _FAST_MIN_N if _fast else MIN_N


def hash_secret(secret: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    n = current_n()
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=DIGEST_BYTES)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def _parse(stored) -> tuple[int, int, int, bytes, bytes] | None:
    """(n, r, p, salt, digest) of a well-formed scrypt hash string, else None."""
    try:
        scheme, n, r, p, salt_hex, hash_hex = str(stored).split("$")
        if scheme != "scrypt" or not all(x.isascii() and x.isdigit() for x in (n, r, p)):
            return None
        return int(n), int(r), int(p), bytes.fromhex(salt_hex), bytes.fromhex(hash_hex)
    except (ValueError, TypeError):
        return None


def _acceptable(n: int, r: int, p: int, salt: bytes, digest: bytes) -> bool:
    """At or above the floor, within the maxima."""
    return (n >= floor_n() and n <= MAX_N and n & (n - 1) == 0 and SCRYPT_R <= r <= MAX_R
            and SCRYPT_P <= p <= MAX_P and len(digest) >= DIGEST_BYTES and len(salt) >= SALT_BYTES)


def is_acceptable(stored) -> bool:
    """True if the checker would compare a secret with `stored` at all."""
    parsed = _parse(stored)
    return parsed is not None and _acceptable(*parsed)


def is_weak(stored) -> bool:
    """True if `stored` is not as strong as what a new hash gets now: malformed, below the
    floor (the checker refuses it) or merely below the current cost (the next successful
    check should replace it)."""
    parsed = _parse(stored)
    if parsed is None:
        return True
    n, r, p, salt, digest = parsed
    return (not _acceptable(n, r, p, salt, digest) or n < current_n() or r < SCRYPT_R or p < SCRYPT_P
            or len(digest) < DIGEST_BYTES or len(salt) < SALT_BYTES)


def _matches(secret: str, n: int, r: int, p: int, salt: bytes, digest: bytes) -> bool:
    try:
        computed = hashlib.scrypt(secret.encode("utf-8", "surrogatepass"), salt=salt, n=n, r=r, p=p,
                                  dklen=len(digest), maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError, UnicodeError, MemoryError):
        return False
    return hmac.compare_digest(computed, digest)


def verify_secret(secret: str, stored: str) -> bool:
    """True if `secret` matches `stored`; constant-time comparison; False on malformed input
    and on a stored hash below the floor (see the module's doc)."""
    parsed = _parse(stored)
    if parsed is None or not _acceptable(*parsed):
        return False
    return _matches(secret, *parsed)


def matches_weak(secret: str, stored: str) -> bool:
    """For the migration that replaces weak hashes (app.services.personas.rehash_weak_secrets)
    only: does the documented `secret` match `stored`, whatever its cost (within the
    maxima)? A digest shorter than 32 bytes proves nothing (it also matches wrong secrets):
    False. Never use it to let anybody in."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, digest = parsed
    if not (2 <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P
            and len(digest) >= DIGEST_BYTES):
        return False
    return _matches(secret, n, r, p, salt, digest)


def random_code(length: int, alphabet: str) -> str:
    """A code drawn with the operating system's cryptographic random source."""
    return "".join(secrets.choice(alphabet) for _ in range(length))
