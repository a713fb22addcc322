"""Downloading a shared file with the bot token, and making sure what came back is a PDF.

Slack answers a bad token or a missing `files:read` scope with its HTML sign-in page and status
200, so neither the status nor the URL proves anything: the bytes must start with `%PDF-`.
The token is only ever sent to Slack's file host (or the configured test API host), never to a
host a redirect points at.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit

SLACK_FILE_HOSTS = frozenset({"files.slack.com", "slack-files.com"})


class DownloadError(Exception):
    """The file could not be fetched as a PDF; the message is short and fit for the thread."""


def is_pdf_file(file: dict) -> bool:
    """What Slack says about the file (before downloading): PDF by type, MIME type or name."""
    return (
        file.get("filetype") == "pdf"
        or file.get("mimetype") == "application/pdf"
        or str(file.get("name", "")).lower().endswith(".pdf")
    )


def looks_like_pdf(data: bytes) -> bool:
    """A PDF's header is `%PDF-` near the start (readers accept junk in the first kilobyte)."""
    return b"%PDF-" in data[:1024]


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allowed: frozenset[str]):
        self.allowed = allowed

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).hostname not in self.allowed:
            raise DownloadError("Slack redirected the download elsewhere (is the bot token valid?)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def download_pdf(file: dict, *, token: str, max_bytes: int, extra_hosts: frozenset[str] = frozenset(),
                 timeout: float = 30.0) -> bytes:
    """The file's bytes, or DownloadError with the reason (too large, HTML instead of PDF, …)."""
    size = file.get("size")
    if isinstance(size, int) and size > max_bytes:
        raise DownloadError(f"too large: {size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB")
    url = file.get("url_private_download") or file.get("url_private")
    if not url:
        raise DownloadError("Slack gave no download address for the file")
    allowed = SLACK_FILE_HOSTS | extra_hosts
    if urlsplit(url).hostname not in allowed:
        raise DownloadError("the download address is not on Slack's file host")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    opener = urllib.request.build_opener(_SameHostRedirects(allowed))
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            data = response.read(max_bytes + 1)
    except DownloadError:
        raise
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"Slack refused the download (HTTP {exc.code})") from None
    except (urllib.error.URLError, OSError) as exc:
        raise DownloadError(f"the download failed ({type(exc).__name__})") from None
    if len(data) > max_bytes:
        raise DownloadError(f"too large: more than {max_bytes / 1e6:.0f} MB")
    if not looks_like_pdf(data):
        if "html" in content_type or data.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
            raise DownloadError("Slack sent a web page instead of the file — the bot token is wrong or lacks"
                                " the files:read scope")
        raise DownloadError("the file is not a PDF (no %PDF header)")
    return data
