"""Which version of each personal-information text a volunteer agreed to.

The texts themselves are in :mod:`station_app.roster.privacy_notice`. A change
to a text that changes what a volunteer agrees to takes a new version here;
each consent stores the version it was given to (PIPL Art. 14: consent is to
rules the person was told), and a reprint says which version it is. Version
"1" is the single notice of the first releases, which also served children;
from version "2" a guardian consents to a separate text for a child under 14
(PIPL Art. 31), versioned on its own.
"""

from __future__ import annotations

NOTICE_VERSION = "2"
CHILD_NOTICE_VERSION = "2"
