"""What the station and the city platform must agree on byte for byte (docs/protocol.md 1.1), Qt-free.

Both the station's client (``station_app.sync``, ``station_app.certificates``)
and the reference platform (``station_app.platform_server``) import from here,
and from nowhere in each other:

* :mod:`features`: the feature names a 1.1 status answer lists;
* :mod:`signing`: the canonical signed message of a certificate, base64url,
  Ed25519 signing and checking, the masked ID number and the short code;
* :mod:`cert_link`: what a certificate's QR code holds (a verification URL,
  or a compact text form) and how to read it back, old ``VOLCERT:`` codes included.
"""
