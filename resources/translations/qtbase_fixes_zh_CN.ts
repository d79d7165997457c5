<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that Qt 6.8-6.11's qtbase_zh_CN.qm does not translate (their source text
     changed, e.g. "Look in:" became "&Look in:"), in the dialogs Station Desk shows: the file dialog
     and the print dialog. Loaded after qtbase_zh_CN by gui/app.py; compiled to .qm by setup.py, the PyInstaller
     spec, and at the window's start from a checkout (station_app/translation_files.py) -->
<TS version="2.1" language="zh_CN">
<context><name>QFileDialog</name>
<message><source>&amp;Look in:</source><translation>查找范围(&amp;L)：</translation></message>
<message><source>Files of &amp;type:</source><translation>文件类型(&amp;T)：</translation></message>
</context>
<context><name>QCupsJobWidget</name>
<message><source>&amp;Billing information:</source><translation>计费信息(&amp;B)：</translation></message>
<message><source>&amp;Start:</source><translation>开始(&amp;S)：</translation></message>
<message><source>&amp;End:</source><translation>结束(&amp;E)：</translation></message>
<message><source>Job &amp;priority:</source><translation>任务优先级(&amp;P)：</translation></message>
<message><source>Scheduled &amp;printing:</source><translation>定时打印(&amp;P)：</translation></message>
</context>
<context><name>QPageSetupWidget</name>
<message><source>Page &amp;order:</source><translation>页面顺序(&amp;O)：</translation></message>
<message><source>Pages &amp;per sheet:</source><translation>每张纸的页数(&amp;P)：</translation></message>
</context>
<context><name>QPrintSettingsOutput</name>
<message><source>Page &amp;Set:</source><translation>打印页面(&amp;S)：</translation></message>
</context>
<context><name>QErrorMessage</name>
<message><source>An error occurred</source><translation>发生错误</translation></message>
</context>
</TS>
