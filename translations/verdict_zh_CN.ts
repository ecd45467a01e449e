<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiagnosticLayer</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>SubmissionHistory</name>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Skipped %1: unreadable or damaged</source>
        <translation>已跳过 %1：无法读取或已损坏</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>not valid JSON (%1 at byte %2); it may be truncated</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）；文件可能被截断</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>its contents do not match its name</source>
        <translation>内容与名称不符</translation>
    </message>
    <message>
        <source>the text does not match its checksum</source>
        <translation>文本与校验和不符</translation>
    </message>
    <message>
        <source>it has no list of tests</source>
        <translation>缺少测试列表</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>Skipped %1: not valid JSON; the session starts afresh</source>
        <translation>已跳过 %1：不是有效的 JSON；会话将重新开始</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>verdict::app</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot zip %1: %2</source>
        <translation>无法压缩 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>上传 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>无法创建临时目录：%1</translation>
    </message>
    <message>
        <source>No problems found in %1</source>
        <translation>在 %1 中未找到题目</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset): starting the local judge alone.</source>
        <translation>未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）：仅启动本地评测机。</translation>
    </message>
    <message>
        <source>the local judge listens at %1 (user admin, password in %2/admin-password); Ctrl+C stops it.</source>
        <translation>本地评测机正在监听 %1（用户 admin，密码见 %2/admin-password）；按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Time %1 s</source>
        <translation>时间 %1 秒</translation>
    </message>
    <message>
        <source>Memory %1 MiB</source>
        <translation>内存 %1 MiB</translation>
    </message>
    <message>
        <source>Output %1 MiB</source>
        <translation>输出 %1 MiB</translation>
    </message>
    <message>
        <source>Code %1 KiB</source>
        <translation>代码 %1 KiB</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>交互题</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>计分题</translation>
    </message>
    <message>
        <source>*This problem has no statement.*</source>
        <translation>*此题没有题面。*</translation>
    </message>
    <message>
        <source>*The statement is in %1 format, which this view does not show yet.*</source>
        <translation>*题面为 %1 格式，此视图暂不支持显示。*</translation>
    </message>
    <message>
        <source>to use it from a shell: verdict login --server %1 --user admin, then verdict problems, verdict submit --problem NAME FILE.</source>
        <translation>在终端中使用：verdict login --server %1 --user admin，然后 verdict problems、verdict submit --problem 名称 文件。</translation>
    </message>
</context>
<context>
    <name>verdict::app::CompileLogView</name>
    <message>
        <source>The compiler&apos;s messages appear here after a compile error.</source>
        <translation>发生编译错误后，编译器的信息将显示在这里。</translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>转到第 %1 行</translation>
    </message>
</context>
<context>
    <name>verdict::app::ConnectionIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>verdict::app::LocalServer</name>
    <message>
        <source>Login failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>无法创建数据目录 %1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>Starting the local judge…</source>
        <translation>正在启动本地评测机…</translation>
    </message>
    <message>
        <source>The local judge stopped at start (exit status %1):
%2</source>
        <translation>本地评测机启动时退出（退出状态 %1）：
%2</translation>
    </message>
    <message>
        <source>The local judge did not start listening within %1 s.</source>
        <translation>本地评测机在 %1 秒内未开始监听。</translation>
    </message>
    <message>
        <source>Loading the example problems…</source>
        <translation>正在加载示例题目…</translation>
    </message>
    <message>
        <source>Some example problems are missing: %1</source>
        <translation>部分示例题目缺失：%1</translation>
    </message>
