"""The station passphrase (同步口令): set once per station and kept only as a verifier, checked
for strength when set; the station key it gives, and the key callback bundle imports use (which
checks station, KDF cost and passphrase before any work a file's header asks for)."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.context import Context
from desktop.core.errors import BundleError, FieldError, SyncError
from desktop.core.sync import crypto, strength

KDF_KEY, VERIFIER_KEY = "sync_kdf", "sync_verifier"
# The passphrase of the demo station that ``demo`` creates on an empty folder, when none is given.
DEMO_PASSPHRASE = "qingshan-demo"


# -- the station passphrase -------------------------------------------------------------------
def has_passphrase(ctx: Context) -> bool:
    return bool(ctx.store.meta_get(VERIFIER_KEY))


def passphrase_problem(passphrase: str) -> FieldError | None:
    """Why a new station passphrase is too easy to guess (for the set-up form), or None."""
    code = strength.problem(passphrase)
    if code is None:
        return None
    return FieldError("passphrase", code, {"min": strength.MIN_LENGTH, "example": strength.EXAMPLE})


def check_new_passphrase(passphrase: str) -> None:
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise SyncError(problem.code, **problem.params)


def set_passphrase(ctx: Context, passphrase: str) -> None:
    """Set the station passphrase (once): only a salted scrypt verifier is kept."""
    if has_passphrase(ctx):
        raise SyncError("sync.passphrase_exists")
    check_new_passphrase(passphrase)
    params = crypto.KdfParams.new()
    key = crypto.station_key(passphrase, params)
    store_secret(ctx, params, key)


def store_secret(ctx: Context, params: crypto.KdfParams, key: bytes) -> None:
    with ctx.store.transaction():
        ctx.store.meta_set(KDF_KEY, json.dumps(params.to_json(), sort_keys=True))
        ctx.store.meta_set(VERIFIER_KEY, crypto.verifier_text(key))


def _params(ctx: Context) -> crypto.KdfParams:
    text = ctx.store.meta_get(KDF_KEY)
    if not text or not has_passphrase(ctx):
        raise SyncError("sync.passphrase_missing")
    return crypto.KdfParams.from_json(json.loads(text))


def station_key(ctx: Context, passphrase: str) -> tuple[bytes, crypto.KdfParams]:
    """The station key for a passphrase checked against this station's verifier."""
    params = _params(ctx)
    key = crypto.station_key(passphrase, params)
    if not crypto.matches(key, ctx.store.meta_get(VERIFIER_KEY) or ""):
        raise SyncError("sync.passphrase_wrong")
    return key, params


def key_for(ctx: Context, passphrase: str, name: str) -> Any:
    """A callback giving the key for a file header: station and passphrase checked first. The
    key is derived (scrypt, deliberately slow) once per callback and header."""
    station_id = ctx.store.meta_get("station_id")
    derived: dict[str, bytes] = {}

    def give(header: dict[str, Any]) -> bytes:
        seen = json.dumps([header.get(k) for k in ("station", "kdf", "check")], sort_keys=True)
        if seen not in derived:
            derived[seen] = derive(header)
        return derived[seen]

    def derive(header: dict[str, Any]) -> bytes:
        if station_id and header.get("station") != station_id:
            raise BundleError("bundle.other_station", name=name)
        if station_id and has_passphrase(ctx):
            if header.get("kdf") != _params(ctx).to_json():  # before any work the header asks for
                raise BundleError("bundle.passphrase", name=name)
            key, params = station_key(ctx, passphrase)
            if not crypto.matches(key, str(header.get("check"))):
                raise BundleError("bundle.passphrase", name=name)
            return key
        try:
            params = crypto.KdfParams.from_json(header.get("kdf"))
        except crypto.BadHeader as exc:
            raise BundleError("bundle.not_bundle", name=name) from exc
        if params.log_n > crypto.DEFAULT_LOG_N:  # no station cost here yet: at most the default one
            raise BundleError("bundle.kdf_cost", name=name)
        key = crypto.station_key(passphrase, params)
        if not crypto.matches(key, str(header.get("check"))):
            raise BundleError("bundle.passphrase", name=name)
        return key

    return give
