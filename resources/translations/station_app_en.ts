<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于 Station Desk</source>
        <translation>About Station Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Station Desk 社区志愿服务站工作台&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Station Desk community volunteer service station desk&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>数据文件夹：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>未声明</source>
        <translation>not declared</translation>
    </message>
    <message>
        <source>&lt;p&gt;本程序的许可证：{licence}&lt;/p&gt;&lt;p&gt;字体：{font}，{font_licence} 许可&lt;/p&gt;&lt;p&gt;Qt / PySide6：LGPL-3.0 许可&lt;/p&gt;&lt;p&gt;许可证全文：{folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licence of this program: {licence}&lt;/p&gt;&lt;p&gt;Font: {font}, {font_licence} licence&lt;/p&gt;&lt;p&gt;Qt / PySide6: LGPL-3.0 licence&lt;/p&gt;&lt;p&gt;Full licence texts: {folder}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>添加工作人员</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <source>站长（管理员）</source>
        <translation>Station manager (administrator)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <source>站长可以审核时长、出具和作废证明、导出或查看完整号码、修改设置；值班员负责日常录入。</source>
        <translation>The station manager can review hours, issue and revoke certificates, export or view full numbers and change settings; duty officers do the everyday entry.</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <source>两次输入的密码不一样</source>
        <translation>The two passwords are not the same</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>新增志愿者</source>
        <translation>Add volunteer</translation>
    </message>
    <message>
        <source>修改志愿者</source>
        <translation>Edit volunteer</translation>
    </message>
    <message>
        <source>停用志愿者</source>
        <translation>Deactivate volunteer</translation>
    </message>
    <message>
        <source>恢复志愿者</source>
        <translation>Reactivate volunteer</translation>
    </message>
    <message>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>导出名册</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <source>证件号码近似查询</source>
        <translation>Near-match ID number lookup</translation>
    </message>
    <message>
        <source>暂停整号查询</source>
        <translation>Whole-number lookups paused</translation>
    </message>
    <message>
        <source>录入服务记录</source>
        <translation>Enter service record</translation>
    </message>
    <message>
        <source>修改服务记录</source>
        <translation>Edit service record</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>签退</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>补签退</source>
        <translation>Late check-out</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回记录</source>
        <translation>Send back record</translation>
    </message>
    <message>
        <source>更正记录</source>
        <translation>Correct record</translation>
    </message>
    <message>
        <source>作废记录</source>
        <translation>Void record</translation>
    </message>
    <message>
        <source>导入服务时长</source>
        <translation>Import service hours</translation>
    </message>
    <message>
        <source>导出服务时长</source>
        <translation>Export service hours</translation>
    </message>
    <message>
        <source>新增岗位</source>
        <translation>Add post</translation>
    </message>
    <message>
        <source>修改岗位</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <source>新增班次</source>
        <translation>Add shift</translation>
    </message>
    <message>
        <source>新增重复班次</source>
        <translation>Add repeating shifts</translation>
    </message>
    <message>
        <source>修改班次</source>
        <translation>Edit shift</translation>
    </message>
    <message>
        <source>签到表录入</source>
        <translation>Sign-in sheet entry</translation>
    </message>
    <message>
        <source>报名班次</source>
        <translation>Sign up for shift</translation>
    </message>
    <message>
        <source>取消报名</source>
        <translation>Cancel sign-up</translation>
    </message>
    <message>
        <source>出具证明</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>补打证明</source>
        <translation>Reprint certificate</translation>
    </message>
    <message>
        <source>作废证明</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <source>打印志愿者证</source>
        <translation>Print volunteer cards</translation>
    </message>
    <message>
        <source>创建站点</source>
        <translation>Create station</translation>
    </message>
    <message>
        <source>修改站点信息</source>
        <translation>Edit station profile</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation>Restore database</translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>升级：个人信息改为按人加密保存</source>
        <translation>Upgrade: personal data encrypted per person</translation>
    </message>
    <message>
        <source>查看完整号码</source>
        <translation>View full numbers</translation>
    </message>
    <message>
        <source>删除个人信息</source>
        <translation>Delete personal data</translation>
    </message>
    <message>
        <source>同意保存附加信息</source>
        <translation>Consent to keep additional data</translation>
    </message>
    <message>
        <source>撤回附加信息同意</source>
        <translation>Consent to additional data withdrawn</translation>
    </message>
    <message>
        <source>平台新增志愿者</source>
        <translation>Volunteer added by the platform</translation>
    </message>
    <message>
        <source>平台更新志愿者</source>
        <translation>Volunteer updated by the platform</translation>
    </message>
    <message>
        <source>新增工作人员</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <source>停用工作人员</source>
        <translation>Deactivate staff</translation>
    </message>
    <message>
        <source>启用工作人员</source>
        <translation>Reactivate staff</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Log-in failed</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>更换平台令牌</source>
        <translation>Replace platform token</translation>
    </message>
    <message>
        <source>重新提交平台拒收记录</source>
        <translation>Resubmit records the platform refused</translation>
    </message>
    <message>
        <source>导出待上传记录</source>
        <translation>Export records waiting to upload</translation>
    </message>
    <message>
        <source>标记已手工上传</source>
        <translation>Mark as uploaded by hand</translation>
    </message>
    <message>
        <source>重新发送被拒收的批次</source>
        <translation>Resend refused batches</translation>
    </message>
    <message>
        <source>证明所计记录被更正</source>
        <translation>Records counted by a certificate corrected</translation>
    </message>
    <message>
        <source>导出统计报表</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>打印统计报表</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>制作公示名单</source>
        <translation>Make public notice list</translation>
    </message>
    <message>
        <source>删除超过保留期限的个人信息</source>
        <translation>Delete personal data past the retention period</translation>
    </message>
    <message>
        <source>生成本站签名密钥</source>
        <translation>Create this station&apos;s signing key</translation>
    </message>
    <message>
        <source>吊销签名密钥</source>
        <translation>Revoke signing key</translation>
    </message>
    <message>
        <source>导入其他站点的公钥</source>
        <translation>Import another station&apos;s public key</translation>
    </message>
    <message>
        <source>登记培训</source>
        <translation>Add training</translation>
    </message>
    <message>
        <source>登记参加培训</source>
        <translation>Add training attendance</translation>
    </message>
    <message>
        <source>更正培训记录</source>
        <translation>Correct training record</translation>
    </message>
    <message>
        <source>作废培训记录</source>
        <translation>Void training record</translation>
    </message>
    <message>
        <source>登记表彰奖励</source>
        <translation>Add award</translation>
    </message>
    <message>
        <source>更正表彰奖励</source>
        <translation>Correct award</translation>
    </message>
    <message>
        <source>作废表彰奖励</source>
        <translation>Void award</translation>
    </message>
    <message>
        <source>登记评价或投诉</source>
        <translation>Add evaluation or complaint</translation>
    </message>
    <message>
        <source>更正评价或投诉</source>
        <translation>Correct evaluation or complaint</translation>
    </message>
    <message>
        <source>作废评价或投诉</source>
        <translation>Void evaluation or complaint</translation>
    </message>
    <message>
        <source>出具个人志愿服务记录</source>
        <translation>Issue personal volunteer service record</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>签名密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>服务记录</source>
        <translation>Service record</translation>
    </message>
    <message>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>培训记录</source>
        <translation>Training record</translation>
    </message>
    <message>
        <source>表彰奖励</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>重复班次</source>
        <translation>Repeating shifts</translation>
    </message>
    <message>
        <source>证明</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>待上传队列</source>
        <translation>Upload queue</translation>
    </message>
    <message>
        <source>上传批次</source>
        <translation>Upload batch</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>对象编号</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>核对哈希链</source>
        <translation>Check hash chain</translation>
    </message>
    <message>
        <source>检查每条日志是否在程序之外被改动过</source>
        <translation>Checks whether any entry was changed outside the program</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>New</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 {total} 条，显示最近的 {shown} 条</source>
        <translation>{total} entries, the latest {shown} shown</translation>
    </message>
    <message>
        <source>共 {total} 条</source>
        <translation>{total} entries</translation>
    </message>
    <message>
        <source>#{id} {at} {actor}：{action}（{entity} {entity_id}）
修改前：{before}
修改后：{after}</source>
        <translation>#{id} {at} {actor}: {action} ({entity} {entity_id})
Before: {before}
After: {after}</translation>
    </message>
    <message>
        <source>
原因：{reason}</source>
        <translation>
Reason: {reason}</translation>
    </message>
    <message>
        <source>
哈希链核对：这条日志在程序之外被改动过。</source>
        <translation>
Hash chain check: this entry was changed outside the program.</translation>
    </message>
    <message>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>哈希链核对未通过：{n} 条日志在程序之外被改动过（{ids}），已用红色标出。</source>
        <translation>Hash chain check failed: {n} entries were changed outside the program ({ids}), marked in red.</translation>
    </message>
    <message>
        <source>与平台见证的不一致（{n} 处）：日志在平台见证之后被改写过。</source>
        <translation>Disagrees with what the platform witnessed ({n}): the log was rewritten after the platform witnessed it.</translation>
    </message>
    <message>
        <source>哈希链核对通过：全部 {count} 条日志未被改动。</source>
        <translation>Hash chain check passed: none of the {count} entries was changed.</translation>
    </message>
    <message>
        <source>与平台见证的 {n} 个锚点一致（最近一次同步于 {at} 取回）。</source>
        <translation>Agrees with the {n} anchors the platform witnessed (fetched at the last sync, {at}).</translation>
    </message>
    <message>
        <source>平台尚未见证本站日志：设置平台并同步后，平台保存日志的锚点，日志被整体改写也能查出。</source>
        <translation>The platform has not witnessed this station&apos;s log yet: once a platform is set up and synced, it keeps the log&apos;s anchors, so even a log rewritten as a whole is found out.</translation>
    </message>
    <message>
        <source>无法核对哈希链：{reason}</source>
        <translation>Cannot check the hash chain: {reason}</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>登记表彰奖励：{name}</source>
        <translation>Add award: {name}</translation>
    </message>
    <message>
        <source>如：优秀志愿者</source>
        <translation>e.g. Outstanding Volunteer</translation>
    </message>
    <message>
        <source>如：朝西街道办事处</source>
        <translation>e.g. Chaoxi Subdistrict Office</translation>
    </message>
    <message>
        <source>表彰名称</source>
        <translation>Award title</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>授予单位</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <source>表彰日期</source>
        <translation>Award date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BackupSettingsTab</name>
    <message>
        <source>程序运行时每天自动备份一次数据库</source>
        <translation>Back up the database once a day while the program runs</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>保留每日备份</source>
        <translation>Keep daily backups</translation>
    </message>
    <message>
        <source> 周</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>不另外保留</source>
        <translation>Keep none besides</translation>
    </message>
    <message>
        <source>另保留每周备份</source>
        <translation>Also keep weekly backups</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>还没有备份</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>最近一次备份</source>
        <translation>Latest backup</translation>
    </message>
    <message>
        <source>自动备份在程序运行时进行，每天一份，经完整性检查后才保存；超出保留数量的旧备份会自动删除。恢复数据库时保存的原数据库副本不会被删除。随时可以用“文件 → 立即备份数据库”再备份一次。</source>
        <translation>Automatic backups are made while the program runs, one a day, saved only after an integrity check; old backups beyond the numbers kept are deleted automatically. The copy of the old database kept when restoring is never deleted. You can back up again at any time with “File → Back up database now”.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>批量出具证明</source>
        <translation>Issue certificates in bulk</translation>
    </message>
    <message>
        <source>按服务队</source>
        <translation>By team</translation>
    </message>
    <message>
        <source>指定志愿者</source>
        <translation>Chosen volunteers</translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>全部已审核记录</source>
        <translation>All approved records</translation>
    </message>
    <message>
        <source>附服务记录明细</source>
        <translation>Attach the list of service records</translation>
    </message>
    <message>
        <source>每人一个 PDF 文件（保存到文件夹）</source>
        <translation>One PDF file per person (saved to a folder)</translation>
    </message>
    <message>
        <source>合并为一个 PDF 文件（便于一次打印）</source>
        <translation>One combined PDF file (to print at once)</translation>
    </message>
    <message>
        <source>志愿服务记录证明.pdf</source>
        <translation>service-record-certificates.pdf</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>开始出具</source>
        <translation>Start issuing</translation>
    </message>
    <message>
        <source>打印已出具的证明…</source>
        <translation>Print the issued certificates…</translation>
    </message>
    <message>
        <source>先出具证明，才能打印</source>
        <translation>Issue the certificates first, then print</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>服务期间：</source>
        <translation>Service period:</translation>
    </message>
    <message>
        <source>输出：</source>
        <translation>Output:</translation>
    </message>
    <message>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>已选：</source>
        <translation>Chosen:</translation>
    </message>
    <message>
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>请选择服务队，或添加志愿者</source>
        <translation>Choose a team, or add volunteers</translation>
    </message>
    <message>
        <source>服务队“{team}”的每一位志愿者</source>
        <translation>every volunteer of the team “{team}”</translation>
    </message>
    <message>
        <source>所选的 {n} 位志愿者</source>
        <translation>the {n} chosen volunteers</translation>
    </message>
    <message>
        <source>为{who}出具志愿服务记录证明？出具后登记编号，只能作废，不能修改；没有可证明记录的人不出具</source>
        <translation>Issue service record certificates for {who}? Each gets a registered serial number and can then only be revoked, never changed; people with no records to certify get none</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在出具…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <source>正在取消：出具完当前这一份后停止…</source>
        <translation>Cancelling: stopping after the certificate being issued…</translation>
    </message>
    <message>
        <source>已送往打印机 {printer}：{n} 份证明，{pages} 页</source>
        <translation>Sent to printer {printer}: {n} certificates, {pages} pages</translation>
    </message>
    <message>
        <source>志愿服务记录证明（{n} 份）</source>
        <translation>Service record certificates ({n})</translation>
    </message>
    <message>
        <source>这一批没有出具证明，没有可打印的</source>
        <translation>No certificates were issued in this batch: nothing to print</translation>
    </message>
    <message>
        <source>；文件：{path}</source>
        <translation>; file: {path}</translation>
    </message>
    <message>
        <source>未出具：</source>
        <translation>Not issued:</translation>
    </message>
    <message>
        <source> 等</source>
        <translation> and others</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>等待平台确认</source>
        <translation>Waiting for the platform to confirm</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>已暂停（平台拒收整批）</source>
        <translation>Paused (the platform refused the whole batch)</translation>
    </message>
    <message>
        <source>已改用新批次重发</source>
        <translation>Resent in a new batch</translation>
    </message>
    <message>
        <source>服务记录</source>
        <translation>Service record</translation>
    </message>
    <message>
        <source>证明</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>条数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>接收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>尝试次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>最近的错误</source>
        <translation>Latest error</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <source>请点一下您的名字</source>
        <translation>Please tap your name</translation>
    </message>
    <message>
        <source>都不是我，返回</source>
        <translation>None of these is me, go back</translation>
    </message>
    <message>
        <source>手机 {phone}</source>
        <translation>Mobile {phone}</translation>
    </message>
    <message>
        <source>没有您的名字？请返回，多输入几个字或手机尾号</source>
        <translation>Your name is not here? Go back and type a few more letters or the mobile number&apos;s last digits</translation>
    </message>
    <message>
        <source>有同名的，请看清手机尾号再点</source>
        <translation>Some names are the same: check the mobile number&apos;s last digits before you tap</translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>这是样稿：出具后才有编号和验证码，才能打印或保存</source>
        <translation>This is a draft: the serial number and verification code come when it is issued; only then can it be printed or saved</translation>
    </message>
    <message>
        <source>证明样稿预览：{name}</source>
        <translation>Certificate draft preview: {name}</translation>
    </message>
    <message>
        <source>（副本）</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>志愿服务记录证明 {serial}{what}：{name}</source>
        <translation>Service record certificate {serial}{what}: {name}</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>。这是样稿，出具后才有编号和验证码，才能打印。</source>
        <translation>. This is a draft: it gets a serial number and verification code, and can be printed, once issued.</translation>
    </message>
    <message>
        <source>。此证明已作废。</source>
        <translation>. This certificate has been revoked.</translation>
    </message>
    <message>
        <source>。补打的证明标注“副本”，每次打印或保存都记入操作日志。</source>
        <translation>. A reprinted certificate is marked “副本” (copy); every print or save is written to the audit log.</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>已送往打印机 {printer}：{pages} 页 × {copies} 份</source>
        <translation>Sent to printer {printer}: {pages} pages × {copies} copies</translation>
    </message>
    <message>
        <source>；这是第 {n} 次补打，已记入操作日志</source>
        <translation>; this is reprint number {n}, written to the audit log</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>证明编号</source>
        <translation>Certificate serial</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>服务期间</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Issuing officer</translation>
    </message>
    <message>
        <source>出具时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <source>作废原因：{reason}</source>
        <translation>Reason for revoking: {reason}</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>（记录已更正，建议重新出具）</source>
        <translation>(records corrected since: issuing again is advised)</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>按姓名或证明编号查找</source>
        <translation>Find by name or certificate serial</translation>
    </message>
    <message>
        <source>出具证明…</source>
        <translation>Issue certificate…</translation>
    </message>
    <message>
        <source>批量出具…</source>
        <translation>Issue in bulk…</translation>
    </message>
    <message>
        <source>预览 / 补打…</source>
        <translation>Preview / reprint…</translation>
    </message>
    <message>
        <source>不附明细</source>
        <translation>Without the list of records</translation>
    </message>
    <message>
        <source>附服务记录明细</source>
        <translation>Attach the list of service records</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>核验证明…</source>
        <translation>Verify a certificate…</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>共 {n} 份</source>
        <translation>{n} certificates</translation>
    </message>
    <message>
        <source>，其中已作废 {n} 份</source>
        <translation>, {n} of them revoked</translation>
    </message>
    <message>
        <source>只有站长可以出具、作废证明</source>
        <translation>Only the station manager can issue and revoke certificates</translation>
    </message>
    <message>
        <source>请先在登记簿中选择一份证明</source>
        <translation>Choose a certificate in the register first</translation>
    </message>
    <message>
        <source>这份证明已作废</source>
        <translation>This certificate has been revoked</translation>
    </message>
</context>
<context>
    <name>CheckedInScreen</name>
    <message>
        <source>✓ 签到成功</source>
        <translation>✓ Checked in</translation>
    </message>
    <message>
        <source>服务结束后，请回来刷证或输入尾号签退</source>
        <translation>When your service ends, come back and scan your card or enter your digits to check out</translation>
    </message>
    <message>
        <source>好的</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>岗位：{post}</source>
        <translation>Post: {post}</translation>
    </message>
    <message>
        <source>签到时间：{time}</source>
        <translation>Checked in at: {time}</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>核对各列</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>已按列名自动识别。没有识别的列可以在右侧选择对应的内容，选“不导入”则忽略该列。</source>
        <translation>Columns were recognised by their headings. For a column not recognised, choose on the right what it holds; “Do not import” leaves it out.</translation>
    </message>
    <message>
        <source>文件中的列名</source>
        <translation>Column heading in the file</translation>
    </message>
    <message>
        <source>前几行内容</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>表头在第 {n} 行</source>
        <translation>Headings in row {n}</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>同一项内容对应了多列，请只保留一列。</source>
        <translation>One item is matched to several columns: keep only one.</translation>
    </message>
</context>
<context>
    <name>CompletionList</name>
    <message>
        <source>（已停用）</source>
        <translation> (deactivated)</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>已自动备份数据库：{name}</source>
        <translation>Database backed up automatically: {name}</translation>
    </message>
    <message>
        <source>自动备份失败：{reason}（详见日志）</source>
        <translation>Automatic backup failed: {reason} (see the log)</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>登记评价或投诉：{name}</source>
        <translation>Add evaluation or complaint: {name}</translation>
    </message>
    <message>
        <source>评语</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>评价期起始</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>评价期截止</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>评价人</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>投诉内容和处理结果</source>
        <translation>Complaint and outcome</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出志愿者名册</source>
        <translation>Export the volunteer roster</translation>
    </message>
    <message>
        <source>志愿者名册.xlsx</source>
        <translation>volunteer-roster.xlsx</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>导出完整的证件号码和手机号码</source>
        <translation>Export full ID and mobile numbers</translation>
    </message>
    <message>
        <source>只有站长（管理员）可以导出完整号码</source>
        <translation>Only the station manager (administrator) can export full numbers</translation>
    </message>
    <message>
        <source>导出完整号码的原因（必填，记入操作日志），如：向街道报送名册</source>
        <translation>Why full numbers are exported (required, written to the audit log), e.g. the roster reported to the subdistrict office</translation>
    </message>
    <message>
        <source>默认隐去中间位（如 110105********3945），出生日期换成年龄段。导出完整号码会记入操作日志，请妥善保管文件。</source>
        <translation>By default the middle digits are hidden (e.g. 110105********3945) and birth dates become age bands. Exporting full numbers is written to the audit log: keep the file safe.</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存到（.xlsx 或 .csv）：</source>
        <translation>Save to (.xlsx or .csv):</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>文件夹不存在：{p}</source>
        <translation>The folder does not exist: {p}</translation>
    </message>
    <message>
        <source>请填写导出完整号码的原因</source>
        <translation>Give the reason for exporting full numbers</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>（证件号码和手机号码已隐去中间位）</source>
        <translation>(middle digits of ID and mobile numbers hidden)</translation>
    </message>
    <message>
        <source>（含完整号码）</source>
        <translation>(with full numbers)</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出 {n} 名志愿者到
{path}
{note}</source>
        <translation>{n} volunteers exported to
{path}
{note}</translation>
    </message>
    <message>
        <source>无法写入文件：{e}</source>
        <translation>Cannot write the file: {e}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>选择文件</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>下载模板…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <source>空白表格：表头、一行示例、证件号码列已设为文本，另有填写说明</source>
        <translation>A blank sheet: the headings, one example row, the ID number column set as text, and instructions</translation>
    </message>
    <message>
        <source>还没有表格？</source>
        <translation>No spreadsheet yet?</translation>
    </message>
    <message>
        <source>志愿者名册模板.xlsx</source>
        <translation>volunteer-roster-template.xlsx</translation>
    </message>
    <message>
        <source>服务时长表模板.xlsx</source>
        <translation>service-hours-template.xlsx</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>已保存到 {p}。填好后在上面选择这个文件导入。</source>
        <translation>Saved to {p}. Fill it in, then choose that file above to import it.</translation>
    </message>
    <message>
        <source>选择名册文件</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>欢迎使用 Station Desk — 设置站点信息</source>
        <translation>Welcome to Station Desk — the station profile</translation>
    </message>
    <message>
        <source>欢迎使用 Station Desk — 设置站长账号</source>
        <translation>Welcome to Station Desk — the station manager&apos;s account</translation>
    </message>
    <message>
        <source>&lt;h3&gt;欢迎使用社区志愿服务站工作台&lt;/h3&gt;&lt;p&gt;请先填写本站信息。它们会出现在志愿服务记录证明和报表上，以后可在“设置”中修改。再为站长设置登录密码：站长可以审核时长、出具证明、管理工作人员账号。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to the community volunteer service station desk&lt;/h3&gt;&lt;p&gt;First fill in the station profile. It appears on service record certificates and reports, and can be changed later in “Settings”. Then set the station manager&apos;s password: the station manager can review hours, issue certificates and manage staff accounts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;欢迎使用社区志愿服务站工作台&lt;/h3&gt;&lt;p&gt;本站还没有工作人员账号。请为站长设置姓名和登录密码；值班员的账号由站长在“设置 → 工作人员与锁定”中添加。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to the community volunteer service station desk&lt;/h3&gt;&lt;p&gt;This station has no staff accounts yet. Set the station manager&apos;s name and password; duty officers&apos; accounts are added by the station manager in “Settings → Staff and locking”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>站点信息</source>
        <translation>Station profile</translation>
    </message>
    <message>
        <source>站长账号（管理员）</source>
        <translation>Station manager&apos;s account (administrator)</translation>
    </message>
    <message>
        <source>您的姓名，登录和操作日志中使用</source>
        <translation>Your name, used for logging in and in the audit log</translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <source>站长姓名</source>
        <translation>Station manager&apos;s name</translation>
    </message>
    <message>
        <source>登录密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <source>保存并开始使用</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>必填：登录和操作日志需要知道是谁</source>
        <translation>Required: logging in and the audit log need to know who it is</translation>
    </message>
    <message>
        <source>两次输入的密码不一样</source>
        <translation>The two passwords are not the same</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>使用说明</source>
        <translation>Staff guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>{name} 的服务记录</source>
        <translation>Service records of {name}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已审核志愿服务 {a} 小时&#x3000;待审核 {p} 小时</source>
        <translation>Approved service {a} hours&#x3000;pending {p} hours</translation>
    </message>
    <message>
        <source>&#x3000;另有不计入志愿时长的值班 {o} 小时</source>
        <translation>&#x3000;plus {o} hours of duty not counted toward service hours</translation>
    </message>
    <message>
        <source>未签退</source>
        <translation>Not checked out</translation>
    </message>
    <message>
        <source>（不计）</source>
        <translation>(not counted)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>正在上岗</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <source>今日签到</source>
        <translation>Checked in today</translation>
    </message>
    <message>
        <source>今日与本周班次</source>
        <translation>Shifts today and this week</translation>
    </message>
    <message>
        <source>待审核记录</source>
        <translation>Pending records</translation>
    </message>
    <message>
        <source>待上传平台</source>
        <translation>Waiting to upload</translation>
    </message>
    <message>
        <source>本月出具证明</source>
        <translation>Certificates issued this month</translation>
    </message>
    <message>
        <source>近 12 个月服务时长（小时）</source>
        <translation>Service hours in the last 12 months</translation>
    </message>
    <message>
        <source>{station}&#x3000;{date}</source>
        <translation>{station}&#x3000;{date}</translation>
    </message>
    <message>
        <source>{name}&#x3000;{post}&#x3000;{duration}</source>
        <translation>{name}&#x3000;{post}&#x3000;{duration}</translation>
    </message>
    <message>
        <source>……还有 {n} 人</source>
        <translation>…and {n} more</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>现在没有人在岗</source>
        <translation>Nobody is on duty now</translation>
    </message>
    <message>
        <source>{n} 人次</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>忘记签退 {n} 条</source>
        <translation>Forgot to check out: {n}</translation>
    </message>
    <message>
        <source>没有忘记签退的记录</source>
        <translation>No records with a forgotten check-out</translation>
    </message>
    <message>
        <source>今日 {n} 个</source>
        <translation>{n} today</translation>
    </message>
    <message>
        <source>{n} 份</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>{m}</translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} 小时 {m} 分</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>不限人数</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>已满</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>空 {n} 个名额</source>
        <translation>{n} places free</translation>
    </message>
    <message>
        <source>{start}–{end} {post}（{places}）</source>
        <translation>{start}–{end} {post} ({places})</translation>
    </message>
    <message>
        <source>……还有 {n} 个</source>
        <translation>…and {n} more</translation>
    </message>
    <message>
        <source>本周还有 {n} 个班次</source>
        <translation>{n} more shifts this week</translation>
    </message>
    <message>
        <source>本周还有 {n} 个班次，空 {free} 个名额</source>
        <translation>{n} more shifts this week, {free} places free</translation>
    </message>
    <message>
        <source>未设置平台（可导出后手工上传）</source>
        <translation>No platform set up (export and upload by hand)</translation>
    </message>
    <message>
        <source>同步已停止</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <source>上次同步未完成</source>
        <translation>The last sync did not finish</translation>
    </message>
    <message>
        <source>上次同步：{when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>最早一条已等待 {age}</source>
        <translation>The oldest has waited {age}</translation>
    </message>
    <message>
        <source>没有待上传的记录</source>
        <translation>No records waiting to upload</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>请刷证，或点手机号后 4 位，或点姓名首字母</source>
        <translation>Scan your card, or tap your mobile&apos;s last 4 digits or your initials</translation>
    </message>
    <message>
        <source>手机号后 4 位，或姓名首字母</source>
        <translation>Mobile&apos;s last 4 digits, or name initials</translation>
    </message>
    <message>
        <source>① 刷证：二维码对准扫码器</source>
        <translation>① Card: hold the QR code to the scanner</translation>
    </message>
    <message>
        <source>② 手机号后 4 位：点左边数字</source>
        <translation>② Mobile&apos;s last 4 digits: tap the numbers on the left</translation>
    </message>
    <message>
        <source>③ 姓名首字母：白洋淑 点 B Y S</source>
        <translation>③ Name initials: for 白洋淑 tap B Y S</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>没有找到“{text}”，请再看看，或找工作人员</source>
        <translation>“{text}” was not found: please check, or ask the staff</translation>
    </message>
    <message>
        <source>请点一下您的名字</source>
        <translation>Please tap your name</translation>
    </message>
    <message>
        <source>手机 {phone}</source>
        <translation>Mobile {phone}</translation>
    </message>
    <message>
        <source>请先刷证，或输入手机号后 4 位 / 姓名首字母</source>
        <translation>Scan your card first, or enter the last 4 digits of your mobile / your name&apos;s initials</translation>
    </message>
    <message>
        <source>手机号请输入后 4 位</source>
        <translation>Enter the last 4 digits of your mobile number</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入志愿者名册</source>
        <translation>Import the volunteer roster</translation>
    </message>
    <message>
        <source>支持 Excel（.xlsx、.xls）、LibreOffice（.ods）和 CSV（UTF-8 或 GBK 编码）。导入前会先预览，不会直接写入。</source>
        <translation>Excel (.xlsx, .xls), LibreOffice (.ods) and CSV (UTF-8 or GBK) files. You see a preview first: nothing is written before you confirm.</translation>
    </message>
    <message>
        <source>文件 {name}，工作表“{sheet}”：新增 {add} 人，更新 {upd} 人，无变化 {same} 人，有问题未导入 {bad} 行。</source>
        <translation>File {name}, sheet “{sheet}”: {add} new, {upd} updated, {same} unchanged, {bad} rows with problems not imported.</translation>
    </message>
    <message>
        <source>新增 {a} 人，更新 {u} 人，无变化 {s} 人，未导入 {r} 行。</source>
        <translation>{a} new, {u} updated, {s} unchanged, {r} rows not imported.</translation>
    </message>
    <message>
        <source>导入服务时长表（签到表）</source>
        <translation>Import a service hours sheet (sign-in sheet)</translation>
    </message>
    <message>
        <source>每行一条服务记录：姓名、身份证号、岗位、日期、开始和结束时间（或起止时间）、服务内容、人次。导入前会先预览，不会直接写入。</source>
        <translation>One service record a row: name, ID number, post, date, start and end times (or a time range), service content, people served. You see a preview first: nothing is written before you confirm.</translation>
    </message>
    <message>
        <source>文件 {name}，工作表“{sheet}”：可导入 {n} 条记录，共 {h} 小时；有问题未导入 {bad} 行。</source>
        <translation>File {name}, sheet “{sheet}”: {n} records can be imported, {h} hours in all; {bad} rows with problems not imported.</translation>
    </message>
    <message>
        <source>导入 {a} 条记录（其中审核通过 {p} 条），共 {h} 小时；未导入 {r} 行。</source>
        <translation>{a} records imported ({p} of them approved), {h} hours in all; {r} rows not imported.</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>出具志愿服务记录证明</source>
        <translation>Issue a service record certificate</translation>
    </message>
    <message>
        <source>全部已审核记录（从第一条到最近一条）</source>
        <translation>All approved records (from the first to the latest)</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>附服务记录明细（附件页，逐条列出）</source>
        <translation>Attach the list of service records (annex pages, one line each)</translation>
    </message>
    <message>
        <source>请先选择志愿者。</source>
        <translation>Choose a volunteer first.</translation>
    </message>
    <message>
        <source>志愿者：</source>
        <translation>Volunteer:</translation>
    </message>
    <message>
        <source>服务期间：</source>
        <translation>Service period:</translation>
    </message>
    <message>
        <source>将证明：</source>
        <translation>To certify:</translation>
    </message>
    <message>
        <source>只计入已审核、且岗位计入志愿服务时长的记录。经办人：{who}</source>
        <translation>Only approved records on posts that count toward service hours. Issuing officer: {who}</translation>
    </message>
    <message>
        <source>预览样稿…</source>
        <translation>Preview the draft…</translation>
    </message>
    <message>
        <source>出具证明</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{post} {n} 次 {h} 小时</source>
        <translation>{post} {n} times {h} hours</translation>
    </message>
    <message>
        <source> 等</source>
        <translation> and others</translation>
    </message>
    <message>
        <source>{start} 至 {end}：{n} 条记录，共 {h} 小时
{posts}{more}</source>
        <translation>{start} to {end}: {n} records, {h} hours in all
{posts}{more}</translation>
    </message>
    <message>
        <source>岗位较多，证明上有 {n} 个岗位合并为“其他”一行；勾选“附服务记录明细”可逐条列出</source>
        <translation>Many posts: {n} of them are gathered on the certificate into one “others” line; tick “Attach the list of service records” to list every record</translation>
    </message>
    <message>
        <source>为 {name} 出具志愿服务记录证明：{n} 条记录，共 {h} 小时？出具后登记编号，只能作废，不能修改</source>
        <translation>Issue a service record certificate for {name}: {n} records, {h} hours in all? It gets a registered serial number and can then only be revoked, never changed</translation>
    </message>
    <message>
        <source>已选：</source>
        <translation>Chosen:</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>删除</source>
        <translation>Del</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>志愿者签到</source>
        <translation>Volunteer check-in</translation>
    </message>
    <message>
        <source>暂时不能办理</source>
        <translation>Not possible just now</translation>
    </message>
    <message>
        <source>如有疑问，请找工作人员</source>
        <translation>If you have a question, please ask the staff</translation>
    </message>
    <message>
        <source>出了点问题</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>这次没有办成，请找工作人员帮忙</source>
        <translation>That did not work this time: please ask the staff for help</translation>
    </message>
    <message>
        <source>已经记下的签到不会丢失</source>
        <translation>Check-ins already recorded are not lost</translation>
    </message>
    <message>
        <source>对不起</source>
        <translation>Sorry</translation>
    </message>
    <message>
        <source>没有找到您的登记信息，请找工作人员登记</source>
        <translation>Your registration was not found: please ask the staff to register you</translation>
    </message>
    <message>
        <source>错误次数太多，请 {t}后再试</source>
        <translation>Too many wrong tries: please try again in {t}</translation>
    </message>
    <message>
        <source>PIN 不对，请再试一次</source>
        <translation>Wrong PIN, please try again</translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{s} 秒</source>
        <translation>{s} seconds</translation>
    </message>
</context>
<context>
    <name>LetterPad</name>
    <message>
        <source>删除</source>
        <translation>Del</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — Station Desk</source>
        <translation>Log in — Station Desk</translation>
    </message>
    <message>
        <source>社区志愿服务站</source>
        <translation>Community volunteer service station</translation>
    </message>
    <message>
        <source>Station Desk 社区志愿服务站工作台 · 工作人员登录</source>
        <translation>Station Desk · staff log-in</translation>
    </message>
    <message>
        <source>无人操作，已自动锁定。请重新登录；换班时由接班的工作人员登录。</source>
        <translation>Locked after no use. Please log in again; at a change of shift the incoming staff log in.</translation>
    </message>
    <message>
        <source>输入密码后按回车</source>
        <translation>Type the password, then press Enter</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit the program</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>请输入密码</source>
        <translation>Enter the password</translation>
    </message>
    <message>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>无法登录：{e}</source>
        <translation>Cannot log in: {e}</translation>
    </message>
    <message>
        <source>请等待 {s} 秒</source>
        <translation>Please wait {s} seconds</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>志愿者名册</source>
        <translation>Volunteer roster</translation>
    </message>
    <message>
        <source>服务记录审核</source>
        <translation>Review records</translation>
    </message>
    <message>
        <source>服务岗位与班次</source>
        <translation>Posts and shifts</translation>
    </message>
    <message>
        <source>签到表录入</source>
        <translation>Sign-in sheets</translation>
    </message>
    <message>
        <source>志愿服务证明</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>平台同步</source>
        <translation>Platform sync</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>证明、公示名单、报送的报表和导出的文件始终为中文</source>
        <translation>Certificates, the public notice list, reports for offices and exported files are always in Chinese</translation>
    </message>
    <message>
        <source>无法保存语言设置：{reason}</source>
        <translation>Cannot save the language setting: {reason}</translation>
    </message>
    <message>
        <source>下次启动 Station Desk 时改用 {language}。
证明、公示名单、报送的报表和导出的文件始终为中文。</source>
        <translation>Station Desk will speak {language} from its next start.
Certificates, the public notice list, reports for offices and exported files are always in Chinese.</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>导入名册（Excel / CSV）…</source>
        <translation>Import roster (Excel / CSV)…</translation>
    </message>
    <message>
        <source>导出名册…</source>
        <translation>Export roster…</translation>
    </message>
    <message>
        <source>立即备份数据库</source>
        <translation>Back up database now</translation>
    </message>
    <message>
        <source>备份到 U 盘…</source>
        <translation>Back up to a USB stick…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>数据保留检查…</source>
        <translation>Data retention check…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>名册(&amp;R)</source>
        <translation>&amp;Roster</translation>
    </message>
    <message>
        <source>新增志愿者…</source>
        <translation>Add volunteer…</translation>
    </message>
    <message>
        <source>打印志愿者证…</source>
        <translation>Print volunteer cards…</translation>
    </message>
    <message>
        <source>志愿者证存为 PDF…</source>
        <translation>Save volunteer cards as PDF…</translation>
    </message>
    <message>
        <source>服务记录(&amp;W)</source>
        <translation>Ser&amp;vice records</translation>
    </message>
    <message>
        <source>录入服务记录（签到表）…</source>
        <translation>Enter service records (sign-in sheet)…</translation>
    </message>
    <message>
        <source>导入服务时长表…</source>
        <translation>Import a service hours sheet…</translation>
    </message>
    <message>
        <source>登记培训（签到名单）…</source>
        <translation>Add training (sign-in sheet)…</translation>
    </message>
    <message>
        <source>切换到签到机模式</source>
        <translation>Switch to kiosk mode</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>站点信息、工作人员与签到机…</source>
        <translation>Station profile, staff and kiosk…</translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>字号</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>大</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>Extra large</translation>
    </message>
    <message>
        <source>锁定 / 换班登录</source>
        <translation>Lock / change of shift</translation>
    </message>
    <message>
        <source>工作人员锁定</source>
        <translation>Locked by staff</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>Staff guide</translation>
    </message>
    <message>
        <source>关于 Station Desk</source>
        <translation>About Station Desk</translation>
    </message>
    <message>
        <source>无人操作，自动锁定</source>
        <translation>Locked automatically after no use</translation>
    </message>
    <message>
        <source>已锁定。请重新登录；换班时由接班的工作人员登录。</source>
        <translation>Locked. Please log in again; at a change of shift the incoming staff log in.</translation>
    </message>
    <message>
        <source>签到机模式</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <source>请先在“设置 → 服务时长与签到机”中设置退出签到机用的 PIN，再切换到签到机模式。</source>
        <translation>First set the PIN for leaving the kiosk in “Settings → Service hours and kiosk”, then switch to kiosk mode.</translation>
    </message>
    <message>
        <source>Station Desk 社区志愿服务站工作台</source>
        <translation>Station Desk community volunteer service station desk</translation>
    </message>
    <message>
        <source>{station} — {title}</source>
        <translation>{station} — {title}</translation>
    </message>
    <message>
        <source>{station}（{code}）</source>
        <translation>{station} ({code})</translation>
    </message>
    <message>
        <source>站长</source>
        <translation>Station manager</translation>
    </message>
    <message>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <source>当前登录：{name}（{role}）</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>ManualUpload</name>
    <message>
        <source>导出待上传记录</source>
        <translation>Export records waiting to upload</translation>
    </message>
    <message>
        <source>待上传服务记录.xlsx</source>
        <translation>records-waiting-to-upload.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>没有待上传的记录，文件中只有表头：
{path}</source>
        <translation>No records are waiting to upload; the file holds only the headings:
{path}</translation>
    </message>
    <message>
        <source>已在平台上传这些记录？</source>
        <translation>Have these records been uploaded on the platform?</translation>
    </message>
    <message>
        <source>已导出 {n} 条待上传记录到
{path}

请在城市志愿服务平台上传这个文件。上传成功后点“已上传”，这些记录就不再等待同步；还没有上传可以先点“稍后”，以后在本页点“标记已上传…”。</source>
        <translation>{n} records waiting to upload exported to
{path}

Upload this file on the city volunteer platform. Once uploaded, press “Uploaded” and these records stop waiting to sync; if not uploaded yet, press “Later”, and later “Mark as uploaded…” on this page.</translation>
    </message>
    <message>
        <source>已上传</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <source>稍后</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>已标记为手工上传</source>
        <translation>Marked as uploaded by hand</translation>
    </message>
    <message>
        <source>{n} 条记录已标记为在平台手工上传。</source>
        <translation>{n} records marked as uploaded by hand on the platform.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>返回首页</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <source>修改我的密码</source>
        <translation>My password</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <source>两次输入的新密码不一样</source>
        <translation>The two new passwords are not the same</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>报表文件无法读取，未能打印</source>
        <translation>The report file cannot be read: not printed</translation>
    </message>
    <message>
        <source>打印机无法开始打印，请检查打印机是否连接、是否有纸</source>
        <translation>The printer cannot start printing: check that it is connected and has paper</translation>
    </message>
    <message>
        <source>打印统计报表</source>
        <translation>Print report</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>按季度</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <source>按年</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> year</translation>
    </message>
    <message>
        <source>{m} 月</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <source>第 {q} 季度</source>
        <translation>Quarter {q}</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>签退</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>{name}，您好</source>
        <translation>Hello, {name}</translation>
    </message>
    <message>
        <source>您在“{post}”岗位，{time}签到</source>
        <translation>You are at the post “{post}”, checked in at {time}</translation>
    </message>
    <message>
        <source>服务结束了，请按下面的“签退”</source>
        <translation>Service finished? Press “Check out” below</translation>
    </message>
    <message>
        <source>先不签退，返回</source>
        <translation>Not checking out yet, go back</translation>
    </message>
    <message>
        <source>{name}，您好！请选择服务岗位</source>
        <translation>Hello, {name}! Please choose your post</translation>
    </message>
    <message>
        <source>点一下您要去的岗位，就签到了</source>
        <translation>Tap the post you are going to and you are checked in</translation>
    </message>
    <message>
        <source>现在没有可以签到的岗位，请找工作人员</source>
        <translation>No post to check in to now: please ask the staff</translation>
    </message>
    <message>
        <source>正在进行 {when}</source>
        <translation>Under way {when}</translation>
    </message>
    <message>
        <source>即将开始 {when}</source>
        <translation>Starting soon {when}</translation>
    </message>
    <message>
        <source>地点：{place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <source>您已报名</source>
        <translation>You signed up</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>工作人员退出签到机</source>
        <translation>Staff: leave the kiosk</translation>
    </message>
    <message>
        <source>请输入工作人员 PIN，再按“确定”</source>
        <translation>Enter the staff PIN, then press “OK”</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消，回到签到</source>
        <translation>Cancel, back to check-in</translation>
    </message>
    <message>
        <source>请先输入 PIN</source>
        <translation>Enter the PIN first</translation>
    </message>
</context>
<context>
    <name>PlannedRecordsModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{p}（新建）</source>
        <translation>{p} (new)</translation>
    </message>
</context>
<context>
    <name>PlannedRowsModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>新增服务岗位</source>
        <translation>Add a duty post</translation>
    </message>
    <message>
        <source>编辑服务岗位</source>
        <translation>Edit the duty post</translation>
    </message>
    <message>
        <source>例如 P-GARBAGE-01</source>
        <translation>e.g. P-GARBAGE-01</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>计入志愿服务时长</source>
        <translation>Counts toward service hours</translation>
    </message>
    <message>
        <source>日常值班、内部会议、捐赠等不计入志愿服务时长：时间照常记录，但不算志愿服务小时。</source>
        <translation>Everyday duty, internal meetings, donations and the like do not count toward service hours: the time is recorded as usual but not as volunteer service hours.</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>岗位名称</source>
        <translation>Post name</translation>
    </message>
    <message>
        <source>岗位编码</source>
        <translation>Post code</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>人数上限</source>
        <translation>Most people</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>计时</source>
        <translation>Counting</translation>
    </message>
    <message>
        <source>新增岗位…</source>
        <translation>Add post…</translation>
    </message>
    <message>
        <source>编辑岗位…</source>
        <translation>Edit post…</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>新增班次…</source>
        <translation>Add shift…</translation>
    </message>
    <message>
        <source>上一周</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一周</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>双击班次查看报名、代志愿者报名。</source>
        <translation>Double-click a shift to see its sign-ups and sign volunteers up.</translation>
    </message>
    <message>
        <source>计入</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>不计入</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>{a} 至 {b}</source>
        <translation>{a} – {b}</translation>
    </message>
    <message>
        <source>{a} – {b}
{n}/{cap} 人</source>
        <translation>{a} – {b}
{n}/{cap} people</translation>
    </message>
    <message>
        <source>每周重复的班次</source>
        <translation>Weekly repeating shifts</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>勾选的行将一次性导入；有问题的行不会导入，可以保存报告后改正再导入。</source>
        <translation>The ticked rows are imported together; rows with problems are not imported: save the report, correct them and import again.</translation>
    </message>
    <message>
        <source>导入后直接审核通过（记入操作日志）</source>
        <translation>Approve on import (written to the audit log)</translation>
    </message>
    <message>
        <source>将导入</source>
        <translation>To import</translation>
    </message>
    <message>
        <source>未导入的行</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <source>保存报告…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>新建这些岗位…</source>
        <translation>Create these posts…</translation>
    </message>
    <message>
        <source>未导入的行（{n}）</source>
        <translation>Rows not imported ({n})</translation>
    </message>
    <message>
        <source>
以下列没有导入：{cols}</source>
        <translation>
These columns are not imported: {cols}</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{p}（{n} 行）</source>
        <translation>{p} ({n} rows)</translation>
    </message>
    <message>
        <source>导入时将新建 {n} 个岗位：{posts}（类别留空，可以以后在“服务岗位与班次”中修改）。</source>
        <translation>Importing creates {n} posts: {posts} (no category; change it later in “Posts and shifts”).</translation>
    </message>
    <message>
        <source>站点还没有表中的 {n} 个岗位：{posts}。这些行暂不能导入。</source>
        <translation>The station does not have {n} of the sheet&apos;s posts yet: {posts}. Those rows cannot be imported for now.</translation>
    </message>
    <message>
        <source>新建这 {n} 个岗位…</source>
        <translation>Create these {n} posts…</translation>
    </message>
    <message>
        <source>新建岗位</source>
        <translation>Create posts</translation>
    </message>
    <message>
        <source>导入时新建以下岗位（类别留空），并导入使用这些岗位的行：

{posts}

新建的岗位与记录一起写入操作日志。</source>
        <translation>Importing creates these posts (no category) and imports the rows that use them:

{posts}

The new posts are written to the audit log with the records.</translation>
    </message>
    <message>
        <source>新建并导入这些行</source>
        <translation>Create them and import these rows</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存报告</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>导入报告.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{rows}（共 {n} 行）</source>
        <translation>{rows} ({n} rows in all)</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>例如：朝西社区志愿服务站</source>
        <translation>e.g. 朝西社区志愿服务站</translation>
    </message>
    <message>
        <source>站点编码</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>市平台分配的编码，例如 BJ-CY-0001</source>
        <translation>The code the city platform gave, e.g. BJ-CY-0001</translation>
    </message>
    <message>
        <source>出具单位</source>
        <translation>Issuing organisation</translation>
    </message>
    <message>
        <source>证明上盖章的单位，例如 ××社区居民委员会</source>
        <translation>The organisation whose seal is on the certificates, e.g. ××社区居民委员会</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>例如 010-85551234</source>
        <translation>e.g. 010-85551234</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>录入服务记录</source>
        <translation>Enter service record</translation>
    </message>
    <message>
        <source>修改服务记录</source>
        <translation>Edit service record</translation>
    </message>
    <message>
        <source>更正已审核的记录</source>
        <translation>Correct an approved record</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>服务岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>休息（扣除）</source>
        <translation>Break (deducted)</translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>必填，记入操作日志</source>
        <translation>Required, written to the audit log</translation>
    </message>
    <message>
        <source>选填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>{name}（不计入志愿时长）</source>
        <translation>{name} (not counted toward service hours)</translation>
    </message>
    <message>
        <source>（次日结束）</source>
        <translation>(ends the next day)</translation>
    </message>
    <message>
        <source>计 {m} 分钟，{h} 小时{o}</source>
        <translation>{m} minutes, {h} hours{o}</translation>
    </message>
    <message>
        <source>请先选择志愿者</source>
        <translation>Choose a volunteer first</translation>
    </message>
    <message>
        <source>还没有服务岗位，请先在“服务岗位”页新增</source>
        <translation>No posts yet: add one on the “Posts” page first</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>服务记录：{title}</source>
        <translation>Service records: {title}</translation>
    </message>
    <message>
        <source>{title}，{period}：正在读取…</source>
        <translation>{title}, {period}: reading…</translation>
    </message>
    <message>
        <source>只列出计入统计的记录（已审核、计入志愿服务的岗位）；证件号码已隐去中间位。</source>
        <translation>Only the records the figures count (approved, on posts that count toward service hours); middle digits of ID numbers hidden.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{title}，{period}：{n} 条记录，共 {h} 小时</source>
        <translation>{title}, {period}: {n} records, {h} hours in all</translation>
    </message>
    <message>
        <source>（只显示前 {n} 条，全部记录请导出 Excel）</source>
        <translation>(only the first {n} shown: export to Excel for all records)</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <source>上传记录</source>
        <translation>Upload records</translation>
    </message>
    <message>
        <source>作废记录</source>
        <translation>Void record</translation>
    </message>
    <message>
        <source>登记证明</source>
        <translation>Register certificates</translation>
    </message>
    <message>
        <source>作废证明</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>拒收时间</source>
        <translation>Refused at</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <source>志愿者人数</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>上岗人次</source>
        <translation>Shifts worked</translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>服务时长（小时）</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>更正记录（替代 #{id}）</source>
        <translation>Correcting record (replaces #{id})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>公示名单…</source>
        <translation>Public notice list…</translation>
    </message>
    <message>
        <source>本期出具的证明和记录的服务时长，姓名部分隐去、不含证件号码，保存为 PDF 打印张贴</source>
        <translation>Certificates issued in the period and the service hours recorded, with names partly hidden and no ID numbers, saved as a PDF to print and post</translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>志愿者人数</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>上岗人次</source>
        <translation>Shifts worked</translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>服务时长（小时）</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>复制这句话</source>
        <translation>Copy this sentence</translation>
    </message>
    <message>
        <source>双击表格中的一行，查看计入这一行的服务记录。只统计已审核、计入志愿服务的岗位上的记录；记录按开始时间归入统计期间；更正后的记录替代原记录。</source>
        <translation>Double-click a row of the table to see the service records it counts. Only approved records on posts that count toward service hours are counted; records fall into a period by their start time; a correction replaces the record it corrects.</translation>
    </message>
    <message>
        <source>{period}服务时长（小时），按{by}</source>
        <translation>{period} service hours, by {by}</translation>
    </message>
    <message>
        <source>{station}志愿服务统计{period}</source>
        <translation>{station} volunteer service figures {period}</translation>
    </message>
    <message>
        <source>导出 Excel 报表</source>
        <translation>Export the Excel report</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>未能完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <source>{station}志愿服务公示{period}</source>
        <translation>{station} volunteer service public notice {period}</translation>
    </message>
    <message>
        <source>保存公示名单</source>
        <translation>Save public notice list</translation>
    </message>
    <message>
        <source>公示名单已保存到 {path}（{summary}）</source>
        <translation>Public notice list saved to {path} ({summary})</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>已送往打印机：{n} 页</source>
        <translation>Sent to the printer: {n} pages</translation>
    </message>
</context>
<context>
    <name>RestoreFromBackup</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Station Desk 备份 (*.sqlite3 *.aes);;所有文件 (*)</source>
        <translation>Station Desk backups (*.sqlite3 *.aes);;All files (*)</translation>
    </message>
    <message>
        <source>加密备份</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <source>这份备份已加密，请输入备份口令：</source>
        <translation>This backup is encrypted: enter its passphrase:</translation>
    </message>
    <message>
        <source>用 {file} 替换当前数据库？
恢复前会检查这份备份；当前数据库另存到 backups 文件夹，不会删除。恢复后 Station Desk 重新启动，请重新登录。</source>
        <translation>Replace the current database with {file}?
The backup is checked first; the current database is kept in the backups folder, never deleted. After the restore Station Desk starts again: please log in again.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>已从 {file} 恢复数据库（结构版本 {v}）。</source>
        <translation>Database restored from {file} (schema version {v}).</translation>
    </message>
    <message>
        <source>原来的数据库另存为 {path}。</source>
        <translation>The old database was kept as {path}.</translation>
    </message>
    <message>
        <source>恢复已记入操作日志。Station Desk 将重新启动。</source>
        <translation>The restore is written to the audit log. Station Desk will start again.</translation>
    </message>
    <message>
        <source>已从备份恢复</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>没有恢复，数据库未改动：{why}</source>
        <translation>Not restored, the database is unchanged: {why}</translation>
    </message>
    <message>
        <source>无法从备份恢复</source>
        <translation>Cannot restore from the backup</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>数据保留检查</source>
        <translation>Data retention check</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>停用日期</source>
        <translation>Deactivated on</translation>
    </message>
    <message>
        <source>超过保留期限的信息</source>
        <translation>Data past the retention period</translation>
    </message>
    <message>
        <source>删除这些信息…</source>
        <translation>Delete this data…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>志愿者停用后，手机号码、监护人信息、技能和备注保留 {months} 个月（在 设置 → 个人信息 中修改）。姓名、证件号码和服务记录依法保存，不在此删除。</source>
        <translation>After a volunteer is deactivated, the mobile number, guardian details, skills/tags and notes are kept for {months} months (change this in Settings → Personal data). Names, ID numbers and service records are kept as the law requires and are not deleted here.</translation>
    </message>
    <message>
        <source>没有超过保留期限的信息</source>
        <translation>No data past the retention period</translation>
    </message>
    <message>
        <source>没有超过保留期限的信息。</source>
        <translation>No data is past the retention period.</translation>
    </message>
    <message>
        <source>删除超过保留期限的信息</source>
        <translation>Delete data past the retention period</translation>
    </message>
    <message>
        <source>删除这 {n} 名志愿者的手机号码、监护人信息、技能和备注？删除后不能恢复，操作日志中这些人以前记下的个人信息也一并无法再读取。</source>
        <translation>Delete the mobile numbers, guardian details, skills/tags and notes of these {n} volunteers? This cannot be undone, and the personal data about them recorded earlier in the audit log can no longer be read either.</translation>
    </message>
    <message>
        <source>删除 {n} 人的信息</source>
        <translation>Delete data of {n}</translation>
    </message>
    <message>
        <source>已删除 {n} 名志愿者超过保留期限的信息（记入操作日志）。</source>
        <translation>Deleted the data past the retention period of {n} volunteers (written to the audit log).</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <source>未签退</source>
        <translation>Not checked out</translation>
    </message>
    <message>
        <source>{h}（不计）</source>
        <translation>{h} (not counted)</translation>
    </message>
    <message>
        <source>忘记签退</source>
        <translation>Forgot to check out</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>需处理（待审核和忘记签退）</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已签到未签退</source>
        <translation>Checked in, not out</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部岗位</source>
        <translation>All posts</translation>
    </message>
    <message>
        <source>志愿者姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>录入记录…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>导入签到表…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>审核通过所选</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>补录签退时间…</source>
        <translation>Check-out…</translation>
    </message>
    <message>
        <source>共 {n} 条，计入志愿时长 {h} 小时</source>
        <translation>{n} records, {h} hours counted toward service hours</translation>
    </message>
    <message>
        <source>；其中 {n} 条忘记签退，请核实实际结束时间</source>
        <translation>; {n} of them forgot to check out: check the real end time</translation>
    </message>
    <message>
        <source>只有站长可以审核</source>
        <translation>Only the station manager can review</translation>
    </message>
    <message>
        <source>请先在列表中选择记录</source>
        <translation>Choose records in the list first</translation>
    </message>
    <message>
        <source>请只选择一条记录</source>
        <translation>Choose one record only</translation>
    </message>
    <message>
        <source>只能审核“待审核”的记录；所选记录中有其他状态的</source>
        <translation>Only pending records can be approved; some chosen records are in another state</translation>
    </message>
    <message>
        <source>只能退回待审核或已签到的记录</source>
        <translation>Only pending or checked-in records can be sent back</translation>
    </message>
    <message>
        <source>只能修改待审核的记录；已审核的请用“更正”</source>
        <translation>Only pending records can be edited; for approved ones use “Correct”</translation>
    </message>
    <message>
        <source>只能更正已审核通过的记录</source>
        <translation>Only approved records can be corrected</translation>
    </message>
    <message>
        <source>只有尚未签退的记录需要补录签退时间</source>
        <translation>Only records not yet checked out need a check-out time</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>审核通过 {n} 条记录？通过后只能更正，不能修改</source>
        <translation>Approve {n} records? Once approved they can only be corrected, never edited</translation>
    </message>
    <message>
        <source>已审核通过 {n} 条记录（{t}），将同步到平台；如有错误请用“更正”</source>
        <translation>{n} records approved ({t}); they will be synced to the platform. Use “Correct” for a mistake</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>退回 {name} 在 {t} 的记录。退回原因（必填，记入操作日志）：</source>
        <translation>Send back the record of {name} at {t}. Reason (required, written to the audit log):</translation>
    </message>
    <message>
        <source>请填写退回原因</source>
        <translation>Give the reason for sending it back</translation>
    </message>
    <message>
        <source>已退回 {name} 的记录，原因：{why}（已记入操作日志）</source>
        <translation>The record of {name} was sent back, reason: {why} (written to the audit log)</translation>
    </message>
    <message>
        <source>补录签退时间</source>
        <translation>Enter the check-out time</translation>
    </message>
    <message>
        <source>{name} 于 {t} 签到。请填写实际结束时间（HH:MM）和依据，如“17:30 签到表”：</source>
        <translation>{name} checked in at {t}. Enter the real end time (HH:MM) and what it rests on, e.g. “17:30 sign-in sheet”:</translation>
    </message>
    <message>
        <source>时间格式应为 HH:MM，例如 17:30</source>
        <translation>The time should be HH:MM, e.g. 17:30</translation>
    </message>
    <message>
        <source>已补录 {name} 的签退时间，待审核</source>
        <translation>Check-out time of {name} entered, pending review</translation>
    </message>
    <message>
        <source>导出服务记录</source>
        <translation>Export service records</translation>
    </message>
    <message>
        <source>服务记录.xlsx</source>
        <translation>service-records.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出 {n} 条服务记录到
{p}</source>
        <translation>{n} service records exported to
{p}</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>作废 {serial}（{name}，{start} 至 {end}）。作废后核验结果为“已作废”，不可恢复；原因记入操作日志。</source>
        <translation>Revoke {serial} ({name}, {start} to {end}). Once revoked, verifying it answers “revoked”, for good; the reason is written to the audit log.</translation>
    </message>
    <message>
        <source>作废证明</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>请填写作废原因</source>
        <translation>Give the reason for revoking</translation>
    </message>
    <message>
        <source>作废原因（必填），如：服务期间填写有误</source>
        <translation>Reason for revoking (required), e.g. the service period was wrong</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation>Volunteer number</translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>告知同意</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>已同意</source>
        <translation>Consented</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>平台名册中的这条信息不符合登记规则，已保留但不能在签到机签到，请核对后补全：{why}</source>
        <translation>This entry of the platform&apos;s roster breaks the registration rules: it is kept but cannot check in at the kiosk. Check and complete it: {why}</translation>
    </message>
    <message>
        <source>待核对</source>
        <translation>To be checked</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>搜索：姓名、拼音或首字母（zs）、手机尾号、证件尾号、志愿者编号</source>
        <translation>Search: name, pinyin or initials (zs), last digits of mobile or ID number, volunteer number</translation>
    </message>
    <message>
        <source>含已停用</source>
        <translation>Include deactivated</translation>
    </message>
    <message>
        <source>新增志愿者</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>服务记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>打印志愿者证…</source>
        <translation>Cards…</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Full numbers</translation>
    </message>
    <message>
        <source>站长可查看所选志愿者的完整证件号码和手机号码；每次查看都记入操作日志</source>
        <translation>The station manager can see the chosen volunteer&apos;s full ID and mobile numbers; every look is written to the audit log</translation>
    </message>
    <message>
        <source>删除个人信息…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>按本人要求删除个人信息：姓名、证件、电话等被清除，服务时长仍计入统计</source>
        <translation>Delete personal data at the person&apos;s request: name, ID, phone and the rest are erased; the service hours still count in the figures</translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>找到 {n} 人</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <source>请先在名册中选择一位志愿者</source>
        <translation>Choose a volunteer in the roster first</translation>
    </message>
    <message>
        <source>恢复在册</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>只有站长可以查看完整号码</source>
        <translation>Only the station manager can see full numbers</translation>
    </message>
    <message>
        <source>只有站长可以删除个人信息</source>
        <translation>Only the station manager can delete personal data</translation>
    </message>
    <message>
        <source>证件号码：{n}</source>
        <translation>ID number: {n}</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>手机号码：{n}</source>
        <translation>Mobile number: {n}</translation>
    </message>
    <message>
        <source>监护人电话：{n}</source>
        <translation>Guardian&apos;s phone: {n}</translation>
    </message>
    <message>
        <source>（本次查看已记入操作日志）</source>
        <translation>(this look is written to the audit log)</translation>
    </message>
    <message>
        <source>{name} 的完整号码</source>
        <translation>Full numbers of {name}</translation>
    </message>
    <message>
        <source>删除个人信息</source>
        <translation>Delete personal data</translation>
    </message>
    <message>
        <source>将按本人要求删除 {name} 的个人信息：姓名、证件号码、电话、监护人、特长和备注都被清除，且不能恢复。其服务时长仍保留在站点统计中，但不再能识别到本人。

请填写申请依据（如：本人书面申请及日期），记入操作日志：</source>
        <translation>The personal data of {name} will be deleted at their request: name, ID number, phones, guardian, skills and notes are erased, for good. Their service hours stay in the station&apos;s figures but can no longer be traced to them.

Give what the request rests on (e.g. their written request and its date), written to the audit log:</translation>
    </message>
    <message>
        <source>未能完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <source>停用志愿者</source>
        <translation>Deactivate volunteer</translation>
    </message>
    <message>
        <source>{name}：请填写原因（记入操作日志）</source>
        <translation>{name}: give the reason (written to the audit log)</translation>
    </message>
    <message>
        <source>志愿者证（{n} 张）</source>
        <translation>Volunteer cards ({n})</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>保存志愿者证</source>
        <translation>Save volunteer cards</translation>
    </message>
    <message>
        <source>志愿者证.pdf</source>
        <translation>volunteer-cards.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>志愿者证</source>
        <translation>Volunteer cards</translation>
    </message>
    <message>
        <source>已生成 {n} 张志愿者证：
{p}</source>
        <translation>{n} volunteer cards made:
{p}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>站点信息</source>
        <translation>Station profile</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>不自动锁定</source>
        <translation>Never lock</translation>
    </message>
    <message>
        <source>无人操作后锁定</source>
        <translation>Lock after no use for</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>工作人员与锁定</source>
        <translation>Staff and locking</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>星级时长标准</source>
        <translation>Star level hour standard</translation>
    </message>
    <message>
        <source>一至五星所需小时</source>
        <translation>Hours for one to five stars</translation>
    </message>
    <message>
        <source>星级由志愿服务组织认定；证明和签到机只说“累计志愿服务时长已达到一星志愿者标准（100 小时）”。</source>
        <translation>Star levels are awarded by volunteer service organisations; certificates and the kiosk only say that “the accumulated volunteer service hours have reached the one-star volunteer standard (100 hours)”.</translation>
    </message>
    <message>
        <source>每日结束时间</source>
        <translation>End of the day</translation>
    </message>
    <message>
        <source>过了每日结束时间仍未签退的记录，会在审核页标为“忘记签退”，由工作人员核实，不会自动补时长。</source>
        <translation>A record not checked out by the end of the day is marked “forgot to check out” on the review page for staff to check; no time is added automatically.</translation>
    </message>
    <message>
        <source>不修改请留空</source>
        <translation>Leave empty to keep it</translation>
    </message>
    <message>
        <source>4 到 8 位数字</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>签到机退出 PIN</source>
        <translation>Kiosk exit PIN</translation>
    </message>
    <message>
        <source>服务时长与签到机</source>
        <translation>Service hours and kiosk</translation>
    </message>
    <message>
        <source>数据备份</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>平台同步</source>
        <translation>Platform sync</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>如：北京市志愿服务联合会</source>
        <translation>e.g. Beijing Volunteer Service Federation</translation>
    </message>
    <message>
        <source>平台运营单位</source>
        <translation>Platform operator</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>停用后保留</source>
        <translation>Keep after deactivation</translation>
    </message>
    <message>
        <source>手机号码、监护人信息、技能和备注在志愿者停用后保留这么久，到期后由 文件 → 数据保留检查 删除；姓名、证件号码和服务记录依法保存。两项都写进个人信息告知。</source>
        <translation>Mobile numbers, guardian details, skills/tags and notes are kept this long after a volunteer is deactivated, then deleted with File → Data retention check; names, ID numbers and service records are kept as the law requires. Both are stated in the personal data notice.</translation>
    </message>
    <message>
        <source>请填写从小到大、用逗号分隔的小时数，例如 100,300,600,1000,1500</source>
        <translation>Enter hours from small to large, separated by commas, e.g. 100,300,600,1000,1500</translation>
    </message>
    <message>
        <source>PIN 应为 4 到 8 位数字</source>
        <translation>The PIN should be 4 to 8 digits</translation>
    </message>
    <message>
        <source>保存失败：{e}</source>
        <translation>Saving failed: {e}</translation>
    </message>
</context>
<context>
    <name>SheetEntryPage</name>
    <message>
        <source>整周（每行填星期几）</source>
        <translation>Whole week</translation>
    </message>
    <message>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>星期/日期</source>
        <translation>Weekday/date</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或手机尾号后按回车选人；回车或 Tab 到下一格，新的一行沿用上一行的时间。每行随输入检查，全部无误才能保存，保存后为“待审核”。</source>
        <translation>Type a name, pinyin initials or the last digits of a mobile number and press Enter to choose; Enter or Tab moves to the next cell, and a new line takes the times of the line above. Each line is checked as you type; the sheet can be saved when every line is right, and is saved as “pending”.</translation>
    </message>
    <message>
        <source>请从列表中选择志愿者</source>
        <translation>Choose the volunteer from the list</translation>
    </message>
    <message>
        <source>星期或日期“{t}”不在这一周</source>
        <translation>The weekday or date “{t}” is not in this week</translation>
    </message>
    <message>
        <source>时间“{t}”无法识别，请写成 07:00 或 0700</source>
        <translation>The time “{t}” is not understood: write it as 07:00 or 0700</translation>
    </message>
    <message>
        <source>服务人次应是整数</source>
        <translation>People served should be a whole number</translation>
    </message>
    <message>
        <source>{ok} 行无误，{bad} 行有问题</source>
        <translation>{ok} lines right, {bad} lines with problems</translation>
    </message>
    <message>
        <source>{ok} 行无误，可以保存</source>
        <translation>{ok} lines right, ready to save</translation>
    </message>
    <message>
        <source>第 {n} 行：{why}；没有保存</source>
        <translation>Line {n}: {why}; nothing saved</translation>
    </message>
    <message>
        <source>请先选择岗位</source>
        <translation>Choose a post first</translation>
    </message>
    <message>
        <source>已保存 {n} 条服务记录，等待审核</source>
        <translation>{n} service records saved, pending review</translation>
    </message>
</context>
<context>
    <name>SheetLine</name>
    <message>
        <source>姓名 / 拼音首字母 / 手机尾号</source>
        <translation>Name / initials / mobile</translation>
    </message>
    <message>
        <source>1–7 或 5-6</source>
        <translation>1–7 or 5-6</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>People served</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>新增班次</source>
        <translation>Add shift</translation>
    </message>
    <message>
        <source>同岗位设置</source>
        <translation>As the post</translation>
    </message>
    <message>
        <source>每周重复</source>
        <translation>Repeat weekly</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>人数上限</source>
        <translation>Most people</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>每周</source>
        <translation>Every week on</translation>
    </message>
    <message>
        <source>重复到</source>
        <translation>Repeat until</translation>
    </message>
    <message>
        <source>新增重复班次</source>
        <translation>Add repeating shifts</translation>
    </message>
    <message>
        <source>请选择每周哪几天</source>
        <translation>Choose the weekdays</translation>
    </message>
</context>
<context>
    <name>ShiftEditDialog</name>
    <message>
        <source>修改班次</source>
        <translation>Edit shift</translation>
    </message>
    <message>
        <source>{post}&#x3000;{d}</source>
        <translation>{post}&#x3000;{d}</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>仅此班次</source>
        <translation>This shift only</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>人数上限</source>
        <translation>Most people</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>这是重复班次（{what}）中的一次。</source>
        <translation>This is one shift of a repeating series ({what}).</translation>
    </message>
    <message>
        <source>此班次及以后的班次（共 {n} 个）</source>
        <translation>This shift and the later ones ({n} in all)</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <source>班次报名</source>
        <translation>Shift sign-ups</translation>
    </message>
    <message>
        <source>超员加入（临时到岗）</source>
        <translation>Add beyond the limit (came at short notice)</translation>
    </message>
    <message>
        <source>超员加入须注明原因</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>取消所选报名</source>
        <translation>Cancel the selected sign-ups</translation>
    </message>
    <message>
        <source>修改班次…</source>
        <translation>Edit shift…</translation>
    </message>
    <message>
        <source>代志愿者报名：</source>
        <translation>Sign up a volunteer:</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>{post}&#x3000;{d} {a}–{b}&#x3000;已报名 {n} / {cap}</source>
        <translation>{post}&#x3000;{d} {a}–{b}&#x3000;signed up {n} / {cap}</translation>
    </message>
    <message>
        <source>（超员：{n}）</source>
        <translation>(beyond the limit: {n})</translation>
    </message>
    <message>
        <source>请先选择志愿者</source>
        <translation>Choose a volunteer first</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>站长</source>
        <translation>Station manager</translation>
    </message>
    <message>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <source>{name}&#x3000;{role}</source>
        <translation>{name}&#x3000;{role}</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation> (deactivated)</translation>
    </message>
    <message>
        <source>恢复启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>已添加：{name}</source>
        <translation>Added: {name}</translation>
    </message>
    <message>
        <source>已更新：{name}</source>
        <translation>Updated: {name}</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>为 {name} 设置新密码（至少 {n} 个字符），请当面告诉本人并提醒其登录后修改：</source>
        <translation>Set a new password for {name} (at least {n} characters); tell them in person and remind them to change it after logging in:</translation>
    </message>
    <message>
        <source>已重设 {name} 的密码</source>
        <translation>The password of {name} was reset</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>✓ 签退成功，辛苦了！</source>
        <translation>✓ Checked out. Thank you!</translation>
    </message>
    <message>
        <source>本次服务</source>
        <translation>This service</translation>
    </message>
    <message>
        <source>今天共服务</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>累计已审核</source>
        <translation>Approved in all</translation>
    </message>
    <message>
        <source>好的</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{hours} 小时</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source>“{post}”的时间会记下来，但不算志愿服务时长</source>
        <translation>Time at “{post}” is recorded, but does not count toward service hours</translation>
    </message>
    <message>
        <source>本次时长经工作人员审核后，计入累计</source>
        <translation>This service counts toward the total once staff approve it</translation>
    </message>
    <message>
        <source>累计满 {hours} 小时即达到一星志愿者标准，继续加油！</source>
        <translation>At {hours} hours in all you reach the one-star volunteer standard: keep going!</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>打开“平台同步”页</source>
        <translation>Open the “Platform sync” page</translation>
    </message>
    <message>
        <source>平台：…</source>
        <translation>Platform: …</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>导出待上传记录…</source>
        <translation>Export records waiting to upload…</translation>
    </message>
    <message>
        <source>标记已上传…</source>
        <translation>Mark as uploaded…</translation>
    </message>
    <message>
        <source>上次导出的记录已在平台上传后，点这里标记</source>
        <translation>Press here once the records exported last time have been uploaded on the platform</translation>
    </message>
    <message>
        <source>本次启动后还没有同步</source>
        <translation>Not synced since this start</translation>
    </message>
    <message>
        <source>上次成功同步：</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>待上传：</source>
        <translation>Waiting to upload:</translation>
    </message>
    <message>
        <source>平台拒收：</source>
        <translation>Refused by the platform:</translation>
    </message>
    <message>
        <source>其他：</source>
        <translation>Other:</translation>
    </message>
    <message>
        <source>最近一次：</source>
        <translation>Latest:</translation>
    </message>
    <message>
        <source>重新提交</source>
        <translation>Resubmit</translation>
    </message>
    <message>
        <source>志愿者信息已在名册中改正后，把这条记录重新交给平台（站长操作）</source>
        <translation>Hand this record to the platform again once the volunteer&apos;s details are corrected in the roster (station manager)</translation>
    </message>
    <message>
        <source>志愿者的证件号码、姓名等有误：先在“志愿者名册”中改正，再选中这条记录点“重新提交”。服务时间有误（例如与其他站点的记录重叠）：到“服务记录审核”页选中这条记录，用“更正”改正，更正后的记录会自动上传，不用重新提交。</source>
        <translation>A volunteer&apos;s ID number, name or the like is wrong: correct it in “Volunteer roster” first, then choose this record and press “Resubmit”. The service time is wrong (e.g. it overlaps another station&apos;s record): choose the record on the “Review service records” page and “Correct” it; the correction is uploaded automatically, no resubmitting needed.</translation>
    </message>
    <message>
        <source>平台拒收的记录</source>
        <translation>Records refused by the platform</translation>
    </message>
    <message>
        <source>上传批次记录（最近 200 批）</source>
        <translation>Upload batches (latest 200)</translation>
    </message>
    <message>
        <source>重新发送这一批</source>
        <translation>Resend this batch</translation>
    </message>
    <message>
        <source>平台整批拒收的批次：问题解决后，把其中的记录用新批次重新发送（站长操作）</source>
        <translation>Batches the platform refused whole: once the problem is solved, send their records again in a new batch (station manager)</translation>
    </message>
    <message>
        <source>平台拒收的记录（{n} 条）</source>
        <translation>Records refused by the platform ({n})</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>{n} 条，见下表</source>
        <translation>{n}, see the table below</translation>
    </message>
    <message>
        <source>没有</source>
        <translation>None</translation>
    </message>
    <message>
        <source>暂停的批次 {n} 批（平台拒收整批，见下方批次记录）</source>
        <translation>{n} batches paused (refused whole by the platform: see the batches below)</translation>
    </message>
    <message>
        <source>已手工上传 {n} 条</source>
        <translation>{n} uploaded by hand</translation>
    </message>
    <message>
        <source>同步完成：发送 {b} 批，平台接收 {a} 条，已有 {d} 条，拒收 {r} 条；登记证明 {c} 份；名册变更 {p} 人。</source>
        <translation>Sync finished: {b} batches sent, {a} records accepted by the platform, {d} already there, {r} refused; {c} certificates registered; {p} roster changes.</translation>
    </message>
    <message>
        <source>{time} 同步未完成，原因见上方。</source>
        <translation>The sync at {time} did not finish: the reason is above.</translation>
    </message>
    <message>
        <source>无法重新发送</source>
        <translation>Cannot resend</translation>
    </message>
</context>
<context>
    <name>SyncSettingsTab</name>
    <message>
        <source>https://平台地址（留空表示不连接平台）</source>
        <translation>https://platform address (leave empty for no platform)</translation>
    </message>
    <message>
        <source>平台地址</source>
        <translation>Platform address</translation>
    </message>
    <message>
        <source>站点信息中的站点编码</source>
        <translation>The station code of the station profile</translation>
    </message>
    <message>
        <source>平台上的站点编码</source>
        <translation>Station code on the platform</translation>
    </message>
    <message>
        <source>已保存，不修改请留空</source>
        <translation>Saved: leave empty to keep it</translation>
    </message>
    <message>
        <source>平台发给本站的令牌</source>
        <translation>The token the platform gave this station</translation>
    </message>
    <message>
        <source>平台令牌</source>
        <translation>Platform token</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>自动同步间隔</source>
        <translation>Sync every</translation>
    </message>
    <message>
        <source>一般留空：使用系统证书库</source>
        <translation>Usually empty: the system&apos;s certificate store is used</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>另外信任的 CA 证书</source>
        <translation>Also trust this CA certificate</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>审核通过的服务记录和出具的证明会在后台自动上传到城市志愿服务平台。不填平台地址时，记录都保存在本机，可以在“平台同步”页导出，到平台上手工上传。令牌保存在系统的密码存储或只有本用户能读的文件中，不会出现在日志里。</source>
        <translation>Approved service records and issued certificates are uploaded to the city volunteer platform automatically, in the background. Without a platform address every record stays on this PC: export them on the “Platform sync” page and upload them on the platform by hand. The token is kept in the system&apos;s password store, or in a file only this user can read, never in the log.</translation>
    </message>
    <message>
        <source>选择 CA 证书文件</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <source>证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>正在连接平台…</source>
        <translation>Connecting to the platform…</translation>
    </message>
    <message>
        <source>请填写平台发给本站的令牌</source>
        <translation>Enter the token the platform gave this station</translation>
    </message>
    <message>
        <source>找不到这个证书文件</source>
        <translation>The certificate file cannot be found</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>未设置平台</source>
        <translation>No platform set up</translation>
    </message>
    <message>
        <source>还没有填写城市志愿服务平台的地址，记录都保存在本机。可以“导出待上传记录”，到平台上手工上传；站长也可以在“设置 → 平台同步”中填写平台地址和令牌。</source>
        <translation>No city volunteer platform address has been entered: every record stays on this PC. You can “Export records waiting to upload” and upload them on the platform by hand; the station manager can enter the platform address and token in “Settings → Platform sync”.</translation>
    </message>
    <message>
        <source>同步已停止</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <source>无法连接</source>
        <translation>Cannot connect</translation>
    </message>
    <message>
        <source>同步未完成</source>
        <translation>Sync not finished</translation>
    </message>
    <message>
        <source>已连接</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>上次同步未完成</source>
        <translation>The last sync did not finish</translation>
    </message>
    <message>
        <source>等待同步</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>程序会在后台自动同步，也可以点“立即同步”。</source>
        <translation>The program syncs automatically in the background; you can also press “Sync now”.</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>{n} 小时</source>
        <translation>{n} hours</translation>
    </message>
    <message>
        <source>{n} 分钟</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>不到 1 分钟</source>
        <translation>under 1 minute</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <source>没有待上传的记录</source>
        <translation>No records waiting to upload</translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>（最早一条已等待 {age}）</source>
        <translation>(the oldest has waited {age})</translation>
    </message>
    <message>
        <source>（刚刚加入）</source>
        <translation>(just added)</translation>
    </message>
    <message>
        <source>平台：正在同步…</source>
        <translation>Platform: syncing…</translation>
    </message>
    <message>
        <source>平台：未设置</source>
        <translation>Platform: not set up</translation>
    </message>
    <message>
        <source>，待手工上传 {n} 条</source>
        <translation>, {n} to upload by hand</translation>
    </message>
    <message>
        <source>平台：同步已停止</source>
        <translation>Platform: sync stopped</translation>
    </message>
    <message>
        <source>平台：离线（记录保存在本机）</source>
        <translation>Platform: offline (records kept on this PC)</translation>
    </message>
    <message>
        <source>平台：同步未完成</source>
        <translation>Platform: sync not finished</translation>
    </message>
    <message>
        <source>平台：待上传 {n} 条</source>
        <translation>Platform: {n} waiting to upload</translation>
    </message>
    <message>
        <source>平台：已同步</source>
        <translation>Platform: synced</translation>
    </message>
    <message>
        <source>，拒收 {n} 条</source>
        <translation>, {n} refused</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>可直接输入，如 930、0930、9:30</source>
        <translation>Type it directly, e.g. 930, 0930, 9:30</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>{station}  志愿者签到</source>
        <translation>{station}  volunteer check-in</translation>
    </message>
    <message>
        <source>志愿者签到</source>
        <translation>Volunteer check-in</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{m}月{d}日 {weekday}  {time}</source>
        <translation>{weekday} {d}/{m}  {time}</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>登记培训</source>
        <translation>Add training</translation>
    </message>
    <message>
        <source>如：急救技能培训</source>
        <translation>e.g. First aid training</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>培训名称</source>
        <translation>Training title</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>只有站长可以登记培训（会同步到平台）</source>
        <translation>Only the station manager can add training (it is synced to the platform)</translation>
    </message>
    <message>
        <source>签到名单（培训时长不计入志愿服务时长）</source>
        <translation>Sign-in sheet (training hours do not count toward service hours)</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>请填写培训的开始和结束时间，如 9:00</source>
        <translation>Fill in the training&apos;s start and end times, e.g. 9:00</translation>
    </message>
</context>
<context>
    <name>UsbBackupDialog</name>
    <message>
        <source>备份到 U 盘或其他文件夹</source>
        <translation>Back up to a USB stick or another folder</translation>
    </message>
    <message>
        <source>例如 U 盘的盘符或其中的文件夹</source>
        <translation>e.g. the USB stick&apos;s drive or a folder</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>加密（推荐：U 盘丢失时，别人无法看到志愿者的证件号码）</source>
        <translation>Encrypt (advised: a lost stick shows no ID numbers)</translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>备份口令</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <source>口令不保存在电脑上。忘记口令，这份备份就无法恢复；请把口令交给站长妥善保管。</source>
        <translation>The passphrase is not kept on the PC. Forget it and this backup cannot be restored: give it to the station manager for safe keeping.</translation>
    </message>
    <message>
        <source>选择备份到的文件夹</source>
        <translation>Choose the folder to back up to</translation>
    </message>
    <message>
        <source>请选择一个存在的文件夹（U 盘是否已插好？）</source>
        <translation>Choose a folder that exists (is the USB stick plugged in?)</translation>
    </message>
    <message>
        <source>备份口令至少 {n} 个字符</source>
        <translation>The backup passphrase needs at least {n} characters</translation>
    </message>
    <message>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases are not the same</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>核验志愿服务记录证明</source>
        <translation>Verify a service record certificate</translation>
    </message>
    <message>
        <source>扫描证明上的二维码，或粘贴二维码内容</source>
        <translation>Scan the certificate&apos;s QR code, or paste it</translation>
    </message>
    <message>
        <source>核验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>二维码：</source>
        <translation>QR code:</translation>
    </message>
    <message>
        <source>证明编号：</source>
        <translation>Certificate serial:</translation>
    </message>
    <message>
        <source>验证码：</source>
        <translation>Verification code:</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>二维码内容无法识别：应为证明上的二维码、核验网址，或证明编号和验证码</source>
        <translation>The QR code is not recognised: it should be a certificate&apos;s QR code, a verification link, or a certificate serial and verification code</translation>
    </message>
    <message>
        <source>正在向平台查询是否已作废…</source>
        <translation>Asking the platform whether it has been revoked…</translation>
    </message>
    <message>
        <source>请填写证明编号和验证码</source>
        <translation>Enter the certificate serial and the verification code</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>新增志愿者</source>
        <translation>Add volunteer</translation>
    </message>
    <message>
        <source>编辑志愿者</source>
        <translation>Edit volunteer</translation>
    </message>
    <message>
        <source>打开已有记录</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>身份信息</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>与证件一致</source>
        <translation>As on the ID document</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>可带空格，小写 x 会自动转为大写</source>
        <translation>Spaces allowed; a lower-case x becomes upper case</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>性别和出生日期已根据证件号码自动填写。</source>
        <translation>Sex and date of birth were filled in from the ID number.</translation>
    </message>
    <message>
        <source>证件号码、手机号码已隐去中间位，出生日期以年龄段显示。手机号码留空即保持不变；要修改证件号码，请站长点“显示完整号码”。</source>
        <translation>The middle digits of ID and mobile numbers are hidden and the date of birth is shown as an age band. Leave the mobile number empty to keep it; to change the ID number the station manager presses “Show full numbers”.</translation>
    </message>
    <message>
        <source>显示完整号码…</source>
        <translation>Show full numbers…</translation>
    </message>
    <message>
        <source>联系与服务</source>
        <translation>Contact and service</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>11 位手机号，可带 +86、空格或短横线</source>
        <translation>11-digit mobile number; +86, spaces or dashes allowed</translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation>Volunteer number</translation>
    </message>
    <message>
        <source>市志愿服务平台上的编号，可不填</source>
        <translation>The number on the city volunteer platform, optional</translation>
    </message>
    <message>
        <source>选择或输入队伍名称</source>
        <translation>Choose or type a team name</translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>技能/标签</source>
        <translation>Skills/tags</translation>
    </message>
    <message>
        <source>多个用逗号或顿号分隔，例如：驾驶、摄影</source>
        <translation>Separate several with commas, e.g. driving, photography</translation>
    </message>
    <message>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>本人同意登记技能/标签和备注</source>
        <translation>The volunteer agrees to record skills/tags and notes</translation>
    </message>
    <message>
        <source>可随时撤回，撤回即删除这两项。</source>
        <translation>Can be withdrawn at any time; withdrawing deletes both.</translation>
    </message>
    <message>
        <source>监护人（未满 18 周岁必填）</source>
        <translation>Guardian (required under 18)</translation>
    </message>
    <message>
        <source>监护人姓名</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <source>监护人电话</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>11 位手机号</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <source>个人信息告知</source>
        <translation>Personal data notice</translation>
    </message>
    <message>
        <source>已向本人告知个人信息处理规则，本人同意</source>
        <translation>The volunteer was told how personal data is handled and agrees</translation>
    </message>
    <message>
        <source>查看告知内容…</source>
        <translation>See the notice…</translation>
    </message>
    <message>
        <source>打印告知书…</source>
        <translation>Print notice…</translation>
    </message>
    <message>
        <source>打印个人信息处理告知，供本人或监护人留存；不满 14 周岁另附儿童个人信息处理规则</source>
        <translation>Print the personal data notice for the volunteer or guardian to keep; under 14, the rules for children&apos;s personal data are added</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>监护人已阅读《儿童个人信息处理规则》，单独同意</source>
        <translation>The guardian has read the 《儿童个人信息处理规则》 (rules for children&apos;s personal data) and gives separate consent</translation>
    </message>
    <message>
        <source>查看儿童信息规则…</source>
        <translation>Children&apos;s data rules…</translation>
    </message>
    <message>
        <source>修改原因（选填，记入操作日志）</source>
        <translation>Reason for the change (optional, written to the audit log)</translation>
    </message>
    <message>
        <source>培训、表彰与评价…</source>
        <translation>Training, awards, evaluations…</translation>
    </message>
    <message>
        <source>培训情况、表彰奖励、评价，以及出具个人志愿服务记录</source>
        <translation>Training, awards and evaluations, and issuing the personal volunteer service record</translation>
    </message>
    <message>
        <source>只有站长可以查看完整号码（记入操作日志）</source>
        <translation>Only the station manager can see full numbers (written to the audit log)</translation>
    </message>
    <message>
        <source>保持 {n} 不变，或输入新号码</source>
        <translation>Keep {n}, or type a new number</translation>
    </message>
    <message>
        <source>编辑时查看</source>
        <translation>Seen while editing</translation>
    </message>
    <message>
        <source>请先改正标红的 {n} 处。</source>
        <translation>First correct the {n} fields marked red.</translation>
    </message>
    <message>
        <source>已向监护人告知个人信息处理规则，监护人同意（未满 14 周岁）</source>
        <translation>The guardian was told how personal data is handled and agrees (under 14)</translation>
    </message>
    <message>
        <source>此证件号码已登记：&lt;b&gt;{name}&lt;/b&gt;（{status}）。同一个人不能重复录入。</source>
        <translation>This ID number is registered already: &lt;b&gt;{name}&lt;/b&gt; ({status}). The same person cannot be entered twice.</translation>
    </message>
    <message>
        <source>个人信息处理告知</source>
        <translation>Notice on handling personal data</translation>
    </message>
    <message>
        <source>儿童个人信息处理规则</source>
        <translation>Rules for children&apos;s personal data</translation>
    </message>
    <message>
        <source>打印个人信息处理告知</source>
        <translation>Print personal data notice</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>保存失败：{e}</source>
        <translation>Saving failed: {e}</translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <source>输入姓名、拼音首字母或手机尾号</source>
        <translation>Name, pinyin initials or mobile digits</translation>
    </message>
    <message>
        <source>已选：{who}</source>
        <translation>Chosen: {who}</translation>
    </message>
</context>
<context>
    <name>VolunteerRecordsDialog</name>
    <message>
        <source>培训、表彰与评价：{name}</source>
        <translation>Training, awards, evaluations: {name}</translation>
    </message>
    <message>
        <source>培训名称</source>
        <translation>Training title</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>表彰名称</source>
        <translation>Award title</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>授予单位</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>评价期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>评语 / 处理结果</source>
        <translation>Comments / outcome</translation>
    </message>
    <message>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>表彰奖励</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>培训时长单独记录，不计入志愿服务时长。</source>
        <translation>Training hours are recorded separately and do not count toward service hours.</translation>
    </message>
    <message>
        <source>登记表彰…</source>
        <translation>Add award…</translation>
    </message>
    <message>
        <source>登记评价或投诉…</source>
        <translation>Add evaluation or complaint…</translation>
    </message>
    <message>
        <source>出具个人志愿服务记录…</source>
        <translation>Issue service record…</translation>
    </message>
    <message>
        <source>作废所选…</source>
        <translation>Void selected…</translation>
    </message>
    <message>
        <source>登记错了：作废所选的一条（原因记入操作日志，平台同步作废）；更正即作废后重新登记</source>
        <translation>Entered by mistake: void the selected entry (the reason is written to the audit log and it is voided on the platform too); to correct, void it and enter it again</translation>
    </message>
    <message>
        <source>只有站长可以登记（会同步到平台）</source>
        <translation>Only the station manager can add these (synced to the platform)</translation>
    </message>
    <message>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>请先选中要作废的一条</source>
        <translation>Select the entry to void first</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>作废所选的一条。原因（必填，记入操作日志）：</source>
        <translation>Void the selected entry. Reason (required, written to the audit log):</translation>
    </message>
    <message>
        <source>请填写作废原因</source>
        <translation>Enter the reason for voiding</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>没有作废：{e}</source>
        <translation>Not voided: {e}</translation>
    </message>
    <message>
        <source>出具个人志愿服务记录</source>
        <translation>Issue personal volunteer service record</translation>
    </message>
    <message>
        <source>{name}-个人志愿服务记录.pdf</source>
        <translation>{name}-volunteer-service-record.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;Excel 文件 (*.xlsx)</source>
        <translation>PDF files (*.pdf);;Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>已保存：{path}（证件号码已隐去中间位）</source>
        <translation>Saved: {path} (middle digits of ID numbers hidden)</translation>
    </message>
    <message>
        <source>没有保存：{e}</source>
        <translation>Not saved: {e}</translation>
    </message>
</context>
<context>
    <name>_BusyPage</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已取消，没有写入任何数据。</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>出错了：{e}</source>
        <translation>Something went wrong: {e}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Station Desk 已在使用数据文件夹 {path}（另一个窗口或自助签到机正在运行）。</source>
        <translation>Station Desk is already using the data folder {path} (another window or the check-in kiosk is running).</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>审计日志末尾的记录被删除：核对点记下的第 {id} 条已不存在（现在最新的是第 {newest} 条）。</source>
        <translation>Entries at the end of the audit log were deleted: entry {id}, noted at the checkpoint, no longer exists (the newest is now entry {newest}).</translation>
    </message>
    <message>
        <source>审计日志第 {id} 条与核对点记下的不一致：它在程序之外被改动或替换过。</source>
        <translation>Audit log entry {id} differs from what the checkpoint noted: it was changed or replaced outside the program.</translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>服务记录</source>
        <translation>Service record</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>End</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>人数上限</source>
        <translation>Most people</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>号码已遮盖</source>
        <translation>Numbers masked</translation>
    </message>
    <message>
        <source>休息</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>服务时长</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>更正的记录</source>
        <translation>Corrected record</translation>
    </message>
    <message>
        <source>超出名额</source>
        <translation>Over the limit</translation>
    </message>
    <message>
        <source>同意人</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <source>同意登记附加信息</source>
        <translation>Consent to keep additional data</translation>
    </message>
    <message>
        <source>查看的号码</source>
        <translation>Numbers viewed</translation>
    </message>
    <message>
        <source>涉及证明份数</source>
        <translation>Certificates concerned</translation>
    </message>
    <message>
        <source>志愿者人数</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>服务记录条数</source>
        <translation>Service records</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>连续输错次数</source>
        <translation>Wrong tries in a row</translation>
    </message>
    <message>
        <source>需等待</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>设置值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>保存位置</source>
        <translation>Kept in</translation>
    </message>
    <message>
        <source>证明编号</source>
        <translation>Certificate serial</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>To</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Issuing officer</translation>
    </message>
    <message>
        <source>副本份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>签到卡张数</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>条数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>数据库版本</source>
        <translation>Database version</translation>
    </message>
    <message>
        <source>原数据库另存为</source>
        <translation>Replaced database kept as</translation>
    </message>
    <message>
        <source>操作编号</source>
        <translation>Operation ID</translation>
    </message>
    <message>
        <source>平台答复代码</source>
        <translation>Platform answer code</translation>
    </message>
    <message>
        <source>值班员姓名</source>
        <translation>Duty officer&apos;s name</translation>
    </message>
    <message>
        <source>名册每次读取行数</source>
        <translation>Roster rows read at a time</translation>
    </message>
    <message>
        <source>搜索等待（毫秒）</source>
        <translation>Search delay (ms)</translation>
    </message>
    <message>
        <source>每日结束时间</source>
        <translation>End of the day</translation>
    </message>
    <message>
        <source>星级门槛（小时）</source>
        <translation>Star level thresholds (hours)</translation>
    </message>
    <message>
        <source>签到机优先显示（分钟内开始的班次）</source>
        <translation>Kiosk shows first (shifts starting within minutes)</translation>
    </message>
    <message>
        <source>签到机退出 PIN</source>
        <translation>Kiosk exit PIN</translation>
    </message>
    <message>
        <source>每天自动备份</source>
        <translation>Automatic daily backup</translation>
    </message>
    <message>
        <source>保留每日备份（天）</source>
        <translation>Daily backups kept (days)</translation>
    </message>
    <message>
        <source>另保留每周备份（周）</source>
        <translation>Weekly backups also kept (weeks)</translation>
    </message>
    <message>
        <source>无人操作后锁定（分钟）</source>
        <translation>Lock after no use (minutes)</translation>
    </message>
    <message>
        <source>平台地址</source>
        <translation>Platform address</translation>
    </message>
    <message>
        <source>平台上的站点编码</source>
        <translation>Station code on the platform</translation>
    </message>
    <message>
        <source>自动同步间隔（分钟）</source>
        <translation>Automatic sync interval (minutes)</translation>
    </message>
    <message>
        <source>等待平台答复（秒）</source>
        <translation>Wait for the platform (seconds)</translation>
    </message>
    <message>
        <source>平台令牌</source>
        <translation>Platform token</translation>
    </message>
    <message>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>The volunteer</translation>
    </message>
    <message>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>系统密码存储</source>
        <translation>The system&apos;s password store</translation>
    </message>
    <message>
        <source>仅本用户可读的文件</source>
        <translation>A file only this user can read</translation>
    </message>
    <message>
        <source>PDF 文件</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>{n} 字节</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{name}（#{id}）</source>
        <translation>{name} (#{id})</translation>
    </message>
    <message>
        <source>{n} 分钟</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>{n} 秒</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>{name}：{value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>（已隐去，{band}）</source>
        <translation>(hidden, {band})</translation>
    </message>
    <message>
        <source>（已隐去）</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>（个人信息已按本人要求删除，不再显示）</source>
        <translation>(personal data deleted at the person&apos;s request, no longer shown)</translation>
    </message>
    <message>
        <source>平台没有回答</source>
        <translation>The platform did not answer</translation>
    </message>
    <message>
        <source>第 {seq} 条已不在日志中：平台于 {at} 见证过它（被删除）</source>
        <translation>Entry {seq} is no longer in the log: the platform witnessed it at {at} (deleted)</translation>
    </message>
    <message>
        <source>第 {seq} 条与平台于 {at} 见证的不一致：它或它之前的记录被改写、删除或重新链接</source>
        <translation>Entry {seq} differs from what the platform witnessed at {at}: it or an earlier entry was rewritten, deleted or re-chained</translation>
    </message>
    <message>
        <source>另有 {n} 个见证锚点在恢复备份之前记下、高于所恢复备份的最后一条，已不再适用</source>
        <translation>{n} more witnessed anchors were recorded before a backup was restored, above the restored backup&apos;s last entry, and no longer apply</translation>
    </message>
    <message>
        <source>本机缓存（未设置平台）</source>
        <translation>the copy on this PC (no platform set up)</translation>
    </message>
    <message>
        <source>本机缓存（平台未连上：{reason}）</source>
        <translation>the copy on this PC (platform not reached: {reason})</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>the platform</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>找不到文件 {path}。</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>{path} 不是 SQLite 数据库文件。</source>
        <translation>{path} is not an SQLite database file.</translation>
    </message>
    <message>
        <source>{path} 已损坏（完整性检查：{problem}）。</source>
        <translation>{path} is damaged (integrity check: {problem}).</translation>
    </message>
    <message>
        <source>{path} 已损坏，无法读取：{reason}</source>
        <translation>{path} is damaged and cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{path} 不是 Station Desk 数据库（缺少站点或志愿者数据表）。</source>
        <translation>{path} is not a Station Desk database (the station or volunteer tables are missing).</translation>
    </message>
    <message>
        <source>{path} 由更新版本的 Station Desk 创建（结构版本 {found}，本程序支持到 {latest}），请先升级本程序。</source>
        <translation>{path} was made by a newer Station Desk (schema version {found}, this program knows up to {latest}): upgrade this program first.</translation>
    </message>
    <message>
        <source>备份口令至少 {n} 个字符</source>
        <translation>The backup passphrase needs at least {n} characters</translation>
    </message>
    <message>
        <source>无法解密 {path}：口令不对，或文件已损坏。</source>
        <translation>Cannot decrypt {path}: wrong passphrase, or the file is damaged.</translation>
    </message>
    <message>
        <source>备份文件校验失败：{problem}</source>
        <translation>The backup file failed its check: {problem}</translation>
    </message>
    <message>
        <source>文件夹不存在：{path}</source>
        <translation>The folder does not exist: {path}</translation>
    </message>
    <message>
        <source>把数据库备份到 U 盘等其他位置</source>
        <translation>Back up the database to a USB stick or another place</translation>
    </message>
    <message>
        <source>加密备份用于带走的副本：请同时指定备份到的文件夹（例如 U 盘）</source>
        <translation>Encrypted backups are for copies taken away: also name the folder to back up to (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation>Restore database</translation>
    </message>
    <message>
        <source>请先关闭正在使用此数据文件夹的 Station Desk 窗口或签到机，再恢复备份。</source>
        <translation>First close the Station Desk window or kiosk using this data folder, then restore the backup.</translation>
    </message>
    <message>
        <source>{path} 是加密备份，恢复时需要备份口令。</source>
        <translation>{path} is an encrypted backup: restoring it needs the backup passphrase.</translation>
    </message>
    <message>
        <source>已备份到 {path}（{size} KB，完整性检查通过）；按轮换规则删除旧备份 {rotated} 份</source>
        <translation>Backed up to {path} ({size} KB, integrity check passed); {rotated} old backups deleted by the rotation rules</translation>
    </message>
    <message>
        <source>已备份到 {path}（{size} KB，完整性检查通过）</source>
        <translation>Backed up to {path} ({size} KB, integrity check passed)</translation>
    </message>
    <message>
        <source>错误：未恢复，数据未作任何改动。{why}</source>
        <translation>Error: not restored, no data was changed. {why}</translation>
    </message>
    <message>
        <source>已从 {source} 恢复数据库（结构版本 {version}）；原数据库已另存为 {copy}</source>
        <translation>Database restored from {source} (schema version {version}); the old database was kept as {copy}</translation>
    </message>
    <message>
        <source>已从 {source} 恢复数据库（结构版本 {version}）</source>
        <translation>Database restored from {source} (schema version {version})</translation>
    </message>
    <message>
        <source>只能导出为 .csv 文件：{path}</source>
        <translation>Can only export to a .csv file: {path}</translation>
    </message>
    <message>
        <source>已导出审计日志 {count} 条到 {path}</source>
        <translation>Exported {count} audit log entries to {path}</translation>
    </message>
    <message>
        <source>审计日志完整：共 {count} 条记录，哈希链核对无误，与{source}见证的 {anchors} 个锚点一致，末尾也未被删减（OK）。</source>
        <translation>Audit log intact: {count} entries, the hash chain checks out, it agrees with the {anchors} anchors witnessed by {source}, and nothing was cut from its end (OK).</translation>
    </message>
    <message>
        <source>审计日志完整：共 {count} 条记录，哈希链核对无误，末尾也未被删减（OK）。</source>
        <translation>Audit log intact: {count} entries, the hash chain checks out and nothing was cut from its end (OK).</translation>
    </message>
    <message>
        <source>{note}。</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>审计日志与{source}见证的不一致（{n} 处）：</source>
        <translation>The audit log disagrees with what {source} witnessed ({n} places):</translation>
    </message>
    <message>
        <source>审计日志被改动：共 {count} 条记录，其中 {n} 条与哈希链不符：</source>
        <translation>The audit log was changed: of {count} entries, {n} do not match the hash chain:</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>已出具 {n} 份证明</source>
        <translation>{n} certificates issued</translation>
    </message>
    <message>
        <source>，{n} 人没有可证明的记录未出具</source>
        <translation>, {n} people with no records to certify got none</translation>
    </message>
    <message>
        <source>（已取消，其余未出具）</source>
        <translation>(cancelled: the rest were not issued)</translation>
    </message>
    <message>
        <source>出具志愿服务记录证明</source>
        <translation>Issue a service record certificate</translation>
    </message>
    <message>
        <source>文件夹不存在：{path}</source>
        <translation>The folder does not exist: {path}</translation>
    </message>
    <message>
        <source>开始日期 {start} 晚于结束日期 {end}</source>
        <translation>The start date {start} is after the end date {end}</translation>
    </message>
    <message>
        <source>{name} 在 {period} 没有已审核、计入志愿服务时长的记录，不能出具证明</source>
        <translation>{name} has no approved records counting toward service hours {period}: no certificate can be issued</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{end} 以前</source>
        <translation>before {end}</translation>
    </message>
    <message>
        <source>请先在“设置 → 站点信息”中填写站点信息，再出具证明</source>
        <translation>First fill in the station profile in “Settings → Station profile”, then issue certificates</translation>
    </message>
    <message>
        <source>没有经办人：请用 --handler 姓名 指明，或先用 station-app profile operator 姓名 设置值班员</source>
        <translation>No issuing officer: name one with --handler NAME, or first set the duty officer with station-app profile operator NAME</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>真实有效</source>
        <translation>Genuine and valid</translation>
    </message>
    <message>
        <source>无法核实</source>
        <translation>Cannot be checked</translation>
    </message>
    <message>
        <source>签名真实，作废状态未知</source>
        <translation>Genuine signature, revocation unknown</translation>
    </message>
    <message>
        <source>不是真实证明</source>
        <translation>Not a genuine certificate</translation>
    </message>
    <message>
        <source>登记簿中没有编号为 {serial} 的证明</source>
        <translation>The register has no certificate with the serial {serial}</translation>
    </message>
    <message>
        <source>作废志愿服务记录证明</source>
        <translation>Revoke a service record certificate</translation>
    </message>
    <message>
        <source>作废证明须填写原因</source>
        <translation>Revoking a certificate needs a reason</translation>
    </message>
    <message>
        <source>证明 {serial} 已于 {at} 作废</source>
        <translation>Certificate {serial} was revoked on {at}</translation>
    </message>
    <message>
        <source>本站登记簿中没有编号 {serial}</source>
        <translation>This station&apos;s register has no serial {serial}</translation>
    </message>
    <message>
        <source>验证码与编号 {serial} 不符，不是本站出具的证明</source>
        <translation>The verification code does not match the serial {serial}: not a certificate this station issued</translation>
    </message>
    <message>
        <source>登记簿中编号 {serial} 的内容已被改动，无法确认</source>
        <translation>The register&apos;s entry for serial {serial} has been altered: it cannot be confirmed</translation>
    </message>
    <message>
        <source>签发所用的密钥已于 {at} 吊销，之后签发的证明无效</source>
        <translation>The signing key was revoked on {at}; certificates it signed after that are not valid</translation>
    </message>
    <message>
        <source>{name}，{start} 至 {end}，志愿服务时长 {h} 小时，{day} 出具</source>
        <translation>{name}, {start} to {end}, {h} hours of volunteer service, issued {day}</translation>
    </message>
    <message>
        <source>{what}；已于 {at} 作废，原因：{reason}</source>
        <translation>{what}; revoked on {at}, reason: {reason}</translation>
    </message>
    <message>
        <source>；注意：出具后，其中的服务记录于 {day} 被更正，请向出具单位核实是否已重新出具</source>
        <translation>; note: after it was issued, its service records were corrected on {day}: ask the issuing organisation whether it was issued again</translation>
    </message>
    <message>
        <source>打印机无法开始打印，请检查打印机是否连接、是否有纸</source>
        <translation>The printer cannot start printing: check that it is connected and has paper</translation>
    </message>
    <message>
        <source>无法识别：{why}。请扫描证明上的二维码，或输入证明编号和验证码</source>
        <translation>Not recognised: {why}. Scan the certificate&apos;s QR code, or enter its serial and verification code</translation>
    </message>
    <message>
        <source>签发所用的密钥不在本站已知的公钥中，无法证明是 {station} 出具的。请先同步，或用 station-app keys import 导入签发服务站的公钥后再核验</source>
        <translation>The signing key is not among the public keys this station knows, so it cannot be shown that {station} issued it. Sync first, or import the issuing station&apos;s public key with station-app keys import, then verify again</translation>
    </message>
    <message>
        <source>签名密钥属于 {owner}，证明上写的却是 {station}</source>
        <translation>The signing key belongs to {owner}, but the certificate names {station}</translation>
    </message>
    <message>
        <source>证明内容被改动过，或签名不符</source>
        <translation>The certificate was altered, or the signature does not match</translation>
    </message>
    <message>
        <source>签发所用的密钥已于 {at} 吊销（{reason}），之后签发的证明无效</source>
        <translation>The signing key was revoked on {at} ({reason}); certificates it signed after that are not valid</translation>
    </message>
    <message>
        <source>签名属于本站，但与本站登记簿中编号 {serial} 的证明不符</source>
        <translation>Signed by this station, but it does not match certificate serial {serial} in this station&apos;s register</translation>
    </message>
    <message>
        <source>{what}；签名属于本站，但本站登记簿中没有这份证明，无法确认是否已作废</source>
        <translation>{what}; signed by this station, but this station&apos;s register has no such certificate, so it cannot be confirmed whether it was revoked</translation>
    </message>
    <message>
        <source>{what}；由 {station} 签名，内容未被改动。是否已被签发服务站作废，本机无法得知（可联网在平台核验页查询）</source>
        <translation>{what}; signed by {station}, content unaltered. This computer cannot tell whether the issuing station revoked it (check online on the platform&apos;s verification page)</translation>
    </message>
    <message>
        <source>{what}；由 {station} 签名。平台核验：签发服务站已作废这份证明</source>
        <translation>{what}; signed by {station}. Checked with the platform: the issuing station has revoked this certificate</translation>
    </message>
    <message>
        <source>{what}；由 {station} 签名，内容未被改动。平台核验：已登记，未作废</source>
        <translation>{what}; signed by {station}, contents unchanged. Checked with the platform: registered, not revoked</translation>
    </message>
    <message>
        <source>平台上还没有这份证明的登记（签发服务站可能尚未同步）</source>
        <translation>the platform has no record of this certificate yet (the issuing station may not have synced)</translation>
    </message>
    <message>
        <source>平台的回答与这份证明不符</source>
        <translation>the platform&apos;s answer does not match this certificate</translation>
    </message>
    <message>
        <source>未能向平台核验：{reason}</source>
        <translation>could not check with the platform: {reason}</translation>
    </message>
    <message>
        <source>{message}；{why}</source>
        <translation>{message}; {why}</translation>
    </message>
    <message>
        <source>--printer 需与 --print 一同使用</source>
        <translation>--printer goes together with --print</translation>
    </message>
    <message>
        <source>请用 --out FILE.pdf 保存，或用 --print 打印</source>
        <translation>Save with --out FILE.pdf, or print with --print</translation>
    </message>
    <message>
        <source>名册中没有证件号码或志愿者编号为 {text} 的志愿者</source>
        <translation>No volunteer in the roster has the ID number or volunteer number {text}</translation>
    </message>
    <message>
        <source>{text} 对应多名志愿者（{names}），请改用平台志愿者编号</source>
        <translation>{text} matches several volunteers ({names}): use the platform volunteer number instead</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>只能输出为 .pdf 文件：{path}</source>
        <translation>Can only write a .pdf file: {path}</translation>
    </message>
    <message>
        <source>截止日 {end} 晚于今天，已按今天 {today} 出具</source>
        <translation>The end date {end} is after today: issued up to today, {today}</translation>
    </message>
    <message>
        <source>已出具：{name}，{start} 至 {end}，{count} 条记录，共 {hours} 小时；验证码 {code}；{where}</source>
        <translation>Issued: {name}, {start} to {end}, {count} records, {hours} hours in all; verification code {code}; {where}</translation>
    </message>
    <message>
        <source>岗位较多，{n} 个岗位在证明上合并为一行“其他”；加 --annex 可附逐条明细</source>
        <translation>Many posts: {n} posts are combined into one line “其他” (other) on the certificate; add --annex to attach every record</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>已送往打印机 {printer}</source>
        <translation>Sent to the printer {printer}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{verdict}（{status}）：{message}</source>
        <translation>{verdict} ({status}): {message}</translation>
    </message>
    <message>
        <source>已补打 {serial}（副本）：{name}；{where}</source>
        <translation>Reprinted {serial} (copy): {name}; {where}</translation>
    </message>
    <message>
        <source>已作废 {serial}（{name}）：{reason}</source>
        <translation>Revoked {serial} ({name}): {reason}</translation>
    </message>
    <message>
        <source>缺少签名信息</source>
        <translation>the signature is missing</translation>
    </message>
    <message>
        <source>密钥编号格式不对</source>
        <translation>the key ID is malformed</translation>
    </message>
    <message>
        <source>证明内容或签名已损坏</source>
        <translation>the certificate&apos;s content or signature is damaged</translation>
    </message>
    <message>
        <source>地址中的证明编号与证明内容不一致</source>
        <translation>the serial in the address does not match the certificate&apos;s content</translation>
    </message>
    <message>
        <source>VOLSIG1 文本应有 4 段</source>
        <translation>VOLSIG1 text should have 4 parts</translation>
    </message>
    <message>
        <source>不是志愿服务证明的二维码或核验地址</source>
        <translation>not a service record certificate&apos;s QR code or verification address</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Station Desk 社区志愿服务站工作台</source>
        <translation>Station Desk, the community volunteer service station desk</translation>
    </message>
    <message>
        <source>界面语言：zh_CN（简体中文）或 en（English）；默认为“设置 → 语言”中的选择，未选过时跟随系统</source>
        <translation>interface language: zh_CN (简体中文) or en (English); by default the choice made in Settings → Language, or the system&apos;s language when none was made</translation>
    </message>
    <message>
        <source>数据文件夹（默认：用户数据目录，或环境变量 STATION_APP_HOME）</source>
        <translation>data folder (default: the user&apos;s application data folder, or the STATION_APP_HOME environment variable)</translation>
    </message>
    <message>
        <source>以签到机模式启动（全屏，退出需工作人员 PIN）</source>
        <translation>start as the kiosk (full screen; leaving it needs a staff PIN)</translation>
    </message>
    <message>
        <source>在空的数据文件夹里生成演示站点和志愿者</source>
        <translation>fill an empty data folder with a demo station and volunteers</translation>
    </message>
    <message>
        <source>志愿者人数（默认 300）</source>
        <translation>number of volunteers (default 300)</translation>
    </message>
    <message>
        <source>把志愿者名册导出为 Excel 或 CSV（证件号码以文本保存）</source>
        <translation>export the volunteer roster to Excel or CSV (ID numbers saved as text)</translation>
    </message>
    <message>
        <source>隐去证件号码和手机号码的中间位，出生日期换成年龄段</source>
        <translation>hide the middle digits of ID numbers and phone numbers, and give age bands instead of dates of birth</translation>
    </message>
    <message>
        <source>不加 --mask 时必填：为什么要导出完整号码（记入操作日志）</source>
        <translation>required without --mask: why the full numbers are exported (written to the audit log)</translation>
    </message>
    <message>
        <source>把服务时长记录导出为 Excel（每条记录一行，证件号码隐去中间位）</source>
        <translation>export the service hours to Excel (one row per record, middle digits of ID numbers hidden)</translation>
    </message>
    <message>
        <source>从这一天起（按开始日期，如 2024-05-01）</source>
        <translation>from this day (by start date, e.g. 2024-05-01)</translation>
    </message>
    <message>
        <source>到这一天止（含这一天）</source>
        <translation>up to and including this day</translation>
    </message>
    <message>
        <source>错误：{message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>错误：数据库正被另一个程序使用（例如正在备份或导入），请稍后再试。</source>
        <translation>Error: the database is in use by another program (e.g. a backup or an import is running): try again shortly.</translation>
    </message>
    <message>
        <source>错误：出现意外问题（{kind}），没有完成。详细情况已写入日志：{log}</source>
        <translation>Error: something unexpected happened ({kind}); nothing was finished. The details are in the log: {log}</translation>
    </message>
    <message>
        <source>（日志不可用）</source>
        <translation>(no log available)</translation>
    </message>
    <message>
        <source>--volunteers 不能为负数</source>
        <translation>--volunteers cannot be negative</translation>
    </message>
    <message>
        <source>已生成演示站点“{name}”（{code}），志愿者 {volunteers} 人，服务记录 {records} 条。</source>
        <translation>Demo station “{name}” ({code}) created: {volunteers} volunteers, {records} service records.</translation>
    </message>
    <message>
        <source>只能导出为 .xlsx 或 .csv 文件：{path}</source>
        <translation>Can only export to an .xlsx or .csv file: {path}</translation>
    </message>
    <message>
        <source>已导出 {count} 名志愿者到 {path}（证件号码和手机号码已隐去中间位）</source>
        <translation>Exported {count} volunteers to {path} (middle digits of ID and mobile numbers hidden)</translation>
    </message>
    <message>
        <source>已导出 {count} 名志愿者到 {path}</source>
        <translation>Exported {count} volunteers to {path}</translation>
    </message>
    <message>
        <source>--from（{start}）晚于 --to（{end}）</source>
        <translation>--from ({start}) is after --to ({end})</translation>
    </message>
    <message>
        <source>已导出 {count} 条服务时长记录（{start} 至 {end}）到 {path}（证件号码已隐去中间位）</source>
        <translation>Exported {count} service hours records ({start} to {end}) to {path} (middle digits of ID numbers hidden)</translation>
    </message>
    <message>
        <source>最早</source>
        <translation>the earliest</translation>
    </message>
    <message>
        <source>最近</source>
        <translation>the latest</translation>
    </message>
    <message>
        <source>已导出 {count} 条服务时长记录到 {path}（证件号码已隐去中间位）</source>
        <translation>Exported {count} service hours records to {path} (middle digits of ID numbers hidden)</translation>
    </message>
    <message>
        <source>用 SQLite 在线备份备份数据库（默认存入数据文件夹的 backups，按天按周轮换）</source>
        <translation>back up the database with SQLite&apos;s online backup (by default into the data folder&apos;s backups, kept by day and by week)</translation>
    </message>
    <message>
        <source>备份到这个文件夹（例如 U 盘），此处不轮换</source>
        <translation>back up into this folder (e.g. a USB stick); no rotation there</translation>
    </message>
    <message>
        <source>用从标准输入读取的口令（一行，至少 8 个字符）加密这份备份（AES Crypt 格式，需与 --to 同用）</source>
        <translation>encrypt this backup with a passphrase read from standard input (one line, at least 8 characters; AES Crypt format; only with --to)</translation>
    </message>
    <message>
        <source>从备份文件恢复数据库（先检查文件，被替换的数据库另存到 backups）</source>
        <translation>restore the database from a backup file (the file is checked first; the replaced database is kept in backups)</translation>
    </message>
    <message>
        <source>加密备份的口令从标准输入读取（一行）</source>
        <translation>read the encrypted backup&apos;s passphrase from standard input (one line)</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>audit log</translation>
    </message>
    <message>
        <source>核对审计日志的哈希链，发现被改动的记录时以非零状态退出</source>
        <translation>check the audit log&apos;s hash chain; exits non-zero when an entry was altered</translation>
    </message>
    <message>
        <source>把审计日志导出为 CSV（号码已隐去中间位，供检查时查阅；站长操作，记入日志）</source>
        <translation>export the audit log to CSV for inspections (middle digits of numbers hidden; station manager only; logged)</translation>
    </message>
    <message>
        <source>为一名志愿者出具志愿服务记录证明（PDF），输出证明编号</source>
        <translation>issue a service record certificate (PDF) for one volunteer; prints its serial number</translation>
    </message>
    <message>
        <source>证件号码或平台志愿者编号</source>
        <translation>ID number or the city platform&apos;s volunteer number</translation>
    </message>
    <message>
        <source>服务期间起始日（默认：第一条记录的日期）</source>
        <translation>first day of the service period (default: the date of the first record)</translation>
    </message>
    <message>
        <source>服务期间截止日（含，默认：最后一条记录的日期；晚于今天时按今天）</source>
        <translation>last day of the service period, included (default: the date of the last record; today at the latest)</translation>
    </message>
    <message>
        <source>附服务记录明细页</source>
        <translation>add pages listing the service records</translation>
    </message>
    <message>
        <source>经办人姓名（默认：station-app profile operator 设置的值班员；都没有时拒绝出具）</source>
        <translation>issuing officer&apos;s name (default: the duty officer set with station-app profile operator; without either the certificate is refused)</translation>
    </message>
    <message>
        <source>PDF 文件</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>核验证明（二维码内容、核验网址，或编号和验证码）：退出码 0 真实有效，3 已作废，4 不是真实证明或无法核实，5 签名真实但作废状态未知</source>
        <translation>verify a certificate (the QR code&apos;s text, the verification address, or serial number and verification code): exit code 0 genuine and valid, 3 revoked, 4 not genuine or cannot be checked, 5 genuine signature but revocation unknown</translation>
    </message>
    <message>
        <source>扫描二维码得到的整段文字或核验网址，或证明编号</source>
        <translation>the whole text scanned from the QR code, the verification address, or the certificate&apos;s serial number</translation>
    </message>
    <message>
        <source>验证码，如 K7Q2-9MZD</source>
        <translation>verification code, e.g. K7Q2-9MZD</translation>
    </message>
    <message>
        <source>补打已出具的证明（同一编号，标注“副本”）</source>
        <translation>reprint an issued certificate (same serial number, marked as a copy)</translation>
    </message>
    <message>
        <source>作废已出具的证明（须说明原因，记入审计日志）</source>
        <translation>revoke an issued certificate (a reason is required; written to the audit log)</translation>
    </message>
    <message>
        <source>送往打印机（默认：系统默认打印机）；可与 --out 同用</source>
        <translation>send to a printer (default: the system&apos;s default printer); may be combined with --out</translation>
    </message>
    <message>
        <source>打印机名称（Linux 上即 lpstat -p 列出的名称）</source>
        <translation>printer name (on Linux, a name listed by lpstat -p)</translation>
    </message>
    <message>
        <source>从 Excel（.xlsx/.xls）、LibreOffice（.ods）或 CSV 文件导入志愿者名册</source>
        <translation>import the volunteer roster from an Excel (.xlsx/.xls), LibreOffice (.ods) or CSV file</translation>
    </message>
    <message>
        <source>把未导入的行及原因写入 CSV 文件（文件夹须已存在）</source>
        <translation>write the rows not imported, with the reasons, to a CSV file (its folder must exist)</translation>
    </message>
    <message>
        <source>从 Excel、LibreOffice 或 CSV 文件导入历史服务时长（签到表）</source>
        <translation>import past service hours (sign-in sheets) from an Excel, LibreOffice or CSV file</translation>
    </message>
    <message>
        <source>导入后立即审核通过（记入审计日志）</source>
        <translation>approve the records as they are imported (written to the audit log)</translation>
    </message>
    <message>
        <source>表中有站点还没有的岗位时，按表中的名称新建（自动生成编码，类别留空），与记录一起导入</source>
        <translation>create the posts the sheet names that the station does not have yet (codes made up, no category), imported with the records</translation>
    </message>
    <message>
        <source>从 Excel、LibreOffice 或 CSV 文件导入培训签到表（站长）</source>
        <translation>import a training sign-in sheet from an Excel, LibreOffice or CSV file (station manager)</translation>
    </message>
    <message>
        <source>生成导入模板（.xlsx）：roster 志愿者名册，hours 服务时长表</source>
        <translation>write an import template (.xlsx): roster for the volunteer roster, hours for service hours</translation>
    </message>
    <message>
        <source>运行城市平台参考服务器（测试、演示和区级试点用，不需要数据文件夹）</source>
        <translation>run the reference city platform server (for tests, demos and district pilots; needs no data folder)</translation>
    </message>
    <message>
        <source>监听地址（默认 127.0.0.1）</source>
        <translation>address to listen on (default 127.0.0.1)</translation>
    </message>
    <message>
        <source>端口（默认 8765；0 表示任选空闲端口）</source>
        <translation>port (default 8765; 0 picks any free port)</translation>
    </message>
    <message>
        <source>SQLite 平台数据库文件（默认：当前文件夹的 platform.db）</source>
        <translation>SQLite platform database file (default: platform.db in the current folder)</translation>
    </message>
    <message>
        <source>PostgreSQL 地址，如 postgresql://platform@127.0.0.1/platform（不要含密码；也可用环境变量 {env}）</source>
        <translation>PostgreSQL address, e.g. postgresql://platform@127.0.0.1/platform (without the password; or the {env} environment variable)</translation>
    </message>
    <message>
        <source>用 gunicorn 运行 N 个工作进程（仅 Linux/macOS；默认 0：本进程内用 waitress）</source>
        <translation>run N worker processes with gunicorn (Linux/macOS only; default 0: waitress in this process)</translation>
    </message>
    <message>
        <source>服务站编码（默认 {code}）</source>
        <translation>station code (default {code})</translation>
    </message>
    <message>
        <source>服务站名称</source>
        <translation>station name</translation>
    </message>
    <message>
        <source>含该服务站令牌的文件（默认：环境变量 {env}，否则新生成并显示）</source>
        <translation>file holding the station&apos;s token (default: the {env} environment variable, else a new one is made and shown)</translation>
    </message>
    <message>
        <source>多个服务站：每行“编码,名称,令牌”（# 开头为注释），令牌只以哈希保存</source>
        <translation>several stations: one &quot;code,name,token&quot; per line (lines starting with # are comments); tokens are kept only as hashes</translation>
    </message>
    <message>
        <source>不在标准错误输出逐条记录请求</source>
        <translation>do not log each request on standard error</translation>
    </message>
    <message>
        <source>故障注入</source>
        <translation>fault injection</translation>
    </message>
    <message>
        <source>多个工作进程时从数据库读取故障设置（测试可在运行中修改；给出任何故障选项时自动启用）</source>
        <translation>with several worker processes, read the fault settings from the database (tests may change them while running; on whenever any fault option is given)</translation>
    </message>
    <message>
        <source>以概率返回该状态码（可重复，如 --fail 503=0.2 --fail 429=0.1；0 表示直接断开连接）</source>
        <translation>answer with this status code at this rate (repeatable, e.g. --fail 503=0.2 --fail 429=0.1; 0 drops the connection)</translation>
    </message>
    <message>
        <source>接下来的请求依次返回这些状态码（可重复）</source>
        <translation>answer the next requests with these status codes in turn (repeatable)</translation>
    </message>
    <message>
        <source>429/503/409 的 Retry-After 秒数</source>
        <translation>Retry-After seconds of a 429/503/409</translation>
    </message>
    <message>
        <source>以此概率在提交批次后断开连接、不作应答</source>
        <translation>at this rate, drop the connection after committing a batch, without answering</translation>
    </message>
    <message>
        <source>接下来 N 个批次提交后断开连接、不作应答</source>
        <translation>drop the connection after committing each of the next N batches, without answering</translation>
    </message>
    <message>
        <source>每次应答前等待的秒数</source>
        <translation>seconds to wait before each answer</translation>
    </message>
    <message>
        <source>每批最多项数（默认 500）</source>
        <translation>most items in a batch (default 500)</translation>
    </message>
    <message>
        <source>每批最多字节数（默认 1048576）</source>
        <translation>most bytes in a batch (default 1048576)</translation>
    </message>
    <message>
        <source>像强制门户一样，对所有请求返回 HTML 登录页</source>
        <translation>answer every request with an HTML login page, like a captive portal</translation>
    </message>
    <message>
        <source>对所有 API 请求返回 302，跳转到这个地址</source>
        <translation>answer every API request with a 302 redirect to this address</translation>
    </message>
    <message>
        <source>服务器使用的协议版本（默认 1）</source>
        <translation>protocol version the server speaks (default 1)</translation>
    </message>
    <message>
        <source>把服务器时钟拨快（负数为拨慢）</source>
        <translation>set the server&apos;s clock ahead (negative: back)</translation>
    </message>
    <message>
        <source>随机故障的种子（可重现）</source>
        <translation>seed for the random faults (repeatable runs)</translation>
    </message>
    <message>
        <source>服务岗位：list / add / update / deactivate</source>
        <translation>posts: list / add / update / deactivate</translation>
    </message>
    <message>
        <source>列出全部岗位（含已停用）</source>
        <translation>list all posts (deactivated ones included)</translation>
    </message>
    <message>
        <source>新增岗位</source>
        <translation>add a post</translation>
    </message>
    <message>
        <source>岗位名称，如 礼让斑马线文明引导</source>
        <translation>post name, e.g. Zebra crossing guide</translation>
    </message>
    <message>
        <source>岗位编码：字母、数字、- 和 _，如 P-TRAFFIC-01</source>
        <translation>post code: letters, digits, - and _, e.g. P-TRAFFIC-01</translation>
    </message>
    <message>
        <source>不计入志愿服务时长（日常值班、会议等）</source>
        <translation>not counted toward service hours (everyday duty, meetings …)</translation>
    </message>
    <message>
        <source>修改岗位；未给出的项保持不变</source>
        <translation>change a post; what is not given stays as it is</translation>
    </message>
    <message>
        <source>要修改的岗位的编码</source>
        <translation>code of the post to change</translation>
    </message>
    <message>
        <source>新的岗位编码</source>
        <translation>new post code</translation>
    </message>
    <message>
        <source>计入志愿服务时长</source>
        <translation>counts toward service hours</translation>
    </message>
    <message>
        <source>不计入志愿服务时长</source>
        <translation>not counted toward service hours</translation>
    </message>
    <message>
        <source>重新启用已停用的岗位</source>
        <translation>reactivate a deactivated post</translation>
    </message>
    <message>
        <source>修改原因（记入操作日志）</source>
        <translation>reason for the change (written to the audit log)</translation>
    </message>
    <message>
        <source>停用岗位（保留历史记录，不再出现在签到机上）</source>
        <translation>deactivate a post (its history is kept; it no longer shows on the kiosk)</translation>
    </message>
    <message>
        <source>停用原因（记入操作日志）</source>
        <translation>reason for deactivating (written to the audit log)</translation>
    </message>
    <message>
        <source>班次：add（可每周重复）</source>
        <translation>shifts: add (weekly repeats possible)</translation>
    </message>
    <message>
        <source>新增班次；--repeat weekly 时在所选的星期几重复到 --until 那天</source>
        <translation>add a shift; with --repeat weekly, repeated on the chosen weekdays until the --until day</translation>
    </message>
    <message>
        <source>岗位编码</source>
        <translation>post code</translation>
    </message>
    <message>
        <source>日期（重复时为第一天），如 2024-05-06</source>
        <translation>date (the first day when repeated), e.g. 2024-05-06</translation>
    </message>
    <message>
        <source>开始时间，如 07:00</source>
        <translation>start time, e.g. 07:00</translation>
    </message>
    <message>
        <source>结束时间，如 09:00（早于开始时间即次日结束）</source>
        <translation>end time, e.g. 09:00 (earlier than the start: ends the next day)</translation>
    </message>
    <message>
        <source>人数上限（默认：岗位的设置）</source>
        <translation>most volunteers (default: the post&apos;s setting)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>note</translation>
    </message>
    <message>
        <source>每周重复</source>
        <translation>repeat weekly</translation>
    </message>
    <message>
        <source>每周哪几天（1 为周一 … 7 为周日），默认同 --date 的星期</source>
        <translation>which weekdays (1 Monday … 7 Sunday); default: the weekday of --date</translation>
    </message>
    <message>
        <source>重复到这一天（含），最长一年</source>
        <translation>repeat up to and including this day, one year at most</translation>
    </message>
    <message>
        <source>类别，如 文明交通</source>
        <translation>category, e.g. Civil traffic</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>place</translation>
    </message>
    <message>
        <source>人数上限（0 为不限）</source>
        <translation>most volunteers (0: no limit)</translation>
    </message>
    <message>
        <source>登记一项表彰奖励（记入操作日志，同步到平台）</source>
        <translation>record an award (written to the audit log, synced to the city platform)</translation>
    </message>
    <message>
        <source>表彰名称，如 优秀志愿者</source>
        <translation>award name, e.g. Outstanding volunteer</translation>
    </message>
    <message>
        <source>级别：{names}（或 {codes}）</source>
        <translation>level: {codes} (or in Chinese: {names})</translation>
    </message>
    <message>
        <source>授予单位</source>
        <translation>awarded by</translation>
    </message>
    <message>
        <source>表彰日期</source>
        <translation>date of the award</translation>
    </message>
    <message>
        <source>登记一次评价或一次被投诉（记入操作日志，同步到平台）</source>
        <translation>record an evaluation or a complaint (written to the audit log, synced to the city platform)</translation>
    </message>
    <message>
        <source>评价期起始日</source>
        <translation>first day of the evaluated period</translation>
    </message>
    <message>
        <source>评价期截止日</source>
        <translation>last day of the evaluated period</translation>
    </message>
    <message>
        <source>评价等次：{names}</source>
        <translation>rating: excellent, good, fair or poor (or in Chinese: {names})</translation>
    </message>
    <message>
        <source>这是一次投诉：--comment 写明投诉内容和处理结果</source>
        <translation>this is a complaint: --comment says what it was and how it was handled</translation>
    </message>
    <message>
        <source>评语；投诉时写明投诉内容和处理结果</source>
        <translation>comment; for a complaint, what it was and how it was handled</translation>
    </message>
    <message>
        <source>评价人</source>
        <translation>evaluated by</translation>
    </message>
    <message>
        <source>统计：志愿者人数、上岗人次、服务人次、服务时长（默认本月）</source>
        <translation>figures: volunteers, shifts worked, people served, service hours (default: this month)</translation>
    </message>
    <message>
        <source>从这一天起（按记录开始时间，如 2024-05-01）</source>
        <translation>from this day (by the records&apos; start time, e.g. 2024-05-01)</translation>
    </message>
    <message>
        <source>分组：month 月份，post 岗位，category 岗位类别，team 队伍（默认 month）</source>
        <translation>group by: month, post, category (the post&apos;s) or team (default month)</translation>
    </message>
    <message>
        <source>同时保存为 Excel 报表或 PDF</source>
        <translation>also save as an Excel report or a PDF</translation>
    </message>
    <message>
        <source>公示名单（PDF）：期间内出具的证明和记录的服务时长，姓名部分隐去，不含证件号码</source>
        <translation>public notice list (PDF): certificates issued and service hours recorded in the period, names partly hidden, no ID numbers</translation>
    </message>
    <message>
        <source>从这一天起（默认：本月第一天）</source>
        <translation>from this day (default: the first day of this month)</translation>
    </message>
    <message>
        <source>PDF 文件，可打印张贴</source>
        <translation>PDF file, to print and put up</translation>
    </message>
    <message>
        <source>个人信息处理告知（PDF），供志愿者或监护人留存</source>
        <translation>personal information notice (PDF) for the volunteer or guardian to keep</translation>
    </message>
    <message>
        <source>另附《儿童个人信息处理规则》（不满 14 周岁，监护人单独同意）</source>
        <translation>add the rules for children&apos;s personal information (under 14: separate consent of the guardian)</translation>
    </message>
    <message>
        <source>数据保留检查：列出停用后超过保留期限的手机号码、监护人信息、技能和备注</source>
        <translation>retention check: list phone numbers, guardian details, skills and notes kept past the retention period after deactivation</translation>
    </message>
    <message>
        <source>删除列出的这些信息（不可恢复，记入操作日志）</source>
        <translation>erase what is listed (cannot be undone; written to the audit log)</translation>
    </message>
    <message>
        <source>工作人员账号：list / add / reset-password / disable / enable</source>
        <translation>staff accounts: list / add / reset-password / disable / enable</translation>
    </message>
    <message>
        <source>列出工作人员账号</source>
        <translation>list the staff accounts</translation>
    </message>
    <message>
        <source>添加工作人员账号（密码从标准输入读一行）</source>
        <translation>add a staff account (the password is one line read from standard input)</translation>
    </message>
    <message>
        <source>从标准输入读取密码（一行）</source>
        <translation>read the password from standard input (one line)</translation>
    </message>
    <message>
        <source>重设密码并解除锁定（密码从标准输入读一行）</source>
        <translation>reset the password and unlock the account (the password is one line read from standard input)</translation>
    </message>
    <message>
        <source>停用账号</source>
        <translation>disable the account</translation>
    </message>
    <message>
        <source>恢复启用账号</source>
        <translation>enable the account again</translation>
    </message>
    <message>
        <source>站点名称</source>
        <translation>station name</translation>
    </message>
    <message>
        <source>站点编码</source>
        <translation>station code</translation>
    </message>
    <message>
        <source>出具单位</source>
        <translation>issuing organisation</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>person in charge</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>address</translation>
    </message>
    <message>
        <source>站点信息：show 查看 / set 填写或修改（证明、报表上的站点名称、负责人等）</source>
        <translation>station profile: show / set (the station name, person in charge … on certificates and reports)</translation>
    </message>
    <message>
        <source>显示站点信息</source>
        <translation>show the station profile</translation>
    </message>
    <message>
        <source>填写或修改站点信息；未给出的项保持不变（首次填写须给出全部六项）</source>
        <translation>fill in or change the station profile; what is not given stays as it is (the first time, all six are needed)</translation>
    </message>
    <message>
        <source>设置命令行出具证明时的经办人（值班员姓名）</source>
        <translation>set the issuing officer for certificates issued from the command line (the duty officer&apos;s name)</translation>
    </message>
    <message>
        <source>值班员姓名</source>
        <translation>duty officer&apos;s name</translation>
    </message>
    <message>
        <source>证明签名密钥：list 查看 / export 导出公钥 / import 导入其他服务站的公钥 / revoke 吊销 / replace 更换</source>
        <translation>certificate signing keys: list / export (public keys) / import (other stations&apos; public keys) / revoke / replace</translation>
    </message>
    <message>
        <source>列出本站已知的签名公钥（本站的和其他服务站的）</source>
        <translation>list the signing public keys this station knows (its own and other stations&apos;)</translation>
    </message>
    <message>
        <source>把本站已知的全部公钥写入文件（只有公钥，可随意传送）</source>
        <translation>write every public key this station knows to a file (public keys only, safe to pass on)</translation>
    </message>
    <message>
        <source>导入另一服务站导出的公钥文件（全部导入或全部不导入）</source>
        <translation>import a public key file another station exported (all of it or nothing)</translation>
    </message>
    <message>
        <source>吊销本站的一把密钥（电脑丢失或被盗）：此后用它签发的证明无效</source>
        <translation>revoke one of this station&apos;s keys (computer lost or stolen): certificates it signs from then on are invalid</translation>
    </message>
    <message>
        <source>从何时起无效（RFC 3339，如 2026-12-01T08:00:00+08:00；默认：现在）</source>
        <translation>invalid from when (RFC 3339, e.g. 2026-12-01T08:00:00+08:00; default: now)</translation>
    </message>
    <message>
        <source>吊销本站当前密钥并生成新密钥（新电脑、电脑丢失）</source>
        <translation>revoke this station&apos;s current key and make a new one (new computer, computer lost)</translation>
    </message>
    <message>
        <source>与城市志愿服务平台同步一次（上传已审核记录、证明，拉取名册变更）</source>
        <translation>sync once with the city platform (upload approved records and certificates, fetch roster changes)</translation>
    </message>
    <message>
        <source>平台地址（默认用设置中的地址）</source>
        <translation>platform address (default: the one in the settings)</translation>
    </message>
    <message>
        <source>平台令牌（默认用已保存的令牌）</source>
        <translation>platform token (default: the saved token)</translation>
    </message>
    <message>
        <source>站点编码（默认用设置中的编码）</source>
        <translation>station code (default: the one in the settings)</translation>
    </message>
    <message>
        <source>只上传，不拉取名册变更</source>
        <translation>upload only; do not fetch roster changes</translation>
    </message>
    <message>
        <source>保存平台地址、站点编码和令牌（令牌从标准输入读一行）</source>
        <translation>save the platform address, station code and token (the token is one line read from standard input)</translation>
    </message>
    <message>
        <source>从标准输入读取令牌（一行）</source>
        <translation>read the token from standard input (one line)</translation>
    </message>
    <message>
        <source>没有平台连接时：把待上传记录导出为 Excel，以便手工上传</source>
        <translation>without a platform connection: export the records waiting to upload to Excel, to upload by hand</translation>
    </message>
    <message>
        <source>导出后把这些记录标记为已手工上传</source>
        <translation>after exporting, mark these records as uploaded by hand</translation>
    </message>
    <message>
        <source>出具个人志愿服务记录（基本信息、服务、培训、表彰、评价），PDF 或 Excel</source>
        <translation>issue a volunteer&apos;s own service record (details, service, training, awards, evaluations) as PDF or Excel</translation>
    </message>
    <message>
        <source>证件号码和手机号码完整显示（本人申请时；记入操作日志）</source>
        <translation>show ID and phone numbers in full (when the volunteer asks; written to the audit log)</translation>
    </message>
    <message>
        <source>{option} 的日期“{text}”无法识别，请写成 2024-05-01 的样子</source>
        <translation>The date “{text}” given to {option} is not recognised: write it like 2024-05-01</translation>
    </message>
    <message>
        <source>只能导出为 {suffix} 文件：{path}</source>
        <translation>Can only export to a {suffix} file: {path}</translation>
    </message>
    <message>
        <source>只能保存为 {suffix} 文件：{path}</source>
        <translation>Can only save as a {suffix} file: {path}</translation>
    </message>
    <message>
        <source>文件夹不存在：{folder}</source>
        <translation>The folder does not exist: {folder}</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>数据文件夹路径 {path} 不是文件夹。</source>
        <translation>The data folder path {path} is not a folder.</translation>
    </message>
    <message>
        <source>无法创建数据文件夹 {path}：{reason}</source>
        <translation>Cannot create the data folder {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} 不是 Station Desk 数据库，或文件已损坏。请选择其他数据文件夹，或从备份恢复。</source>
        <translation>{path} is not a Station Desk database, or the file is damaged. Choose another data folder, or restore from a backup.</translation>
    </message>
    <message>
        <source>无法写入数据文件夹 {path}。请检查文件夹权限，或用 --data-dir 选择其他文件夹。</source>
        <translation>Cannot write to the data folder {path}. Check the folder&apos;s permissions, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>数据库正被另一个程序使用（{path}），请稍后再试。</source>
        <translation>The database is in use by another program ({path}): try again shortly.</translation>
    </message>
    <message>
        <source>无法打开数据库 {path}：{reason}</source>
        <translation>Cannot open the database {path}: {reason}</translation>
    </message>
    <message>
        <source>此数据库由更新版本的 Station Desk 创建（结构版本 {found}），请升级本程序后再打开。</source>
        <translation>This database was made by a newer Station Desk (schema version {found}): upgrade this program, then open it.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <source>这个数据文件夹里已有志愿者名册，不能再写入演示数据。请换一个空的数据文件夹。</source>
        <translation>This data folder already has a volunteer roster: no demo data can be written into it. Use an empty data folder.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{label}：{message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>服务时长记录</source>
        <translation>Service hours records</translation>
    </message>
    <message>
        <source>导出完整的证件号码和手机号码</source>
        <translation>Export full ID and mobile numbers</translation>
    </message>
    <message>
        <source>导出完整号码须说明原因（如：向街道报送名册），原因记入操作日志</source>
        <translation>Exporting full numbers needs a reason (e.g. the roster reported to the subdistrict office), written to the audit log</translation>
    </message>
    <message>
        <source>志愿者名册</source>
        <translation>Volunteer roster</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>文件夹不存在：{path}</source>
        <translation>The folder does not exist: {path}</translation>
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <source>与已有记录时间重叠：{post} {start}–{end}（{state}）</source>
        <translation>Overlaps an existing record: {post} {start}–{end} ({state})</translation>
    </message>
    <message>
        <source>尚未签退</source>
        <translation>not checked out yet</translation>
    </message>
    <message>
        <source>已签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>签到机</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>工作人员录入</source>
        <translation>Entered by staff</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>结束时间必须晚于开始时间</source>
        <translation>The end must be after the start</translation>
    </message>
    <message>
        <source>一条记录最长 24 小时，请分成几条录入</source>
        <translation>A record is at most 24 hours: enter it as several</translation>
    </message>
    <message>
        <source>休息时间不能为负数</source>
        <translation>A break cannot be negative</translation>
    </message>
    <message>
        <source>休息时间不能等于或超过在岗时间</source>
        <translation>A break cannot be as long as the time on duty, or longer</translation>
    </message>
    <message>
        <source>结束时间在将来，不能预先录入</source>
        <translation>The end is in the future: it cannot be entered in advance</translation>
    </message>
    <message>
        <source>服务人次不能为负数</source>
        <translation>People served cannot be negative</translation>
    </message>
    <message>
        <source>{name} 已停用，请找工作人员</source>
        <translation>{name} is deactivated: please ask the staff</translation>
    </message>
    <message>
        <source>岗位“{post}”已停用</source>
        <translation>The post “{post}” is deactivated</translation>
    </message>
    <message>
        <source>{name} 已在“{post}”签到（{t}），请先签退</source>
        <translation>{name} is already checked in at “{post}” ({t}): check out first</translation>
    </message>
    <message>
        <source>没有找到未签退的签到记录</source>
        <translation>No check-in without a check-out was found</translation>
    </message>
    <message>
        <source>签退时间必须晚于签到时间</source>
        <translation>The check-out must be after the check-in</translation>
    </message>
    <message>
        <source>签到已超过 24 小时，请找工作人员补录实际结束时间</source>
        <translation>Checked in more than 24 hours ago: ask the staff to enter the real end time</translation>
    </message>
    <message>
        <source>第 {n} 行：{why}（共 {k} 行有问题，没有保存任何记录）</source>
        <translation>Line {n}: {why} ({k} lines with problems; no record was saved)</translation>
    </message>
    <message>
        <source>请先选择岗位</source>
        <translation>Choose a post first</translation>
    </message>
    <message>
        <source>与本表第 {n} 行（同一人）时间重叠</source>
        <translation>Overlaps line {n} of this sheet (the same person)</translation>
    </message>
    <message>
        <source>名册中没有这名志愿者</source>
        <translation>This volunteer is not on the roster</translation>
    </message>
    <message>
        <source>{name} 已停用，不能录入新的服务记录</source>
        <translation>{name} is deactivated: no new service records can be entered</translation>
    </message>
    <message>
        <source>签到表里还没有任何一行</source>
        <translation>The sign-in sheet has no lines yet</translation>
    </message>
    <message>
        <source>签到表录入第 {n} 行</source>
        <translation>Sign-in sheet entry line {n}</translation>
    </message>
    <message>
        <source>导入时直接审核通过服务记录</source>
        <translation>Approve service records on import</translation>
    </message>
    <message>
        <source>北京市现行标准（100/300/600/1000/1500 小时）</source>
        <translation>Beijing standard in force (100/300/600/1000/1500 hours)</translation>
    </message>
    <message>
        <source>原标准（100/200/500/800/1000 小时）</source>
        <translation>Former standard (100/200/500/800/1000 hours)</translation>
    </message>
</context>
<context>
    <name>ids</name>
    <message>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>港澳台居民居住证</source>
        <translation>HK/Macao/Taiwan residence permit</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
        <source>港澳台居民来往内地通行证</source>
        <translation>HK/Macao/Taiwan travel permit to the mainland</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>请填写证件号码</source>
        <translation>Enter the ID number</translation>
    </message>
    <message>
        <source>证件号码只能用 0–9 的数字，“{c}”是其他文字的数字，请重新输入</source>
        <translation>ID numbers take only the digits 0–9; “{c}” is a digit of another script: enter it again</translation>
    </message>
    <message>
        <source>{what}号码应为 18 位，当前 {n} 位</source>
        <translation>{what} number should have 18 characters, it has {n}</translation>
    </message>
    <message>
        <source>{what}号码前 17 位应为数字，最后一位为数字或 X</source>
        <translation>{what} number: the first 17 characters should be digits, the last a digit or X</translation>
    </message>
    <message>
        <source>{what}号码中的出生日期 {d} 无效</source>
        <translation>{what} number: the date of birth {d} in it is not a date</translation>
    </message>
    <message>
        <source>{what}号码校验位不符，号码有误，请逐位核对</source>
        <translation>{what} number: the check character does not match, the number is wrong: check it digit by digit</translation>
    </message>
    <message>
        <source>身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>{code} 开头的是港澳台居民居住证号码，请把证件类型选为“港澳台居民居住证”</source>
        <translation>Numbers starting with {code} are HK/Macao/Taiwan residence permits: choose “港澳台居民居住证” as the ID type</translation>
    </message>
    <message>
        <source>身份证号码前 6 位地区代码 {code} 不存在</source>
        <translation>Resident ID number: the area code {code} (first 6 digits) does not exist</translation>
    </message>
    <message>
        <source>港澳台居民居住证号码应以 810000（香港）、820000（澳门）或 830000（台湾）开头</source>
        <translation>HK/Macao/Taiwan residence permit numbers start with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)</translation>
    </message>
    <message>
        <source>居住证</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>18 位外国人永久居留身份证号码应以 9 开头</source>
        <translation>18-character foreign permanent resident ID numbers start with 9</translation>
    </message>
    <message>
        <source>永久居留身份证</source>
        <translation>Permanent resident ID card</translation>
    </message>
    <message>
        <source>15 位外国人永久居留身份证号码应为 3 个字母（国籍）加 12 位数字</source>
        <translation>15-character foreign permanent resident ID numbers are 3 letters (nationality) and 12 digits</translation>
    </message>
    <message>
        <source>永久居留身份证号码中的出生日期 {d} 无效</source>
        <translation>Permanent resident ID number: the date of birth {d} in it is not a date</translation>
    </message>
    <message>
        <source>外国人永久居留身份证号码应为 15 位（旧版）或 18 位（新版），当前 {n} 位</source>
        <translation>Foreign permanent resident ID numbers have 15 characters (old) or 18 (new), this has {n}</translation>
    </message>
    <message>
        <source>通行证号码应为 H 或 M 加 8 位数字（港澳），或 8 位数字（台湾）</source>
        <translation>Travel permit numbers are H or M and 8 digits (Hong Kong, Macao), or 8 digits (Taiwan)</translation>
    </message>
    <message>
        <source>护照号码应为 5 到 17 位字母或数字</source>
        <translation>Passport numbers are 5 to 17 letters or digits</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>单元格是公式（{f}），不是文字。请在 Excel 中复制该列，“选择性粘贴 → 数值”后再导入</source>
        <translation>The cell is a formula ({f}), not text. In Excel copy the column, “Paste special → Values”, then import</translation>
    </message>
    <message>
        <source>单元格是逻辑值（{v}），不是文字：这一列应填文字，请核对是否错列</source>
        <translation>The cell is a true/false value ({v}), not text: this column takes text; check that the columns are not shifted</translation>
    </message>
    <message>
        <source>单元格是数字（{v}），不是文字：这一列应填文字，请核对是否错列</source>
        <translation>The cell is a number ({v}), not text: this column takes text; check that the columns are not shifted</translation>
    </message>
    <message>
        <source>单元格是日期或时间（{v}），不是文字：这一列应填文字，请核对是否错列</source>
        <translation>The cell is a date or time ({v}), not text: this column takes text; check that the columns are not shifted</translation>
    </message>
    <message>
        <source>证件号码被 Excel 存成了数字（{shown}），最后几位已经丢失，无法还原。请把证件号码这一列设置为“文本”格式，重新录入号码后再导入</source>
        <translation>Excel stored the ID number as a number ({shown}): its last digits are lost and cannot be restored. Format the ID number column as “Text”, type the numbers again, then import</translation>
    </message>
    <message>
        <source>证件号码是科学计数法（{shown}），说明 Excel 把它当成了数字，最后几位已经丢失。请把这一列设置为“文本”格式，重新录入号码后再导入</source>
        <translation>The ID number is in scientific notation ({shown}): Excel took it for a number and its last digits are lost. Format the column as “Text”, type the numbers again, then import</translation>
    </message>
    <message>
        <source>证件类型“{v}”无法识别，应为：居民身份证、港澳台居民居住证、外国人永久居留身份证、港澳台居民来往内地通行证或护照</source>
        <translation>The ID type “{v}” is not known; it should be one of: 居民身份证, 港澳台居民居住证, 外国人永久居留身份证, 港澳台居民来往内地通行证, 护照</translation>
    </message>
    <message>
        <source>性别“{v}”应为“男”或“女”</source>
        <translation>The sex “{v}” should be “男” or “女”</translation>
    </message>
    <message>
        <source>状态“{v}”应为“在册”或“已停用”</source>
        <translation>The status “{v}” should be “在册” or “已停用”</translation>
    </message>
    <message>
        <source>日期“{v}”无法识别，请写成 2024-05-01 的样子</source>
        <translation>The date “{v}” is not understood: write it like 2024-05-01</translation>
    </message>
    <message>
        <source>单元格是公式（{f}），不是数值。请在 Excel 中“选择性粘贴 → 数值”后再导入</source>
        <translation>The cell is a formula ({f}), not a value. In Excel use “Paste special → Values”, then import</translation>
    </message>
    <message>
        <source>只有日期（{d}），没有时间</source>
        <translation>Only a date ({d}), no time</translation>
    </message>
    <message>
        <source>时间“{v}”无法识别，请写成 08:30 的样子</source>
        <translation>The time “{v}” is not understood: write it like 08:30</translation>
    </message>
    <message>
        <source>时间“{v}”不存在</source>
        <translation>The time “{v}” does not exist</translation>
    </message>
    <message>
        <source>起止时间“{v}”无法识别，请写成 08:00-11:30 的样子</source>
        <translation>The time range “{v}” is not understood: write it like 08:00-11:30</translation>
    </message>
    <message>
        <source>时长“{v}”应是小时数，例如 2.5</source>
        <translation>The duration “{v}” should be hours, e.g. 2.5</translation>
    </message>
    <message>
        <source>时长必须大于 0</source>
        <translation>The duration must be more than 0</translation>
    </message>
    <message>
        <source>服务人次“{v}”应是不小于 0 的整数</source>
        <translation>People served “{v}” should be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>休息时间“{v}”应是分钟数，例如 30</source>
        <translation>The break “{v}” should be minutes, e.g. 30</translation>
    </message>
    <message>
        <source>{name} 中找不到服务时长表的表头：需要一行写有“姓名”“身份证号”（或“证件号码”）“岗位”和“开始时间”（或“签到时间”“结束时间”）的列名</source>
        <translation>No service hours headings found in {name}: a row needs column names “姓名”, “身份证号” (or “证件号码”), “岗位” and “开始时间” (or “签到时间”, “结束时间”)</translation>
    </message>
    <message>
        <source>岗位“{p}”不存在</source>
        <translation>The post “{p}” does not exist</translation>
    </message>
    <message>
        <source>证件号码 {n} 不在志愿者名册中：请先在名册中登记此人</source>
        <translation>ID number {n} is not on the volunteer roster: register the person in the roster first</translation>
    </message>
    <message>
        <source>名册中有多人使用证件号码 {n}，请在名册中核对</source>
        <translation>Several people on the roster have the ID number {n}: check the roster</translation>
    </message>
    <message>
        <source>姓名“{given}”与名册中证件号码 {n} 的姓名“{name}”不一致</source>
        <translation>The name “{given}” differs from “{name}”, the name the roster has for ID number {n}</translation>
    </message>
    <message>
        <source>有多个岗位叫“{p}”，请改用岗位编码</source>
        <translation>Several posts are called “{p}”: use the post code</translation>
    </message>
    <message>
        <source>没有对应“{f}”的列</source>
        <translation>No column for “{f}”</translation>
    </message>
    <message>
        <source>没有“开始时间”或“结束时间”列：只有时长无法核对是否与其他记录重叠</source>
        <translation>No “开始时间” (start) or “结束时间” (end) column: with a duration only, overlaps with other records cannot be checked</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>时长列写 {h} 小时，起止时间算得 {m} 小时，以起止时间为准</source>
        <translation>The duration column says {h} hours, the start and end make {m} hours: the start and end are taken</translation>
    </message>
    <message>
        <source>开始时间中的日期 {d} 与“日期”列的 {date} 不一致</source>
        <translation>The date {d} in the start time differs from {date} in the “日期” (date) column</translation>
    </message>
    <message>
        <source>只有时长，没有开始和结束时间：无法核对是否与其他记录重叠，也不能编造时间。请按签到表补上开始时间</source>
        <translation>Only a duration, no start and end times: overlaps with other records cannot be checked, and times cannot be made up. Add the start time from the sign-in sheet</translation>
    </message>
    <message>
        <source>未填写开始和结束时间</source>
        <translation>No start and end times</translation>
    </message>
    <message>
        <source>未填写日期</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>未填写{f}，也没有时长</source>
        <translation>No {f}, and no duration</translation>
    </message>
    <message>
        <source>结束时间按开始时间加时长推算</source>
        <translation>End time worked out as the start plus the duration</translation>
    </message>
    <message>
        <source>开始时间按结束时间减时长推算</source>
        <translation>Start time worked out as the end minus the duration</translation>
    </message>
    <message>
        <source>与本表第 {n} 行（同一人）时间重叠</source>
        <translation>Overlaps line {n} of this sheet (the same person)</translation>
    </message>
    <message>
        <source>与已有记录时间重叠：{post} {start}–{end}（{state}）</source>
        <translation>Overlaps an existing record: {post} {start}–{end} ({state})</translation>
    </message>
    <message>
        <source>尚未签退</source>
        <translation>not checked out yet</translation>
    </message>
    <message>
        <source>第 {n} 行在预览之后与新录入的记录重叠，没有导入任何记录。请重新预览后再导入</source>
        <translation>Row {n} overlaps a record entered after the preview: nothing was imported. Preview again, then import</translation>
    </message>
    <message>
        <source>导入 {f} 第 {n} 行</source>
        <translation>Import {f} row {n}</translation>
    </message>
    <message>
        <source>导入 {f} 时新建（表中 {n} 行使用此岗位）</source>
        <translation>Created when importing {f} ({n} rows of the sheet use this post)</translation>
    </message>
    <message>
        <source>{name} 不是有效的表格文件（.xlsx 或 .ods），可能已损坏</source>
        <translation>{name} is not a valid spreadsheet (.xlsx or .ods): it may be damaged</translation>
    </message>
    <message>
        <source>{name} 是压缩文件，但不是 Excel（.xlsx）或 LibreOffice（.ods）表格</source>
        <translation>{name} is a compressed file, but not an Excel (.xlsx) or LibreOffice (.ods) spreadsheet</translation>
    </message>
    <message>
        <source>{name} 解压后超过 {limit} MB（远多于任何名册或签到表），可能是恶意构造的文件，没有读取</source>
        <translation>{name} unpacks to more than {limit} MB (far more than any roster or sign-in sheet): it may be a malicious file and was not read</translation>
    </message>
    <message>
        <source>{name} 中找不到表头：需要一行写有“姓名”和“身份证号”（或“证件号码”）的列名</source>
        <translation>No headings found in {name}: a row needs the column names “姓名” and “身份证号” (or “证件号码”)</translation>
    </message>
    <message>
        <source>与第 {n} 行是同一个人（证件号码相同），本行没有导入</source>
        <translation>The same person as row {n} (the same ID number): this row was not imported</translation>
    </message>
    <message>
        <source>与第 {n} 行的志愿者编号相同</source>
        <translation>The same volunteer number as row {n}</translation>
    </message>
    <message>
        <source>志愿者编号 {p} 已属于名册中的 {name}</source>
        <translation>The volunteer number {p} already belongs to {name} on the roster</translation>
    </message>
    <message>
        <source>名册在预览之后被修改过（有人同时录入了相同的人），请重新预览后再导入</source>
        <translation>The roster was changed after the preview (someone entered the same people meanwhile): preview again, then import</translation>
    </message>
    <message>
        <source>{name} 里没有任何内容</source>
        <translation>{name} holds nothing</translation>
    </message>
    <message>
        <source>{n} 行，第 {rows} 行</source>
        <translation>{n} rows: rows {rows}</translation>
    </message>
    <message>
        <source>第 {rows} 行</source>
        <translation>row {rows}</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{path} 是文件夹，不是表格文件</source>
        <translation>{path} is a folder, not a spreadsheet</translation>
    </message>
    <message>
        <source>找不到文件 {path}</source>
        <translation>File {path} not found</translation>
    </message>
    <message>
        <source>无法打开文件 {path}：{reason}</source>
        <translation>Cannot open the file {path}: {reason}</translation>
    </message>
    <message>
        <source>文件 {name} 是空的</source>
        <translation>The file {name} is empty</translation>
    </message>
    <message>
        <source>文件 {name} 太大（超过 200 MB），请拆分后再导入</source>
        <translation>The file {name} is too large (over 200 MB): split it, then import</translation>
    </message>
    <message>
        <source>{name} 设置了密码保护，请在 Excel 中取消密码后再导入</source>
        <translation>{name} is password-protected: remove the password in Excel, then import</translation>
    </message>
    <message>
        <source>{name} 不是有效的 LibreOffice 表格（.ods），可能已损坏</source>
        <translation>{name} is not a valid LibreOffice spreadsheet (.ods); it may be damaged</translation>
    </message>
    <message>
        <source>{name} 无法读取：不是 Excel 表格，或设置了密码，或已损坏</source>
        <translation>{name} cannot be read: it is not an Excel workbook, has a password, or is damaged</translation>
    </message>
    <message>
        <source>{name} 内容已损坏，无法读取</source>
        <translation>The contents of {name} are damaged and cannot be read</translation>
    </message>
    <message>
        <source>{name} 不是有效的 Excel 文件（.xlsx），可能已损坏</source>
        <translation>{name} is not a valid Excel file (.xlsx): it may be damaged</translation>
    </message>
    <message>
        <source>{name} 不是表格文件（应为 .xlsx、.xls、.ods 或 .csv）</source>
        <translation>{name} is not a spreadsheet (it should be .xlsx, .xls, .ods or .csv)</translation>
    </message>
    <message>
        <source>CSV 文件格式有误（第 {n} 行）：{e}</source>
        <translation>The CSV file is malformed (line {n}): {e}</translation>
    </message>
    <message>
        <source>模板只有 roster（名册）和 hours（服务时长表）两种</source>
        <translation>The templates are roster and hours only</translation>
    </message>
    <message>
        <source>模板只能保存为 .xlsx 文件：{p}</source>
        <translation>A template can only be saved as an .xlsx file: {p}</translation>
    </message>
    <message>
        <source>文件夹不存在：{p}</source>
        <translation>The folder does not exist: {p}</translation>
    </message>
    <message>
        <source>{name} 标明是 UTF-8 编码，但第 {n} 行不是 UTF-8（可能混入了 GBK 编码的内容）。请在 WPS 或 Excel 中打开，整体另存为“CSV UTF-8”后再导入</source>
        <translation>{name} says it is UTF-8, but line {n} is not UTF-8 (GBK text may have been mixed in). Open it in WPS or Excel and save the whole file as “CSV UTF-8”, then import</translation>
    </message>
    <message>
        <source>{name} 第 {n} 行的文字既不是 UTF-8 也不是 GBK/GB18030 编码，或者不是表格文件</source>
        <translation>The text on line {n} of {name} is neither UTF-8 nor GBK/GB18030, or the file is not a spreadsheet</translation>
    </message>
    <message>
        <source>{name} 混用了两种文字编码：第 {n} 行是 {kind}，前面的行是 {first}（可能是从不同文件复制拼接的）。请在 WPS 或 Excel 中打开，整体另存为“CSV UTF-8”后再导入</source>
        <translation>{name} mixes two text encodings: line {n} is {kind}, the lines before are {first} (perhaps copied together from different files). Open it in WPS or Excel and save the whole file as “CSV UTF-8”, then import</translation>
    </message>
    <message>
        <source>培训名称</source>
        <translation>Training title</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{name} 已登记参加过这次培训</source>
        <translation>{name} is already registered for this training</translation>
    </message>
    <message>
        <source>导入培训签到表</source>
        <translation>Import training sign-in sheet</translation>
    </message>
    <message>
        <source>{name} 中找不到培训签到表的表头：需要一行写有“姓名”“证件号码”“培训名称”“日期”“开始时间”“结束时间”的列名</source>
        <translation>No training sign-in sheet headings found in {name}: a row needs the column names “姓名” (name), “证件号码” (ID number), “培训名称” (training title), “日期” (date), “开始时间” (start time) and “结束时间” (end time)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>起止时间</source>
        <translation>Start–end time</translation>
    </message>
    <message>
        <source>休息（分钟）</source>
        <translation>Break (minutes)</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>报告应是一个文件，{path} 是文件夹</source>
        <translation>The report should be a file: {path} is a folder</translation>
    </message>
    <message>
        <source>文件夹不存在：{folder}（报告无处可写，没有导入任何内容）</source>
        <translation>The folder does not exist: {folder} (the report has nowhere to go; nothing was imported)</translation>
    </message>
    <message>
        <source>无法写入报告 {path}：没有写入权限（没有导入任何内容）</source>
        <translation>Cannot write the report {path}: no permission to write there (nothing was imported)</translation>
    </message>
    <message>
        <source>未识别、未导入的列：{columns}</source>
        <translation>Columns not recognised and not imported: {columns}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>错误：{message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>未导入的行已写入 {path}</source>
        <translation>The rows not imported were written to {path}</translation>
    </message>
    <message>
        <source>{file}（工作表“{sheet}”，表头在第 {row} 行）：新增 {added} 人，更新 {updated} 人，无变化 {unchanged} 人，未导入 {refused} 行。</source>
        <translation>{file} (sheet “{sheet}”, headings in row {row}): {added} new, {updated} updated, {unchanged} unchanged, {refused} rows not imported.</translation>
    </message>
    <message>
        <source>{file}（工作表“{sheet}”，表头在第 {row} 行）：导入 {added} 条记录，共 {hours} 小时（已审核通过 {approved} 条），未导入 {refused} 行。</source>
        <translation>{file} (sheet “{sheet}”, headings in row {row}): {added} records imported, {hours} hours in all ({approved} approved), {refused} rows not imported.</translation>
    </message>
    <message>
        <source>{file}（工作表“{sheet}”，表头在第 {row} 行）：导入 {added} 条记录，共 {hours} 小时（等待审核），未导入 {refused} 行。</source>
        <translation>{file} (sheet “{sheet}”, headings in row {row}): {added} records imported, {hours} hours in all (pending review), {refused} rows not imported.</translation>
    </message>
    <message>
        <source>已新建岗位：{posts}</source>
        <translation>New posts created: {posts}</translation>
    </message>
    <message>
        <source>表中有 {n} 个站点还没有的岗位（{posts}）：先用 station-app posts add 建立，或加 --create-posts 在导入时一并新建</source>
        <translation>The sheet names {n} posts the station does not have yet ({posts}): create them first with station-app posts add, or add --create-posts to create them while importing</translation>
    </message>
    <message>
        <source>（已导入）{problem}</source>
        <translation>(imported) {problem}</translation>
    </message>
    <message>
        <source>{file}（工作表“{sheet}”，表头在第 {row} 行）：{sessions} 次培训，登记 {added} 人次，未导入 {refused} 行。培训时长不计入志愿服务时长。</source>
        <translation>{file} (sheet “{sheet}”, headings in row {row}): {sessions} training sessions, {added} attendances recorded, {refused} rows not imported. Training hours do not count toward service hours.</translation>
    </message>
    <message>
        <source>已生成志愿者名册导入模板：{path}（填好后用 station-app import-roster {name} 导入）</source>
        <translation>Roster import template written: {path} (fill it in, then import it with station-app import-roster {name})</translation>
    </message>
    <message>
        <source>已生成服务时长表导入模板：{path}（填好后用 station-app import-hours {name} 导入）</source>
        <translation>Service hours import template written: {path} (fill it in, then import it with station-app import-hours {name})</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>本机没有本站的签名私钥（数据库或备份中从不保存私钥），不能出具证明。若这是本站新换的电脑，请用 station-app keys replace --reason … 生成新密钥</source>
        <translation>This computer has no signing private key for this station (private keys are never kept in the database or backups), so certificates cannot be issued. If this is the station&apos;s new computer, create a new key with station-app keys replace --reason …</translation>
    </message>
    <message>
        <source>本站当前的签名密钥已于 {at} 吊销，请用 station-app keys replace --reason … 生成新密钥</source>
        <translation>This station&apos;s current signing key was revoked on {at}; create a new key with station-app keys replace --reason …</translation>
    </message>
    <message>
        <source>吊销签名密钥</source>
        <translation>Revoke signing key</translation>
    </message>
    <message>
        <source>吊销密钥须说明原因（例如：电脑丢失）</source>
        <translation>Revoking a key needs a reason (e.g. computer lost)</translation>
    </message>
    <message>
        <source>本站没有编号为 {key} 的密钥</source>
        <translation>This station has no key {key}</translation>
    </message>
    <message>
        <source>更换签名密钥</source>
        <translation>Replace signing key</translation>
    </message>
    <message>
        <source>更换密钥须说明原因（例如：电脑丢失）</source>
        <translation>Replacing a key needs a reason (e.g. computer lost)</translation>
    </message>
    <message>
        <source>请先填写站点信息</source>
        <translation>Fill in the station profile first</translation>
    </message>
    <message>
        <source>{where}：不是密钥条目</source>
        <translation>{where}: not a key entry</translation>
    </message>
    <message>
        <source>{where}：缺少 {field}</source>
        <translation>{where}: {field} missing</translation>
    </message>
    <message>
        <source>{where}：密钥编号、公钥或时间格式不对</source>
        <translation>{where}: key ID, public key or time is in the wrong format</translation>
    </message>
    <message>
        <source>第 {n} 个密钥</source>
        <translation>key {n}</translation>
    </message>
    <message>
        <source>密钥 {key} 已登记为 {station} 的另一把公钥，不能替换；整批未导入</source>
        <translation>Key {key} is already registered as another public key of {station} and cannot be replaced; nothing was imported</translation>
    </message>
    <message>
        <source>导入其他服务站的签名公钥</source>
        <translation>Import other stations&apos; signing public keys</translation>
    </message>
    <message>
        <source>无法读取密钥文件 {path}：不是 Station Desk 导出的密钥文件</source>
        <translation>Cannot read key file {path}: it is not a key file exported by Station Desk</translation>
    </message>
    <message>
        <source>{path} 不是 Station Desk 导出的密钥文件</source>
        <translation>{path} is not a key file exported by Station Desk</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>{h}点{m:02d}分</source>
        <translation>{h}:{m:02d}</translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} 小时</source>
        <translation>{h} hours</translation>
    </message>
    <message>
        <source>{h} 小时 {m} 分</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>PIN 只能用 0–9 的数字</source>
        <translation>The PIN takes only the digits 0–9</translation>
    </message>
    <message>
        <source>PIN 应为 4 到 8 位数字</source>
        <translation>The PIN should be 4 to 8 digits</translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <source>本志愿服务站</source>
        <translation>this volunteer service station</translation>
    </message>
    <message>
        <source>个人信息处理告知</source>
        <translation>Personal data notice</translation>
    </message>
    <message>
        <source>儿童个人信息处理规则</source>
        <translation>Rules for children&apos;s personal data</translation>
    </message>
    <message>
        <source>本市志愿服务信息平台的运营单位</source>
        <translation>the operator of the city&apos;s volunteer service information platform</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>操作没有完成，已保存的数据不受影响。

{e}</source>
        <translation>The action did not finish; data already saved is not affected.

{e}</translation>
    </message>
    <message>
        <source>详细信息已写入日志文件：{path}
需要技术支持时，请把这个文件发给支持人员。</source>
        <translation>The details are in the log file: {path}
If you need technical support, send this file to the support staff.</translation>
    </message>
    <message>
        <source>出现了意外错误</source>
        <translation>An unexpected error happened</translation>
    </message>
</context>
<context>
    <name>phone</name>
    <message>
        <source>{n} 不是有效的手机号段，请核对</source>
        <translation>{n} is not a valid mobile number range: please check</translation>
    </message>
    <message>
        <source>手机号码只能用 0–9 的数字，“{c}”是其他文字的数字</source>
        <translation>Mobile numbers take only the digits 0–9; “{c}” is a digit of another script</translation>
    </message>
    <message>
        <source>手机号码只能包含数字</source>
        <translation>Mobile numbers take digits only</translation>
    </message>
    <message>
        <source>手机号码格式不对</source>
        <translation>The mobile number is not in a valid form</translation>
    </message>
    <message>
        <source>请填写 11 位大陆手机号码，当前 {n} 位</source>
        <translation>Enter an 11-digit mainland mobile number; this has {n} digits</translation>
    </message>
</context>
<context>
    <name>posts</name>
    <message>
        <source>岗位名称</source>
        <translation>Post name</translation>
    </message>
    <message>
        <source>岗位编码</source>
        <translation>Post code</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>人数上限</source>
        <translation>Most people</translation>
    </message>
    <message>
        <source>计入志愿服务时长</source>
        <translation>Counts toward service hours</translation>
    </message>
    <message>
        <source>没有编码为 {code} 的岗位（station-app posts list 可列出全部岗位）</source>
        <translation>No post has the code {code} (station-app posts list lists every post)</translation>
    </message>
    <message>
        <source>--capacity 不能为负数</source>
        <translation>--capacity cannot be negative</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>计入时长</source>
        <translation>counts toward service hours</translation>
    </message>
    <message>
        <source>不计入时长</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>已新增岗位：{name}（{code}）</source>
        <translation>Post added: {name} ({code})</translation>
    </message>
    <message>
        <source>岗位 {name}（{code}）已经是停用状态</source>
        <translation>The post {name} ({code}) is already deactivated</translation>
    </message>
    <message>
        <source>已停用岗位：{name}（{code}）</source>
        <translation>Post deactivated: {name} ({code})</translation>
    </message>
    <message>
        <source>已修改岗位：{name}（{code}）</source>
        <translation>Post changed: {name} ({code})</translation>
    </message>
    <message>
        <source>{option} 的时间“{text}”无法识别，请写成 07:00 的样子</source>
        <translation>The time “{text}” given to {option} is not recognised: write it like 07:00</translation>
    </message>
    <message>
        <source>班次结束时间必须晚于开始时间（--end 早于 --start 时视为次日结束）</source>
        <translation>A shift must end after it starts (an --end earlier than --start ends the next day)</translation>
    </message>
    <message>
        <source>--capacity 至少为 1；不限人数请不写这一项</source>
        <translation>--capacity is at least 1; leave it out for no limit</translation>
    </message>
    <message>
        <source>--days 和 --until 只和 --repeat weekly 一起使用</source>
        <translation>--days and --until go only with --repeat weekly</translation>
    </message>
    <message>
        <source>已新增班次：{post} {start}–{end}</source>
        <translation>Shift added: {post} {start}–{end}</translation>
    </message>
    <message>
        <source>--repeat weekly 需要 --until（重复到哪一天）</source>
        <translation>--repeat weekly needs --until (the last day it repeats on)</translation>
    </message>
    <message>
        <source>已新增重复班次：{post} {weekdays} {start}–{end}，{first} 至 {until}，共 {count} 个班次</source>
        <translation>Repeating shifts added: {post} {weekdays} {start}–{end}, {first} to {until}, {count} shifts in all</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>只能包含字母、数字、- 和 _，例如 P-GARBAGE-01</source>
        <translation>Letters, digits, - and _ only, e.g. P-GARBAGE-01</translation>
    </message>
    <message>
        <source>至少为 1；不限人数请留空</source>
        <translation>At least 1; leave empty for no limit</translation>
    </message>
    <message>
        <source>设置服务岗位</source>
        <translation>Set up duty posts</translation>
    </message>
    <message>
        <source>已有岗位使用编码 {c}</source>
        <translation>A post already uses the code {c}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>本机没有安装打印机</source>
        <translation>No printer is installed on this PC</translation>
    </message>
    <message>
        <source>可用的打印机：{names}</source>
        <translation>Printers available: {names}</translation>
    </message>
    <message>
        <source>没有名为“{name}”的打印机；{available}</source>
        <translation>There is no printer called “{name}”; {available}</translation>
    </message>
    <message>
        <source>没有设置默认打印机，请用 --printer 指定；{available}</source>
        <translation>No default printer is set: name one with --printer; {available}</translation>
    </message>
    <message>
        <source>打印：{title}</source>
        <translation>Print: {title}</translation>
    </message>
    <message>
        <source>打印预览：{title}</source>
        <translation>Print preview: {title}</translation>
    </message>
    <message>
        <source>找不到打印命令 lp（请安装 CUPS）</source>
        <translation>The print command lp was not found (install CUPS)</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>这里不能打印：请用 station-app 命令的 --print</source>
        <translation>Cannot print here: use the --print option of the station-app command</translation>
    </message>
</context>
<context>
    <name>record_kinds</name>
    <message>
        <source>表彰名称</source>
        <translation>Award title</translation>
    </message>
    <message>
        <source>表彰级别</source>
        <translation>Award level</translation>
    </message>
    <message>
        <source>授予单位</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <source>表彰日期</source>
        <translation>Award date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>登记表彰奖励</source>
        <translation>Add award</translation>
    </message>
    <message>
        <source>更正表彰奖励</source>
        <translation>Correct award</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>作废表彰奖励</source>
        <translation>Void award</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>站级</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>街道级</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>区级</source>
        <translation>District</translation>
    </message>
    <message>
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <source>省级</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>国家级</source>
        <translation>National</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>较差</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>参加</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>被投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>{what}“{value}”无法识别，应为 {choices} 之一</source>
        <translation>{what} “{value}” is not recognised; it should be one of {choices}</translation>
    </message>
    <message>
        <source>请填写{what}</source>
        <translation>Fill in {what}</translation>
    </message>
    <message>
        <source>{what}含有无法识别的控制字符，请重新输入</source>
        <translation>{what} contains unrecognised control characters; enter it again</translation>
    </message>
    <message>
        <source>{what}不能超过 {n} 个字</source>
        <translation>{what} cannot be longer than {n} characters</translation>
    </message>
    <message>
        <source>{what} {day} 晚于今天，不能预先记录</source>
        <translation>{what} {day} is after today; it cannot be recorded in advance</translation>
    </message>
    <message>
        <source>{what} {day} 早于 2000 年</source>
        <translation>{what} {day} is before 2000</translation>
    </message>
    <message>
        <source>这名志愿者的信息已按本人申请删除，不能再添加记录</source>
        <translation>This volunteer&apos;s data was deleted at their request; no records can be added</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{act}须填写原因</source>
        <translation>{act} needs a reason</translation>
    </message>
    <message>
        <source>这条记录已作废，不能再作废或更正</source>
        <translation>This record is void; it cannot be voided or corrected again</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>评价期起始日</source>
        <translation>Evaluation period start</translation>
    </message>
    <message>
        <source>评价期截止日</source>
        <translation>Evaluation period end</translation>
    </message>
    <message>
        <source>评价期截止日 {last} 早于起始日 {first}</source>
        <translation>The evaluation period end {last} is before the start {first}</translation>
    </message>
    <message>
        <source>评价等次</source>
        <translation>Evaluation grade</translation>
    </message>
    <message>
        <source>评语</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>投诉记录没有评价等次，请只写明投诉内容和处理结果</source>
        <translation>A complaint has no evaluation grade: write only the complaint and its outcome</translation>
    </message>
    <message>
        <source>投诉内容和处理结果</source>
        <translation>Complaint and outcome</translation>
    </message>
    <message>
        <source>评价人</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>登记评价或投诉</source>
        <translation>Add evaluation or complaint</translation>
    </message>
    <message>
        <source>更正评价或投诉</source>
        <translation>Correct evaluation or complaint</translation>
    </message>
    <message>
        <source>作废评价或投诉</source>
        <translation>Void evaluation or complaint</translation>
    </message>
    <message>
        <source>培训名称</source>
        <translation>Training title</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>请填写培训的开始和结束时间</source>
        <translation>Fill in the training&apos;s start and end times</translation>
    </message>
    <message>
        <source>培训结束时间应晚于开始时间</source>
        <translation>The training&apos;s end must be after its start</translation>
    </message>
    <message>
        <source>一次培训不能超过 24 小时，请按天分开登记</source>
        <translation>A training cannot last over 24 hours; enter each day separately</translation>
    </message>
    <message>
        <source>培训结束时间晚于现在，不能预先登记</source>
        <translation>The training ends later than now; it cannot be entered in advance</translation>
    </message>
    <message>
        <source>培训日期早于 2000 年</source>
        <translation>The training date is before 2000</translation>
    </message>
    <message>
        <source>培训结果</source>
        <translation>Training result</translation>
    </message>
    <message>
        <source>{name} 已登记参加过这次培训（{title}）</source>
        <translation>{name} is already registered for this training ({title})</translation>
    </message>
    <message>
        <source>登记培训</source>
        <translation>Add training</translation>
    </message>
    <message>
        <source>请至少选择一名参加培训的志愿者</source>
        <translation>Choose at least one volunteer who attended the training</translation>
    </message>
    <message>
        <source>同一名志愿者在一次培训中只能登记一次</source>
        <translation>A volunteer can be registered only once per training</translation>
    </message>
    <message>
        <source>更正培训记录</source>
        <translation>Correct training record</translation>
    </message>
    <message>
        <source>作废培训记录</source>
        <translation>Void training record</translation>
    </message>
    <message>
        <source>已登记表彰奖励（编号 {id}）：{title}</source>
        <translation>Award added (no. {id}): {title}</translation>
    </message>
    <message>
        <source>已登记被投诉记录（编号 {id}）</source>
        <translation>Complaint recorded (no. {id})</translation>
    </message>
    <message>
        <source>已登记评价（编号 {id}）</source>
        <translation>Evaluation added (no. {id})</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>只有工作人员可以查看服务记录明细</source>
        <translation>Only staff can see the list of service records</translation>
    </message>
    <message>
        <source>活动统计表</source>
        <translation>Activity summary</translation>
    </message>
    <message>
        <source>服务记录明细</source>
        <translation>Service records in detail</translation>
    </message>
    <message>
        <source>志愿服务站</source>
        <translation>Volunteer service station</translation>
    </message>
    <message>
        <source>第 &amp;P 页，共 &amp;N 页</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>{station}志愿服务统计</source>
        <translation>{station} volunteer service figures</translation>
    </message>
    <message>
        <source>{label}（{first} 至 {last}）</source>
        <translation>{label} ({first} to {last})</translation>
    </message>
    <message>
        <source>已审核、计入志愿服务的岗位、开始时间在统计期间内的服务记录；更正后的记录替代原记录</source>
        <translation>Approved service records on posts that count toward service hours, starting in the period; a correction replaces the record it corrects</translation>
    </message>
    <message>
        <source>{station}志愿服务统计（按{by}）</source>
        <translation>{station} volunteer service figures (by {by})</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>注：一名志愿者在几个{by}都有服务时，在每个{by}各计一人，合计中只计一人。</source>
        <translation>Note: a volunteer serving in several {by} groups counts once in each {by} group and once in the total.</translation>
    </message>
    <message>
        <source>{station}志愿服务活动统计表</source>
        <translation>{station} volunteer service activity summary</translation>
    </message>
    <message>
        <source>统计期间：{label}&#x3000;&#x3000;填报单位：{org}</source>
        <translation>Period: {label}&#x3000;&#x3000;Reported by: {org}</translation>
    </message>
    <message>
        <source>负责人：{person}&#x3000;&#x3000;&#x3000;制表人：{maker}&#x3000;&#x3000;&#x3000;制表时间：{at}</source>
        <translation>Person in charge: {person}&#x3000;&#x3000;&#x3000;Prepared by: {maker}&#x3000;&#x3000;&#x3000;Prepared at: {at}</translation>
    </message>
    <message>
        <source>{station}服务记录明细</source>
        <translation>{station} service records in detail</translation>
    </message>
    <message>
        <source>{label}&#x3000;证件号码已隐去中间位</source>
        <translation>{label}&#x3000;middle digits of ID numbers hidden</translation>
    </message>
    <message>
        <source>更正记录（替代 #{id}）</source>
        <translation>Correcting record (replaces #{id})</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>服务岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>岗位类别</source>
        <translation>Post category</translation>
    </message>
    <message>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>{n} 名志愿者完成 {m} 上岗人次，为 {p} 人次提供服务，总服务时长 {h} 小时</source>
        <translation>{n} volunteers worked {m} shifts, served {p} people, {h} service hours in all</translation>
    </message>
    <message>
        <source>（未分类）</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>（未填队伍）</source>
        <translation>(no team)</translation>
    </message>
    <message>
        <source>不能按“{by}”分组；可选：month、post、category、team</source>
        <translation>Cannot group by “{by}”; choose month, post, category or team</translation>
    </message>
    <message>
        <source>只有工作人员可以查看首页</source>
        <translation>Only staff can see the home page</translation>
    </message>
    <message>
        <source>统计期间：{label}（{first} 至 {last}）</source>
        <translation>Period: {label} ({first} to {last})</translation>
    </message>
    <message>
        <source>按{by}统计</source>
        <translation>By {by}</translation>
    </message>
    <message>
        <source>负责人：{person}&#x3000;&#x3000;制表人：{maker}&#x3000;&#x3000;制表时间：{at}</source>
        <translation>Person in charge: {person}&#x3000;&#x3000;Prepared by: {maker}&#x3000;&#x3000;Prepared at: {at}</translation>
    </message>
    <message>
        <source>{station}志愿服务统计 {label}</source>
        <translation>{station} volunteer service figures {label}</translation>
    </message>
    <message>
        <source>第 {n} 页</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>志愿者人数</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>上岗人次</source>
        <translation>Shifts worked</translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>服务时长（小时）</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>只能保存为 .xlsx 或 .pdf 文件：{path}</source>
        <translation>Can only save as an .xlsx or .pdf file: {path}</translation>
    </message>
    <message>
        <source>统计期间：{label}（{first} 至 {last}），按{grouping}统计</source>
        <translation>Period: {label} ({first} to {last}), by {grouping}</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>公示名单 {summary}；已保存到 {path}</source>
        <translation>Public notice list {summary}; saved to {path}</translation>
    </message>
    <message>
        <source>新登记志愿者</source>
        <translation>Newly registered volunteers</translation>
    </message>
    <message>
        <source>在册志愿者（期末）</source>
        <translation>Volunteers on the roster (end of period)</translation>
    </message>
    <message>
        <source>出具服务证明（份）</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <source>其中已作废（份）</source>
        <translation>of which revoked</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动（岗位）</source>
        <translation>Activity (post)</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>参与情况</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>服务时长
（小时）</source>
        <translation>Service hours
(hours)</translation>
    </message>
    <message>
        <source>本期没有计入的服务记录</source>
        <translation>No service records counted in this period</translation>
    </message>
    <message>
        <source>结束日期（{last}）早于开始日期（{first}）</source>
        <translation>The end date ({last}) is before the start date ({first})</translation>
    </message>
    <message>
        <source>{y} 年 {m} 月</source>
        <translation>{m}/{y}</translation>
    </message>
    <message>
        <source>{y} 年第 {q} 季度</source>
        <translation>Q{q} {y}</translation>
    </message>
    <message>
        <source>{y} 年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>月份应为 1–12：{m}</source>
        <translation>The month should be 1–12: {m}</translation>
    </message>
    <message>
        <source>季度应为 1–4：{q}</source>
        <translation>The quarter should be 1–4: {q}</translation>
    </message>
    <message>
        <source>出具证明 {certificates} 份，{volunteers} 名志愿者记录服务时长共 {hours} 小时</source>
        <translation>{certificates} certificates issued, {hours} service hours recorded for {volunteers} volunteers</translation>
    </message>
    <message>
        <source>{first} 至 {last}：{summary}</source>
        <translation>{first} to {last}: {summary}</translation>
    </message>
    <message>
        <source>只有工作人员可以制作公示名单</source>
        <translation>Only staff can make the public notice list</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>数据保留检查</source>
        <translation>Data retention check</translation>
    </message>
    <message>
        <source>删除超过保留期限的个人信息</source>
        <translation>Delete personal data past the retention period</translation>
    </message>
    <message>
        <source>停用后超过保留期限</source>
        <translation>Past the retention period after deactivation</translation>
    </message>
    <message>
        <source>恢复备份后重新执行删除（删除发生在备份之后）</source>
        <translation>Deletion repeated after restoring a backup (the deletion came after the backup)</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>审核通过服务记录</source>
        <translation>Approve service records</translation>
    </message>
    <message>
        <source>退回服务记录</source>
        <translation>Send back service records</translation>
    </message>
    <message>
        <source>退回须填写原因</source>
        <translation>Sending back needs a reason</translation>
    </message>
    <message>
        <source>只能退回待审核或未签退的记录</source>
        <translation>Only pending or not checked-out records can be sent back</translation>
    </message>
    <message>
        <source>请说明实际结束时间的依据（如：签到表、本人确认）</source>
        <translation>Say what the real end time rests on (e.g. the sign-in sheet, the volunteer&apos;s word)</translation>
    </message>
    <message>
        <source>这条记录不是未签退状态</source>
        <translation>This record is not waiting for a check-out</translation>
    </message>
    <message>
        <source>只有待审核的记录可以直接修改；已审核的记录请用“更正”</source>
        <translation>Only pending records can be edited directly; for approved records use “Correct”</translation>
    </message>
    <message>
        <source>更正已审核的服务记录</source>
        <translation>Correct approved service records</translation>
    </message>
    <message>
        <source>更正须填写原因</source>
        <translation>A correction needs a reason</translation>
    </message>
    <message>
        <source>只有已审核的记录需要更正；待审核的记录可以直接修改</source>
        <translation>Only approved records need correcting; pending records can be edited directly</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>按完整号码查找已暂停到 {until}：多次输入的号码与名册中同一人只差被隐去的几位。如确有需要，请站长查找。</source>
        <translation>Lookups by whole number are paused until {until}: numbers typed several times differ from one person on the roster only in the hidden digits. If really needed, the station manager can look them up.</translation>
    </message>
    <message>
        <source>已删除志愿者#{id}</source>
        <translation>Deleted volunteer #{id}</translation>
    </message>
    <message>
        <source>查看完整的证件号码和手机号码</source>
        <translation>See full ID and mobile numbers</translation>
    </message>
    <message>
        <source>这名志愿者的个人信息已按本人要求删除</source>
        <translation>This volunteer&apos;s personal data was deleted at their request</translation>
    </message>
    <message>
        <source>删除志愿者的个人信息</source>
        <translation>Delete a volunteer&apos;s personal data</translation>
    </message>
    <message>
        <source>删除个人信息须填写原因（如：本人书面申请，日期）</source>
        <translation>Deleting personal data needs a reason (e.g. the person&apos;s written request, its date)</translation>
    </message>
    <message>
        <source>这名志愿者的个人信息已经删除</source>
        <translation>This volunteer&apos;s personal data is already deleted</translation>
    </message>
    <message>
        <source>这名志愿者还有 {n} 条已审核的记录（服务、培训、表彰或评价）没有交给城市平台（依法须录入平台）。请先同步（或导出待上传记录手工上传）后再删除个人信息。</source>
        <translation>This volunteer still has {n} approved records (service, training, awards or evaluations) not yet sent to the city platform (the law requires them to be entered there). Sync first (or export the records waiting to upload and upload them by hand), then delete the personal data.</translation>
    </message>
    <message>
        <source>恢复备份后重新执行删除（删除发生在备份之后）</source>
        <translation>Deleted again after a backup was restored (the deletion happened after the backup)</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation>Volunteer number</translation>
    </message>
    <message>
        <source>{what}已登记：{name}（名册编号 {id}），请打开已有记录，不要重复录入</source>
        <translation>{what} is registered already: {name} (roster number {id}); open the existing record instead of entering it again</translation>
    </message>
    <message>
        <source>修改已登记志愿者的证件号码</source>
        <translation>Change a registered volunteer&apos;s ID number</translation>
    </message>
    <message>
        <source>这名志愿者的个人信息已按本人要求删除，不能再修改或恢复在册</source>
        <translation>This volunteer&apos;s personal data was deleted at their request: it can no longer be changed or reactivated</translation>
    </message>
    <message>
        <source>未满 14 岁</source>
        <translation>under 14</translation>
    </message>
    <message>
        <source>14–17 岁</source>
        <translation>14–17</translation>
    </message>
    <message>
        <source>18–34 岁</source>
        <translation>18–34</translation>
    </message>
    <message>
        <source>35–59 岁</source>
        <translation>35–59</translation>
    </message>
    <message>
        <source>60–69 岁</source>
        <translation>60–69</translation>
    </message>
    <message>
        <source>70 岁及以上</source>
        <translation>70 and over</translation>
    </message>
    <message>
        <source>个人信息处理告知（附儿童个人信息处理规则）已保存到 {path}</source>
        <translation>Personal data notice (with the rules for children&apos;s personal data) saved to {path}</translation>
    </message>
    <message>
        <source>个人信息处理告知已保存到 {path}</source>
        <translation>Personal data notice saved to {path}</translation>
    </message>
    <message>
        <source>没有超过保留期限的信息（停用后保留 {months} 个月）</source>
        <translation>No data is past the retention period (kept {months} months after deactivation)</translation>
    </message>
    <message>
        <source>停用后超过 {months} 个月、仍存有以下信息的志愿者 {count} 名：</source>
        <translation>{count} volunteers deactivated more than {months} months ago still have this data:</translation>
    </message>
    <message>
        <source>停用于 {day}</source>
        <translation>deactivated on {day}</translation>
    </message>
    <message>
        <source>确认删除请运行：station-app retention --erase</source>
        <translation>To delete it, run: station-app retention --erase</translation>
    </message>
    <message>
        <source>已删除 {count} 名志愿者超过保留期限的信息（记入操作日志）</source>
        <translation>Deleted the data past the retention period of {count} volunteers (written to the audit log)</translation>
    </message>
</context>
<context>
    <name>shifts</name>
    <message>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>每周</source>
        <translation>Every week on</translation>
    </message>
    <message>
        <source>星期“{p}”应为 1 到 7（1 为周一，7 为周日）</source>
        <translation>The weekday “{p}” should be 1 to 7 (1 is Monday, 7 Sunday)</translation>
    </message>
    <message>
        <source>请选择每周哪几天</source>
        <translation>Choose the weekdays</translation>
    </message>
    <message>
        <source>班次结束时间必须晚于开始时间</source>
        <translation>A shift must end after it starts</translation>
    </message>
    <message>
        <source>人数上限至少为 1；不限人数请留空</source>
        <translation>The most people is at least 1; leave empty for no limit</translation>
    </message>
    <message>
        <source>设置班次</source>
        <translation>Set up shifts</translation>
    </message>
    <message>
        <source>重复截止日期 {b} 早于开始日期 {a}</source>
        <translation>The repeat-until date {b} is before the start date {a}</translation>
    </message>
    <message>
        <source>重复班次最长一年，请把截止日期提前</source>
        <translation>Repeating shifts run a year at most: choose an earlier end date</translation>
    </message>
    <message>
        <source>{a} 至 {b} 之间没有{w}</source>
        <translation>There is no {w} between {a} and {b}</translation>
    </message>
    <message>
        <source>修改班次</source>
        <translation>Edit shift</translation>
    </message>
    <message>
        <source>{d} 的班次已有 {n} 人报名，多于新的人数上限 {cap}</source>
        <translation>{n} people already signed up for the shift on {d}, more than the new limit of {cap}</translation>
    </message>
    <message>
        <source>{w}，{a} 至 {b}</source>
        <translation>{w}, {a} to {b}</translation>
    </message>
    <message>
        <source>一个班次最长 24 小时</source>
        <translation>A shift is at most 24 hours</translation>
    </message>
    <message>
        <source>{name} 已报名这个班次</source>
        <translation>{name} has signed up for this shift already</translation>
    </message>
    <message>
        <source>班次已满（{n}/{cap} 人）。如确需加入，请选择“超员加入”并注明原因</source>
        <translation>The shift is full ({n}/{cap} people). If they really must join, choose “Add beyond the limit” and give the reason</translation>
    </message>
    <message>
        <source>超员加入须注明原因</source>
        <translation>Adding beyond the limit needs a reason</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>已有同名的工作人员账号</source>
        <translation>A staff account with this name exists already</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>未知角色</source>
        <translation>Unknown role</translation>
    </message>
    <message>
        <source>本站已有工作人员账号，请由站长在“设置 → 工作人员账号”中添加</source>
        <translation>This station has staff accounts already: the station manager adds more in “Settings → Staff accounts”</translation>
    </message>
    <message>
        <source>管理工作人员账号</source>
        <translation>Manage staff accounts</translation>
    </message>
    <message>
        <source>不能停用最后一个站长账号</source>
        <translation>The last station manager account cannot be deactivated</translation>
    </message>
    <message>
        <source>不能取消最后一个站长账号的站长角色</source>
        <translation>The last station manager account cannot lose the station manager role</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>原密码不对</source>
        <translation>The old password is wrong</translation>
    </message>
    <message>
        <source>重设其他工作人员的密码</source>
        <translation>Reset another staff member&apos;s password</translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{s} 秒</source>
        <translation>{s} seconds</translation>
    </message>
    <message>
        <source>姓名或密码不对</source>
        <translation>Wrong name or password</translation>
    </message>
    <message>
        <source>这个账号已停用，请联系站长</source>
        <translation>This account is deactivated: ask the station manager</translation>
    </message>
    <message>
        <source>密码错误次数过多，请 {wait}后再试</source>
        <translation>Too many wrong passwords: try again in {wait}</translation>
    </message>
    <message>
        <source>姓名或密码不对（再错 {n} 次，账号需要等待后才能再试）</source>
        <translation>Wrong name or password ({n} more wrong tries and the account must wait before trying again)</translation>
    </message>
    <message>
        <source>站长（管理员）</source>
        <translation>Station manager (administrator)</translation>
    </message>
    <message>
        <source>没有名为“{name}”的工作人员账号</source>
        <translation>There is no staff account named “{name}”</translation>
    </message>
    <message>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <source>站长</source>
        <translation>Station manager</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>最近登录：{when}</source>
        <translation>last login: {when}</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <source>已添加工作人员账号：{name}（{role}）</source>
        <translation>Staff account added: {name} ({role})</translation>
    </message>
    <message>
        <source>已重设 {name} 的密码，错误次数已清零</source>
        <translation>Password of {name} reset; wrong tries cleared</translation>
    </message>
    <message>
        <source>已恢复启用：{name}</source>
        <translation>Enabled again: {name}</translation>
    </message>
    <message>
        <source>已停用：{name}</source>
        <translation>Disabled: {name}</translation>
    </message>
    <message>
        <source>只有站长（管理员）可以{what}。当前登录：{name}（{role}）</source>
        <translation>Only the station manager (administrator) may do this: {what}. Logged in: {name} ({role})</translation>
    </message>
    <message>
        <source>只有站长（管理员）可以进行这项操作。当前登录：{name}（{role}）</source>
        <translation>Only the station manager (administrator) may do this. Logged in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>数据库 {path} 已损坏，或不是 Station Desk 数据库（完整性检查未通过：{problem}）。</source>
        <translation>The database {path} is damaged, or not a Station Desk database (the integrity check failed: {problem}).</translation>
    </message>
    <message>
        <source>可以从最近一份完好的备份恢复：{backup}</source>
        <translation>It can be restored from the latest sound backup: {backup}</translation>
    </message>
    <message>
        <source>数据文件夹中没有可用的备份。请联系技术支持，或用 --data-dir 选择其他文件夹。</source>
        <translation>The data folder holds no usable backup. Contact technical support, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>无法使用数据文件夹 {path}：{reason}</source>
        <translation>Cannot use the data folder {path}: {reason}</translation>
    </message>
    <message>
        <source>Station Desk 无法启动</source>
        <translation>Station Desk cannot start</translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>是否用这份备份替换损坏的数据库？损坏的数据库会另存到 backups 文件夹，不会删除。</source>
        <translation>Replace the damaged database with this backup? The damaged database is kept in the backups folder, never deleted.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>station</name>
    <message>
        <source>字号只能是 标准、大 或 特大</source>
        <translation>The text size can only be 标准 (standard), 大 (large) or 特大 (extra large)</translation>
    </message>
    <message>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>站点编码</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>出具单位</source>
        <translation>Issuing organisation</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>只能包含字母、数字和短横线，2 到 32 位，例如 BJ-CY-0001</source>
        <translation>Letters, digits and dashes only, 2 to 32 characters, e.g. BJ-CY-0001</translation>
    </message>
    <message>
        <source>请填写座机或手机号码，例如 010-85551234</source>
        <translation>Enter a landline or mobile number, e.g. 010-85551234</translation>
    </message>
    <message>
        <source>修改站点信息</source>
        <translation>Edit station profile</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>尚未填写站点信息：请用 station-app profile set 填写</source>
        <translation>The station profile has not been filled in yet: fill it in with station-app profile set</translation>
    </message>
    <message>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>值班员（命令行经办人）：{name}</source>
        <translation>Duty officer (issuing officer on the command line): {name}</translation>
    </message>
    <message>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>请至少给出一项，例如 --name 朝阳门社区志愿服务站</source>
        <translation>Give at least one field, for example --name &quot;Riverside Community Volunteer Station&quot;</translation>
    </message>
    <message>
        <source>{option}（{label}）</source>
        <translation>{option} ({label})</translation>
    </message>
    <message>
        <source>首次填写站点信息须给出全部六项，还缺：{missing}</source>
        <translation>The first time, the station profile needs all six fields; still missing: {missing}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已保存站点信息：{name}（{code}）</source>
        <translation>Station profile saved: {name} ({code})</translation>
    </message>
    <message>
        <source>请给出值班员姓名，例如 station-app profile operator 刘经办</source>
        <translation>Give the duty officer&apos;s name, for example station-app profile operator &quot;Liu Ming&quot;</translation>
    </message>
    <message>
        <source>已设置值班员：{name}（命令行出具证明时为经办人）</source>
        <translation>Duty officer set: {name} (the issuing officer on certificates issued from the command line)</translation>
    </message>
    <message>
        <source>已于 {at} 吊销</source>
        <translation>revoked at {at}</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>文件导入</source>
        <translation>imported from a file</translation>
    </message>
    <message>
        <source>平台同步</source>
        <translation>synced from the platform</translation>
    </message>
    <message>
        <source>本站</source>
        <translation>this station</translation>
    </message>
    <message>
        <source>已导出 {count} 把公钥到 {path}</source>
        <translation>Exported {count} public keys to {path}</translation>
    </message>
    <message>
        <source>已导入：新增 {added} 把，吊销 {revoked} 把，已有 {unchanged} 把</source>
        <translation>Imported: {added} new keys, {revoked} revoked, {unchanged} already known</translation>
    </message>
    <message>
        <source>--at 应为带时区的时间，如 2026-12-01T08:00:00+08:00：{at}</source>
        <translation>--at should be a time with a time zone, like 2026-12-01T08:00:00+08:00: {at}</translation>
    </message>
    <message>
        <source>已吊销密钥 {key}（自 {at} 起）：{reason}</source>
        <translation>Key {key} revoked (from {at}): {reason}</translation>
    </message>
    <message>
        <source>已生成新密钥 {key}；原密钥已吊销</source>
        <translation>New key {key} made; the old key is revoked</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>平台地址无效：{url}（应以 https:// 开头）</source>
        <translation>The platform address is not valid: {url} (it should start with https://)</translation>
    </message>
    <message>
        <source>平台地址必须使用 https://（只有本机测试地址可以用 http://）：{url}</source>
        <translation>The platform address must use https:// (only an address on this PC, for testing, may use http://): {url}</translation>
    </message>
    <message>
        <source>未设置平台令牌（token）</source>
        <translation>No platform token set</translation>
    </message>
    <message>
        <source>未设置站点编码</source>
        <translation>No station code set</translation>
    </message>
    <message>
        <source>平台的回答不是这一批的确认（可能是网络认证页面），稍后重发</source>
        <translation>The platform&apos;s answer does not confirm this batch (perhaps a network log-in page): it will be sent again later</translation>
    </message>
    <message>
        <source>平台的确认与发送的条目不对应，稍后重发</source>
        <translation>The platform&apos;s confirmation does not match the items sent: it will be sent again later</translation>
    </message>
    <message>
        <source>等待平台回答超时</source>
        <translation>No answer from the platform in time</translation>
    </message>
    <message>
        <source>连不上平台：{reason}</source>
        <translation>Cannot reach the platform: {reason}</translation>
    </message>
    <message>
        <source>找不到平台服务器（域名解析失败）</source>
        <translation>The platform server cannot be found (the name did not resolve)</translation>
    </message>
    <message>
        <source>平台拒绝连接</source>
        <translation>The platform refused the connection</translation>
    </message>
    <message>
        <source>平台令牌错误或已被吊销：同步已停止，所有记录都保留在本机。请在“设置 → 平台同步”中填写新的令牌。</source>
        <translation>The platform token is wrong or has been revoked: syncing has stopped, and every record stays on this computer. Enter a new token in “Settings → Platform sync”.</translation>
    </message>
    <message>
        <source>这个令牌不属于本站点：同步已停止，所有记录都保留在本机。请核对站点编码和令牌。</source>
        <translation>This token does not belong to this station: syncing has stopped, and every record stays on this computer. Check the station code and the token.</translation>
    </message>
    <message>
        <source>平台已不支持本程序的同步协议版本：同步已停止，记录都保留在本机。请升级 Station Desk。</source>
        <translation>The platform no longer supports this program&apos;s sync protocol version: syncing has stopped, and the records stay on this computer. Upgrade Station Desk.</translation>
    </message>
    <message>
        <source>平台上找不到这个站点或接口：同步已停止。请核对平台地址和站点编码。</source>
        <translation>The platform does not know this station or address: syncing has stopped. Check the platform address and the station code.</translation>
    </message>
    <message>
        <source>平台地址被转到了 {host}（可能需要先登录网络），稍后重试</source>
        <translation>The platform address was redirected to {host} (perhaps the network needs a log-in first): will try again later</translation>
    </message>
    <message>
        <source>收到的不是平台的回答（可能是 Wi-Fi 认证页面），稍后重试</source>
        <translation>The answer is not the platform&apos;s (perhaps a Wi-Fi log-in page): will try again later</translation>
    </message>
    <message>
        <source>平台繁忙</source>
        <translation>The platform is busy</translation>
    </message>
    <message>
        <source>平台拒收这一批（HTTP {status}）</source>
        <translation>The platform refused this batch (HTTP {status})</translation>
    </message>
    <message>
        <source>平台出错（HTTP {status}），稍后重试</source>
        <translation>The platform had an error (HTTP {status}): will try again later</translation>
    </message>
    <message>
        <source>网络需要先登录（平台地址被转到了认证页面）：请先在浏览器中完成上网认证，再测试连接。</source>
        <translation>The network needs a log-in first (the platform address was redirected to a log-in page): log in to the network in a browser, then test the connection again.</translation>
    </message>
    <message>
        <source>收到的不是平台的回答（可能是 Wi-Fi 认证页面，或地址填成了网站首页）：请先完成上网认证并核对平台地址。</source>
        <translation>The answer is not the platform&apos;s (perhaps a Wi-Fi log-in page, or the address of a web site&apos;s home page): log in to the network first and check the platform address.</translation>
    </message>
    <message>
        <source>连不上平台：{why}。请核对平台地址和这台电脑的网络。</source>
        <translation>Cannot reach the platform: {why}. Check the platform address and this PC&apos;s network.</translation>
    </message>
    <message>
        <source>平台出错（HTTP {status}）：{why}</source>
        <translation>The platform had an error (HTTP {status}): {why}</translation>
    </message>
    <message>
        <source>未设置站点编码：请填写平台上的站点编码</source>
        <translation>No station code set: enter the station&apos;s code on the platform</translation>
    </message>
    <message>
        <source>这个地址上没有城市平台的接口：请核对平台地址（只填到域名，如 https://vol.example.cn）。</source>
        <translation>There is no city platform interface at this address: check the platform address (the domain only, e.g. https://vol.example.cn).</translation>
    </message>
    <message>
        <source>平台使用协议版本 {v}，本程序使用版本 {mine}：请升级 Station Desk，或核对平台地址。</source>
        <translation>The platform uses protocol version {v}, this program version {mine}: upgrade Station Desk, or check the platform address.</translation>
    </message>
    <message>
        <source>平台可以连通，但还没有填写平台令牌：请填写平台发给本站的令牌。</source>
        <translation>The platform can be reached, but no platform token is entered: enter the token the platform gave this station.</translation>
    </message>
    <message>
        <source>平台可以连通，但令牌错误或已被吊销：请向平台索取本站的新令牌。</source>
        <translation>The platform can be reached, but the token is wrong or revoked: ask the platform for a new token for this station.</translation>
    </message>
    <message>
        <source>这个令牌属于另一个站点，不是站点 {station} 的：请核对站点编码和令牌。</source>
        <translation>This token belongs to another station, not to station {station}: check the station code and the token.</translation>
    </message>
    <message>
        <source>平台上没有站点 {station}：请核对站点编码。</source>
        <translation>The platform has no station {station}: check the station code.</translation>
    </message>
    <message>
        <source>连接正常：平台已认出本站“{name}”（{station}）。</source>
        <translation>Connection works: the platform recognised this station “{name}” ({station}).</translation>
    </message>
    <message>
        <source>本机时钟比平台{dir} {minutes} 分钟，请校准电脑时间（记录照常上传）。</source>
        <translation>This PC&apos;s clock is {minutes} minutes {dir} the platform&apos;s: set the PC&apos;s time right (records are uploaded as usual).</translation>
    </message>
    <message>
        <source>快</source>
        <translation>ahead of</translation>
    </message>
    <message>
        <source>慢</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>另一个同步正在进行（可能在另一个窗口或计划任务中），请稍后再试</source>
        <translation>Another sync is running (perhaps in another window or a scheduled task): try again shortly</translation>
    </message>
    <message>
        <source>同步已停止</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <source>同步已取消</source>
        <translation>Sync cancelled</translation>
    </message>
    <message>
        <source>平台暂时无法连接：{reason}。记录都保留在本机，下次同步会继续。</source>
        <translation>The platform cannot be reached just now: {reason}. Every record stays on this PC; the next sync carries on.</translation>
    </message>
    <message>
        <source>平台繁忙，要求 {n} 秒后再试。记录都保留在本机。</source>
        <translation>The platform is busy and asks to try again in {n} seconds. Every record stays on this PC.</translation>
    </message>
    <message>
        <source>保存平台确认时出错（{reason}）；下次同步会重发同一批次，不会重复。</source>
        <translation>Saving the platform&apos;s confirmation failed ({reason}); the next sync sends the same batch again, without duplicates.</translation>
    </message>
    <message>
        <source>单条记录超过平台允许的大小</source>
        <translation>A single record is larger than the platform allows</translation>
    </message>
    <message>
        <source>平台拒收了一批记录（HTTP {status}：{message}），已暂停这一批，其余照常上传。</source>
        <translation>The platform refused a batch of records (HTTP {status}: {message}); that batch is paused, the rest upload as usual.</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>导出含完整证件号码的待上传记录</source>
        <translation>Export records waiting to upload, with full ID numbers</translation>
    </message>
    <message>
        <source>待上传服务记录</source>
        <translation>Service records waiting to upload</translation>
    </message>
    <message>
        <source>标记记录已手工上传</source>
        <translation>Mark records as uploaded by hand</translation>
    </message>
    <message>
        <source>尚未设置平台地址：请在“设置 → 平台同步”中填写，或用 --url 指定。没有平台时可以导出待上传记录，手工上传。</source>
        <translation>No platform address set: enter it in “Settings → Platform sync”, or give --url. Without a platform, export the records waiting to upload and upload them by hand.</translation>
    </message>
    <message>
        <source>修改平台同步设置</source>
        <translation>Change the platform sync settings</translation>
    </message>
    <message>
        <source>自动同步间隔至少 1 分钟</source>
        <translation>Sync at least every minute</translation>
    </message>
    <message>
        <source>找不到 CA 证书文件：{path}</source>
        <translation>CA certificate file not found: {path}</translation>
    </message>
    <message>
        <source>读不了 CA 证书文件 {path}：{why}。请在“设置 → 平台同步”中重新选择 PEM 格式的根证书文件。</source>
        <translation>Cannot read the CA certificate file {path}: {why}. Choose the root certificate file (PEM) again in “Settings → Platform sync”.</translation>
    </message>
    <message>
        <source>证书已过期：平台的证书已过有效期（也请核对这台电脑的日期和时间是否正确）。请联系平台运维方更新证书。</source>
        <translation>Certificate expired: the platform&apos;s certificate is out of date (also check this PC&apos;s date and time). Ask the platform&apos;s operators to renew it.</translation>
    </message>
    <message>
        <source>证书与地址不符：平台证书上的名称与所填的平台地址不一致。请核对“设置 → 平台同步”中的地址（是否写成了 IP 地址，或少了、多了一段域名）。</source>
        <translation>Certificate does not match the address: the name on the platform&apos;s certificate differs from the platform address entered. Check the address in “Settings → Platform sync” (an IP address instead of the name, or a part of the domain missing or extra?).</translation>
    </message>
    <message>
        <source>平台证书不受信任：这台电脑不认识给平台证书签名的机构（自建或政务 CA，或单位网络在检查加密流量）。请让信息管理员把城市平台的根证书装进系统证书库，或在“设置 → 平台同步”中选择 CA 证书文件。</source>
        <translation>Platform certificate not trusted: this PC does not know the authority that signed it (an in-house or government CA, or a network inspecting encrypted traffic). Ask the IT administrator to install the city platform&apos;s root certificate in the system&apos;s certificate store, or choose the CA certificate file in “Settings → Platform sync”.</translation>
    </message>
    <message>
        <source>与平台建立加密连接失败（{what}）：请核对平台地址，或联系平台运维方。</source>
        <translation>The encrypted connection to the platform failed ({what}): check the platform address, or contact the platform&apos;s operators.</translation>
    </message>
    <message>
        <source>平台拒绝登记本站密钥 {key}：{message}</source>
        <translation>The platform refused to register this station&apos;s key {key}: {message}</translation>
    </message>
    <message>
        <source>吊销</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>平台返回的密钥列表格式不对，已跳过</source>
        <translation>The key list from the platform is in the wrong format; skipped</translation>
    </message>
    <message>
        <source>平台的密钥列表未能导入：{reason}</source>
        <translation>The platform&apos;s key list could not be imported: {reason}</translation>
    </message>
    <message>
        <source>审计日志第 {seq} 条与平台见证的不一致：日志在平台见证后被改写过，请检查（station-app audit verify）</source>
        <translation>Audit log entry {seq} differs from what the platform witnessed: the log was rewritten after the platform witnessed it; please check (station-app audit verify)</translation>
    </message>
    <message>
        <source>未能取回平台见证的审计锚点：{reason}</source>
        <translation>Could not fetch the audit anchors the platform witnessed: {reason}</translation>
    </message>
    <message>
        <source>被投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>错误：{message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>注意：{warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>同步完成：发送 {batches} 批，平台接收 {accepted} 条，已有 {duplicates} 条，拒收 {rejected} 条；登记证明 {certificates} 份；名册变更 {pulled} 人；仍待上传 {pending} 条。</source>
        <translation>Sync done: {batches} batches sent, {accepted} records accepted by the platform, {duplicates} already there, {rejected} refused; {certificates} certificates registered; roster changes for {pulled} people; {pending} still waiting to upload.</translation>
    </message>
    <message>
        <source>平台拒收、待更正的记录 {n} 条：</source>
        <translation>{n} records refused by the platform, waiting for correction:</translation>
    </message>
    <message>
        <source>{volunteer} {what}：{message}（{code}）</source>
        <translation>{volunteer} {what}: {message} ({code})</translation>
    </message>
    <message>
        <source>已保存平台同步设置和令牌</source>
        <translation>Platform sync settings and token saved</translation>
    </message>
    <message>
        <source>已保存平台同步设置</source>
        <translation>Platform sync settings saved</translation>
    </message>
    <message>
        <source>已导出待上传记录 {n} 条：{path}</source>
        <translation>Exported {n} records waiting to upload: {path}</translation>
    </message>
    <message>
        <source>已标记为手工上传：{n} 条</source>
        <translation>Marked as uploaded by hand: {n}</translation>
    </message>
</context>
<context>
    <name>volunteer</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation>Volunteer number</translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>技能/标签</source>
        <translation>Skills/tags</translation>
    </message>
    <message>
        <source>监护人姓名</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <source>监护人电话</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>告知同意日期</source>
        <translation>Informed consent date</translation>
    </message>
    <message>
        <source>告知版本</source>
        <translation>Notice version</translation>
    </message>
    <message>
        <source>监护人单独同意日期</source>
        <translation>Guardian&apos;s separate consent date</translation>
    </message>
    <message>
        <source>单独同意的监护人</source>
        <translation>Guardian who consented separately</translation>
    </message>
    <message>
        <source>儿童信息规则版本</source>
        <translation>Children&apos;s data rules version</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>不能超过 40 个字</source>
        <translation>At most 40 characters</translation>
    </message>
    <message>
        <source>只能包含汉字、字母、空格和间隔号 ·，不能有数字或其他符号</source>
        <translation>Chinese characters, letters, spaces and the middle dot · only: no digits or other symbols</translation>
    </message>
    <message>
        <source>请选择证件类型</source>
        <translation>Choose the ID type</translation>
    </message>
    <message>
        <source>请选择男或女</source>
        <translation>Choose male or female</translation>
    </message>
    <message>
        <source>不能晚于今天</source>
        <translation>Cannot be after today</translation>
    </message>
    <message>
        <source>只能包含字母、数字和短横线，4 到 32 位</source>
        <translation>Letters, digits and dashes only, 4 to 32 characters</translation>
    </message>
    <message>
        <source>未满 18 周岁的志愿者须登记监护人姓名</source>
        <translation>Volunteers under 18 need a guardian&apos;s name</translation>
    </message>
    <message>
        <source>未满 18 周岁的志愿者须登记监护人电话</source>
        <translation>Volunteers under 18 need a guardian&apos;s phone</translation>
    </message>
    <message>
        <source>请填写告知同意的日期</source>
        <translation>Enter the date of the informed consent</translation>
    </message>
    <message>
        <source>未满 14 周岁，须由监护人阅读个人信息告知并同意后才能保存</source>
        <translation>Under 14: the guardian must read the personal data notice and agree before this can be saved</translation>
    </message>
    <message>
        <source>未满 14 周岁：须由监护人阅读《儿童个人信息处理规则》并单独同意，填写同意日期</source>
        <translation>Under 14: the guardian must read the 《儿童个人信息处理规则》 (rules for children&apos;s personal data) and give separate consent; fill in the date of consent</translation>
    </message>
    <message>
        <source>状态无效</source>
        <translation>Invalid status</translation>
    </message>
    <message>
        <source>技能/标签和备注不是必须登记的信息，须经本人同意；请勾选“本人同意登记”，或清空这两项</source>
        <translation>Skills/tags and notes are optional and need the volunteer&apos;s consent: tick “The volunteer agrees”, or clear both</translation>
    </message>
</context>
<context>
    <name>volunteer_record</name>
    <message>
        <source>没有经办人：请用 --handler 姓名 指明，或先用 station-app profile operator 姓名 设置值班员</source>
        <translation>No issuing officer: name one with --handler NAME, or first set the duty officer with station-app profile operator NAME</translation>
    </message>
    <message>
        <source>出具个人志愿服务记录</source>
        <translation>Issue personal volunteer service record</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>平台志愿者编号</source>
        <translation>Platform volunteer ID</translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>个人志愿服务记录</source>
        <translation>Personal volunteer service record</translation>
    </message>
    <message>
        <source>出具单位：{station}&#x3000;&#x3000;经办人：{who}&#x3000;&#x3000;日期：{day}</source>
        <translation>Issued by: {station}&#x3000;&#x3000;Issuing officer: {who}&#x3000;&#x3000;Date: {day}</translation>
    </message>
    <message>
        <source>培训时长单独记录，不计入志愿服务时长。本记录依《志愿服务条例》第十九条记载，亦供本人查阅、复制。</source>
        <translation>Training hours are recorded separately and do not count toward service hours. This record is kept under Article 19 of the 《志愿服务条例》 (Regulations on Volunteer Service), and the volunteer may also view and copy it.</translation>
    </message>
    <message>
        <source>第 {n} 页</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>已出具个人志愿服务记录：{path}（证件号码完整显示）</source>
        <translation>Personal volunteer service record issued: {path} (ID numbers in full)</translation>
    </message>
    <message>
        <source>已出具个人志愿服务记录：{path}（证件号码已隐去中间位）</source>
        <translation>Personal volunteer service record issued: {path} (middle digits of ID numbers hidden)</translation>
    </message>
    <message>
        <source>只能输出为 .pdf 或 .xlsx 文件：{path}</source>
        <translation>Can only write a .pdf or .xlsx file: {path}</translation>
    </message>
    <message>
        <source>文件夹不存在：{folder}</source>
        <translation>The folder does not exist: {folder}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>备份完成</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <source>已备份到 {path}（完整性检查通过）。</source>
        <translation>Backed up to {path} (integrity check passed).</translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>备份没有完成：{reason}</source>
        <translation>The backup did not finish: {reason}</translation>
    </message>
    <message>
        <source>把数据库备份到 U 盘等其他位置</source>
        <translation>Back up the database to a USB stick or another place</translation>
    </message>
    <message>
        <source>不能备份到其他位置</source>
        <translation>Cannot back up to another place</translation>
    </message>
    <message>
        <source>已加密备份到 {path}（完整性检查通过）。恢复时需要这个口令。</source>
        <translation>Encrypted backup made at {path} (integrity check passed). Restoring it needs this passphrase.</translation>
    </message>
</context>
</TS>
