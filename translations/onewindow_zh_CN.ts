<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>OneWindow cannot start</source>
        <translation>一窗受理客户端无法启动</translation>
    </message>
    <message>
        <source>OneWindow: the comprehensive-window intake client for government service halls.</source>
        <translation>一窗受理客户端：政务服务大厅综合窗口受理程序。</translation>
    </message>
    <message>
        <source>Start in demo mode with a seeded data set of its own.</source>
        <translation>以演示模式启动，使用自带的演示数据。</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Directory for the database and the material files.</source>
        <translation>存放数据库和材料文件的目录。</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>OneWindow needs a display. On a machine without one, run it under a virtual display:
  xvfb-run -a onewindow --demo</source>
        <translation>一窗受理客户端需要图形显示环境。在没有显示器的计算机上，请在虚拟显示环境中运行：
  xvfb-run -a onewindow --demo</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <source>Card read: %1 %2</source>
        <translation>已读取身份证：%1 %2</translation>
    </message>
    <message>
        <source>Unfinished intake</source>
        <translation>未完成的受理</translation>
    </message>
    <message>
        <source>An intake you started at %1 was not finished (%2). Continue it?</source>
        <translation>您于 %1 开始的受理尚未完成（%2）。是否继续？</translation>
    </message>
    <message>
        <source>no applicant yet</source>
        <translation>尚未录入申请人</translation>
    </message>
    <message>
        <source>Demo mode: the printouts open in the preview.</source>
        <translation>演示模式：单据在打印预览中打开。</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>已打印。</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
</context>
<context>
    <name>ow::AcceptanceNumber</name>
    <message>
        <source>The region code of the hall must be a 6-digit GB/T 2260 code (found &quot;%1&quot;). Check the site configuration.</source>
        <translation>大厅的行政区划代码必须是 6 位 GB/T 2260 代码（当前为“%1”）。请检查站点配置。</translation>
    </message>
    <message>
        <source>The hall number must be from 1 to 99 (found %1). Check the site configuration.</source>
        <translation>大厅编号必须在 1 至 99 之间（当前为 %1）。请检查站点配置。</translation>
    </message>
    <message>
        <source>The window number must be from 1 to 999 (found %1). Check the site configuration.</source>
        <translation>窗口号必须在 1 至 999 之间（当前为 %1）。请检查站点配置。</translation>
    </message>
    <message>
        <source>The date of acceptance must be a real day from 2000 to 2099 (found &quot;%1&quot;). Check the computer&apos;s date.</source>
        <translation>受理日期必须是 2000 年至 2099 年间的有效日期（当前为“%1”）。请检查计算机的日期。</translation>
    </message>
    <message>
        <source>The sequence number must be from 1 to %1 (found %2): this window has used up its acceptance numbers for the day.</source>
        <translation>流水号必须在 1 至 %1 之间（当前为 %2）：本窗口当日的受理编号已用完。</translation>
    </message>
    <message>
        <source>An acceptance number has only digits, hyphens and a final check character (a digit or X); &quot;%1&quot; does not belong in it.</source>
        <translation>受理编号只包含数字、连字符和末位校验码（数字或 X），不能包含“%1”。</translation>
    </message>
    <message>
        <source>An acceptance number has %1 characters without the hyphens (%2 digits and a check character); %3 were typed.</source>
        <translation>受理编号不含连字符应为 %1 位（%2 位数字加 1 位校验码），实际输入了 %3 位。</translation>
    </message>
    <message>
        <source>Only the last character of an acceptance number can be X; the number was probably mistyped.</source>
        <translation>受理编号只有最后一位可以是 X，编号可能输错了。</translation>
    </message>
    <message>
        <source>The check character does not match: the number was probably mistyped.</source>
        <translation>校验码不符，编号可能输错了。</translation>
    </message>
    <message>
        <source>The acceptance number contains the date %1 (YYMMDD), which does not exist. Check the number on the receipt.</source>
        <translation>受理编号中的日期 %1（YYMMDD）不存在。请核对回执上的编号。</translation>
    </message>
</context>
<context>
    <name>ow::ApiAnswerParser</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>应答不是 JSON 对象</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>the material&apos;s state is incomplete</source>
        <translation>材料状态信息不完整</translation>
    </message>
    <message>
        <source>the user has no login or role</source>
        <translation>用户信息缺少登录名或角色</translation>
    </message>
    <message>
        <source>the sign-in answer has no tokens</source>
        <translation>登录应答中没有令牌</translation>
    </message>
    <message>
        <source>the feed page has no %1, nextCursor or hasMore</source>
        <translation>状态更新分页缺少 %1、nextCursor 或 hasMore</translation>
    </message>
    <message>
        <source>a status change has no case, status or time</source>
        <translation>状态变更缺少办件、状态或时间</translation>
    </message>
</context>
<context>
    <name>ow::ApiError</name>
    <message>
        <source>The central server cannot be reached (%1). Work continues offline and is delivered when the connection is back.</source>
        <translation>无法连接中心服务器（%1）。可继续离线办理，网络恢复后将自动上传。</translation>
    </message>
    <message>
        <source>The central server did not answer in time. The operation will be tried again.</source>
        <translation>中心服务器未及时响应，将自动重试该操作。</translation>
    </message>
    <message>
        <source>The central server gave an answer this program cannot read (%1). Check the server address; the operation will be tried again.</source>
        <translation>中心服务器返回了本程序无法识别的应答（%1）。请检查服务器地址；该操作将自动重试。</translation>
    </message>
    <message>
        <source>The central server address %1 is not encrypted. Use an https:// address; plain http:// is only allowed on this computer (localhost).</source>
        <translation>中心服务器地址 %1 未加密。请使用 https:// 地址；仅本机（localhost）允许使用 http://。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a few minutes before trying again.</source>
        <translation>密码错误次数过多，请等待几分钟后再试。</translation>
    </message>
    <message>
        <source>The sign-in has expired; it is renewed automatically.</source>
        <translation>登录已过期，系统将自动续期。</translation>
    </message>
    <message>
        <source>The sign-in was ended on the server. Sign in again.</source>
        <translation>登录已在服务器端被终止，请重新登录。</translation>
    </message>
    <message>
        <source>The sign-in was ended for safety because it was used twice. Sign in again.</source>
        <translation>该登录凭证被重复使用，为安全起见已终止登录，请重新登录。</translation>
    </message>
    <message>
        <source>Your role does not allow this operation.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>This operation needs a window; sign in at a window.</source>
        <translation>此操作须关联窗口，请登录时指定窗口。</translation>
    </message>
    <message>
        <source>This window is registered to another computer. Ask a supervisor to release it.</source>
        <translation>本窗口已绑定到另一台计算机。请联系值班长解除绑定。</translation>
    </message>
    <message>
        <source>The server refused the case: its acceptance number is not valid.</source>
        <translation>服务器拒收该办件：受理编号无效。</translation>
    </message>
    <message>
        <source>The server refused the case: its acceptance number belongs to another window. Check the window configuration.</source>
        <translation>服务器拒收该办件：受理编号属于其他窗口。请检查窗口配置。</translation>
    </message>
    <message>
        <source>The server refused the case: one of its items is not in the central catalog. Update the catalog and retry.</source>
        <translation>服务器拒收该办件：其中有事项不在中心事项目录中。请更新事项目录后重试。</translation>
    </message>
    <message>
        <source>The case waits for its materials to be uploaded first.</source>
        <translation>该办件需等待材料上传完成后再上报。</translation>
    </message>
    <message>
        <source>Another case on the server has the same acceptance number: two computers may be set up as the same window. Call the supervisor.</source>
        <translation>服务器上已有另一办件使用相同的受理编号：可能有两台计算机被配置为同一窗口。请联系值班长。</translation>
    </message>
    <message>
        <source>The server holds this case under another acceptance number. Call the supervisor.</source>
        <translation>服务器上该办件登记的是另一个受理编号。请联系值班长。</translation>
    </message>
    <message>
        <source>A draft cannot be reported to the server.</source>
        <translation>草稿不能上报服务器。</translation>
    </message>
    <message>
        <source>The server holds a different part of the file; the upload continues from there.</source>
        <translation>服务器记录的文件上传进度与本机不同，将从服务器记录的位置继续上传。</translation>
    </message>
    <message>
        <source>The uploaded file arrived damaged; it is sent again.</source>
        <translation>上传的文件在传输中损坏，将重新发送。</translation>
    </message>
    <message>
        <source>The server knows this file with another size. Call the supervisor.</source>
        <translation>服务器记录的该文件大小与本机不同。请联系值班长。</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation>文件超过服务器允许的大小。</translation>
    </message>
    <message>
        <source>The server refused an operation sent twice with different content. Please report it.</source>
        <translation>服务器拒收了一项重复提交但内容不同的操作。请上报此问题。</translation>
    </message>
    <message>
        <source>The central server is busy; the operation will be tried again shortly.</source>
        <translation>中心服务器繁忙，稍后将自动重试该操作。</translation>
    </message>
    <message>
        <source>The central server failed (%1); the operation will be tried again.</source>
        <translation>中心服务器出错（%1），将自动重试该操作。</translation>
    </message>
    <message>
        <source>The sign-in is not valid any more. Sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>The central server does not allow this operation (%1).</source>
        <translation>中心服务器不允许此操作（%1）。</translation>
    </message>
    <message>
        <source>The central server does not know this (%1).</source>
        <translation>中心服务器上找不到相关记录（%1）。</translation>
    </message>
    <message>
        <source>The central server refused the operation (HTTP %1, %2).</source>
        <translation>中心服务器拒收了该操作（HTTP %1，%2）。</translation>
    </message>
</context>
<context>
    <name>ow::ApplicantFields</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>代理人身份证号</translation>
    </message>
</context>
<context>
    <name>ow::ApplicantFilePanel</name>
    <message>
        <source>Earlier cases</source>
        <translation>历史办件</translation>
    </message>
    <message>
        <source>Files on record (reusable)</source>
        <translation>档案材料（可复用）</translation>
    </message>
    <message>
        <source>Electronic licences</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已分办</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>待出件</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已出件</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Returned for materials</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Applicant&apos;s file: appears once the applicant is identified.</source>
        <translation>申请人档案：核验申请人身份后显示。</translation>
    </message>
    <message numerus="yes">
        <source>Applicant&apos;s file: %n earlier case(s)</source>
        <translation>
            <numerusform>申请人档案：历史办件 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s), %2)</source>
        <translation>
            <numerusform>%1（%n 页，%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, trust level %2</source>
        <translation>%1，可信等级 %2</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation>（已过期）</translation>
    </message>
