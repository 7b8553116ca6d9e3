<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>This window is not configured yet: the hall name, region code and window number are missing from the site configuration (%1). To try OneWindow, start it with --demo.</source>
        <translation>本窗口尚未配置：站点配置（%1）中缺少大厅名称、行政区划代码和窗口号。如需试用一窗受理客户端，请使用 --demo 参数启动。</translation>
    </message>
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
</context>
<context>
    <name>ow::AcceptanceNumber</name>
    <message>
        <source>The region code of the hall must be a 6-digit GB/T 2260 code (found "%1"). Check the site configuration.</source>
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
        <source>The date of acceptance must be a real day from 2000 to 2099 (found "%1"). Check the computer's date.</source>
        <translation>受理日期必须是 2000 年至 2099 年间的有效日期（当前为“%1”）。请检查计算机的日期。</translation>
    </message>
    <message>
        <source>The sequence number must be from 1 to %1 (found %2): this window has used up its acceptance numbers for the day.</source>
        <translation>流水号必须在 1 至 %1 之间（当前为 %2）：本窗口当日的受理编号已用完。</translation>
    </message>
    <message>
        <source>An acceptance number has only digits, hyphens and a final check character (a digit or X); "%1" does not belong in it.</source>
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
        <source>Agent's ID number</source>
        <translation>代理人身份证号</translation>
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
        <source>"%1" is not a material fingerprint (64 hexadecimal characters). This is a program error; please report it.</source>
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
        <source>the list "%1" is missing.</source>
        <translation>缺少列表“%1”。</translation>
    </message>
    <message>
        <source>a material has no name.</source>
        <translation>有材料没有名称。</translation>
    </message>
    <message>
        <source>the material "%1" has an unknown form.</source>
        <translation>材料“%1”的提交形式未知。</translation>
    </message>
    <message>
        <source>the material "%1" asks for %2 copies.</source>
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
        <source>The service catalog contains an item without a code or a name ("%1"), so it was not taken over; the catalog stays as it was. Report this to the catalog's administrators.</source>
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
        <source>Farmers' specialised cooperative</source>
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
        <source>Character %1 ("%2") cannot appear in a unified social credit code: it uses digits and capital letters except I, O, S, V and Z.</source>
        <translation>第 %1 位（“%2”）不能出现在统一社会信用代码中：代码只使用数字和除 I、O、S、V、Z 以外的大写字母。</translation>
    </message>
    <message>
        <source>"%1" is not a registration authority code (the first character).</source>
        <translation>“%1”不是登记管理部门代码（第 1 位）。</translation>
    </message>
    <message>
        <source>"%1" is not an organisation type of the registration authority "%2" (%3).</source>
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
        <source>Vendor's photo decoder (libwlt); empty: no photo</source>
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
        <source>The holiday arrangement has no valid "year" field (a year from %1 to %2 is expected). The calendar was not changed.</source>
        <translation>节假日安排缺少有效的“year”字段（应为 %1 至 %2 之间的年份）。日历未更改。</translation>
    </message>
    <message>
        <source>The holiday arrangement for %1 has no "days" list. The calendar was not changed.</source>
        <translation>%1 年的节假日安排缺少“days”列表。日历未更改。</translation>
    </message>
    <message>
        <source>Entry %1 of the holiday arrangement for %2 has no valid date (yyyy-MM-dd expected, found "%3"). The calendar was not changed.</source>
        <translation>%2 年节假日安排的第 %1 项没有有效日期（应为 yyyy-MM-dd，实际为“%3”）。日历未更改。</translation>
    </message>
    <message>
        <source>The holiday arrangement for %1 lists %2, which lies outside that year. The calendar was not changed.</source>
        <translation>%1 年的节假日安排列出了 %2，该日期超出当年范围。日历未更改。</translation>
    </message>
    <message>
        <source>The holiday arrangement for %1 does not say whether %2 is a day off ("isOffDay" must be true or false). The calendar was not changed.</source>
        <translation>%1 年的节假日安排未说明 %2 是否放假（“isOffDay”必须为 true 或 false）。日历未更改。</translation>
    </message>
    <message>
        <source>The holiday arrangement for %1 lists %2 more than once. The calendar was not changed.</source>
        <translation>%1 年的节假日安排重复列出了 %2。日历未更改。</translation>
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
        <source>The card's validity period could not be read. Place the card on the reader again.</source>
        <translation>无法读取证件有效期限。请将证件重新放到读卡器上。</translation>
    </message>
    <message>
        <source>The card's birth date could not be read. Place the card on the reader again.</source>
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
        <source>The card's birth date or gender does not match its ID number; the data was damaged while reading. Place the card again.</source>
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
        <source>The card's birth date does not match its number; the data was damaged while reading. Place the card again.</source>
        <translation>证件上的出生日期与证件号码不符，读取时数据已损坏。请重新放置证件。</translation>
    </message>
    <message>
        <source>The reader returned too little card data (%1 of %2 bytes). Place the card on the reader again.</source>
        <translation>读卡器返回的证件数据不足（仅 %1 字节，应为 %2 字节）。请将证件重新放到读卡器上。</translation>
    </message>
    <message>
        <source>This kind of card (type "%1") is not supported. Enter the applicant's data by hand.</source>
        <translation>不支持此类证件（类型“%1”）。请手工录入申请人信息。</translation>
    </message>
    <message>
        <source>The reader returned incomplete card data. Place the card on the reader again.</source>
        <translation>读卡器返回的证件数据不完整。请将证件重新放到读卡器上。</translation>
    </message>
