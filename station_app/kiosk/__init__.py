"""The volunteers' check-in kiosk: who is at the screen, what they may check in to, and the staff PIN.

It sits above posts (shifts and sign-ups) and hours (records), which it combines.
"""
