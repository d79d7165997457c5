"""Staff credentials. (Accounts and roles come with the staff issue; the kiosk PIN is here now.)"""
