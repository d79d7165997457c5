"""The certificate screens: register page, issue, batch, preview and print, revoke, verify."""