</context>
<context>
    <name>verdict::app::MainWindow</name>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>提交记录</translation>
    </message>
    <message>
        <source>Compile output</source>
        <translation>编译输出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>评测(&amp;J)</translation>
    </message>
    <message>
        <source>Submit the code to the judge (%1)</source>
        <translation>将代码提交到评测机（%1）</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous problem</source>
        <translation>上一题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Next &amp;error</source>
        <translation>下一个错误(&amp;E)</translation>
    </message>
    <message>
        <source>Lost the events of submission %1: %2</source>
        <translation>提交 %1 的事件丢失：%2</translation>
    </message>
    <message>
        <source>Request “%1” failed: %2</source>
        <translation>请求“%1”失败：%2</translation>
    </message>
    <message>
        <source>Local judge at %1</source>
        <translation>本地评测机：%1</translation>
    </message>
    <message>
        <source>The local judge is not running</source>
        <translation>本地评测机未运行</translation>
    </message>
    <message>
        <source>The local judge could not be started.</source>
        <translation>无法启动本地评测机。</translation>
    </message>
    <message>
        <source>Not connected to a judge.</source>
        <translation>未连接到评测机。</translation>
    </message>
    <message>
        <source>Choose a problem first.</source>
        <translation>请先选择题目。</translation>
    </message>
    <message>
        <source>Choose a language first.</source>
        <translation>请先选择语言。</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Submission %1: %2</source>
        <translation>提交 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Select next &amp;occurrence</source>
        <translation>选择下一个匹配项(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Go to line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>行号（1–%1）：</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>The code of submission %1 is in the editor (Ctrl+Z brings yours back).</source>
        <translation>提交 %1 的代码已放入编辑器（按 Ctrl+Z 可恢复你的代码）。</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Some saved work was damaged</source>
        <translation>部分已保存的工作已损坏</translation>
    </message>
    <message>
        <source>These saved files could not be read and were left out; everything else was restored:

%1</source>
        <translation>以下已保存的文件无法读取，已被跳过；其余内容均已恢复：

%1</translation>
    </message>
    <message>
        <source>Could not keep a copy of submission %1: %2</source>
        <translation>无法保留提交 %1 的副本：%2</translation>
    </message>
    <message>
        <source>Some of your work could not be saved: see the messages.</source>
        <translation>你的部分工作未能保存：请查看消息。</translation>
    </message>
    <message>
        <source>&amp;Connect to contest server…</source>
        <translation>连接到比赛服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back to practice (local judge)</source>
        <translation>返回练习（本地评测机）(&amp;B)</translation>
    </message>
    <message>
        <source>Verdict — practice</source>
        <translation>Verdict — 练习</translation>
    </message>
    <message>
        <source>Verdict — %1 @ %2</source>
        <translation>Verdict — %1 @ %2</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>已导入“%1”。</translation>
    </message>
    <message>
        <source>The problem was not imported</source>
        <translation>题目未导入</translation>
    </message>
    <message>
        <source>Competitive Companion sent “%1”: it is ready to practise.</source>
        <translation>Competitive Companion 发来了“%1”：可以开始练习了。</translation>
    </message>
    <message>
        <source>The PDF statement could not be shown: %1</source>
        <translation>无法显示 PDF 题面：%1</translation>
    </message>
    <message>
        <source>The local judge is ready.</source>
        <translation>本地评测机已就绪。</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>已以 %2 身份连接到 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: a source file of more than 16 MiB is not opened (no judge would take it).</source>
        <translation>%1 大小为 %2 MiB：超过 16 MiB 的源文件不会被打开（没有评测机会接受它）。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: open a source file.</source>
        <translation>%1 不是 UTF-8 文本：请打开源代码文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Open source file…</source>
        <translation>打开源文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a source file</source>
        <translation>打开源文件</translation>
    </message>
    <message>
        <source>&amp;Save source as…</source>
        <translation>源代码另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the source</source>
        <translation>保存源代码</translation>
    </message>
    <message>
        <source>Opened %1 (Ctrl+Z brings the previous code back).</source>
        <translation>已打开 %1（Ctrl+Z 可恢复之前的代码）。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>verdict::app::ProblemView</name>
    <message>
        <source>No problem</source>
        <translation>未选择题目</translation>
    </message>
    <message>
        <source>Choose a problem on the left.</source>
        <translation>请在左侧选择一道题目。</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>样例 %1</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>交互过程</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Copy interaction</source>
        <translation>复制交互过程</translation>
    </message>
    <message>
        <source>Copy input</source>
        <translation>复制输入</translation>
    </message>
    <message>
        <source>Copy output</source>
        <translation>复制输出</translation>
    </message>
</context>
<context>
    <name>verdict::app::SettingsAction</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Change the theme, the editor font, the language and other preferences</source>
        <translation>更改主题、编辑器字体、语言及其他偏好设置</translation>
    </message>
</context>
<context>
    <name>verdict::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used after Verdict restarts.</source>
        <translation>新语言将在 Verdict 重启后生效。</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source>Ta&amp;b width:</source>
        <translation>制表符宽度(&amp;B)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>自动保存延迟(&amp;A)：</translation>
    </message>
    <message>
        <source>Language of &amp;new files:</source>
        <translation>新文件的语言(&amp;N)：</translation>
    </message>
    <message>
        <source>Judge and Competitive Companion</source>
        <translation>评测与 Competitive Companion</translation>
    </message>
    <message>
        <source>As&amp;k before submitting</source>
        <translation>提交前确认(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Receive problems from Competitive Companion</source>
        <translation>接收来自 Competitive Companion 的题目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
</context>
<context>
    <name>verdict::app::SubmissionsModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Compiling</source>
        <translation>编译中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Test %1 of %2</source>
        <translation>测试 %1/%2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>答案错误</translation>
    </message>
    <message>
        <source>Time limit exceeded</source>
        <translation>超出时间限制</translation>
    </message>
    <message>
        <source>Memory limit exceeded</source>
        <translation>超出内存限制</translation>
    </message>
    <message>
        <source>Output limit exceeded</source>
        <translation>超出输出限制</translation>
    </message>
    <message>
        <source>Run-time error</source>
        <translation>运行时错误</translation>
    </message>
    <message>
        <source>Compilation error</source>
        <translation>编译错误</translation>
    </message>
    <message>
        <source>Judge error</source>
        <translation>评测机错误</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU 时间</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>verdict::app::SubmissionsPanel</name>
    <message>
        <source>All problems</source>
        <translation>全部题目</translation>
    </message>
    <message>
        <source>Open this code</source>
        <translation>打开此代码</translation>
    </message>
    <message>
        <source>Put the selected submission&apos;s code back into the editor (undoable)</source>
        <translation>将选中提交的代码放回编辑器（可撤销）</translation>
    </message>
    <message>
        <source>Show the submissions of every problem, not only this one&apos;s</source>
        <translation>显示所有题目的提交，而不仅是当前题目的</translation>
    </message>
</context>
<context>
    <name>verdict::app::SubmitConfirmation</name>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Submit your %1 solution of “%2” to the judge?</source>
        <translation>将你用 %1 编写的“%2”题解提交到评测机吗？</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ConnectDialog</name>
    <message>
        <source>Remember the server and username</source>
        <translation>记住服务器和用户名</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>Trust and pin this certificate</source>
        <translation>信任并固定此证书</translation>
    </message>
    <message>
        <source>Forget the pinned certificate</source>
        <translation>忘记已固定的证书</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connect to contest server</source>
        <translation>连接到比赛服务器</translation>
    </message>
    <message>
        <source>https://contest.example.org:8443</source>
        <translation>https://contest.example.org:8443</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>服务器 URL：</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The pinned certificate of %1 was forgotten.</source>
        <translation>已忘记 %1 的固定证书。</translation>
    </message>
    <message>
        <source>Not connected: the certificate was not trusted.</source>
        <translation>未连接：证书未被信任。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <source>%1 presents a certificate that no trusted authority signed (for example a contest server&apos;s self-signed one). Its SHA-256 fingerprint is
%2
Trust it only if it matches the fingerprint the organisers published.</source>
        <translation>%1 提供的证书未经任何受信任的机构签名（例如比赛服务器的自签名证书）。其 SHA-256 指纹为
%2
仅当它与组织者公布的指纹一致时才信任它。</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s certificate changed.</source>
        <translation>已拒绝：服务器证书已更改。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ConnectionMonitor</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>正在重新连接（第 %1 次尝试）…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ConnectionStatus</name>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message>
        <source>Server clock: %1 ms from this computer&apos;s</source>
        <translation>服务器时钟：与本机相差 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ContestClock</name>
    <message>
        <source>%1d %2:%3</source>
        <translation>%1天 %2:%3</translation>
    </message>
    <message>
        <source>%1 starts in %2</source>
        <translation>%1 将在 %2 后开始</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1：剩余 %2</translation>
    </message>
    <message>
        <source>%1 has ended</source>
        <translation>%1 已结束</translation>
    </message>
    <message>
        <source>%1
Start: %2
End: %3</source>
        <translation>%1
开始：%2
结束：%3</translation>
    </message>
</context>
<context>
    <name>verdict::app::contest::ContestConnector</name>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>服务器地址无效：%1</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Wrong username or password for %1.</source>
        <translation>%1 的用户名或密码错误。</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 未及时响应（%2）。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>A secure connection to %1 failed: %2</source>
        <translation>与 %1 建立安全连接失败：%2</translation>
    </message>
    <message>
        <source>Too many login attempts; wait a minute and try again (%1).</source>
        <translation>登录尝试次数过多；请稍等一分钟后重试（%1）。</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1 拒绝了登录：%2</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed. You pinned SHA-256 %2, but the server now presents %3. The connection was refused: this can be an attack. If the organisers announced a new certificate, remove the old pin and connect again.</source>
        <translation>%1 的证书已更改。您固定的是 SHA-256 %2，但服务器现在提供的是 %3。连接已被拒绝：这可能是一次攻击。如果组织者已公布新证书，请删除旧的固定证书后重新连接。</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the body is not a JSON object (%1)</source>
        <translation>请求体不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>the problem has no &quot;name&quot;</source>
        <translation>题目缺少 &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;tests&quot; is not a list of {input, output} strings</source>
        <translation>&quot;tests&quot; 不是由 {input, output} 字符串组成的列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-negative number</source>
        <translation>&quot;%1&quot; 不是非负数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is interactive: the local judge would need its interactor, which Competitive Companion does not send</source>
        <translation>&quot;%1&quot; 是交互题：本地评测机需要其交互器，而 Competitive Companion 不会发送交互器</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sample tests to judge with</source>
        <translation>&quot;%1&quot; 没有可用于评测的样例</translation>
    </message>
    <message>
        <source>Received from Competitive Companion. The full statement is on the original page.</source>
        <translation>接收自 Competitive Companion。完整题面请见原始页面。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>比赛：</translation>
    </message>
    <message>
        <source>The original reads the file %1; here the input comes on standard input.</source>
        <translation>原题从文件 %1 读取输入；此处输入来自标准输入。</translation>
    </message>
    <message>
        <source>The original writes the file %1; here write to standard output.</source>
        <translation>原题将输出写入文件 %1；此处请输出到标准输出。</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file.</source>
        <translation>%1 既不是文件夹也不是 .zip 文件。</translation>
    </message>
    <message>
        <source>No problem.yaml and no data/ folder in %1: it is not a problem package.</source>
        <translation>%1 中既没有 problem.yaml 也没有 data/ 文件夹：这不是题目包。</translation>
    </message>
    <message>
        <source>%1 is not a valid problem package:
%2</source>
        <translation>%1 不是有效的题目包：
%2</translation>
    </message>
    <message>
        <source>%1 has no test cases: data/sample and data/secret are empty or missing.</source>
        <translation>%1 没有测试用例：data/sample 和 data/secret 为空或不存在。</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>无法创建临时目录：%1</translation>
    </message>
    <message>
        <source>Cannot zip %1: %2</source>
        <translation>无法压缩 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s problems: %1</source>
        <translation>无法列出服务器上的题目：%1</translation>
    </message>
    <message>
        <source>A problem named &quot;%1&quot; is already on the server. Import it as &quot;%2&quot; instead?</source>
        <translation>服务器上已有名为 &quot;%1&quot; 的题目。改为以 &quot;%2&quot; 导入吗？</translation>
    </message>
    <message>
        <source>The server refused the package %1:
%2</source>
        <translation>服务器拒绝了题目包 %1：
%2</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>上传 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot fetch the statement: %1</source>
        <translation>无法获取题面：%1</translation>
    </message>
    <message>
        <source>Cannot fetch the statement: %1 (HTTP %2)</source>
        <translation>无法获取题面：%1（HTTP %2）</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::CompanionListener</name>
    <message>
        <source>Cannot listen for Competitive Companion on 127.0.0.1:%1: %2. Another program may be using the port; choose another one in the settings (and the same one in the extension).</source>
        <translation>无法在 127.0.0.1:%1 上监听 Competitive Companion：%2。可能有其他程序占用了该端口；请在设置中选择其他端口（并在扩展中设置相同的端口）。</translation>
    </message>
    <message>
        <source>A Competitive Companion request was refused: %1</source>
        <translation>已拒绝一个 Competitive Companion 请求：%1</translation>
    </message>
    <message>
        <source>Received &quot;%1&quot;</source>
        <translation>已接收 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Competitive Companion: %1</source>
        <translation>Competitive Companion：%1</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::CompanionRequest</name>
    <message>
        <source>the request&apos;s headers are over 16 KiB</source>
        <translation>请求头超过 16 KiB</translation>
    </message>
    <message>
        <source>more bytes than the Content-Length announced</source>
        <translation>字节数超过 Content-Length 声明的长度</translation>
    </message>
    <message>
        <source>not an HTTP/1.x request line</source>
        <translation>不是 HTTP/1.x 请求行</translation>
    </message>
    <message>
        <source>method %1: Competitive Companion sends POST</source>
        <translation>方法 %1：Competitive Companion 发送的是 POST</translation>
    </message>
    <message>
        <source>a header line without a name</source>
        <translation>有一行请求头没有名称</translation>
    </message>
    <message>
        <source>chunked bodies are not accepted; send a Content-Length</source>
        <translation>不接受分块传输的请求体；请发送 Content-Length</translation>
    </message>
    <message>
        <source>a bad Content-Length</source>
        <translation>无效的 Content-Length</translation>
    </message>
    <message>
        <source>a POST without a Content-Length</source>
        <translation>POST 请求缺少 Content-Length</translation>
    </message>
    <message>
        <source>a body of %1 bytes, over the 16 MiB limit</source>
        <translation>请求体为 %1 字节，超过 16 MiB 上限</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::ImportActions</name>
    <message>
        <source>Import Problem &amp;Folder…</source>
        <translation>导入题目文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import Problem &amp;Zip…</source>
        <translation>导入题目 Zip(&amp;Z)…</translation>
    </message>
    <message>
        <source>Add a Kattis / ICPC problem package folder to the local judge</source>
        <translation>将 Kattis / ICPC 题目包文件夹添加到本地评测机</translation>
    </message>
    <message>
        <source>Add a zipped Kattis / ICPC problem package to the local judge</source>
        <translation>将压缩的 Kattis / ICPC 题目包添加到本地评测机</translation>
    </message>
    <message>
        <source>Import a problem package folder</source>
        <translation>导入题目包文件夹</translation>
    </message>
    <message>
        <source>Import a zipped problem package</source>
        <translation>导入压缩的题目包</translation>
    </message>
    <message>
        <source>Problem packages (*.zip *.kpp)</source>
        <translation>题目包 (*.zip *.kpp)</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::PackageImporter</name>
    <message>
        <source>Cannot import %1: the IDE is not connected to a judge yet.</source>
        <translation>无法导入 %1：IDE 尚未连接到评测机。</translation>
    </message>
</context>
<context>
    <name>verdict::app::imports::StatementPdfView</name>
    <message>
        <source>Open again</source>
        <translation>再次打开</translation>
    </message>
    <message>
        <source>The statement is not a PDF that can be shown.</source>
        <translation>题面不是可显示的 PDF。</translation>
    </message>
    <message>
        <source>Loading the statement…</source>
        <translation>正在加载题面…</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No program opened the PDF statement; it is saved as %1.</source>
        <translation>没有程序打开 PDF 题面；它已保存为 %1。</translation>
    </message>
    <message>
        <source>The statement (a PDF) is open in the system&apos;s viewer.</source>
        <translation>题面（PDF）已在系统查看器中打开。</translation>
    </message>
    <message>
        <source>The statement cannot be fetched: the IDE is not connected to a judge.</source>
        <translation>无法获取题面：IDE 未连接到评测机。</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel</name>
    <message>
        <source>The server sent no result for the run.</source>
        <translation>服务器未返回此次运行的结果。</translation>
    </message>
    <message>
        <source>The judge reported “%1”.</source>
        <translation>评测机报告“%1”。</translation>
    </message>
    <message>
        <source>Killed by a signal.</source>
        <translation>被信号终止。</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>退出码 %1。</translation>
    </message>
    <message>
        <source>The problem&apos;s validator flags are not understood: %1</source>
        <translation>无法识别题目的校验器参数：%1</translation>
    </message>
    <message>
        <source>This problem has its own output validator: the judge decides when you submit. Compare the output by eye.</source>
        <translation>此题有自己的输出校验器：提交后由评测机判定。请自行比对输出。</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::OutputDiffView</name>
    <message>
        <source>Expected output</source>
        <translation>期望输出</translation>
    </message>
    <message>
        <source>Your output</source>
        <translation>你的输出</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Standard error / compiler</source>
        <translation>标准错误 / 编译器</translation>
    </message>
    <message>
        <source>No expected output: nothing to compare.</source>
        <translation>没有期望输出：无可比较。</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::TestCasesModel</name>
    <message>
        <source>Interactive: the sample is a dialogue with the judge&apos;s interactor and cannot be run as a plain test.</source>
        <translation>交互题：此样例是与评测机交互器的对话，不能作为普通测试运行。</translation>
    </message>
    <message>
        <source>The server cut this sample at 64 KiB: paste it in full as your own test.</source>
        <translation>服务器在 64 KiB 处截断了此样例：请将完整内容粘贴为自己的测试。</translation>
    </message>
    <message>
        <source>my test %1</source>
        <translation>我的测试 %1</translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::TestRunner</name>
    <message>
        <source>Too many runs at once: the judge asks to wait a little.</source>
        <translation>同时运行的次数过多：评测机要求稍等片刻。</translation>
    </message>
    <message>
        <source>The judge&apos;s run queue is full: try again shortly.</source>
        <translation>评测机的运行队列已满：请稍后重试。</translation>
    </message>
    <message>
        <source>The source is over the custom-run limit of 64 KiB.</source>
        <translation>源代码超过了自定义运行的 64 KiB 上限。</translation>
    </message>
    <message>
        <source>The input is over the custom-run limit of 1 MiB.</source>
        <translation>输入超过了自定义运行的 1 MiB 上限。</translation>
    </message>
    <message>
        <source>The judge cannot run this language: %1</source>
        <translation>评测机无法运行此语言：%1</translation>
    </message>
    <message>
        <source>Not connected to a judge.</source>
        <translation>未连接到评测机。</translation>
    </message>
</context>
<context>
    <name>verdict::app::tests_panel::TestsPanel</name>
    <message>
        <source> · %1 ms CPU · %2 KiB</source>
        <translation> · CPU %1 毫秒 · %2 KiB</translation>
    </message>
    <message>
        <source>Run &amp;all tests</source>
        <translation>运行全部测试(&amp;A)</translation>
    </message>
    <message>
        <source>Run &amp;selected tests</source>
        <translation>运行选中的测试(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add test</source>
        <translation>添加测试(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove test</source>
        <translation>删除测试(&amp;R)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Edit test</source>
        <translation>编辑测试</translation>
    </message>
    <message>
        <source>Run every sample and own test on the judge (Ctrl+R)</source>
        <translation>在评测机上运行所有样例和自己的测试（Ctrl+R）</translation>
    </message>
    <message>
        <source>Run the selected tests on the judge (Ctrl+Shift+R)</source>
        <translation>在评测机上运行选中的测试（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Leave empty to just see the output.</source>
        <translation>留空则仅查看输出。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>期望输出</translation>
    </message>
    <message>
        <source>Samples are read-only: add your own test.</source>
        <translation>样例为只读：请添加自己的测试。</translation>
    </message>
</context>
<context>
    <name>verdict::editor::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>全字匹配</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement)</source>
        <translation>正则表达式（替换文本中可用 \1）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项（Enter）</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>替换此匹配项并查找下一个</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>替换所有匹配项（可一步撤销）</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>已替换 1 处匹配</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>已替换 %n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配项</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 处匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
</context>
</TS>