</context>
<context>
    <name>ow::IntakeOverviewPage</name>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>New intake — arrives in a later release</source>
        <translation>新建受理（后续版本提供）</translation>
    </message>
    <message>
        <source>Accepting a case (identify the applicant, capture the materials, print the receipt) is the next release of OneWindow.</source>
        <translation>受理办件（核验申请人身份、采集材料、打印回执）将在一窗受理客户端的下一版本中提供。</translation>
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
        <source>The queue module is not built yet. Calling the next ticket to this window arrives in a later release; until then, call tickets with the hall's queue system.</source>
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
        <source>Reused from the applicant's file</source>
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
        <source>The query code in this receipt's QR code is damaged. Type the query code printed on the receipt.</source>
        <translation>此回执二维码中的查询密码已损坏。请输入回执上打印的查询密码。</translation>
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
        <source>On %1 you applied to this hall for "%2". After examination, the application is not accepted, for the following reason:</source>
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
        <source>If you disagree with this decision, you may apply for administrative reconsideration within 60 days of receiving this notice, or bring an administrative lawsuit before a people's court within 6 months.</source>
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
        <source>Character %1 ("%2") is not a digit: an old-format ID number has 15 digits.</source>
        <translation>第 %1 位（“%2”）不是数字：旧版身份证号码为 15 位数字。</translation>
    </message>
    <message>
        <source>The last character ("%1") should be a digit or X.</source>
        <translation>最后一位（“%1”）应为数字或 X。</translation>
    </message>
    <message>
        <source>Character %1 ("%2") should be a digit; only the last one may be X.</source>
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
        <source>The security module of the ID-card reader is not authorised. Contact the reader's supplier.</source>
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
        <source>No library is configured for the vendor's ID-card reader. Enter the path of the vendor's library in the device settings.</source>
        <translation>未配置厂商读卡器动态库。请在设备设置中填写厂商动态库的路径。</translation>
    </message>
    <message>
        <source>The reader vendor's library %1 could not be loaded: %2. Check the path in the device settings and that the vendor's driver is installed.</source>
        <translation>无法加载读卡器厂商动态库 %1：%2。请检查设备设置中的路径，并确认已安装厂商驱动。</translation>
    </message>
    <message>
        <source>The library %1 is not the reader vendor's library of the chosen kind: it lacks %2. Check the reader kind and the library path in the device settings.</source>
        <translation>动态库 %1 不是所选类型的读卡器厂商动态库：缺少 %2。请检查设备设置中的读卡器类型和动态库路径。</translation>
    </message>
    <message>
        <source>The reader vendor's library reported an error (%1 returned %2). Check that the reader is connected; if it persists, restart the reader.</source>
        <translation>读卡器厂商动态库报告错误（%1 返回 %2）。请检查读卡器是否已连接；如仍出现，请重启读卡器。</translation>
    </message>
</context>
<context>
    <name>ow::WltPhotoDecoder</name>
    <message>
        <source>No photo decoder library is configured. The card data still works; the photo needs the vendor's decoder.</source>
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
        <source>The photo needs the reader vendor's decoder, which is not configured.</source>
        <translation>照片需要读卡器厂商的解码库，但尚未配置。</translation>
    </message>
    <message>
        <source>The card's photo was not read completely.</source>
        <translation>证件照片未能完整读取。</translation>
    </message>
    <message>
        <source>The card's photo could not be decoded.</source>
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
</TS>