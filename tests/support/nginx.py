"""nginx with TLS in front of the platform, as a district deploys it, on loopback ports.

:func:`make_certificates` writes a test CA and server certificates made with
``cryptography``: one good (signed by the CA, names ``localhost`` and
127.0.0.1), one expired, one for another host name, and one self-signed.
:class:`Nginx` serves each on its own port, proxying to an upstream platform
URL with ``client_max_body_size`` (24 KB by default, so a batch of a few dozen
records gets nginx's own HTML 413), and stops when the test ends.

Fixture: ``tls_certificates`` (session): a :class:`Certificates`.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from support.postgres import free_port

NGINX_CANDIDATES = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")


@dataclass(frozen=True)
class Certificates:
    folder: Path
    ca: Path  # the test CA's certificate (what a station adds as its extra CA file)

    def pair(self, name: str) -> tuple[Path, Path]:
        return self.folder / f"{name}.crt", self.folder / f"{name}.key"


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write(folder: Path, name: str, cert: x509.Certificate, key) -> None:
    (folder / f"{name}.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / f"{name}.key").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                           serialization.PrivateFormat.PKCS8,
                                                           serialization.NoEncryption()))


def make_certificates(folder: Path) -> Certificates:
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Station Desk Test CA")).issuer_name(_name("Station Desk Test CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    _write(folder, "ca", ca, ca_key)

    def server(name: str, hosts: list[str], start: dt.datetime, end: dt.datetime, self_signed: bool = False) -> None:
        key = ec.generate_private_key(ec.SECP256R1())
        alt = [x509.IPAddress(ipaddress.ip_address(h)) if h[0].isdigit() else x509.DNSName(h) for h in hosts]
        builder = (x509.CertificateBuilder().subject_name(_name(hosts[0]))
                   .issuer_name(_name(hosts[0]) if self_signed else ca.subject).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
                   .add_extension(x509.SubjectAlternativeName(alt), critical=False)
                   .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False))
        cert = builder.sign(key if self_signed else ca_key, hashes.SHA256())
        _write(folder, name, cert, key)

    server("good", ["localhost", "127.0.0.1"], now - dt.timedelta(days=1), now + dt.timedelta(days=30))
    server("expired", ["localhost", "127.0.0.1"], now - dt.timedelta(days=30), now - dt.timedelta(days=1))
    server("wrong-host", ["platform.other.invalid"], now - dt.timedelta(days=1), now + dt.timedelta(days=30))
    server("self-signed", ["localhost", "127.0.0.1"], now - dt.timedelta(days=1), now + dt.timedelta(days=30),
           self_signed=True)
    return Certificates(folder, folder / "ca.crt")


def nginx_binary() -> str:
    for candidate in NGINX_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    found = shutil.which("nginx")
    if found:
        return found
    raise RuntimeError("nginx is not installed: run ./dev.sh test (it installs Debian's nginx package)")


class Nginx:
    """One nginx process; ``ports[name]`` serves certificate *name* over TLS, proxying to *upstream*."""

    def __init__(self, certificates: Certificates, upstream: str, names: tuple[str, ...] = ("good",),
                 max_body: str = "24k") -> None:
        self.root = Path(tempfile.mkdtemp(prefix="station-nginx-"))
        os.chmod(self.root, 0o755)
        self.ports = {name: free_port() for name in names}
        servers = "".join(f"""
    server {{
        listen 127.0.0.1:{port} ssl;
        server_name localhost;
        ssl_certificate {certificates.pair(name)[0]};
        ssl_certificate_key {certificates.pair(name)[1]};
        client_max_body_size {max_body};
        location / {{
            proxy_pass {upstream};
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
        }}
    }}""" for name, port in self.ports.items())
        user = "user root;\n" if os.geteuid() == 0 else ""
        (self.root / "nginx.conf").write_text(f"""{user}worker_processes 1;
error_log {self.root}/error.log warn;
pid {self.root}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {self.root}/body;
    proxy_temp_path {self.root}/proxy;
    fastcgi_temp_path {self.root}/fastcgi;
    uwsgi_temp_path {self.root}/uwsgi;
    scgi_temp_path {self.root}/scgi;
    client_header_timeout 10s;
    client_body_timeout 10s;
    {servers}
}}
""")
        self.proc = subprocess.Popen([nginx_binary(), "-p", str(self.root), "-c", str(self.root / "nginx.conf"),
                                      "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait()

    def _wait(self, timeout: float = 10) -> None:
        import socket

        deadline = time.monotonic() + timeout
        for port in self.ports.values():
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"nginx stopped: {self.proc.stderr.read().decode()[-2000:]}")
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)

    def url(self, name: str = "good", host: str = "localhost") -> str:
        return f"https://{host}:{self.ports[name]}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def tls_certificates(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("tls"))
