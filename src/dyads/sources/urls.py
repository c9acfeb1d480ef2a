"""Fetching over HTTP(S), politely and safely: the only place dyads talks to the network.

A ``Fetcher`` wraps one ``httpx.Client`` and adds what a crawler owes the sites it reads and
the machine it runs on:

* an SSRF guard: the host is resolved once, every address is checked (loopback, private,
  link-local, multicast, reserved and unspecified addresses are refused unless
  ``allow_private``) and the connection is pinned to a checked address, so a DNS answer that
  changes between the check and the connection cannot slip through; redirects are followed
  by hand, each target checked again, at most ``max_redirects`` of them;
* robots.txt, fetched with the same client, cached per host and honoured (RFC 9309: a
  missing file allows everything, an unreachable one disallows everything for a while);
* timeouts per operation and per response, and a size cap enforced while streaming;
* a user agent that says who we are, and conditional requests (ETag / Last-Modified).

``page_kind`` and ``decode_body`` (:mod:`dyads.sources.responses`) read a response;
``dyads.sources.pages.read_url`` turns a URL into documents.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from types import TracebackType
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

from dyads.errors import InputError
from dyads.sources.responses import Response, decode_body, page_kind

__all__ = [
    "USER_AGENT",
    "BlockedAddress",
    "FetchError",
    "FetchPolicy",
    "Fetcher",
    "Response",
    "check_address",
    "decode_body",
    "is_url",
    "page_kind",
]


def _version() -> str:
    try:
        return metadata.version("dyads")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "0"


USER_AGENT = f"dyads/{_version()} (+https://github.com/dyads)"
ROBOTS_AGENT = "dyads"
# robots.txt is small; a huge one is a mistake or an attack.
ROBOTS_MAX_BYTES = 500_000
ROBOTS_TTL_SECONDS = 24 * 3600
ROBOTS_RETRY_SECONDS = 15 * 60
REDIRECTS = {301, 302, 303, 307, 308}

Resolver = Callable[..., list[tuple]]  # the shape of socket.getaddrinfo


class FetchError(InputError):
    """A URL could not be fetched; ``status`` is the HTTP status when there was one;
    ``unreachable`` when the host's name did not resolve or no connection could be made."""

    def __init__(
        self,
        reason: str,
        *,
        status: int | None = None,
        transient: bool = False,
        unreachable: bool = False,
    ) -> None:
        super().__init__(reason, stage="fetch")
        self.status = status
        self.transient = transient
        self.unreachable = unreachable


class BlockedAddress(FetchError):
    """The SSRF guard refused a URL: its host resolves to an address we must not reach."""


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits for every request a ``Fetcher`` makes."""

    timeout: float = 20.0  # connect / read / write / pool, each
    total_timeout: float = 60.0  # the whole response, however slowly it trickles in
    max_bytes: int = 20_000_000  # body size, after content decoding
    max_redirects: int = 5
    allow_private: bool = False
    respect_robots: bool = True
    user_agent: str = USER_AGENT


def is_url(value: str) -> bool:
    """True for an ``http://`` or ``https://`` URL (what ``read_url`` accepts)."""
    return value.lower().startswith(("http://", "https://"))


def _blocked_reason(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("not globally routable", not address.is_global),
    )
    return next((name for name, hit in checks if hit), None)


