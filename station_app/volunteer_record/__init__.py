"""个人志愿服务记录: everything 《志愿服务条例》 Art. 19 names for one volunteer, on paper or in Excel.

Basic information (masked unless a 站长 asks for the whole numbers, which is audit-logged), approved
service records, training, awards, evaluations and complaints. It is also the copy a volunteer may
ask for (PIPL Art. 45).
"""