</context>
<context>
    <name>ow::ApplicantStep</name>
    <message>
        <source>&amp;1 Person</source>
        <translation>个人(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Enterprise</source>
        <translation>企业(&amp;2)</translation>
    </message>
    <message>
        <source>F2 reads the ID card · scan a business licence&apos;s code · Enter moves on</source>
        <translation>F2 读取身份证 · 扫描营业执照二维码 · Enter 进入下一项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Unified social credit code, 18 characters</source>
        <translation>统一社会信用代码，18 位</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Someone &amp;acts for the applicant (agent)</source>
        <translation>委托代理人办理(&amp;A)</translation>
    </message>
    <message>
        <source>Person at the window (agent)</source>
        <translation>现场办理人（代理人）</translation>
    </message>
</context>
<context>
    <name>ow::ApplicantStore</name>
    <message>
        <source>remember the contact details</source>
        <translation>保存联系方式</translation>
    </message>
    <message>
        <source>The applicant has no ID number or credit code, so the profile cannot be saved. Read the card or type the number first.</source>
        <translation>申请人没有身份证号码或统一社会信用代码，无法保存档案。请先读卡或输入证件号码。</translation>
    </message>
    <message>
        <source>save the applicant</source>
        <translation>保存申请人信息</translation>
    </message>
    <message>
        <source>look up the applicant</source>
        <translation>查询申请人</translation>
    </message>
    <message>
        <source>read the contact details</source>
        <translation>读取联系方式</translation>
    </message>
</context>
<context>
    <name>ow::AuditLog</name>
    <message>
        <source>write the audit trail</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>读取审计日志</translation>
    </message>
</context>
<context>
    <name>ow::BlobStore</name>
    <message>
        <source>The material could not be written to the disk (%1). The disk may be full: free some space and capture it again. Nothing was kept.</source>
        <translation>材料未能写入磁盘（%1）。磁盘可能已满：请清理空间后重新采集。本次未保存任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a material fingerprint (64 hexadecimal characters). This is a program error; please report it.</source>
        <translation>“%1”不是有效的材料指纹（应为 64 位十六进制字符）。这是程序错误，请上报。</translation>
    </message>
    <message>
        <source>OneWindow cannot create its material folder %1. Check the permissions and the free space of the data folder.</source>
        <translation>一窗受理客户端无法创建材料文件夹 %1。请检查数据文件夹的权限和剩余空间。</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>The file %1 could not be opened (%2). Check that it still exists and try again.</source>
        <translation>无法打开文件 %1（%2）。请确认文件仍然存在后重试。</translation>
    </message>
    <message>
        <source>The stored material %1 is missing (%2). Capture it again or fetch it from the server.</source>
        <translation>已存储的材料 %1 缺失（%2）。请重新采集，或从服务器获取。</translation>
    </message>
    <message>
        <source>The stored material %1 could not be read (%2).</source>
        <translation>无法读取已存储的材料 %1（%2）。</translation>
    </message>
    <message>
        <source>The stored material %1 is damaged: its content no longer matches its fingerprint. It was not used; capture it again or fetch it from the server.</source>
        <translation>已存储的材料 %1 已损坏：内容与其指纹不符，未予使用。请重新采集，或从服务器获取。</translation>
    </message>
    <message>
        <source>The stored material %1 could not be deleted (%2).</source>
        <translation>无法删除已存储的材料 %1（%2）。</translation>
    </message>
    <message>
        <source>The material could not be read to the end (%1). Nothing was kept; capture it again.</source>
        <translation>材料未能完整读取（%1）。本次未保存任何内容，请重新采集。</translation>
    </message>
</context>
<context>
    <name>ow::CaseStore</name>
    <message>
        <source>read the cases</source>
        <translation>读取办件</translation>
    </message>
    <message>
        <source>The case %1 is not in the local database.</source>
        <translation>本地数据库中没有办件 %1。</translation>
    </message>
    <message>
        <source>change the status</source>
        <translation>更改办件状态</translation>
    </message>
    <message>
        <source>save the case</source>
        <translation>保存办件</translation>
    </message>
    <message>
        <source>The case has no identifier or no applicant, so it was not saved. Identify the applicant first.</source>
        <translation>办件缺少标识或申请人，未保存。请先核验申请人身份。</translation>
    </message>
    <message>
        <source>count the items</source>
        <translation>统计事项办件量</translation>
    </message>
</context>
<context>
    <name>ow::CatalogJson</name>
    <message>
        <source>an item lacks its code, name or department.</source>
        <translation>有事项缺少编码、名称或实施部门。</translation>
    </message>
    <message>
        <source>the item %1 has an unknown kind.</source>
        <translation>事项 %1 的事项类型未知。</translation>
    </message>
    <message>
        <source>the item %1 has impossible time limits.</source>
        <translation>事项 %1 的办理时限有误。</translation>
    </message>
    <message>
        <source>the item %1 has a negative fee.</source>
        <translation>事项 %1 的收费金额为负数。</translation>
    </message>
    <message>
        <source>the item %1 has an unknown delivery option.</source>
        <translation>事项 %1 的送达方式未知。</translation>
    </message>
    <message>
        <source>a theme needs a code, a name and at least two items.</source>
        <translation>一事联办主题须有编码和名称，且至少包含两个事项。</translation>
    </message>
    <message>
        <source>The catalog data is not valid: %1</source>
        <translation>事项目录数据无效：%1</translation>
    </message>
    <message>
        <source>The catalog data is not well-formed JSON (%1).</source>
        <translation>事项目录数据不是格式正确的 JSON（%1）。</translation>
    </message>
    <message>
        <source>the list &quot;%1&quot; is missing.</source>
        <translation>缺少列表“%1”。</translation>
    </message>
    <message>
        <source>a material has no name.</source>
        <translation>有材料没有名称。</translation>
    </message>
    <message>
        <source>the material &quot;%1&quot; has an unknown form.</source>
        <translation>材料“%1”的提交形式未知。</translation>
    </message>
    <message>
        <source>the material &quot;%1&quot; asks for %2 copies.</source>
        <translation>材料“%1”要求提交 %2 份，份数无效。</translation>
    </message>
</context>
<context>
    <name>ow::CatalogStore</name>
    <message>
        <source>save the service catalog</source>
        <translation>保存事项目录</translation>
    </message>
    <message>
        <source>The service catalog contains an item without a code or a name (&quot;%1&quot;), so it was not taken over; the catalog stays as it was. Report this to the catalog&apos;s administrators.</source>
        <translation>事项目录中有事项缺少编码或名称（“%1”），因此未采用新目录，原目录保持不变。请向事项目录管理员报告。</translation>
    </message>
    <message>
        <source>replace the service catalog</source>
        <translation>替换事项目录</translation>
    </message>
    <message>
        <source>read the service catalog</source>
        <translation>读取事项目录</translation>
    </message>
    <message>
        <source>update the service catalog</source>
        <translation>更新事项目录</translation>
    </message>
</context>
<context>
    <name>ow::CentralLink</name>
    <message>
        <source>No central server is configured for this window.</source>
        <translation>本窗口未配置中心服务器。</translation>
    </message>
    <message>
        <source>Signed in offline without a kept sign-in: sign in again when the central server is reachable, to deliver the waiting operations.</source>
        <translation>当前为离线登录，且未保存登录凭证：请在可以连接中心服务器时重新登录，以便上传待上传的操作。</translation>
    </message>
</context>
<context>
    <name>ow::CentralWiring</name>
    <message>
        <source>Sign in again to deliver the waiting operations: %1</source>
        <translation>请重新登录以上传待上传的操作：%1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>已登录：%1。</translation>
    </message>
    <message>
        <source>Signed in offline as %1: the central server cannot be reached; work is kept and delivered later.</source>
        <translation>已离线登录：%1。无法连接中心服务器，数据保存在本机，稍后上传。</translation>
    </message>
    <message>
        <source>Not signed in at the central server: %1</source>
        <translation>未登录中心服务器：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n refused operation(s) reported to the supervisor.</source>
        <translation>
            <numerusform>已将 %n 项被拒收的操作报告值班长。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::CommitmentLetterDocument</name>
    <message>
        <source>Letter of Commitment</source>
        <translation>承诺书</translation>
    </message>
    <message>
        <source>Acceptance with materials missing</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>Acceptance number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Materials to be supplied</source>
        <translation>待补交材料</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Supply by</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <source>I (we) undertake to supply the materials listed above to %1 by %2, complete and true. I (we) understand that the case was accepted before they were supplied; that if they are not supplied by that date the case will not be approved and will be closed; and that a false commitment is recorded in the credit file and bears legal consequences.</source>
        <translation>本人（单位）承诺于%2前向%1补交上述材料，并保证材料齐全、真实。本人（单位）知悉：本办件在上述材料补交前予以受理；逾期未补交的，该办件不予批准并予以终止办理；作出虚假承诺的，将记入信用档案，并依法承担相应法律责任。</translation>
    </message>
    <message>
        <source>Applicant or agent (signature)</source>
        <translation>申请人或代理人（签名）</translation>
    </message>
    <message>
        <source>Clerk (signature)</source>
        <translation>受理人（签名）</translation>
    </message>
</context>
<context>
    <name>ow::CredentialVault</name>
    <message>
        <source>The system keychain refused access (%1). Unlock the keyring of your desktop session and allow OneWindow to use it; if it keeps refusing, ask IT.</source>
        <translation>系统密钥环拒绝访问（%1）。请解锁桌面会话的密钥环，并允许一窗受理客户端使用；如仍被拒绝，请联系技术支持人员。</translation>
    </message>
    <message>
        <source>The system keychain is not available or is locked (%1). Start or unlock the keyring of your desktop session (for example GNOME Keyring), or ask IT to set one up; OneWindow keeps sign-in tokens nowhere else.</source>
        <translation>系统密钥环不可用或已锁定（%1）。请启动或解锁桌面会话的密钥环（例如 GNOME Keyring），或请技术支持人员配置；一窗受理客户端不会将登录令牌保存在其他位置。</translation>
    </message>
    <message>
        <source>The system keychain failed (%1). Try again; if it keeps failing, ask IT.</source>
        <translation>系统密钥环出错（%1）。请重试；如仍出错，请联系技术支持人员。</translation>
    </message>
</context>
<context>
    <name>ow::CreditCode</name>
    <message>
        <source>Public sector staffing</source>
        <translation>机构编制</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>Mass organisation staffed by the central staffing office</source>
        <translation>中央编办直接管理机构编制的群众团体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Foreign affairs</source>
        <translation>外交</translation>
    </message>
    <message>
        <source>Resident foreign news agency</source>
        <translation>外国常驻新闻机构</translation>
    </message>
    <message>
        <source>Justice administration</source>
        <translation>司法行政</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>律师执业机构</translation>
    </message>
    <message>
        <source>Notary office</source>
        <translation>公证处</translation>
    </message>
    <message>
        <source>Grassroots legal service office</source>
        <translation>基层法律服务所</translation>
    </message>
    <message>
        <source>Forensic expertise institution</source>
        <translation>司法鉴定机构</translation>
    </message>
    <message>
        <source>Arbitration commission</source>
        <translation>仲裁委员会</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Foreign cultural centre in China</source>
        <translation>外国在华文化中心</translation>
    </message>
    <message>
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会团体</translation>
    </message>
    <message>
        <source>Private non-enterprise unit</source>
        <translation>民办非企业单位</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>基金会</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>旅游</translation>
    </message>
    <message>
        <source>Representative office of a foreign tourism authority</source>
        <translation>外国旅游部门常驻代表机构</translation>
    </message>
    <message>
        <source>Representative office of a Hong Kong, Macao or Taiwan tourism authority</source>
        <translation>港澳台地区旅游部门常驻内地（大陆）代表机构</translation>
    </message>
    <message>
        <source>Religious affairs</source>
        <translation>宗教</translation>
    </message>
    <message>
        <source>Place of religious activity</source>
        <translation>宗教活动场所</translation>
    </message>
    <message>
        <source>Religious college</source>
        <translation>宗教院校</translation>
    </message>
    <message>
        <source>Trade unions</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>Grassroots trade union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <source>Market regulation</source>
        <translation>市场监管</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Farmers&apos; specialised cooperative</source>
        <translation>农民专业合作社</translation>
    </message>
    <message>
        <source>Central Military Commission reform and staffing office</source>
        <translation>中央军委改革和编制办公室</translation>
    </message>
    <message>
        <source>Military public institution</source>
        <translation>军队事业单位</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Group-level collective economic organisation</source>
        <translation>组级集体经济组织</translation>
    </message>
    <message>
        <source>Village-level collective economic organisation</source>
        <translation>村级集体经济组织</translation>
    </message>
    <message>
        <source>Township-level collective economic organisation</source>
        <translation>乡镇级集体经济组织</translation>
    </message>
    <message>
        <source>Other registration authority</source>
        <translation>其他登记管理部门</translation>
    </message>
    <message>
        <source>No unified social credit code was entered.</source>
        <translation>未输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters, not %1.</source>
        <translation>统一社会信用代码应为 18 位，而不是 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot appear in a unified social credit code: it uses digits and capital letters except I, O, S, V and Z.</source>
        <translation>第 %1 位（“%2”）不能出现在统一社会信用代码中：代码只使用数字和除 I、O、S、V、Z 以外的大写字母。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration authority code (the first character).</source>
        <translation>“%1”不是登记管理部门代码（第 1 位）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation type of the registration authority &quot;%2&quot; (%3).</source>
        <translation>“%1”不是登记管理部门“%2”（%3）的机构类别代码。</translation>
    </message>
    <message>
        <source>There is no region %1 in any edition of GB/T 2260 (characters 3 to 8).</source>
        <translation>GB/T 2260 的各版本中均无行政区划代码 %1（第 3 至 8 位）。</translation>
    </message>
    <message>
        <source>The check character of the organisation code (character 17) should be %1, not %2.</source>
        <translation>组织机构代码的校验码（第 17 位）应为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2.</source>
        <translation>校验码应为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>national</source>
        <translation>全国</translation>
    </message>
</context>
<context>
    <name>ow::Database</name>
    <message>
        <source>The file %1 is not a OneWindow database (it may be damaged, or belong to another program). It was left untouched; move it away or restore a backup, then start again.</source>
        <translation>文件 %1 不是一窗受理客户端的数据库（可能已损坏，或属于其他程序）。该文件未被改动；请将其移走或从备份恢复，然后重新启动。</translation>
    </message>
    <message>
        <source>OneWindow cannot write its database in the folder %1. Check that the folder exists, that you may write to it and that the disk is not full, or choose another data folder.</source>
        <translation>一窗受理客户端无法在文件夹 %1 中写入数据库。请检查该文件夹是否存在、是否有写入权限、磁盘是否已满，或另选数据文件夹。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of OneWindow (schema %1, this program knows %2). Install the newer version; the file was left untouched.</source>
        <translation>此数据库由更高版本的一窗受理客户端写入（结构版本 %1，本程序支持至版本 %2）。请安装新版本；该文件未被改动。</translation>
    </message>
    <message>
        <source>open the database file</source>
        <translation>打开数据库文件</translation>
    </message>
    <message>
        <source>switch to write-ahead logging</source>
        <translation>切换到预写日志（WAL）模式</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>读取结构版本</translation>
    </message>
    <message>
        <source>upgrade its schema to version %1</source>
        <translation>将结构升级到版本 %1</translation>
    </message>
    <message>
        <source>The disk holding the local database is full, so nothing was saved. Free some disk space and try again.</source>
        <translation>本地数据库所在磁盘已满，未保存任何内容。请清理磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The local database stayed busy for too long, so nothing was saved. Try again in a moment.</source>
        <translation>本地数据库长时间繁忙，未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>The local database could not %1 (%2). Nothing was changed; try again, and call support if it happens again.</source>
        <translation>本地数据库无法%1（%2）。未作任何更改；请重试，如再次出现请联系技术支持。</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>准备 SQL 语句</translation>
    </message>
</context>
<context>
    <name>ow::DatabaseProbe</name>
    <message>
        <source>not an SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>%1 does not exist yet; OneWindow creates it at its first start</source>
        <translation>%1 尚不存在；一窗受理客户端首次启动时会创建该目录</translation>
    </message>
    <message>
        <source>%1 cannot be written by this user</source>
        <translation>当前用户无法写入 %1</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>可用磁盘空间</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it is created at the first start</source>
        <translation>%1 尚不存在；将在首次启动时创建</translation>
    </message>
    <message>
        <source>%1 (%2, write-ahead log %3)</source>
        <translation>%1（%2，预写日志 %3）</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>%1, written by a newer OneWindow (this one knows %2): install the newer version</source>
        <translation>%1，由更高版本的一窗受理客户端写入（本程序支持至版本 %2）：请安装新版本</translation>
    </message>
    <message>
        <source>0: this is not a OneWindow database</source>
        <translation>0：不是一窗受理客户端的数据库</translation>
    </message>
    <message>
        <source>%1; brought up to %2 at the next start</source>
        <translation>%1；下次启动时将升级到 %2</translation>
    </message>
    <message>
        <source>Integrity (quick check)</source>
        <translation>完整性（快速检查）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>%1, of which %2 open</source>
        <translation>%1 件，其中在办 %2 件</translation>
    </message>
    <message>
        <source>Operations waiting for the central server</source>
        <translation>待上传到中心服务器的操作</translation>
    </message>
    <message>
        <source>Operations refused by the central server</source>
        <translation>被中心服务器拒收的操作</translation>
    </message>
    <message>
        <source>%1; they need attention in the sync panel</source>
        <translation>%1 项；需在同步面板中处理</translation>
    </message>
    <message>
        <source>Query failed</source>
        <translation>查询失败</translation>
    </message>
</context>
<context>
    <name>ow::DeliveryOutcome</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ow::DemoSeeder</name>
    <message>
        <source>The demo data file %1 cannot be read.</source>
        <translation>无法读取演示数据文件 %1。</translation>
    </message>
    <message>
        <source>The demo data file %1 is not valid JSON.</source>
        <translation>演示数据文件 %1 不是有效的 JSON。</translation>
    </message>
</context>
<context>
    <name>ow::DeviceHub</name>
    <message>
        <source>ID-card reader: %1</source>
        <translation>身份证读卡器：%1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备设置</translation>
    </message>
</context>
<context>
    <name>ow::DeviceSettingsPage</name>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>刷新设备(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>ID-card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <source>Serial or USB reader (SAM protocol)</source>
        <translation>串口或 USB 读卡器（SAM 协议）</translation>
    </message>
    <message>
        <source>Vendor library, SDT family</source>
        <translation>厂商动态库（SDT 系列）</translation>
    </message>
    <message>
        <source>Vendor library, Huashi CVR family</source>
        <translation>厂商动态库（华视 CVR 系列）</translation>
    </message>
    <message>
        <source>Simulated reader (demo)</source>
        <translation>模拟读卡器（演示）</translation>
    </message>
    <message>
        <source>No reader</source>
        <translation>不使用读卡器</translation>
    </message>
    <message>
        <source>e.g. /opt/reader/lib/libsdtapi.so</source>
        <translation>例如 /opt/reader/lib/libsdtapi.so</translation>
    </message>
    <message>
        <source>Vendor&apos;s photo decoder (libwlt); empty: no photo</source>
        <translation>厂商照片解码库（libwlt）；留空则不显示照片</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Vendor &amp;library:</source>
        <translation>厂商动态库(&amp;L)：</translation>
    </message>
    <message>
        <source>Vendor port &amp;number:</source>
        <translation>厂商端口号(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;hoto decoder:</source>
        <translation>照片解码库(&amp;H)：</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>The scanner ends each code with Enter or Tab</source>
        <translation>扫码枪在每个码末尾发送回车或 Tab</translation>
    </message>
    <message>
        <source>P&amp;refix:</source>
        <translation>前缀(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Suffix:</source>
        <translation>后缀(&amp;S)：</translation>
    </message>
    <message>
        <source>Fastest &amp;typing gap:</source>
        <translation>最短按键间隔(&amp;T)：</translation>
    </message>
    <message>
        <source>Serial scanner p&amp;ort:</source>
        <translation>串口扫码枪端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>高拍仪</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>高拍仪(&amp;C)：</translation>
    </message>
    <message>
        <source>None (keyboard-wedge scanner)</source>
        <translation>无（键盘模式扫码枪）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>No camera is connected. Materials can still be imported from files.</source>
        <translation>未连接高拍仪。仍可从文件导入材料。</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
</context>
<context>
    <name>ow::DiagnosticsExport</name>
    <message>
        <source>Diagnostics saved to %1. Personal data in it is masked.</source>
        <translation>诊断信息已保存到 %1。其中的个人信息已脱敏。</translation>
    </message>
    <message>
        <source>The diagnostics could not be saved to %1: %2</source>
        <translation>无法将诊断信息保存到 %1：%2</translation>
    </message>
    <message>
        <source># %1: absent
</source>
        <translation># %1：不存在
</translation>
    </message>
    <message>
        <source># %1: cannot be read: %2
</source>
        <translation># %1：无法读取：%2
</translation>
    </message>
    <message>
        <source>OneWindow diagnostics, made %1.

health-report.txt   what onewindow --check reports
config/             the system, window and user configuration files
log.txt             the program&apos;s recent log lines
environment.txt     program, Qt and system versions, locale, display variables

Names of staff, ID numbers and mobile phone numbers are masked. No case data, materials or database are included.
</source>
        <translation>一窗受理客户端诊断信息，生成于 %1。

health-report.txt   onewindow --check 的检查结果
config/             系统、窗口和用户配置文件
log.txt             程序最近的日志
environment.txt     程序、Qt 和系统版本，区域设置，显示相关环境变量

工作人员姓名、身份证号码和手机号码均已脱敏。不包含任何办件数据、材料或数据库。
</translation>
    </message>
    <message>
        <source>(nothing logged in this session)</source>
        <translation>（本次运行未记录日志）</translation>
    </message>
</context>
<context>
    <name>ow::DispatchSlipDocument</name>
    <message>
        <source>Dispatch Slip</source>
        <translation>派件单</translation>
    </message>
    <message>
        <source>Batch %1 to %2</source>
        <translation>批次 %1 · 派往%2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>接收部门</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Dispatched by</source>
        <translation>派件人</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>派件内容</translation>
    </message>
    <message>
        <source>%1, %2 material(s), %3 page(s)</source>
        <translation>%1，材料 %2 份，共 %3 页</translation>
    </message>
    <message>
        <source>Scan at handover</source>
        <translation>交接时扫码</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Acceptance number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料数</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The receiving department checks the cases and materials against this slip before signing; a missing or extra item is noted on the slip.</source>
        <translation>接收部门应在签收前对照本单核对办件和材料；如有短缺或多出，应在本单上注明。</translation>
    </message>
    <message>
        <source>Handed over by (signature)</source>
        <translation>移交人（签名）</translation>
    </message>
    <message>
        <source>Received by, for the department (signature)</source>
        <translation>接收部门签收人（签名）</translation>
    </message>
</context>
<context>
    <name>ow::DocumentCamera</name>
    <message>
        <source>The document camera could not take the picture: %1</source>
        <translation>高拍仪拍摄失败：%1</translation>
    </message>
    <message>
        <source>No camera is connected. Connect the document camera, or import the material from a file.</source>
        <translation>未连接高拍仪。请连接高拍仪，或从文件导入材料。</translation>
    </message>
    <message>
        <source>The camera chosen in the device settings is not connected. Connect it or choose another one.</source>
        <translation>设备设置中选择的高拍仪未连接。请连接该设备，或另选一台。</translation>
    </message>
    <message>
        <source>The document camera stopped working: %1. Check its cable and choose it again in the device settings.</source>
        <translation>高拍仪已停止工作：%1。请检查数据线，并在设备设置中重新选择该设备。</translation>
    </message>
    <message>
        <source>The document camera is not ready yet. Wait for the preview, then capture again.</source>
        <translation>高拍仪尚未就绪。请等待预览画面出现后再拍摄。</translation>
    </message>
</context>
<context>
    <name>ow::DocumentPrinter</name>
    <message>
        <source>The document could not be sent to the printer %1. Check that it is switched on and connected, then print again.</source>
        <translation>文档未能发送到打印机 %1。请检查打印机已开机并连接正常，然后重新打印。</translation>
    </message>
</context>
<context>
    <name>ow::DraftStore</name>
    <message>
        <source>save the unfinished intake</source>
        <translation>保存未完成的受理</translation>
    </message>
</context>
<context>
    <name>ow::FeedCursorStore</name>
    <message>
        <source>read where the central server&apos;s feed stands</source>
        <translation>读取中心服务器状态更新的同步位置</translation>
    </message>
    <message>
        <source>save where the central server&apos;s feed stands</source>
        <translation>保存中心服务器状态更新的同步位置</translation>
    </message>
    <message>
        <source>forget where the central server&apos;s feed stands</source>
        <translation>清除中心服务器状态更新的同步位置</translation>
    </message>
</context>
<context>
    <name>ow::HardwareProbe</name>
    <message>
        <source>%1 not found: is the device plugged in, and is the port name right?</source>
        <translation>未找到 %1：设备是否已插好？端口名称是否正确？</translation>
    </message>
    <message>
        <source>%1 exists, but this user may not open it: add the user to the group %2 (or install the udev rule from the operations guide) and log in again</source>
        <translation>%1 存在，但当前用户无权打开：请将该用户加入 %2 组（或按运维手册安装 udev 规则），然后重新登录</translation>
    </message>
    <message>
        <source>not configured (%1)</source>
        <translation>未配置（%1）</translation>
    </message>
    <message>
        <source>%1 not found or not readable</source>
        <translation>未找到 %1 或无法读取</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>ID-card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>serial reader without a port: set devices/readerPort (e.g. ttyUSB0)</source>
        <translation>串口读卡器未设置端口：请设置 devices/readerPort（例如 ttyUSB0）</translation>
    </message>
    <message>
        <source>ID-card reader library (%1, port %2)</source>
        <translation>身份证读卡器厂商动态库（%1，端口 %2）</translation>
    </message>
    <message>
        <source>the simulator, for demonstrations only</source>
        <translation>模拟读卡器，仅用于演示</translation>
    </message>
    <message>
        <source>Photo decoder</source>
        <translation>照片解码库</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <source>keyboard wedge (needs no port)</source>
        <translation>键盘模式（无需端口）</translation>
    </message>
    <message>
        <source>Scanner (serial, %1 baud)</source>
        <translation>扫码枪（串口，%1 波特）</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>高拍仪</translation>
    </message>
    <message>
        <source>the system default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Installed printers</source>
        <translation>已安装的打印机</translation>
    </message>
    <message>
        <source>none (CUPS has no printer): documents can only be saved as PDF</source>
        <translation>无（CUPS 中没有打印机）：单据只能另存为 PDF</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>default printer, %1</source>
        <translation>默认打印机，%1</translation>
    </message>
    <message>
        <source>%1 is not installed; the default printer is used (%2)</source>
        <translation>未安装 %1；改用默认打印机（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ow::HealthCheck</name>
    <message>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>cannot be read by this user (check its permissions)</source>
        <translation>当前用户无法读取（请检查文件权限）</translation>
    </message>
    <message>
        <source>malformed (not an INI file QSettings can read)</source>
        <translation>格式错误（不是 QSettings 可读取的 INI 文件）</translation>
    </message>
    <message>
        <source>OneWindow health check: %1 on %2, %3</source>
        <translation>一窗受理客户端健康检查：版本 %1，主机 %2，%3</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>System file</source>
        <translation>系统配置文件</translation>
    </message>
    <message>
        <source>Window file</source>
        <translation>窗口配置文件</translation>
    </message>
    <message>
        <source>User file</source>
        <translation>用户配置文件</translation>
    </message>
    <message>
        <source>Users may override</source>
        <translation>允许用户覆盖</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (from the %2 file)</source>
        <translation>%1（来自%2配置文件）</translation>
    </message>
    <message>
        <source>ignored in the %1 file: %2</source>
        <translation>%1配置文件中的此项已忽略：%2</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>window %1 of %2, acceptance numbers %3</source>
        <translation>%2 %1 号窗口，受理编号前缀 %3</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>%1 is not a GB/T 2260 region code</source>
        <translation>%1 不是 GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <source>Logo for printouts</source>
        <translation>单据徽标</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>无法将 %1 读取为图片：%2</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Temporary directory</source>
        <translation>临时目录</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>not configured (server/url): this window works offline only</source>
        <translation>未配置（server/url）：本窗口仅能离线工作</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL</source>
        <translation>%1 不是 http(s) 网址</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP: use https for any server but this computer</source>
        <translation>%1 使用未加密的 HTTP：除本机外的服务器均应使用 https</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 在 %2 秒内无响应</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回 HTTP %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms</source>
        <translation>%1 响应时间 %2 毫秒</translation>
    </message>
    <message>
        <source>, server version %1</source>
        <translation>，服务器版本 %1</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s (a locked keyring waiting for its password?)</source>
        <translation>系统密钥环在 %1 秒内无响应（密钥环可能已锁定，正在等待输入密码？）</translation>
    </message>
    <message>
        <source>the system keychain did not give back what was stored</source>
        <translation>系统密钥环未能返回已存储的内容</translation>
    </message>
    <message>
        <source>the system keychain keeps sign-in tokens (test entry written, read back and deleted)</source>
        <translation>系统密钥环可保存登录令牌（测试条目已写入、读回并删除）</translation>
    </message>
</context>
<context>
    <name>ow::HealthReport</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Summary: everything is in order.</source>
        <translation>汇总：一切正常。</translation>
    </message>
    <message numerus="yes">
        <source>Summary: %n problem(s)</source>
        <translation>
            <numerusform>汇总：%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n 个警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems above, then run onewindow --check again.</source>
        <translation>请解决上述问题，然后再次运行 onewindow --check。</translation>
    </message>
</context>
<context>
    <name>ow::HolidayArrangement</name>
    <message>
        <source>The holiday arrangement is not well-formed JSON (%1 at offset %2). Keep the current calendar and ask the administrator to check the update.</source>
        <translation>节假日安排不是格式正确的 JSON（%1，位于偏移量 %2）。请继续使用当前日历，并请管理员检查此次更新。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The holiday arrangement has no valid &quot;year&quot; field (a year from %1 to %2 is expected). The calendar was not changed.</source>
        <translation>节假日安排缺少有效的“year”字段（应为 %1 至 %2 之间的年份）。日历未更改。</translation>
    </message>
    <message>
        <source>The holiday arrangement for %1 has no &quot;days&quot; list. The calendar was not changed.</source>
        <translation>%1 年的节假日安排缺少“days”列表。日历未更改。</translation>
    </message>
    <message>
        <source>Entry %1 of the holiday arrangement for %2 has no valid date (yyyy-MM-dd expected, found &quot;%3&quot;). The calendar was not changed.</source>
        <translation>%2 年节假日安排的第 %1 项没有有效日期（应为 yyyy-MM-dd，实际为“%3”）。日历未更改。</translation>
    </message>
    <message>
        <source>The holiday arrangement for %1 lists %2, which lies outside that year. The calendar was not changed.</source>
        <translation>%1 年的节假日安排列出了 %2，该日期超出当年范围。日历未更改。</translation>
    </message>
    <message>
        <source>The holiday arrangement for %1 does not say whether %2 is a day off (&quot;isOffDay&quot; must be true or false). The calendar was not changed.</source>
        <translation>%1 年的节假日安排未说明 %2 是否放假（“isOffDay”必须为 true 或 false）。日历未更改。</translation>
    </message>
    <message>
        <source>The holiday arrangement for %1 lists %2 more than once. The calendar was not changed.</source>
        <translation>%1 年的节假日安排重复列出了 %2。日历未更改。</translation>
    </message>
</context>
<context>
    <name>ow::HolidayStore</name>
    <message>
        <source>save the holiday arrangement</source>
        <translation>保存节假日安排</translation>
    </message>
    <message>
        <source>read the holiday arrangements</source>
        <translation>读取节假日安排</translation>
    </message>
</context>
<context>
    <name>ow::IdCardCodes</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ow::IdCardTextDecoder</name>
    <message>
        <source>The card&apos;s validity period could not be read. Place the card on the reader again.</source>
        <translation>无法读取证件有效期限。请将证件重新放到读卡器上。</translation>
    </message>
    <message>
        <source>The card&apos;s birth date could not be read. Place the card on the reader again.</source>
        <translation>无法读取证件上的出生日期。请将证件重新放到读卡器上。</translation>
    </message>
    <message>
        <source>The ID number read from the card is incomplete. Place the card again.</source>
        <translation>从证件读取的证件号码不完整。请重新放置证件。</translation>
    </message>
    <message>
        <source>The ID number read from the card is not valid: %1</source>
        <translation>从证件读取的证件号码无效：%1</translation>
    </message>
    <message>
        <source>The ID number read from the card has a wrong check character.</source>
        <translation>从证件读取的证件号码校验码错误。</translation>
    </message>
    <message>
        <source>The card&apos;s birth date or gender does not match its ID number; the data was damaged while reading. Place the card again.</source>
        <translation>证件上的出生日期或性别与证件号码不符，读取时数据已损坏。请重新放置证件。</translation>
    </message>
    <message>
        <source>The name on the card could not be read. Place the card on the reader again.</source>
        <translation>无法读取证件上的姓名。请将证件重新放到读卡器上。</translation>
    </message>
    <message>
        <source>The card carries an unknown ethnicity code (%1).</source>
        <translation>证件上的民族代码未知（%1）。</translation>
    </message>
    <message>
        <source>The permanent residence number read from the card is not valid.</source>
        <translation>从证件读取的永久居留身份证号码无效。</translation>
    </message>
    <message>
        <source>The card&apos;s birth date does not match its number; the data was damaged while reading. Place the card again.</source>
        <translation>证件上的出生日期与证件号码不符，读取时数据已损坏。请重新放置证件。</translation>
    </message>
    <message>
        <source>The reader returned too little card data (%1 of %2 bytes). Place the card on the reader again.</source>
        <translation>读卡器返回的证件数据不足（仅 %1 字节，应为 %2 字节）。请将证件重新放到读卡器上。</translation>
    </message>
    <message>
        <source>This kind of card (type &quot;%1&quot;) is not supported. Enter the applicant&apos;s data by hand.</source>
        <translation>不支持此类证件（类型“%1”）。请手工录入申请人信息。</translation>
    </message>
    <message>
        <source>The reader returned incomplete card data. Place the card on the reader again.</source>
        <translation>读卡器返回的证件数据不完整。请将证件重新放到读卡器上。</translation>
    </message>
</context>
<context>
    <name>ow::IntakeDraftJson</name>
    <message>
        <source>The saved intake cannot be read: it is not a draft of this version of OneWindow.</source>
        <translation>无法读取已保存的受理：不是本版本一窗受理客户端的草稿。</translation>
    </message>
    <message>
        <source>The saved intake cannot be read: it has no identifier.</source>
        <translation>无法读取已保存的受理：缺少标识。</translation>
    </message>
</context>
<context>
    <name>ow::IntakeOverviewPage</name>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Service item catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Filter by item name or code (Ctrl+F)</source>
        <translation>按事项名称或编码筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>The catalog is empty. It is filled from the central server, or from the demo data when OneWindow runs with --demo.</source>
        <translation>事项目录为空。目录从中心服务器获取；以 --demo 方式运行时使用演示数据。</translation>
    </message>
    <message>
        <source>My open cases, nearest deadline first</source>
        <translation>我的在办件（按办结期限由近及远）</translation>
    </message>
    <message>
        <source>No open cases.</source>
        <translation>暂无在办件。</translation>
    </message>
    <message>
        <source>Yellow: due soon · Red: overdue</source>
        <translation>黄色：即将到期 · 红色：已超期</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>共 %1 项</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>显示 %1 项，共 %2 项</translation>
    </message>
    <message>
        <source>New intake (Ctrl+N)</source>
        <translation>新建受理 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Identify the applicant, choose the items, capture the materials and accept; F2 reads the ID card.</source>
        <translation>核验申请人身份、选择事项、采集材料后受理；按 F2 读取身份证。</translation>
    </message>
</context>
<context>
    <name>ow::IntakePage</name>
    <message>
        <source>1 Applicant (F2)</source>
        <translation>1 申请人 (F2)</translation>
    </message>
    <message>
        <source>2 Items (F3)</source>
        <translation>2 事项 (F3)</translation>
    </message>
    <message>
        <source>3 Materials (F4)</source>
        <translation>3 材料 (F4)</translation>
    </message>
    <message>
        <source>4 Review and accept (F5)</source>
        <translation>4 核对受理 (F5)</translation>
    </message>
    <message>
        <source>The intake could not be saved: %1</source>
        <translation>受理信息未能保存：%1</translation>
    </message>
    <message>
        <source>The unfinished intake was restored as it was left.</source>
        <translation>已恢复未完成的受理，内容与中断时一致。</translation>
    </message>
    <message>
        <source>ID card read.</source>
        <translation>已读取身份证。</translation>
    </message>
    <message>
        <source>The scanned code is not an ID number or a business licence; nothing was filled in.</source>
        <translation>扫描的码不是身份证号码或营业执照，未填入任何内容。</translation>
    </message>
</context>
<context>
    <name>ow::IntakeReadiness</name>
    <message>
        <source>Identify the applicant: read the ID card or type the ID number.</source>
        <translation>请核验申请人身份：读取身份证或输入身份证号码。</translation>
    </message>
    <message>
        <source>The applicant&apos;s ID number is not valid: %1</source>
        <translation>申请人身份证号码无效：%1</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请输入申请人姓名。</translation>
    </message>
    <message>
        <source>Identify the enterprise: scan its business licence or type its credit code.</source>
        <translation>请核验企业身份：扫描营业执照或输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>The enterprise&apos;s credit code is not valid: %1</source>
        <translation>企业统一社会信用代码无效：%1</translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name.</source>
        <translation>请输入企业名称。</translation>
    </message>
    <message>
        <source>Identify the person at the window who acts for the enterprise.</source>
        <translation>请核验代表企业现场办理的人员身份。</translation>
    </message>
    <message>
        <source>The agent&apos;s ID number is not valid: %1</source>
        <translation>代理人身份证号码无效：%1</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name.</source>
        <translation>请输入代理人姓名。</translation>
    </message>
    <message>
        <source>Choose at least one service item.</source>
        <translation>请至少选择一个办理事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n required material(s) missing: %1</source>
        <translation>
            <numerusform>缺少 %n 份必要材料：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the mailing address, or choose another way to deliver the result.</source>
        <translation>请填写邮寄地址，或选择其他结果送达方式。</translation>
    </message>
    <message>
        <source>The applicant&apos;s ID card expired on %1.</source>
        <translation>申请人身份证已于 %1 过期。</translation>
    </message>
    <message>
        <source>The agent&apos;s ID card expired on %1.</source>
        <translation>代理人身份证已于 %1 过期。</translation>
    </message>
</context>
<context>
    <name>ow::IntakeRecorder</name>
    <message>
        <source>The matter is not within this hall&apos;s or department&apos;s remit</source>
        <translation>申请事项依法不属于本中心或本部门职权范围</translation>
    </message>
    <message>
        <source>The applicant is not eligible to apply for this item</source>
        <translation>申请人不具备申请该事项的主体资格</translation>
    </message>
    <message>
        <source>The application falls outside the item&apos;s legal scope</source>
        <translation>申请内容不属于该事项的法定受理范围</translation>
    </message>
    <message>
        <source>The applicant withdrew the application at the window</source>
        <translation>申请人当场撤回申请</translation>
    </message>
    <message>
        <source>Other reason (see details)</source>
        <translation>其他原因（详见说明）</translation>
    </message>
</context>
<context>
    <name>ow::ItemStep</name>
    <message>
        <source>Item name, pinyin (e.g. gtsh) or code; Enter adds the first</source>
        <translation>事项名称、拼音首字母（如 gtsh）或编码；按 Enter 添加第一项</translation>
    </message>
    <message>
        <source>Items of this intake</source>
        <translation>本次受理事项</translation>
    </message>
    <message>
        <source>Del removes an item · Ctrl+Enter: on to the materials</source>
        <translation>Del 移除事项 · Ctrl+Enter 进入材料</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>[One thing] %1</source>
        <translation>[一事联办] %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %n working day(s) · %3</source>
        <translation>
            <numerusform>%1 — %2 · %n个工作日 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n working day(s)</source>
        <translation>
            <numerusform>%1
%2 · %n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>One thing: %1</source>
        <translation>一事联办：%1</translation>
    </message>
    <message>
        <source>Promised by %1 if accepted today</source>
        <translation>今日受理，承诺办结日期：%1</translation>
    </message>
    <message>
        <source> (provisional: next year&apos;s holidays are not published yet)</source>
        <translation>（暂定：次年节假日安排尚未公布）</translation>
    </message>
    <message>
        <source>No item chosen yet.</source>
        <translation>尚未选择事项。</translation>
    </message>
</context>
<context>
    <name>ow::LastReadPanel</name>
    <message>
        <source>Last read</source>
        <translation>最近读取</translation>
    </message>
    <message>
        <source>No card read yet.</source>
        <translation>尚未读卡。</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>尚未扫码。</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>读卡器：</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>证件：</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>扫码：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>未启用</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Ready: place a card on the reader</source>
        <translation>就绪：请将证件放到读卡器上</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>正在读卡…</translation>
    </message>
    <message>
        <source>Not connected (retrying)</source>
        <translation>未连接（正在重试）</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Appointment code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>无法识别的码</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>%1 at %2: %3, %4, %5, valid until %6</source>
        <translation>%1（%2 读取）：%3，%4，%5，有效期限 %6</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ow::LicenceStore</name>
    <message>
        <source>read the electronic licences</source>
        <translation>读取电子证照</translation>
    </message>
</context>
<context>
    <name>ow::LocalCentralServer</name>
    <message>
        <source>The demo central server could not be started: %1</source>
        <translation>无法启动演示用中心服务器：%1</translation>
    </message>
    <message>
        <source>The demo central server stopped (exit status %1); the window works offline.</source>
        <translation>演示用中心服务器已停止（退出状态 %1）；本窗口转为离线工作。</translation>
    </message>
    <message>
        <source>The demo central server did not start in time; the window works offline.</source>
        <translation>演示用中心服务器未能及时启动；本窗口将离线工作。</translation>
    </message>
    <message>
        <source>The demo central server (onewindow-central) is not installed; the window works offline.</source>
        <translation>未安装演示用中心服务器（onewindow-central）；本窗口将离线工作。</translation>
    </message>
    <message>
        <source>The folder %1 for the demo central server cannot be created.</source>
        <translation>无法为演示用中心服务器创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The demo central server announced an address that cannot be used: %1</source>
        <translation>演示用中心服务器公布的地址不可用：%1</translation>
    </message>
</context>
<context>
    <name>ow::MailingSlipDocument</name>
    <message>
        <source>Free Mailing Slip</source>
        <translation>免费邮寄单</translation>
    </message>
    <message>
        <source>Postage paid by the hall</source>
        <translation>邮费由大厅承担</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>邮件信息</translation>
    </message>
    <message>
        <source>Acceptance number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>寄件日期</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗受理客户端</translation>
    </message>
    <message>
        <source>The queue module is not built yet. Calling the next ticket to this window arrives in a later release; until then, call tickets with the hall&apos;s queue system.</source>
        <translation>叫号模块尚未开发。本窗口叫号功能将在后续版本中提供；在此之前，请使用大厅的排队叫号系统叫号。</translation>
    </message>
    <message>
        <source>The dispatch and delivery module is not built yet. Dispatch slips, handovers to the departments, result pick-up and free mailing arrive in a later release.</source>
        <translation>分办出件模块尚未开发。派件单、部门交接、结果领取和免费邮寄将在后续版本中提供。</translation>
    </message>
    <message>
        <source>The supervision module is not built yet. The hall board, the deadline board and the follow-up of poor ratings arrive in a later release.</source>
        <translation>监管模块尚未开发。大厅看板、时限看板和差评跟踪整改将在后续版本中提供。</translation>
    </message>
    <message>
        <source>Window clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Dispatch and delivery</source>
        <translation>分办出件</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>窗口 %1</translation>
    </message>
    <message>
        <source>OneWindow — %1</source>
        <translation>一窗受理客户端 — %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>打印机(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>设备(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>导出诊断信息(&amp;D)…</translation>
    </message>
    <message>
        <source>S&amp;ync with the central server…</source>
        <translation>与中心服务器同步(&amp;Y)…</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user…</source>
        <translation>退出登录/切换用户(&amp;O)…</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>会话(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ow::MaterialChecklistModel</name>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>涉及事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ow::MaterialDetailPanel</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Add pages from image or PDF files (Ctrl+O). Files can also be dropped here.</source>
        <translation>从图片或 PDF 文件添加页面（Ctrl+O），也可将文件拖放到此处。</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <source>Take a page with the document camera</source>
        <translation>用高拍仪拍摄一页</translation>
    </message>
    <message>
        <source>No pages yet: import files, capture, or drop files here.</source>
        <translation>暂无页面：请导入文件、拍摄，或将文件拖放到此处。</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <source>Move the chosen page one place earlier (Ctrl+Left)</source>
        <translation>将选中的页面前移一位（Ctrl+Left）</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>后移</translation>
    </message>
    <message>
        <source>Move the chosen page one place later (Ctrl+Right)</source>
        <translation>将选中的页面后移一位（Ctrl+Right）</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>删除页面</translation>
    </message>
    <message>
        <source>Delete the chosen page (Del)</source>
        <translation>删除选中的页面（Del）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Show the chosen page large (Space or double click)</source>
        <translation>放大显示选中的页面（空格键或双击）</translation>
    </message>
    <message>
        <source>Other ways</source>
        <translation>其他提交方式</translation>
    </message>
    <message>
        <source>Electronic licence</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>Take the material from the electronic licence library instead of paper</source>
        <translation>从电子证照库调取该材料，无需纸质材料</translation>
    </message>
    <message>
        <source>Reuse from record</source>
        <translation>档案复用</translation>
    </message>
    <message>
        <source>Use the pages kept with an earlier case of this applicant</source>
        <translation>使用该申请人以往办件中留存的页面</translation>
    </message>
    <message>
        <source>Original seen and returned</source>
        <translation>原件核验</translation>
    </message>
    <message>
        <source>The original was checked at the window and handed back; nothing is kept</source>
        <translation>原件已在窗口核验并退还，不留存任何内容</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>容缺承诺</translation>
    </message>
    <message>
        <source>Accept without it: the applicant signs a commitment to supply it later</source>
        <translation>容缺受理：申请人签署承诺书，承诺后补该材料</translation>
    </message>
    <message>
        <source>Mark missing</source>
        <translation>标为缺件</translation>
    </message>
    <message>
        <source>Forget how this material was given; it is missing again</source>
        <translation>清除该材料的提交方式，恢复为缺件</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Choose a material in the list first.</source>
        <translation>请先在列表中选择材料。</translation>
    </message>
    <message>
        <source>No material chosen</source>
        <translation>未选择材料</translation>
    </message>
    <message>
        <source>Choose a material in the list to see the ways to give it.</source>
        <translation>在列表中选择材料，即可查看其提交方式。</translation>
    </message>
    <message>
        <source>Allowed: the case can be accepted and the material supplied later.</source>
        <translation>允许容缺：可先受理，材料后补。</translation>
    </message>
    <message>
        <source>Not allowed: an item requires this material at acceptance.</source>
        <translation>不允许容缺：有事项要求受理时提交此材料。</translation>
    </message>
    <message>
        <source>Asked for by: %1</source>
        <translation>涉及事项：%1</translation>
    </message>
    <message>
        <source>Electronic licences accepted: %1</source>
        <translation>可用电子证照：%1</translation>
    </message>
    <message>
        <source>No electronic licence replaces this material.</source>
        <translation>该材料没有可替代的电子证照。</translation>
    </message>
    <message>
        <source>The applicant&apos;s %1 expired on %2.</source>
        <translation>申请人的%1已于 %2 过期。</translation>
    </message>
    <message>
        <source>The applicant has no electronic licence of this kind.</source>
        <translation>申请人没有此类电子证照。</translation>
    </message>
    <message>
        <source>Nothing kept on record for this material.</source>
        <translation>档案中没有留存此材料。</translation>
    </message>
    <message>
        <source>“%1” cannot be accepted under a commitment: an item requires it at acceptance.</source>
        <translation>“%1”不能容缺受理：有事项要求受理时提交此材料。</translation>
    </message>
    <message>
        <source>Page %1 of “%2” deleted.</source>
        <translation>已删除“%2”的第 %1 页。</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1，第 %2 页，共 %3 页</translation>
    </message>
</context>
<context>
    <name>ow::MaterialMessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ow::MaterialOptions</name>
    <message numerus="yes">
        <source>All %n items</source>
        <translation>
            <numerusform>全部 %n 个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>原件和复印件</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n copies</source>
        <translation>
            <numerusform>%1，%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Required (agent)</source>
        <translation>代理时必要</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>非必要</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺件</translation>
    </message>
    <message>
        <source>Missing: commitment not allowed</source>
        <translation>缺件：不允许容缺</translation>
    </message>
    <message>
        <source>Missing: licence not accepted</source>
        <translation>缺件：不接受该电子证照</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Electronic licence %1 (trust %2)</source>
        <translation>电子证照 %1（可信等级 %2）</translation>
    </message>
    <message>
        <source>Electronic licence %1</source>
        <translation>电子证照 %1</translation>
    </message>
    <message numerus="yes">
        <source>Reused from an earlier case, %n page(s)</source>
        <translation>
            <numerusform>复用以往办件，%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reused from case %1, %n page(s)</source>
        <translation>
            <numerusform>复用办件 %1，%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Original seen and returned</source>
        <translation>原件已核验退还</translation>
    </message>
    <message>
        <source>Under commitment</source>
        <translation>容缺承诺</translation>
    </message>
    <message>
        <source>trust level %1</source>
        <translation>可信等级 %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” of case %2, accepted %3, %n page(s)</source>
        <translation>
            <numerusform>办件 %2 中的“%1”（%3 受理，%n 页）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::MaterialUploader</name>
    <message>
        <source>the upload did not advance</source>
        <translation>上传进度没有推进</translation>
    </message>
    <message>
        <source>The stored material %1 could not be read (%2).</source>
        <translation>无法读取已存储的材料 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>ow::MaterialsStep</name>
    <message>
        <source>Materials checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>No service items chosen yet: their materials appear here.</source>
        <translation>尚未选择办理事项；选择后在此显示所需材料。</translation>
    </message>
    <message>
        <source>Enter: next missing material · Tab: the ways to give it</source>
        <translation>Enter：下一项缺件材料 · Tab：提交方式</translation>
    </message>
    <message>
        <source>Back  %1</source>
        <translation>返回  %1</translation>
    </message>
    <message>
        <source>Go to review  %1</source>
        <translation>核对受理  %1</translation>
    </message>
    <message>
        <source>All required materials are given.</source>
        <translation>必要材料已齐全。</translation>
    </message>
    <message numerus="yes">
        <source>%n required material(s) missing: %1.</source>
        <translation>
            <numerusform>缺少 %n 份必要材料：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under commitment.</source>
        <translation>
            <numerusform>容缺 %n 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required material(s) still missing. Ctrl+Enter goes on to the review all the same.</source>
        <translation>
            <numerusform>仍缺少 %n 份必要材料。按 Ctrl+Enter 仍可进入核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a material in the list first.</source>
        <translation>请先在列表中选择材料。</translation>
    </message>
    <message>
        <source>Import pages of “%1”</source>
        <translation>导入“%1”的页面</translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf);;All files (*)</source>
        <translation>图片和 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a material in the list first, then import its pages.</source>
        <translation>请先在列表中选择材料，再导入其页面。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) added to “%1”.</source>
        <translation>
            <numerusform>已向“%1”添加 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) added to “%1”. Not added:</source>
        <translation>
            <numerusform>已向“%1”添加 %n 页。未添加：</numerusform>
        </translation>
    </message>
    <message>
        <source>No document camera is set up at this window.</source>
        <translation>本窗口未配置高拍仪。</translation>
    </message>
    <message>
        <source>Capturing a page of “%1”…</source>
        <translation>正在拍摄“%1”的页面…</translation>
    </message>
    <message>
        <source>The camera delivered no picture. Check the camera and capture again.</source>
        <translation>高拍仪未返回图像。请检查高拍仪后重新拍摄。</translation>
    </message>
    <message>
        <source>The captured page could not be saved as JPEG. Capture it again.</source>
        <translation>拍摄的页面无法保存为 JPEG。请重新拍摄。</translation>
    </message>
    <message>
        <source>Page %1 of “%2” captured.</source>
        <translation>已拍摄“%2”的第 %1 页。</translation>
    </message>
</context>
<context>
    <name>ow::ModuleRail</name>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Dispatch and delivery</source>
        <translation>分办出件</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
</context>
<context>
    <name>ow::OfflineCredentialStore</name>
    <message>
        <source>keep the offline sign-in</source>
        <translation>保存离线登录凭据</translation>
    </message>
    <message>
        <source>read the offline sign-in</source>
        <translation>读取离线登录凭据</translation>
    </message>
    <message>
        <source>record an offline sign-in attempt</source>
        <translation>记录离线登录尝试</translation>
    </message>
    <message>
        <source>forget the offline sign-in</source>
        <translation>清除离线登录凭据</translation>
    </message>
</context>
<context>
    <name>ow::OfflineLogin</name>
    <message>
        <source>%1 has never signed in on this computer while the central server could be reached, so the password cannot be checked offline. Sign in when the network is back, or ask IT.</source>
        <translation>%1 从未在本机联网登录过中心服务器，无法离线验证密码。请在网络恢复后登录，或联系技术支持人员。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: offline sign-in for %1 is blocked until %2. Wait, or sign in when the central server can be reached.</source>
        <translation>密码错误次数过多：%1 的离线登录已锁定至 %2。请等待，或在可以连接中心服务器时登录。</translation>
    </message>
    <message numerus="yes">
        <source>%1 last signed in with the central server on %2; offline sign-in is allowed for %n day(s) after that. Connect to the network and sign in online.</source>
        <translation>
            <numerusform>%1 上次联网登录中心服务器是在 %2，离线登录仅在此后 %n 天内有效。请连接网络后在线登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is wrong. After %n wrong password(s), offline sign-in is blocked for %1 minute(s). Wait, or sign in when the central server can be reached.</source>
        <translation>
            <numerusform>密码错误。已连续输错 %n 次，离线登录锁定 %1 分钟。请等待，或在可以连接中心服务器时登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is wrong (checked on this computer, without the central server). %n attempt(s) left before offline sign-in is blocked.</source>
        <translation>
            <numerusform>密码错误（由本机离线验证，未连接中心服务器）。还可尝试 %n 次，之后离线登录将被锁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::OneTimeNoticeDocument</name>
    <message>
        <source>One-time Notice of Missing Materials</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>To complete your application, bring all of the following materials. This list is complete: nothing else will be asked for this application.</source>
        <translation>为完成您的申请，请备齐以下全部材料。本告知书一次性告知全部所需材料，本次申请不会再要求提交其他材料。</translation>
    </message>
    <message>
        <source>Materials still needed</source>
        <translation>需补齐的材料</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Already checked, not needed again</source>
        <translation>已核验材料（无需再次提交）</translation>
    </message>
    <message>
        <source>Bring them to any comprehensive window of %1.</source>
        <translation>请携带上述材料到%1任一综合窗口办理。</translation>
    </message>
    <message>
        <source>Questions: %1.</source>
        <translation>咨询电话：%1。</translation>
    </message>
    <message>
        <source>Received by the applicant (signature)</source>
        <translation>申请人签收</translation>
    </message>
</context>
<context>
    <name>ow::OpenCasesModel</name>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · 已超期</translation>
    </message>
    <message>
        <source>%1 · due soon</source>
        <translation>%1 · 即将到期</translation>
    </message>
    <message>
        <source>Acceptance number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
</context>
<context>
    <name>ow::OutboxOperationsModel</name>
    <message>
        <source>Case report %1</source>
        <translation>办件上报 %1</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>Page upload %1…</source>
        <translation>材料页上传 %1…</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>操作 %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒收：%1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>Retrying: attempt %1, next at %2</source>
        <translation>正在重试：第 %1 次，下次于 %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已上传</translation>
    </message>
</context>
<context>
    <name>ow::OutboxStore</name>
    <message>
        <source>An operation for the central server has no identifier or kind, so nothing was saved. This is a program error; please report it.</source>
        <translation>一项待上传到中心服务器的操作缺少标识或类型，未保存任何内容。这是程序错误，请上报。</translation>
    </message>
    <message>
        <source>queue an operation for the central server</source>
        <translation>将操作加入待上传队列</translation>
    </message>
    <message>
        <source>read the queue for the central server</source>
        <translation>读取待上传队列</translation>
    </message>
    <message>
        <source>update the queue for the central server</source>
        <translation>更新待上传队列</translation>
    </message>
    <message>
        <source>The queued operation %1 no longer exists.</source>
        <translation>待上传操作 %1 已不存在。</translation>
    </message>
    <message>
        <source>count the queue for the central server</source>
        <translation>统计待上传队列</translation>
    </message>
    <message>
        <source>clean up the queue for the central server</source>
        <translation>清理待上传队列</translation>
    </message>
</context>
<context>
    <name>ow::OutcomePanel</name>
    <message>
        <source>Print again (F8)</source>
        <translation>重新打印 (F8)</translation>
    </message>
    <message>
        <source>Next intake (Enter)</source>
        <translation>受理下一件 (Enter)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Query code %1 · promised by %2</source>
        <translation>查询密码 %1 · 承诺办结日期 %2</translation>
    </message>
    <message>
        <source> (provisional: next year&apos;s holidays are not published yet)</source>
        <translation>（暂定：次年节假日安排尚未公布）</translation>
    </message>
    <message>
        <source>Materials under commitment are due by %1</source>
        <translation>容缺材料须于%1前补交</translation>
    </message>
    <message>
        <source>Refused to accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Returned for materials</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>To bring: %1</source>
        <translation>需补齐：%1</translation>
    </message>
</context>
<context>
    <name>ow::PageImporter</name>
    <message>
        <source>an Office document (Word, Excel or WPS)</source>
        <translation>Office 文档（Word、Excel 或 WPS）</translation>
    </message>
    <message>
        <source>a ZIP archive or an Office document</source>
        <translation>ZIP 压缩包或 Office 文档</translation>
    </message>
    <message>
        <source>a rich-text document</source>
        <translation>富文本（RTF）文档</translation>
    </message>
    <message>
        <source>a compressed archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <translation>未知类型的文件</translation>
    </message>
    <message>
        <source>%1 is empty. Scan or choose the file again.</source>
        <translation>%1 是空文件。请重新扫描或选择文件。</translation>
    </message>
    <message>
        <source>%1 is %2; a page may be at most %3. Scan it again at a lower resolution or in grey, or split the document into pages.</source>
        <translation>%1 大小为 %2，每页最大 %3。请降低分辨率或改用灰度重新扫描，或将文档拆分为单页。</translation>
    </message>
    <message>
        <source>%1 is not an image or a PDF: it looks like %2. Save or scan it as PDF, JPEG or PNG.</source>
        <translation>%1 不是图片或 PDF，看起来是%2。请另存或扫描为 PDF、JPEG 或 PNG。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that the file still exists and that you may open it.</source>
        <translation>无法读取 %1：%2。请确认文件仍然存在且您有权打开。</translation>
    </message>
</context>
<context>
    <name>ow::PagePreviewDialog</name>
    <message>
        <source>This page is a PDF document (%1). It is kept as it is and sent with the case; the preview shows images only.</source>
        <translation>此页为 PDF 文档（%1），将按原样保存并随办件报送；预览仅显示图片。</translation>
    </message>
    <message>
        <source>This page cannot be shown: %1.</source>
        <translation>无法显示此页：%1。</translation>
    </message>
</context>
<context>
    <name>ow::PageStrip</name>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>第 %1 页，共 %2 页：%3</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>PDF document, %1</source>
        <translation>PDF 文档，%1</translation>
    </message>
    <message>
        <source>image that cannot be shown (%1), %2</source>
        <translation>无法显示的图片（%1），%2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 像素，%3</translation>
    </message>
</context>
<context>
    <name>ow::PdfExporter</name>
    <message>
        <source>The PDF could not be made. Report this to IT support.</source>
        <translation>无法生成 PDF。请向技术支持人员报告。</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1. Check that the disk has space and try again.</source>
        <translation>无法写入 PDF：%1。请检查磁盘空间后重试。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请另选文件夹。</translation>
    </message>
</context>
<context>
    <name>ow::PersonFields</name>
    <message>
        <source>18 characters; F2 reads the card</source>
        <translation>18 位；按 F2 读卡</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>ow::PrintLabels</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>Date format on printed documents (QDate::toString), e.g. yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>Date and time format on printed documents (QDateTime::toString), e.g. yyyy年M月d日 HH:mm</extracomment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Window %1, clerk %2</source>
        <translation>窗口 %1，受理人 %2</translation>
    </message>
    <message numerus="yes">
        <source>Received, %n page(s) scanned</source>
        <translation>
            <numerusform>已收取，扫描 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Electronic licence (not submitted)</source>
        <translation>电子证照（免提交）</translation>
    </message>
    <message>
        <source>Reused from the applicant&apos;s file</source>
        <translation>复用申请人档案</translation>
    </message>
    <message>
        <source>Original checked and returned</source>
        <translation>原件已核验并退还</translation>
    </message>
    <message>
        <source>Missing, to be supplied under commitment</source>
        <translation>容缺，承诺补交</translation>
    </message>
    <message numerus="yes">
        <source>Original, %n copy(ies)</source>
        <translation>
            <numerusform>原件 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photocopy, %n copy(ies)</source>
        <translation>
            <numerusform>复印件 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Original and %n photocopy(ies)</source>
        <translation>
            <numerusform>原件（核验），复印件 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>No result to deliver</source>
        <translation>无需送达结果</translation>
    </message>
    <message>
        <source>Pick up at the delivery counter</source>
        <translation>到统一出件窗口领取</translation>
    </message>
    <message>
        <source>Free mailing</source>
        <translation>免费邮寄</translation>
    </message>
    <message>
        <source>Electronic delivery</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>A provisional date is computed before the holiday arrangement of its year is published; the hall confirms it once the arrangement is out.</source>
        <translation>暂定日期系在当年节假日安排公布前计算得出，安排公布后由大厅予以确认。</translation>
    </message>
</context>
<context>
    <name>ow::PrintPreviewLauncher</name>
    <message>
        <source>Save as PDF...</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ow::PrinterSettingsDialog</name>
    <message>
        <source>Printers</source>
        <translation>打印机设置</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Where each document is printed at this window, and on which paper.</source>
        <translation>本窗口各类单据使用的打印机和纸张。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>Preview sample</source>
        <translation>预览样例</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>承诺书</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Dispatch slip</source>
        <translation>派件单</translation>
    </message>
    <message>
        <source>Mailing slip</source>
        <translation>邮寄单</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排队号票</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 毫米卷纸</translation>
    </message>
</context>
<context>
    <name>ow::PseudoTerminal</name>
    <message>
        <source>Could not create a pseudo-terminal for the simulated device: %1</source>
        <translation>无法为模拟设备创建伪终端：%1</translation>
    </message>
    <message>
        <source>Could not create the port name %1 for the simulated device.</source>
        <translation>无法为模拟设备创建端口名称 %1。</translation>
    </message>
</context>
<context>
    <name>ow::QrCodeImage</name>
    <message>
        <source>The QR code could not be made (%1 characters). Report this to IT support.</source>
        <translation>无法生成二维码（%1 个字符）。请向技术支持人员报告。</translation>
    </message>
</context>
<context>
    <name>ow::QueueTicketDocument</name>
    <message>
        <source>Queue Ticket</source>
        <translation>排队号票</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>下一位就是您。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait for your number to be called and shown on the screen. A number called three times without answer is passed.</source>
        <translation>请留意叫号广播和屏幕显示。叫号三次未到视为过号。</translation>
    </message>
</context>
<context>
    <name>ow::QueueTicketStore</name>
    <message>
        <source>save the queue ticket</source>
        <translation>保存排队号</translation>
    </message>
    <message>
        <source>read the queue tickets</source>
        <translation>读取排队号</translation>
    </message>
</context>
<context>
    <name>ow::ReceiptDocument</name>
    <message>
        <source>Acceptance Receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Acceptance number %1</source>
        <translation>受理编号 %1</translation>
    </message>
    <message>
        <source>%1, within %2</source>
        <translation>%1（%2内）</translation>
    </message>
    <message>
        <source>Acceptance number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Query code</source>
        <translation>查询密码</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Promised completion</source>
        <translation>承诺办结时限</translation>
    </message>
    <message>
        <source>Scan to follow the case</source>
        <translation>扫码查询办理进度</translation>
    </message>
    <message>
        <source>Clerk (signature)</source>
        <translation>受理人（签名）</translation>
    </message>
    <message>
        <source>Applicant (signature)</source>
        <translation>申请人（签名）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>One-thing theme</source>
        <translation>一事联办主题</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>How it was received</source>
        <translation>收取方式</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s)</source>
        <translation>
            <numerusform>共 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials missing under commitment must be supplied by %1, as the signed commitment letter says.</source>
        <translation>容缺材料须于%1前补交，详见已签署的承诺书。</translation>
    </message>
    <message>
        <source>Delivery and follow-up</source>
        <translation>结果送达与进度查询</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1，寄往%2</translation>
    </message>
    <message>
        <source>Result delivery</source>
        <translation>结果送达方式</translation>
    </message>
    <message>
        <source>Keep this receipt. The query code is printed only here: with the acceptance number and the query code you can follow the case and collect its result.</source>
        <translation>请妥善保管本回执。查询密码仅打印在本回执上：凭受理编号和查询密码可查询办理进度、领取办理结果。</translation>
    </message>
</context>
<context>
    <name>ow::ReceiptQrPayload</name>
    <message>
        <source>The query code must be %1 characters of the query-code alphabet.</source>
        <translation>查询密码必须是由查询密码字符集中的字符组成的 %1 位密码。</translation>
    </message>
    <message>
        <source>This code is not a OneWindow receipt. Scan the QR code on the acceptance receipt, or type the acceptance number and query code.</source>
        <translation>此码不是一窗受理回执的二维码。请扫描受理回执上的二维码，或输入受理编号和查询密码。</translation>
    </message>
    <message>
        <source>The query code in this receipt&apos;s QR code is damaged. Type the query code printed on the receipt.</source>
        <translation>此回执二维码中的查询密码已损坏。请输入回执上打印的查询密码。</translation>
    </message>
</context>
<context>
    <name>ow::RefusalDialog</name>
    <message>
        <source>Refuse to accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Details for the notice, e.g. which authority handles the matter</source>
        <translation>通知书中的说明，例如应向哪个机关申请</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Refuse and print the notice</source>
        <translation>不予受理并打印通知书</translation>
    </message>
</context>
<context>
    <name>ow::RefusalNoticeDocument</name>
    <message>
        <source>Notice of Refusal</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>On %1 you applied to this hall for &quot;%2&quot;. After examination, the application is not accepted, for the following reason:</source>
        <translation>你（单位）于%1向本中心申请办理“%2”。经审查，该申请不予受理，理由如下：</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Where to apply</source>
        <translation>可向以下机关申请</translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may apply for administrative reconsideration within 60 days of receiving this notice, or bring an administrative lawsuit before a people&apos;s court within 6 months.</source>
        <translation>如对本决定不服，可以自收到本通知书之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Received by the applicant (signature)</source>
        <translation>申请人签收</translation>
    </message>
</context>
<context>
    <name>ow::RegionTable</name>
    <message>
        <source>The region table cannot be read: %1</source>
        <translation>无法读取行政区划代码表：%1</translation>
    </message>
    <message>
        <source>Line %1 of the region table is malformed: %2</source>
        <translation>行政区划代码表第 %1 行格式错误：%2</translation>
    </message>
    <message>
        <source>it has more than four columns.</source>
        <translation>列数超过四列。</translation>
    </message>
    <message>
        <source>it has %1 columns instead of four.</source>
        <translation>共 %1 列，应为四列。</translation>
    </message>
    <message>
        <source>the code is not six digits.</source>
        <translation>代码不是六位数字。</translation>
    </message>
    <message>
        <source>the editions are not two dates YYYYMM, the first before the last.</source>
        <translation>版本应为两个 YYYYMM 格式的日期，且前一个早于后一个。</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>代码 %1 重复出现。</translation>
    </message>
</context>
<context>
    <name>ow::ResidentId</name>
    <message>
        <source>No ID number was entered.</source>
        <translation>未输入身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (15 digits in the old format), not %1.</source>
        <translation>身份证号码应为 18 位（旧版为 15 位数字），而不是 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not a digit: an old-format ID number has 15 digits.</source>
        <translation>第 %1 位（“%2”）不是数字：旧版身份证号码为 15 位数字。</translation>
    </message>
    <message>
        <source>The last character (&quot;%1&quot;) should be a digit or X.</source>
        <translation>最后一位（“%1”）应为数字或 X。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) should be a digit; only the last one may be X.</source>
        <translation>第 %1 位（“%2”）应为数字；只有最后一位可以是 X。</translation>
    </message>
    <message>
        <source>There is no region %1 in any edition of GB/T 2260.</source>
        <translation>GB/T 2260 的各版本中均无行政区划代码 %1。</translation>
    </message>
    <message>
        <source>The birth date %1 is not a real date.</source>
        <translation>出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900.</source>
        <translation>出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于当前日期。</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2.</source>
        <translation>校验码应为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>No region code of GB/T 2260 starts with %1.</source>
        <translation>没有以 %1 开头的 GB/T 2260 行政区划代码。</translation>
    </message>
    <message>
        <source>No birth date from 1900 until today starts with %1.</source>
        <translation>1900 年至今没有以 %1 开头的出生日期。</translation>
    </message>
</context>
<context>
    <name>ow::ReviewStep</name>
    <message>
        <source>Delivery of the result</source>
        <translation>结果送达方式</translation>
    </message>
    <message>
        <source>Pick-up at the delivery counter</source>
        <translation>出件窗口领取</translation>
    </message>
    <message>
        <source>Free mailing</source>
        <translation>免费邮寄</translation>
    </message>
    <message>
        <source>Electronic delivery</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>Accept (F5)</source>
        <translation>受理 (F5)</translation>
    </message>
    <message>
        <source>Return for missing materials (F6)</source>
        <translation>一次性告知 (F6)</translation>
    </message>
    <message>
        <source>Refuse to accept… (F7)</source>
        <translation>不予受理… (F7)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>代理人：</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>One thing: %1</source>
        <translation>一事联办：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Promised completion:</source>
        <translation>承诺办结日期：</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺件</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>electronic licence</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>reused from the file</source>
        <translation>复用档案</translation>
    </message>
    <message>
        <source>original seen and returned</source>
        <translation>原件已核验退还</translation>
    </message>
    <message>
        <source>under commitment</source>
        <translation>容缺承诺</translation>
    </message>
    <message>
        <source>optional, not given</source>
        <translation>非必要，未提交</translation>
    </message>
</context>
<context>
    <name>ow::SamFrame</name>
    <message>
        <source>The ID-card reader sent something that is not a SAM frame.</source>
        <translation>身份证读卡器发送的数据不是 SAM 数据帧。</translation>
    </message>
    <message>
        <source>The ID-card reader sent a frame of the wrong length; the answer was cut off or damaged.</source>
        <translation>身份证读卡器发送的数据帧长度错误，应答被截断或已损坏。</translation>
    </message>
    <message>
        <source>The ID-card reader sent a damaged answer (checksum error). Remove the card and place it again.</source>
        <translation>身份证读卡器发送的应答已损坏（校验和错误）。请取下证件后重新放置。</translation>
    </message>
    <message>
        <source>The ID-card reader sent an answer that is too short.</source>
        <translation>身份证读卡器发送的应答过短。</translation>
    </message>
</context>
<context>
    <name>ow::SamStatus</name>
    <message>
        <source>The ID-card reader completed the operation.</source>
        <translation>身份证读卡器已完成操作。</translation>
    </message>
    <message>
        <source>The card holds no further information to read.</source>
        <translation>证件中没有更多可读取的信息。</translation>
    </message>
    <message>
        <source>An ID card is on the reader.</source>
        <translation>读卡器上已放置身份证。</translation>
    </message>
    <message>
        <source>The ID-card reader received a damaged command (checksum error). Check the cable; the next read is retried automatically.</source>
        <translation>身份证读卡器收到的命令已损坏（校验和错误）。请检查连接线；下次读卡将自动重试。</translation>
    </message>
    <message>
        <source>The ID-card reader received a command of the wrong length. Check the cable; the next read is retried automatically.</source>
        <translation>身份证读卡器收到的命令长度错误。请检查连接线；下次读卡将自动重试。</translation>
    </message>
    <message>
        <source>The ID-card reader does not understand this command. Check that the reader kind in the device settings matches the device.</source>
        <translation>身份证读卡器不支持此命令。请检查设备设置中的读卡器类型是否与实际设备一致。</translation>
    </message>
    <message>
        <source>The security module of the ID-card reader is not authorised. Contact the reader&apos;s supplier.</source>
        <translation>身份证读卡器的安全模块未获授权。请联系读卡器供应商。</translation>
    </message>
    <message>
        <source>The ID card could not be authenticated. Place the card flat on the reader again; if it fails again, the card may be damaged or not genuine.</source>
        <translation>身份证认证失败。请将证件重新平放在读卡器上；如仍失败，证件可能已损坏或并非真实证件。</translation>
    </message>
    <message>
        <source>The card on the reader is not an identity card. Place an ID card, residence permit or permanent residence card on the reader.</source>
        <translation>读卡器上的卡片不是身份证件。请放置居民身份证、居住证或永久居留身份证。</translation>
    </message>
    <message>
        <source>Reading the ID card failed (the card moved or its chip is worn). Remove the card and place it flat on the reader again.</source>
        <translation>读取身份证失败（证件被移动或芯片磨损）。请取下证件，重新平放在读卡器上。</translation>
    </message>
    <message>
        <source>The security module of the ID-card reader failed its self-test. Unplug the reader, plug it back in and try again; if it persists, the reader needs repair.</source>
        <translation>身份证读卡器的安全模块自检失败。请拔下读卡器后重新插上再试；如仍出现，读卡器需要维修。</translation>
    </message>
    <message>
        <source>No ID card is on the reader.</source>
        <translation>读卡器上没有身份证。</translation>
    </message>
    <message>
        <source>The ID card could not be selected. Leave the card still on the reader.</source>
        <translation>无法选中身份证。请将证件静置在读卡器上，不要移动。</translation>
    </message>
    <message>
        <source>The ID-card reader reported an unknown status (0x%1). Remove the card and place it again; if it persists, restart the reader.</source>
        <translation>身份证读卡器报告未知状态（0x%1）。请取下证件后重新放置；如仍出现，请重启读卡器。</translation>
    </message>
</context>
<context>
    <name>ow::SampleDocuments</name>
    <message>
        <source>%1 (sample)</source>
        <translation>%1（样例）</translation>
    </message>
    <message>
        <source>%1 · Sample for trying the printer, not a valid document</source>
        <translation>%1 · 打印测试样例，不作为有效单据</translation>
    </message>
</context>
<context>
    <name>ow::SequenceStore</name>
    <message>
        <source>take the next acceptance number</source>
        <translation>取下一个受理编号</translation>
    </message>
</context>
<context>
    <name>ow::SerialIdCardReader</name>
    <message>
        <source>The ID-card reader was disconnected (%1). Check its cable; it is reconnected automatically.</source>
        <translation>身份证读卡器已断开连接（%1）。请检查连接线；系统将自动重新连接。</translation>
    </message>
    <message>
        <source>The ID-card reader on %1 cannot be opened (%2). Check that it is plugged in and that the port in the device settings is right.</source>
        <translation>无法打开 %1 上的身份证读卡器（%2）。请检查读卡器是否已插好，以及设备设置中的端口是否正确。</translation>
    </message>
    <message>
        <source>Reading the ID card was interrupted (the card was taken away or the reader stopped answering). Place the card on the reader again.</source>
        <translation>读取身份证中断（证件被拿开或读卡器无响应）。请将证件重新放到读卡器上。</translation>
    </message>
    <message>
        <source>The ID-card reader on %1 does not answer. Check that it is switched on and connected; it is reconnected automatically.</source>
        <translation>%1 上的身份证读卡器无响应。请检查读卡器是否已开机并连接；系统将自动重新连接。</translation>
    </message>
</context>
<context>
    <name>ow::SerialLineScanner</name>
    <message>
        <source>The barcode scanner on %1 cannot be opened (%2). Check that it is plugged in and that the port in the device settings is right.</source>
        <translation>无法打开 %1 上的扫码枪（%2）。请检查扫码枪是否已插好，以及设备设置中的端口是否正确。</translation>
    </message>
    <message>
        <source>The barcode scanner was disconnected (%1). It is reconnected automatically.</source>
        <translation>扫码枪已断开连接（%1）。系统将自动重新连接。</translation>
    </message>
</context>
<context>
    <name>ow::ServiceItemTableModel</name>
    <message>
        <source>Immediate</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1个工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1个工作日</translation>
    </message>
    <message>
        <source>Promised: %1 · legal limit: %2</source>
        <translation>承诺时限：%1 · 法定时限：%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Promised limit</source>
        <translation>承诺时限</translation>
    </message>
</context>
<context>
    <name>ow::SignInDialog</name>
    <message>
        <source>Sign in to OneWindow</source>
        <translation>登录一窗受理客户端</translation>
    </message>
    <message>
        <source>the user&apos;s home window</source>
        <translation>用户的所属窗口</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Signs in with the central server; when it cannot be reached, offline with the password last used on this computer.</source>
        <translation>通过中心服务器登录；无法连接时，使用本机上次登录的密码离线登录。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in with %1…</source>
        <translation>正在通过 %1 登录…</translation>
    </message>
    <message>
        <source>Signed in online.</source>
        <translation>已在线登录。</translation>
    </message>
    <message>
        <source>Signed in offline.</source>
        <translation>已离线登录。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ow::SignInService</name>
    <message>
        <source>You are signed in, but the sign-in cannot be kept: %1 You will be asked for your password again next time.</source>
        <translation>已登录，但无法保存登录凭证：%1下次将需要重新输入密码。</translation>
    </message>
    <message>
        <source>The central server cannot be reached (%1) and offline sign-in is not possible: %2</source>
        <translation>无法连接中心服务器（%1），且无法离线登录：%2</translation>
    </message>
    <message>
        <source>The sign-in token could not be deleted from the system keychain: %1</source>
        <translation>无法从系统密钥环中删除登录令牌：%1</translation>
    </message>
    <message>
        <source>The renewed sign-in cannot be kept: %1</source>
        <translation>无法保存续期后的登录凭证：%1</translation>
    </message>
</context>
<context>
    <name>ow::SignatureBlock</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ow::SiteConfig</name>
    <message>
        <source>The site configuration lacks the hall name, the region code, the window or the signed-in staff member.</source>
        <translation>站点配置缺少大厅名称、行政区划代码、窗口或当前登录人员。</translation>
    </message>
</context>
<context>
    <name>ow::SiteSettings</name>
    <message>
        <source>the window file holds only [site] keys; put this in the system file</source>
        <translation>窗口配置文件只能包含 [site] 项；请将此项写入系统配置文件</translation>
    </message>
    <message>
        <source>only the system file sets the policy</source>
        <translation>只有系统配置文件可以设置策略（policy）</translation>
    </message>
    <message>
        <source>set by the site, and the policy does not let users override [%1]</source>
        <translation>已由站点设置，且策略不允许用户覆盖 [%1]</translation>
    </message>
    <message>
        <source>This window is not configured yet: %1 missing or invalid in the site configuration (%2, and the window number in %3). To try OneWindow, start it with --demo.</source>
        <translation>本窗口尚未配置：站点配置（%2，窗口号在 %3 中）中的 %1 缺失或无效。如需试用一窗受理客户端，请使用 --demo 参数启动。</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>ow::SyncEngine</name>
    <message>
        <source>The case to report has no identifier; it cannot be sent.</source>
        <translation>待上报的办件缺少标识，无法发送。</translation>
    </message>
    <message>
        <source>This version does not know how to send &quot;%1&quot; operations.</source>
        <translation>本版本不支持发送“%1”类操作。</translation>
    </message>
</context>
<context>
    <name>ow::SyncPanel</name>
    <message>
        <source>Sync with the central server</source>
        <translation>与中心服务器同步</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>立即同步 (F5)</translation>
    </message>
    <message>
        <source>Retry refused</source>
        <translation>重试被拒收操作</translation>
    </message>
    <message>
        <source>Report to supervisor</source>
        <translation>报告值班长</translation>
    </message>
    <message>
        <source>Puts the selected refused operations back into the queue, after the cause was fixed.</source>
        <translation>在问题解决后，将选中的被拒收操作重新加入待上传队列。</translation>
    </message>
    <message>
        <source>Records the selected refused operations for the supervisor; they stay here.</source>
        <translation>将选中的被拒收操作报告值班长；这些操作仍保留在此列表中。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近一次错误：%1</translation>
    </message>
</context>
<context>
    <name>ow::SyncStatus</name>
    <message>
        <source>Central server not connected</source>
        <translation>未连接中心服务器</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>everything delivered</source>
        <translation>已全部上传</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting</source>
        <translation>
            <numerusform>%n 项待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused, needs attention</source>
        <translation>
            <numerusform>%n 项被拒收，需处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::SyncStatusWidget</name>
    <message>
        <source>No central server is set up for this window: every case is kept on this computer, and the operations waiting are delivered once a server is configured.</source>
        <translation>本窗口未设置中心服务器：所有办件均保存在本机，待上传的操作将在配置服务器后上传。</translation>
    </message>
</context>
<context>
    <name>ow::VendorSdk</name>
    <message>
        <source>The ID-card reader on vendor port %1 could not be opened (code %2). Check that it is plugged in and that the port in the device settings is right.</source>
        <translation>无法打开厂商端口 %1 上的身份证读卡器（错误码 %2）。请检查读卡器是否已插好，以及设备设置中的端口是否正确。</translation>
    </message>
    <message>
        <source>No library is configured for the vendor&apos;s ID-card reader. Enter the path of the vendor&apos;s library in the device settings.</source>
        <translation>未配置厂商读卡器动态库。请在设备设置中填写厂商动态库的路径。</translation>
    </message>
    <message>
        <source>The reader vendor&apos;s library %1 could not be loaded: %2. Check the path in the device settings and that the vendor&apos;s driver is installed.</source>
        <translation>无法加载读卡器厂商动态库 %1：%2。请检查设备设置中的路径，并确认已安装厂商驱动。</translation>
    </message>
    <message>
        <source>The library %1 is not the reader vendor&apos;s library of the chosen kind: it lacks %2. Check the reader kind and the library path in the device settings.</source>
        <translation>动态库 %1 不是所选类型的读卡器厂商动态库：缺少 %2。请检查设备设置中的读卡器类型和动态库路径。</translation>
    </message>
    <message>
        <source>The reader vendor&apos;s library reported an error (%1 returned %2). Check that the reader is connected; if it persists, restart the reader.</source>
        <translation>读卡器厂商动态库报告错误（%1 返回 %2）。请检查读卡器是否已连接；如仍出现，请重启读卡器。</translation>
    </message>
</context>
<context>
    <name>ow::WltPhotoDecoder</name>
    <message>
        <source>No photo decoder library is configured. The card data still works; the photo needs the vendor&apos;s decoder.</source>
        <translation>未配置照片解码库。证件信息仍可正常使用；显示照片需要厂商解码库。</translation>
    </message>
    <message>
        <source>The photo decoder library %1 could not be loaded: %2. Check its path in the device settings.</source>
        <translation>无法加载照片解码库 %1：%2。请检查设备设置中的路径。</translation>
    </message>
    <message>
        <source>The library %1 is not a photo decoder: it lacks unpack. Check its path in the device settings.</source>
        <translation>动态库 %1 不是照片解码库：缺少 unpack 函数。请检查设备设置中的路径。</translation>
    </message>
    <message>
        <source>The photo needs the reader vendor&apos;s decoder, which is not configured.</source>
        <translation>照片需要读卡器厂商的解码库，但尚未配置。</translation>
    </message>
    <message>
        <source>The card&apos;s photo was not read completely.</source>
        <translation>证件照片未能完整读取。</translation>
    </message>
    <message>
        <source>The card&apos;s photo could not be decoded.</source>
        <translation>无法解码证件照片。</translation>
    </message>
</context>
<context>
    <name>ow::WorkingCalendar</name>
    <message>
        <source>There is no holiday arrangement for the year %1. The calendar was not changed.</source>
        <translation>没有 %1 年的节假日安排。日历未更改。</translation>
    </message>
    <message>
        <source>The update for %1 has no days, but the arrangement for %1 is already published. The calendar was not changed; ask the administrator to check the update.</source>
        <translation>%1 年的更新中没有任何日期，但 %1 年的安排已经公布。日历未更改；请管理员检查此次更新。</translation>
    </message>
</context>
<context>
    <name>ow::ZipWriter</name>
    <message>
        <source>The archive would exceed 4 GiB.</source>
        <translation>压缩包将超过 4 GiB。</translation>
    </message>
    <message>
        <source>%1 is larger than 4 GiB.</source>
        <translation>%1 超过 4 GiB。</translation>
    </message>
</context>
<context>
    <name>ow::admin</name>
    <message>
        <source>Print a health report of this installation (configuration, database, devices, printers, central server) and exit: status 0 when all is well, 1 when something must be fixed.</source>
        <translation>输出本机安装的健康检查报告（配置、数据库、设备、打印机、中心服务器）后退出：一切正常时返回状态 0，有需要修复的问题时返回 1。</translation>
    </message>
</context>
</TS>
