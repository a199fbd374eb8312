"""Encryption of bundle files with the station passphrase.

Recipe (all primitives from ``cryptography``; the framing is age's STREAM construction):

- station key = scrypt(passphrase NFC UTF-8, station salt, n, r=8, p=1) -> 32 bytes. The salt and
  the cost are chosen once when the station passphrase is set, and travel in every file header.
- verifier = HMAC-SHA256(station key, "verifier"): stored in the database (never the passphrase)
  and in each file header, so a wrong passphrase is told apart from a damaged file.
- per file: a random 16-byte nonce; file key = HKDF-SHA256(station key, salt=nonce, info).
- payload: ChaCha20-Poly1305 over 64 KiB chunks; chunk i has nonce = i (11 bytes, big endian) +
  a last-chunk flag byte, and the whole file prefix (magic, header) as associated data. Changing,
  reordering, dropping or appending any byte, chunk or header field fails authentication, and a
  file cut at any point lacks its flagged last chunk.

Layout: ``MAGIC`` (8 bytes), header length (4 bytes, big endian), header (JSON, UTF-8), chunks.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"SDSYNC1\n"
CHUNK = 64 * 1024
TAG = 16
MAX_HEADER = 64 * 1024
FILE_INFO = b"StationDesk bundle v1 file key"
VERIFIER_INFO = b"StationDesk bundle v1 passphrase verifier"
DEFAULT_LOG_N = 17  # 128 MiB, about half a second on a 2-core machine
MIN_LOG_N, MAX_LOG_N = 14, 20
# A lower cost for the test suite only: honoured once ``allow_test_cost`` was called, which only
# tests/conftest.py does (a call in code, not a setting: nothing outside the process can turn it
# on), and never in the frozen app.
LOG_N_ENV = "STATIONDESK_KDF_LOG_N"
_TEST_COST = {"allowed": False}


def allow_test_cost() -> None:
    """Let STATIONDESK_KDF_LOG_N lower the cost of new station keys (tests/conftest.py only)."""
    _TEST_COST["allowed"] = True


def cost_override_allowed() -> bool:
    return _TEST_COST["allowed"] and not getattr(sys, "frozen", False)


class DecryptionFailed(Exception):
    """The payload does not authenticate: damaged, cut short, altered, or another key."""


class BadHeader(Exception):
    """The file does not start with a readable StationDesk header."""


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    log_n: int
    r: int = 8
    p: int = 1

    def to_json(self) -> dict[str, Any]:
        return {
            "alg": "scrypt",
            "salt": _b64(self.salt),
            "log_n": self.log_n,
            "r": self.r,
            "p": self.p,
        }

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        if not isinstance(data, dict) or data.get("alg") != "scrypt":
            raise BadHeader("kdf")
        try:
            params = cls(_unb64(data["salt"]), int(data["log_n"]), int(data["r"]), int(data["p"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise BadHeader("kdf") from exc
        if not (
            MIN_LOG_N <= params.log_n <= MAX_LOG_N
            and params.r == 8
            and params.p == 1
            and len(params.salt) == 16
        ):
            raise BadHeader("kdf")
        return params

    @classmethod
    def new(cls) -> KdfParams:
        log_n = DEFAULT_LOG_N
        if cost_override_allowed() and os.environ.get(LOG_N_ENV, "").isdigit():
            log_n = max(MIN_LOG_N, min(DEFAULT_LOG_N, int(os.environ[LOG_N_ENV])))
        return cls(secrets.token_bytes(16), log_n)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


_KEYS: dict[tuple[bytes, KdfParams], bytes] = {}


def station_key(passphrase: str, params: KdfParams) -> bytes:
    """The 32-byte station key (scrypt). Kept in memory for this process only, keyed by a hash."""
    digest = hashlib.sha256(normalize(passphrase)).digest()
    cached = _KEYS.get((digest, params))
    if cached is not None:
        return cached
    key = Scrypt(salt=params.salt, length=32, n=2**params.log_n, r=params.r, p=params.p).derive(
        normalize(passphrase)
    )
    if len(_KEYS) > 8:
        _KEYS.clear()
    _KEYS[(digest, params)] = key
    return key


def verifier(key: bytes) -> bytes:
    return hmac.new(key, VERIFIER_INFO, hashlib.sha256).digest()


def verifier_text(key: bytes) -> str:
    return _b64(verifier(key))


def matches(key: bytes, expected_b64: str) -> bool:
    try:
        expected = _unb64(expected_b64)
    except ValueError:
        return False
    return hmac.compare_digest(verifier(key), expected)


def _file_key(key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=FILE_INFO).derive(key)
    return ChaCha20Poly1305(derived)


def _chunk_nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def make_header(fields: dict[str, Any], params: KdfParams, key: bytes) -> dict[str, Any]:
    return {
        **fields,
        "kdf": params.to_json(),
        "check": verifier_text(key),
        "nonce": _b64(secrets.token_bytes(16)),
        "chunk": CHUNK,
    }


def _prefix(header: dict[str, Any]) -> bytes:
    body = json.dumps(header, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode(
        "ascii"
    )
    return MAGIC + len(body).to_bytes(4, "big") + body


def encrypt_stream(
    out: BinaryIO, header: dict[str, Any], key: bytes, blocks: Iterable[bytes]
) -> int:
    """Write the header and the encrypted ``blocks`` (plaintext of any sizes) to ``out``.
    Returns the bytes written."""
    prefix = _prefix(header)
    aead = _file_key(key, _unb64(header["nonce"]))
    out.write(prefix)
    written = len(prefix)
    buffer = bytearray()
    index = 0
    for block in blocks:
        buffer += block
        while len(buffer) > CHUNK:  # keep at least one byte back: the last chunk must be flagged
            sealed = aead.encrypt(_chunk_nonce(index, False), bytes(buffer[:CHUNK]), prefix)
            out.write(sealed)
            written += len(sealed)
            del buffer[:CHUNK]
            index += 1
    sealed = aead.encrypt(_chunk_nonce(index, True), bytes(buffer), prefix)
    out.write(sealed)
    return written + len(sealed)


def read_header(stream: BinaryIO) -> tuple[dict[str, Any], bytes]:
    """The header of a file and its raw prefix (the associated data of every chunk)."""
    magic = stream.read(len(MAGIC))
    if magic != MAGIC:
        raise BadHeader("magic")
    size_bytes = stream.read(4)
    if len(size_bytes) != 4:
        raise BadHeader("size")
    size = int.from_bytes(size_bytes, "big")
    if not 2 <= size <= MAX_HEADER:
        raise BadHeader("size")
    body = stream.read(size)
    if len(body) != size:
        raise BadHeader("short")
    try:
        header = json.loads(body.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadHeader("json") from exc
    if not isinstance(header, dict):
        raise BadHeader("json")
    return header, magic + size_bytes + body


def decrypt_stream(
    stream: BinaryIO, header: dict[str, Any], prefix: bytes, key: bytes
) -> Iterator[bytes]:
    """Yield the plaintext chunk by chunk; raises DecryptionFailed on any damage, including a
    file cut short or with bytes appended. Consumers must not act before the iterator ends."""
    try:
        aead = _file_key(key, _unb64(header["nonce"]))
    except (KeyError, ValueError) as exc:
        raise DecryptionFailed("nonce") from exc
    if header.get("chunk") != CHUNK:
        raise DecryptionFailed("chunk size")
    size = CHUNK + TAG
    index = 0
    current = stream.read(size)
    while True:
        following = stream.read(size) if len(current) == size else b""
        last = not following
        if len(current) < TAG:
            raise DecryptionFailed("short")
        try:
            yield aead.decrypt(_chunk_nonce(index, last), current, prefix)
        except InvalidTag as exc:
            raise DecryptionFailed(f"chunk {index}") from exc
        if last:
            return
        current = following
        index += 1
