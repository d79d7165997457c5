"""TLS the way stations meet it: a real nginx with TLS and a 24 KB body limit in front of gunicorn + PostgreSQL.

The station trusts the city's CA through the system trust store (here: the
OpenSSL default path that truststore reads, pointed at the test CA) or through
its extra CA file setting; nginx's HTML 413 makes the client split its
batches; and each certificate problem is named in one plain line.
"""

from __future__ import annotations

import pytest
from sync.test_sync_faults import assert_exactly_once

from station_app.db.models import SyncBatch
from station_app.sync.connection_check import check_connection
from station_app.sync.engine import SyncConfig, SyncError, run_sync
from station_app.sync.tls import EXPIRED, UNTRUSTED, WRONG_HOST
from support.gunicorn import GunicornPlatform
from support.nginx import Nginx
from support.sync import FAST, STATION, TOKEN, approve_days


@pytest.fixture
def gunicorn_behind_nginx(fresh_postgres_url, tls_certificates):
    platform = GunicornPlatform(fresh_postgres_url(), STATION, "朝西社区志愿服务站", TOKEN).start()
    proxy = Nginx(tls_certificates, platform.url, names=("good", "expired", "wrong-host", "self-signed"))
    yield platform, proxy
    proxy.stop()
    platform.close()


def test_a_sync_through_nginx_splits_on_its_html_413_and_the_platform_holds_each_record_once(
        data_dir, people, posts, actor, gunicorn_behind_nginx, tls_certificates, monkeypatch):
    platform, proxy = gunicorn_behind_nginx
    approve_days(people, posts.garbage, actor, days=30)  # 120 records: one batch is far over 24 KB
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_certificates.ca))  # the city's CA, installed in the system store
    report = run_sync(data_dir, SyncConfig(proxy.url("good"), TOKEN, STATION, timeout=10.0), FAST, pull=False)
    assert report.accepted == 120
    split = [b for b in SyncBatch.select() if b.state == "split"]
    assert len(split) >= 2  # nginx answered 413 (HTML, not the platform's JSON) and the client split
    assert_exactly_once(platform)


def test_an_extra_ca_file_is_trusted_besides_the_system_store(gunicorn_behind_nginx, tls_certificates):
    _platform, proxy = gunicorn_behind_nginx
    assert check_connection(proxy.url("good"), TOKEN, STATION).message.startswith(UNTRUSTED)
    result = check_connection(proxy.url("good"), TOKEN, STATION, ca_file=str(tls_certificates.ca))
    assert result.ok and "朝西社区志愿服务站" in result.message
    assert not check_connection(proxy.url("good"), "wrong", STATION, ca_file=str(tls_certificates.ca)).ok
    missing = check_connection(proxy.url("good"), TOKEN, STATION, ca_file="/nonexistent/ca.pem")
    assert not missing.ok and "CA 证书文件" in missing.message


@pytest.mark.parametrize("name, host, phrase", [("self-signed", "localhost", UNTRUSTED),
                                                ("expired", "localhost", EXPIRED),
                                                ("wrong-host", "127.0.0.1", WRONG_HOST)])
def test_each_certificate_problem_is_named_with_what_to_do(gunicorn_behind_nginx, tls_certificates, name, host,
                                                           phrase, data_dir, people, posts, actor):
    _platform, proxy = gunicorn_behind_nginx
    url = proxy.url(name).replace("localhost", host)
    result = check_connection(url, TOKEN, STATION, ca_file=str(tls_certificates.ca))
    assert not result.ok and result.message.startswith(phrase)
    assert "\n" not in result.message and "：" in result.message  # one line: what it is, then what to do
    approve_days(people[:1], posts.garbage, actor, days=1)
    with pytest.raises(SyncError) as info:  # what the sync page shows
        run_sync(data_dir, SyncConfig(url, TOKEN, STATION, timeout=5.0, ca_file=str(tls_certificates.ca)), FAST,
                 pull=False)
    assert info.value.kind == "unreachable" and phrase in info.value.message