def check_address(
    url: str, *, allow_private: bool = False, resolver: Resolver = socket.getaddrinfo
) -> list[str]:
    """Resolve ``url``'s host and return its addresses, refusing any we must not reach.

    Raises ``BlockedAddress`` (before any connection is made) when one of the addresses is
    loopback, private, link-local, multicast, reserved or unspecified, unless
    ``allow_private``; ``FetchError`` when the URL is not http(s) or the host does not resolve.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {url!r}")
    host = parts.hostname
    if not host:
        raise FetchError(f"the URL {url!r} has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(f"the URL {url!r} has an invalid port") from None
    try:
        infos = resolver(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        why = getattr(exc, "strerror", None) or str(exc)
        raise FetchError(
            f"DNS lookup failed: the host name {host!r} did not resolve ({why}); check the "
            "address, and that this machine is online",
            transient=True,
            unreachable=True,
        ) from exc
    addresses: list[str] = []
    for info in infos:
        text = str(info[4][0]).split("%")[0]  # drop an IPv6 zone id
        if text not in addresses:
            addresses.append(text)
    if not addresses:
        raise FetchError(f"the host {host!r} has no address", transient=True, unreachable=True)
    if not allow_private:
        for text in addresses:
            reason = _blocked_reason(ipaddress.ip_address(text))
            if reason is not None:
                raise BlockedAddress(
                    f"refused to fetch {url}: {host} resolves to {text}, a {reason} address "
                    "(allow it with --allow-private-addresses if you mean it)"
                )
    return addresses


def _pinned(url: str, address: str) -> str:
    """``url`` with its host replaced by ``address`` (the connection goes to what we checked)."""
    parts = urlsplit(url)
    literal = f"[{address}]" if ":" in address else address
    netloc = literal if parts.port is None else f"{literal}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


def _host_header(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    return host if parts.port is None else f"{host}:{parts.port}"


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser | None  # None: everything allowed
    disallow_all: bool
    expires: float


@dataclass(slots=True)
class Fetcher:
    """An HTTP client with the SSRF guard, robots.txt, caps and timeouts of ``policy``.

    ``transport`` and ``resolver`` exist for tests; by default httpx's own transport and
    ``socket.getaddrinfo`` are used.
    """

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    transport: httpx.BaseTransport | None = None
    resolver: Resolver = socket.getaddrinfo
    _client: httpx.Client | None = None
    _robots: dict[str, _Robots] = field(default_factory=dict)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                transport=self.transport,
                timeout=httpx.Timeout(self.policy.timeout),
                follow_redirects=False,
                headers={"User-Agent": self.policy.user_agent},
                # Connections are pooled by address; reusing one opened (and TLS-verified) for
                # another host name on the same address would skip that host's certificate.
                limits=httpx.Limits(max_keepalive_connections=0),
                trust_env=False,  # a proxy would defeat the address pinning
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # public -------------------------------------------------------------
    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
    ) -> Response:
        """GET ``url`` (following checked redirects); raise ``FetchError`` on any failure.

        With ``etag`` / ``last_modified`` the request is conditional and a 304 comes back as
        a ``Response`` whose ``not_modified`` is true.
        """
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if self.policy.respect_robots and not self.allowed_by_robots(current):
                raise FetchError(f"robots.txt of {_origin(current)} disallows fetching {current}")
            response = self._get(current, headers, self.policy.max_bytes)
            if response.status in REDIRECTS and "location" in response.headers:
                current = urljoin(current, response.headers["location"])
                continue
            if response.status >= 400:
                raise FetchError(
                    f"HTTP {response.status} {_reason(response.status)} from {current}",
                    status=response.status,
                    transient=response.status >= 500 or response.status in (408, 429),
                )
            return response
        raise FetchError(f"more than {self.policy.max_redirects} redirects from {url}")

    def allowed_by_robots(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s host lets us fetch it (fetched once per host)."""
        origin = _origin(url)
        now = time.monotonic()
        entry = self._robots.get(origin)
        if entry is None or entry.expires < now:
            entry = self._load_robots(origin, now)
            self._robots[origin] = entry
        if entry.disallow_all:
            return False
        return entry.parser is None or entry.parser.can_fetch(ROBOTS_AGENT, url)

    # internals ----------------------------------------------------------
    def _load_robots(self, origin: str, now: float) -> _Robots:
        try:
            response = self._get(origin + "/robots.txt", {}, ROBOTS_MAX_BYTES, redirects=True)
        except BlockedAddress:
            raise
        except FetchError as exc:
            if exc.unreachable:  # the page cannot be reached either: say why, not "robots.txt"
                raise
            return _Robots(None, True, now + ROBOTS_RETRY_SECONDS)
        if response.status >= 500:
            return _Robots(None, True, now + ROBOTS_RETRY_SECONDS)
        if response.status >= 400:
            return _Robots(None, False, now + ROBOTS_TTL_SECONDS)
        parser = RobotFileParser()
        parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
        return _Robots(parser, False, now + ROBOTS_TTL_SECONDS)

    def _get(
        self, url: str, headers: dict[str, str], max_bytes: int, *, redirects: bool = False
    ) -> Response:
        """One GET, no redirect handling unless ``redirects`` (then checked ones, for robots)."""
        for _ in range(self.policy.max_redirects + 1):
            response = self._get_once(url, headers, max_bytes)
            if not (redirects and response.status in REDIRECTS and "location" in response.headers):
                return response
            url = urljoin(url, response.headers["location"])
        raise FetchError(f"more than {self.policy.max_redirects} redirects to {url}")

    def _get_once(self, url: str, headers: dict[str, str], max_bytes: int) -> Response:
        addresses = check_address(
            url, allow_private=self.policy.allow_private, resolver=self.resolver
        )
        host = urlsplit(url).hostname or ""
        last_error: Exception | None = None
        for address in addresses:
            request = self.client.build_request(
                "GET",
                _pinned(url, address),
                headers={**headers, "Host": _host_header(url)},
                extensions={"sni_hostname": host},
            )
            try:
                return self._send(request, url, max_bytes)
            except httpx.ConnectError as exc:  # try the host's next address
                last_error = exc
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out fetching {url} ({exc})", transient=True) from exc
            except httpx.HTTPError as exc:
                raise FetchError(
                    f"cannot fetch {url} ({type(exc).__name__}: {exc})", transient=True
                ) from exc
        where = f"{host}:{urlsplit(url).port or (443 if url.startswith('https') else 80)}"
        raise FetchError(
            f"connection failed: cannot connect to {where} ({_connect_reason(last_error)})",
            transient=True,
            unreachable=True,
        )

    def _send(self, request: httpx.Request, url: str, max_bytes: int) -> Response:
        deadline = time.monotonic() + self.policy.total_timeout
        response = self.client.send(request, stream=True)
        try:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(_too_large(url, max_bytes))
            body = bytearray()
            if response.status_code < 300:
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > max_bytes:
                        raise FetchError(_too_large(url, max_bytes))
                    if time.monotonic() > deadline:
                        raise FetchError(
                            f"fetching {url} took longer than {self.policy.total_timeout:.0f} s",
                            transient=True,
                        )
        finally:
            response.close()
        return Response(
            url=url, status=response.status_code, headers=response.headers, content=bytes(body)
        )


def _connect_reason(exc: Exception | None) -> str:
    """``connection refused``, ``network is unreachable``…: the OS's words, without errno."""
    text = str(exc) if exc is not None else ""
    return re.sub(r"^\[Errno -?\d+\]\s*", "", text).lower() or "no address answered"


def _too_large(url: str, limit: int) -> str:
    return f"the response from {url} is larger than the {limit / 1e6:.1f} MB limit"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _reason(status: int) -> str:
    try:
        from http import HTTPStatus

        return HTTPStatus(status).phrase
    except ValueError:
        return ""
