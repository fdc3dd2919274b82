<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Wengao</source>
            <translation>关于文稿</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Phrase library and templates</source>
            <translation>常用语库与模板</translation>
        </message>
        <message>
            <source>Autosave (recovery)</source>
            <translation>自动保存（恢复）</translation>
        </message>
        <message>
            <source>An offline editor and checker for annual reports: outline, standard formulations, live checks, last year’s report, GB/T 9704 export.</source>
            <translation>离线的年度报告写作与检查工具：结构大纲、规范提法、边写边查、对照上年报告、按 GB/T 9704 导出。</translation>
        </message>
        <message>
            <source>Qt {qt}. Everything runs on this computer; nothing is sent anywhere.</source>
            <translation>Qt {qt}。所有处理都在本机完成，不向任何地方发送数据。</translation>
        </message>
        <message>
            <source>Qt and Qt for Python are used under the GNU LGPL version 3: the installer ships them as separate, replaceable libraries. Wengao itself is under the MIT licence.</source>
            <translation>Qt 与 Qt for Python 依 GNU LGPL 第 3 版使用：安装包中它们是独立、可替换的库。文稿本身采用 MIT 许可证。</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>组件</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Home page</source>
            <translation>主页</translation>
        </message>
        <message>
            <source>Wengao</source>
            <translation>文稿</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>您的数据</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>使用的组件</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Wengao</source>
            <translation>文稿</translation>
        </message>
    </context>
    <context>
        <name>CheckerDock</name>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Check Results</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>By section</source>
            <translation>按章节分组</translation>
        </message>
        <message>
            <source>By type of problem</source>
            <translation>按问题类型分组</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>分组：</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>原文</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Quick &amp;Fix</source>
            <translation>快速修复(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Not a Problem</source>
            <translation>不是问题(&amp;N)</translation>
        </message>
        <message>
            <source>Errors: {errors}  Warnings: {warnings}  Notes: {notes}</source>
            <translation>错误 {errors}　警告 {warnings}　提示 {notes}</translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>未发现问题</translation>
        </message>
        <message>
            <source>(Opening)</source>
            <translation>（开头部分）</translation>
        </message>
        <message>
            <source>Paragraph {number}</source>
            <translation>第{number}段</translation>
        </message>
        <message>
            <source>{severity}: {message}</source>
            <translation>{severity}：{message}</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name}（{count}）</translation>
        </message>
        <message>
            <source>Quick fix: change to “{fix}”</source>
            <translation>快速修复：改为“{fix}”</translation>
        </message>
        <message>
            <source>Quick fix (none for this finding)</source>
            <translation>快速修复（此项无自动修复）</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Deleted this year</source>
            <translation>本年已删除</translation>
        </message>
        <message>
            <source>{percent} rewritten</source>
            <translation>已改写 {percent}</translation>
        </message>
        <message>
            <source>{title}   {percent}</source>
            <translation>{title}　{percent}</translation>
        </message>
        <message>
            <source>Compare with Last Year</source>
            <translation>与去年对比</translation>
        </message>
        <message>
            <source>Last year: {name}</source>
            <translation>去年：{name}</translation>
        </message>
        <message>
            <source>last year</source>
            <translation>去年</translation>
        </message>
        <message>
            <source>This year: {name}</source>
            <translation>今年：{name}</translation>
        </message>
        <message>
            <source>this year</source>
            <translation>今年</translation>
        </message>
        <message>
            <source>{percent} of the whole text rewritten   (red and struck through: in last year's, deleted this year; green: newly written this year)</source>
            <translation>全文已改写 {percent}　（红色删除线：去年有、今年删去；绿色：今年新写）</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>Layout Files</source>
            <translation>版式文件</translation>
        </message>
        <message>
            <source>Layout: {name}</source>
            <translation>版式：{name}</translation>
        </message>
        <message>
            <source>{name} (official format)</source>
            <translation>{name}（公文格式）</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>exporting</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export as Word (Official Format)</source>
            <translation>导出为 Word（公文格式）</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Could not write {path}

{error}</source>
            <translation>未能写入 {path}

{error}</translation>
        </message>
        <message>
            <source>Exported with the “{layout}” layout to {path}</source>
            <translation>已按“{layout}”导出到 {path}</translation>
        </message>
        <message>
            <source>exporting a PDF</source>
            <translation>导出 PDF </translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>导出为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not written</source>
            <translation>PDF 未能写出</translation>
        </message>
        <message>
            <source>Exported a PDF with the “{layout}” layout to {path}</source>
            <translation>已按“{layout}”导出 PDF 到 {path}</translation>
        </message>
        <message>
            <source>printing</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Print Preview — {layout}</source>
            <translation>打印预览 — {layout}</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>Reports (*.docx *.txt);;Word Documents (*.docx);;Plain Text (*.txt);;All Files (*)</source>
            <translation>报告 (*.docx *.txt);;Word 文档 (*.docx);;纯文本 (*.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Word Documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>Save Changes</source>
            <translation>保存修改</translation>
        </message>
        <message>
            <source>“{name}” has been modified. Save the changes?</source>
            <translation>“{name}”已修改，是否保存？</translation>
        </message>
        <message>
            <source>Blank document</source>
            <translation>空白文档</translation>
        </message>
        <message>
            <source>New Report</source>
            <translation>新建报告</translation>
        </message>
        <message>
            <source>Report type:</source>
            <translation>报告类型：</translation>
        </message>
        <message>
            <source>Report year:</source>
            <translation>报告年度：</translation>
        </message>
        <message>
            <source>Open Report</source>
            <translation>打开报告</translation>
        </message>
        <message>
            <source>Cannot Open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>File Too Large</source>
            <translation>文件过大</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Note: this file has content the editor does not show ({kinds}); saving keeps it as it is.</source>
            <translation>提示：此文件含有编辑器不显示的内容（{kinds}），保存时会原样保留。</translation>
        </message>
        <message>
            <source>“{name}” seems to be open in WPS or Word.
If both change it, whichever saves last overwrites the other. Open it anyway?</source>
            <translation>“{name}”似乎正被 WPS 或 Word 打开。
两边同时修改，后保存的一方会覆盖另一方。仍要打开吗？</translation>
        </message>
        <message>
            <source>%b %d, %H:%M</source>
            <translation>%m月%d日 %H:%M</translation>
        </message>
        <message>
            <source>{user} ({host})</source>
            <translation>{user}（{host}）</translation>
        </message>
        <message>
            <source>“{name}” is being edited in Wengao by {who} (since {since}).
If both change it, whichever saves last overwrites the other. Open it anyway?</source>
            <translation>“{name}”正由 {who} 在文稿中编辑（自 {since} 起）。
两边同时修改，后保存的一方会覆盖另一方。仍要打开吗？</translation>
        </message>
        <message>
            <source>File Is Being Edited</source>
            <translation>文件正在被编辑</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>另存为</translation>
        </message>
        <message>
            <source>Save Failed</source>
            <translation>保存失败</translation>
        </message>
        <message>
            <source>Could not save to {path}

{message}

The original file was not changed.</source>
            <translation>未能保存到 {path}

{message}

原文件未被改动。</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>文件已被修改</translation>
        </message>
        <message>
            <source>“{name}” was changed by another program or person after it was opened.
Overwriting it loses those changes.</source>
            <translation>“{name}”在打开之后被其他程序或其他人修改过。
覆盖保存会丢掉那些修改。</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>覆盖保存</translation>
        </message>
        <message>
            <source>Some Content Cannot Be Kept</source>
            <translation>部分内容无法保留</translation>
        </message>
        <message>
            <source>The paragraphs holding the following were changed; saving cannot keep these:

{items}</source>
            <translation>以下内容所在的段落已被修改，保存后将无法保留：

{items}</translation>
        </message>
        <message>
            <source>Consider “Save As” to a new file, leaving the original unchanged.</source>
            <translation>建议“另存为”一个新文件，原文件保持不变。</translation>
        </message>
        <message>
            <source>Save Anyway</source>
            <translation>仍然保存</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>images</source>
            <translation>图片</translation>
        </message>
        <message>
            <source>text boxes</source>
            <translation>文本框</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>批注</translation>
        </message>
        <message>
            <source>footnotes</source>
            <translation>脚注</translation>
        </message>
        <message>
            <source>endnotes</source>
            <translation>尾注</translation>
        </message>
        <message>
            <source>tracked changes</source>
            <translation>修订记录</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>域</translation>
        </message>
        <message>
            <source>headers</source>
            <translation>页眉</translation>
        </message>
        <message>
            <source>footers</source>
            <translation>页脚</translation>
        </message>
        <message>
            <source>equations</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>content controls</source>
            <translation>内容控件</translation>
        </message>
        <message>
            <source>charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>embedded objects</source>
            <translation>嵌入对象</translation>
        </message>
        <message>
            <source>No permission to write, or the file is open in WPS/Word. Close the file or save it somewhere else.</source>
            <translation>没有写入权限，或文件正被 WPS/Word 打开。请关闭该文件或换一个位置保存。</translation>
        </message>
        <message>
            <source>Not enough disk space.</source>
            <translation>磁盘空间不足。</translation>
        </message>
        <message>
            <source>The folder to save in does not exist (it may have been moved or deleted, or the USB drive removed). Save it somewhere else.</source>
            <translation>要保存到的文件夹不存在（可能已被移动、删除，或 U 盘已拔出）。请换一个位置保存。</translation>
        </message>
        <message>
            <source>System error: {error}</source>
            <translation>系统错误：{error}</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>Find and Replace</source>
            <translation>查找和替换</translation>
        </message>
        <message>
            <source>Text to find</source>
            <translation>要查找的内容</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>替换为</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>区分大小写(&amp;C)</translation>
        </message>
        <message>
            <source>Use &amp;regular expressions</source>
            <translation>使用正则表达式(&amp;R)</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <source>Find &amp;Previous</source>
            <translation>查找上一个(&amp;P)</translation>
        </message>
        <message>
            <source>R&amp;eplace</source>
            <translation>替换(&amp;E)</translation>
        </message>
        <message>
            <source>Replace &amp;All</source>
            <translation>全部替换(&amp;A)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Replace w&amp;ith:</source>
            <translation>替换为(&amp;I)：</translation>
        </message>
        <message>
            <source>Fin&amp;d what:</source>
            <translation>查找内容(&amp;D)：</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>The regular expression is not valid; please check it.</source>
            <translation>正则表达式有误，请检查。</translation>
        </message>
        <message>
            <source>Cannot find “{text}”.</source>
            <translation>找不到“{text}”。</translation>
        </message>
        <message>
            <source>Replacements made: {count}.</source>
            <translation>已替换 {count} 处。</translation>
        </message>
    </context>
    <context>
        <name>FolderCheckDialog</name>
        <message>
            <source>Check a Folder</source>
            <translation>检查文件夹</translation>
        </message>
        <message>
            <source>Choose a folder: every .docx in it (and its subfolders) is checked.</source>
            <translation>请选择文件夹：其中（含子文件夹）所有 .docx 报告都会被检查。</translation>
        </message>
        <message>
            <source>&amp;Choose Folder…</source>
            <translation>选择文件夹(&amp;C)…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>First error</source>
            <translation>第一处错误</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>Folder of Reports</source>
            <translation>报告所在文件夹</translation>
        </message>
        <message>
            <source>This folder cannot be read: {reason}</source>
            <translation>无法读取此文件夹：{reason}</translation>
        </message>
        <message>
            <source>There are no .docx files in this folder.</source>
            <translation>此文件夹中没有 .docx 文件。</translation>
        </message>
        <message>
            <source>Checking {count} reports…</source>
            <translation>正在检查 {count} 份报告…</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <source>not recognised</source>
            <translation>未识别</translation>
        </message>
        <message>
            <source>Stopped: {done} of {total} reports checked.</source>
            <translation>已停止：检查了 {total} 份中的 {done} 份。</translation>
        </message>
        <message>
            <source>{done} reports checked.</source>
            <translation>已检查 {done} 份报告。</translation>
        </message>
        <message>
            <source>{errors} with errors, {unreadable} unreadable. Double-click a report to open it.</source>
            <translation>其中 {errors} 份有错误，{unreadable} 份无法读取。双击报告即可打开。</translation>
        </message>
    </context>
    <context>
        <name>HarvestDialog</name>
        <message>
            <source>Harvest Phrases</source>
            <translation>采集常用语</translation>
        </message>
        <message>
            <source>Found {count} candidate(s) in {source} (recurring quoted terms, parallel phrases, sentences several reports share). Tick the ones to add to the phrase library:</source>
            <translation>从{source}中找到 {count} 条候选（反复出现的引号术语、排比短语、多篇报告共有的句子）。勾选要加入常用语库的条目：</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Occurrences</source>
            <translation>出现</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>篇数</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>全选</translation>
        </message>
        <message>
            <source>Select None</source>
            <translation>全不选</translation>
        </message>
        <message>
            <source>Add to category:</source>
            <translation>加入分类：</translation>
        </message>
        <message>
            <source>(By kind)</source>
            <translation>（按类型自动）</translation>
        </message>
        <message>
            <source>Add Selected</source>
            <translation>加入所选</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Wengao Help</source>
            <translation>文稿帮助</translation>
        </message>
        <message>
            <source>Open last year’s report with “New from Last Year’s Report…”: the years move on, figures can be masked with **, and every paragraph left unchanged is flagged. The outline on the left shows the 一、（一）1.（1） structure; drag a heading to move its whole section. Findings are listed at the bottom while you type: double-click one (or press Enter) to go to it; F8 goes to the next ** or XX still to fill in. Standard formulations are in the phrase library on the right: double-click one to insert it.</source>
            <translation>用“从去年报告新建…”打开去年的报告：年份自动顺延，统计数字可隐去为 **，未改动的段落会逐一标出。左侧大纲显示一、（一）1.（1）的层级结构，拖动标题即可整节移动。边写边查的问题列在下方，双击（或按回车）即可跳到原文；按 F8 跳到下一个待填写的 ** 或 XX。右侧常用语库收有规范提法，双击即可插入。</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>入门</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>What the checks mean</source>
            <translation>各项检查的含义</translation>
        </message>
        <message>
            <source>In the outline, the findings or the phrase list: go to the item, or insert the phrase</source>
            <translation>在大纲、检查结果或常用语列表中：跳到该处，或插入该常用语</translation>
        </message>
        <message>
            <source>Move between the editor and the side panels</source>
            <translation>在编辑区与各侧栏之间切换</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>suggestion</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Switch a check off, or change its threshold, in Tools › Settings › Checks. “Not a fault” hides one finding in this report only.</source>
            <translation>可在“工具 › 设置 › 检查”中关闭某项检查或调整阈值。“不是问题”只在本报告中隐去一处提示。</translation>
        </message>
    </context>
    <context>
        <name>LastYearActions</name>
        <message>
            <source>, {count} figure(s) replaced by ** to fill in</source>
            <translation>，{count} 处统计数字改为 ** 待填</translation>
        </message>
        <message>
            <source>Made a draft for {year} from last year's report: {changes} year(s) updated{masked}. Paragraphs not yet rewritten are marked in the check results.</source>
            <translation>已从去年报告生成 {year} 年度初稿：改动年份 {changes} 处{masked}。未改写的段落已在检查结果中标出。</translation>
        </message>
        <message>
            <source>New from Template</source>
            <translation>从模板新建</translation>
        </message>
        <message>
            <source>There are no templates yet. Open a report and save its structure with “File → Save as Template…”.</source>
            <translation>还没有模板。打开一份报告，用“文件 → 另存为模板…”保存它的结构。</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>模板：</translation>
        </message>
        <message>
            <source>Year of the report:</source>
            <translation>报告年度：</translation>
        </message>
        <message>
            <source>Could Not Open the Template</source>
            <translation>无法打开模板</translation>
        </message>
        <message>
            <source>Save as Template</source>
            <translation>另存为模板</translation>
        </message>
        <message>
            <source>Template name (for example, the kind of report it is for):</source>
            <translation>模板名称（如：班子成员述责述廉报告）：</translation>
        </message>
        <message>
            <source>The template name cannot be empty or contain characters such as \ / : * ? " &lt; &gt; |.</source>
            <translation>模板名称不能为空，也不能含有 \ / : * ? " &lt; &gt; | 等字符。</translation>
        </message>
        <message>
            <source>A template named “{name}” already exists. Replace it?</source>
            <translation>已有名为“{name}”的模板，替换它吗？</translation>
        </message>
        <message>
            <source>Could not save the template:

{message}</source>
            <translation>未能保存模板：

{message}</translation>
        </message>
        <message>
            <source>Template “{name}” saved.

Also save its top-level headings as the report type “{name}”?
(The checker uses them for missing and misordered parts.)</source>
            <translation>模板“{name}”已保存。

是否同时把它的一级标题保存为报告类型“{name}”？
（检查“缺少部分”“顺序”时使用）</translation>
        </message>
        <message>
            <source>Could not save the report type: {error}</source>
            <translation>未能保存报告类型：{error}</translation>
        </message>
        <message>
            <source>Template “{name}” saved; use it with “File → New from Template…”.</source>
            <translation>模板“{name}”已保存，可用“文件 → 从模板新建…”使用。</translation>
        </message>
        <message>
            <source>last year's report</source>
            <translation>去年的报告</translation>
        </message>
        <message>
            <source>Choose Last Year's Report</source>
            <translation>选择去年的报告</translation>
        </message>
        <message>
            <source>Reports (*.docx *.txt);;Word documents (*.docx)</source>
            <translation>报告 (*.docx *.txt);;Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Could Not Open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>Linked last year's report; it is saved with this file. Paragraphs not yet rewritten will be marked in the check results.</source>
            <translation>已关联去年的报告，保存后随文件保存；未改写的段落会在检查结果中标出。</translation>
        </message>
    </context>
    <context>
        <name>Loading</name>
        <message>
            <source>Opening {name}…</source>
            <translation>正在打开 {name}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Recent Files</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <source>R&amp;eplace…</source>
            <translation>替换(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Go to Next Placeholder</source>
            <translation>下一个待填项(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Bold</source>
            <translation>加粗(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>倾斜(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Underline</source>
            <translation>下划线(&amp;U)</translation>
        </message>
        <message>
            <source>Align &amp;Left</source>
            <translation>左对齐(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Center</source>
            <translation>居中(&amp;E)</translation>
        </message>
        <message>
            <source>Align &amp;Right</source>
            <translation>右对齐(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Justify</source>
            <translation>两端对齐(&amp;J)</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>格式(&amp;O)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>Reset &amp;Zoom</source>
            <translation>原始大小(&amp;Z)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>O&amp;utline</source>
            <translation>大纲(&amp;D)</translation>
        </message>
        <message>
            <source>Chec&amp;k Results</source>
            <translation>检查结果(&amp;K)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>常用</translation>
        </message>
        <message>
            <source>The check failed; its results were skipped</source>
            <translation>检查时出错，已跳过本次结果</translation>
        </message>
        <message>
            <source>&amp;Phrase Library</source>
            <translation>常用语库(&amp;P)</translation>
        </message>
        <message>
            <source>New from &amp;Last Year’s Report…</source>
            <translation>从去年报告新建(&amp;L)…</translation>
        </message>
        <message>
            <source>New from &amp;Template…</source>
            <translation>从模板新建(&amp;T)…</translation>
        </message>
        <message>
            <source>Save as Te&amp;mplate…</source>
            <translation>另存为模板(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Compare with Last Year…</source>
            <translation>与去年对比(&amp;C)…</translation>
        </message>
        <message>
            <source>Export to &amp;Word (Official Document Format)…</source>
            <translation>导出为 Word（公文格式）(&amp;W)…</translation>
        </message>
        <message>
            <source>Export to P&amp;DF…</source>
            <translation>导出为 PDF(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>La&amp;yout Settings…</source>
            <translation>版式设置(&amp;Y)…</translation>
        </message>
        <message>
            <source>Check a &amp;Folder of Reports…</source>
            <translation>检查文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>Wengao &amp;Help</source>
            <translation>文稿帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Wengao</source>
            <translation>关于文稿(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Next Pane</source>
            <translation>下一窗格</translation>
        </message>
        <message>
            <source>Previous Pane</source>
            <translation>上一窗格</translation>
        </message>
        <message>
            <source>Cannot Recover</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <source>This autosaved content is damaged and cannot be recovered.</source>
            <translation>这份自动保存的内容已损坏，无法恢复。</translation>
        </message>
        <message>
            <source>Unsaved content recovered. Please check it, then save.</source>
            <translation>已恢复未保存的内容，请检查后保存。</translation>
        </message>
        <message>
            <source>{name}[*] — Wengao</source>
            <translation>{name}[*] — 文稿</translation>
        </message>
        <message>
            <source>(None)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Checking… paragraphs left: {count}</source>
            <translation>正在检查……还剩 {count} 段</translation>
        </message>
        <message>
            <source>Characters: {hanzi} (with punctuation: {characters})</source>
            <translation>字数 {hanzi}（含标点 {characters}）</translation>
        </message>
        <message>
            <source>Pages: about {pages}</source>
            <translation>约 {pages} 页</translation>
        </message>
        <message>
            <source>To fill: {count}</source>
            <translation>待填 {count} 处</translation>
        </message>
        <message>
            <source>Errors: {errors}  Warnings: {warnings}</source>
            <translation>错误 {errors}　警告 {warnings}</translation>
        </message>
        <message>
            <source>Checking; press F8 again in a moment</source>
            <translation>正在检查，请稍后再按 F8</translation>
        </message>
        <message>
            <source>No placeholders left</source>
            <translation>没有待填项了</translation>
        </message>
        <message>
            <source>The text has changed; wait for the check results to refresh before fixing</source>
            <translation>文字已改动，请等检查结果刷新后再修复</translation>
        </message>
        <message>
            <source>The outline is refreshing; please try again</source>
            <translation>大纲正在刷新，请再试一次</translation>
        </message>
        <message>
            <source>A section can only go under a heading one level above it</source>
            <translation>只能移到上一级标题之下（例如“（二）”只能放在某个“一、”之下）</translation>
        </message>
        <message>
            <source>Delete Section</source>
            <translation>删除节</translation>
        </message>
        <message>
            <source>Delete “{title}” and everything under it?
(Ctrl+Z undoes this.)</source>
            <translation>删除“{title}”及其下的全部内容？
（可用 Ctrl+Z 撤销）</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>新的标题：</translation>
        </message>
    </context>
    <context>
        <name>NewFromLastYearDialog</name>
        <message>
            <source>Reports (*.docx *.txt);;Word documents (*.docx);;Plain text (*.txt)</source>
            <translation>报告 (*.docx *.txt);;Word 文档 (*.docx);;纯文本 (*.txt)</translation>
        </message>
        <message>
            <source>New from Last Year's Report</source>
            <translation>从去年报告新建</translation>
        </message>
        <message>
            <source>Choose last year's report (.docx)</source>
            <translation>选择去年的报告（.docx）</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source> (year)</source>
            <translation> 年度</translation>
        </message>
        <message>
            <source>Hide the figures (counts, numbers of cases, percentages and amounts become ** to fill in)</source>
            <translation>隐去统计数字（次数、件数、百分比、金额改为 ** 待填）</translation>
        </message>
        <message>
            <source>Last year's report:</source>
            <translation>去年的报告：</translation>
        </message>
        <message>
            <source>Year of the new report:</source>
            <translation>新报告年度：</translation>
        </message>
        <message>
            <source>The new document keeps last year's structure and formatting, with the years moved on by one; last year's text is saved with the new file, and paragraphs not yet rewritten will be marked in the check results.</source>
            <translation>新文档保留去年的结构和格式，年份顺延；去年的原文随新文件保存，未改写的段落会在检查结果中标出。</translation>
        </message>
        <message>
            <source>Choose Last Year's Report</source>
            <translation>选择去年的报告</translation>
        </message>
        <message>
            <source>Could Not Open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>Recognised as the report for {year}; the new report is for {next} (you can change it).</source>
            <translation>识别为 {year} 年度的报告，新报告为 {next} 年度（可修改）。</translation>
        </message>
        <message>
            <source>Could not tell which year last year's report covers; please check the year of the new report.</source>
            <translation>未能识别去年报告的年度，请确认新报告的年度。</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message>
            <source>Outline</source>
            <translation>大纲</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <source>Insert &amp;Sibling Section</source>
            <translation>插入同级节(&amp;S)</translation>
        </message>
        <message>
            <source>Insert &amp;Child Section</source>
            <translation>插入下级节(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>重命名(&amp;R)…</translation>
        </message>
        <message>
            <source>Dele&amp;te Section</source>
            <translation>删除节(&amp;X)</translation>
        </message>
        <message>
            <source>to fill {count}</source>
            <translation>待填 {count}</translation>
        </message>
        <message>
            <source>errors {count}</source>
            <translation>错误 {count}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>badge separator</comment>
            <translation>，</translation>
        </message>
        <message>
            <source>{title}  [{badges}]</source>
            <translation>{title}  〔{badges}〕</translation>
        </message>
    </context>
    <context>
        <name>PageRender</name>
        <message>
            <source>System default font</source>
            <translation>系统默认字体</translation>
        </message>
    </context>
    <context>
        <name>PhraseEditDialog</name>
        <message>
            <source>Edit Phrase</source>
            <translation>编辑常用语</translation>
        </message>
        <message>
            <source>New Phrase</source>
            <translation>新增常用语</translation>
        </message>
        <message>
            <source>A complete sentence or formulation; write ** where a figure goes</source>
            <translation>完整的句子或提法；数字处用 ** 表示</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Separated by commas</source>
            <translation>用顿号分隔</translation>
        </message>
        <message>
            <source>One common misspelling a line; the checker points them out</source>
            <translation>每行一个常见的错误写法，检查时会提示</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>收藏</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>内容：</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>分类：</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Misspellings:</source>
            <translation>错误写法：</translation>
        </message>
        <message>
            <source>Valid from (year):</source>
            <translation>适用起始年份：</translation>
        </message>
        <message>
            <source>Valid until (year):</source>
            <translation>适用截止年份：</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>来源：</translation>
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
            <source>Any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Phrase</source>
            <translation>常用语</translation>
        </message>
        <message>
            <source>The text cannot be empty.</source>
            <translation>内容不能为空。</translation>
        </message>
        <message>
            <source>A misspelling cannot be part of the correct text.</source>
            <translation>错误写法不能出现在正确的内容之中。</translation>
        </message>
        <message>
            <source>The first year cannot be later than the last year.</source>
            <translation>起始年份不能晚于截止年份。</translation>
        </message>
    </context>
    <context>
        <name>PhraseLabels</name>
        <message>
            <source>Built-in</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>Your own</source>
            <translation>自建</translation>
        </message>
        <message>
            <source>Harvested</source>
            <translation>采集</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Quoted term</source>
            <translation>引号术语</translation>
        </message>
        <message>
            <source>Parallel phrase</source>
            <translation>排比短语</translation>
        </message>
        <message>
            <source>Shared sentence</source>
            <translation>多篇共有句</translation>
        </message>
    </context>
    <context>
        <name>PhrasesDock</name>
        <message>
            <source>Phrase Library</source>
            <translation>常用语库</translation>
        </message>
        <message>
            <source>Search: a keyword, several separated by spaces, or pinyin initials (e.g. lgwh)</source>
            <translation>搜索：关键词，空格分隔多个词，或拼音首字母（如 lgwh）</translation>
        </message>
        <message>
            <source>Select a phrase to see it here in full; double-click, press Enter or drag it into the text to insert</source>
            <translation>选中一条常用语，在此预览全文；双击、回车或拖到正文中插入</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>插入</translation>
        </message>
        <message>
            <source>Insert at the cursor (Enter, double-click)</source>
            <translation>插入到光标处（回车、双击）</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Add a new phrase</source>
            <translation>新增一条常用语</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Edit the selected phrase</source>
            <translation>编辑选中的常用语</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the selected phrase</source>
            <translation>删除选中的常用语</translation>
        </message>
        <message>
            <source>Add to or remove from favourites</source>
            <translation>收藏或取消收藏</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>收藏</translation>
        </message>
        <message>
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Harvest from the Current Report…</source>
            <translation>从当前报告采集…</translation>
        </message>
        <message>
            <source>Harvest from Reports in a Folder…</source>
            <translation>从文件夹中的报告采集…</translation>
        </message>
        <message>
            <source>Preparing pinyin search…</source>
            <translation>正在准备拼音检索…</translation>
        </message>
        <message>
            <source>All ({count})</source>
            <translation>全部（{count}）</translation>
        </message>
        <message>
            <source>★ Favourites ({count})</source>
            <translation>★ 收藏（{count}）</translation>
        </message>
        <message>
            <source>Recently Used</source>
            <translation>最近使用</translation>
        </message>
        <message>
            <source>(Uncategorised)</source>
            <translation>（未分类）</translation>
        </message>
        <message>
            <source>{category} ({count})</source>
            <translation>{category}（{count}）</translation>
        </message>
        <message>
            <source>Category: {category}</source>
            <translation>分类：{category}</translation>
        </message>
        <message>
            <source>Uncategorised</source>
            <translation>未分类</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>来源：{source}</translation>
        </message>
        <message>
            <source>Times used: {count}</source>
            <translation>用过 {count} 次</translation>
        </message>
        <message>
            <source>Valid: {start}–{end}</source>
            <translation>适用：{start}—{end}年</translation>
        </message>
        <message>
            <source>{before} | {after}</source>
            <translation>{before}　{after}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>标签：{tags}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>说明：{note}</translation>
        </message>
        <message>
            <source>Common misspellings: {variants}</source>
            <translation>常见错误写法：{variants}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>This phrase is already in the library ({category})</source>
            <translation>常用语库中已有这一条（{category}）</translation>
        </message>
        <message>
            <source>Added to the phrase library under “{category}”: {text}</source>
            <translation>已加入常用语库“{category}”：{text}</translation>
        </message>
        <message>
            <source>This phrase is already in the library.</source>
            <translation>常用语库中已有这一条。</translation>
        </message>
        <message>
            <source>Another phrase with the same text is already in the library.</source>
            <translation>常用语库中已有相同内容的另一条。</translation>
        </message>
        <message>
            <source>Delete Phrase</source>
            <translation>删除常用语</translation>
        </message>
        <message>
            <source>Delete this phrase from the library?

{text}</source>
            <translation>从常用语库中删除这一条？

{text}</translation>
        </message>
        <message>
            <source>Import Phrases</source>
            <translation>导入常用语</translation>
        </message>
        <message>
            <source>Unstar</source>
            <translation>取消收藏</translation>
        </message>
        <message>
            <source>Phrase files (*.json *.csv);;All files (*)</source>
            <translation>常用语文件 (*.json *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Could not import {name}: {error}</source>
            <translation>无法导入 {name}：{error}</translation>
        </message>
        <message>
            <source>Export Phrases</source>
            <translation>导出常用语</translation>
        </message>
        <message>
            <source>phrases.csv</source>
            <translation>常用语库.csv</translation>
        </message>
        <message>
            <source>CSV (opens in Excel and WPS) (*.csv);;JSON (*.json)</source>
            <translation>CSV（Excel、WPS 可打开） (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Could not write {path}: {error}</source>
            <translation>无法写入 {path}：{error}</translation>
        </message>
        <message>
            <source>Exported {count} phrase(s) to {name}</source>
            <translation>已导出 {count} 条常用语到 {name}</translation>
        </message>
        <message>
            <source>the current report</source>
            <translation>当前报告</translation>
        </message>
        <message>
            <source>Choose the Folder with Past Reports</source>
            <translation>选择存放往年报告的文件夹</translation>
        </message>
        <message>
            <source>Reading the reports in {folder}…</source>
            <translation>正在读取 {folder} 中的报告…</translation>
        </message>
        <message>
            <source>Harvesting cancelled</source>
            <translation>已取消收集</translation>
        </message>
        <message>
            <source>This folder cannot be read: {reason}</source>
            <translation>无法读取此文件夹：{reason}</translation>
        </message>
        <message>
            <source>{count} file(s) could not be read and were skipped</source>
            <translation>有 {count} 个文件无法读取，已跳过</translation>
        </message>
        <message>
            <source>{count} report(s)</source>
            <translation>{count} 篇报告</translation>
        </message>
        <message>
            <source>Harvest Phrases</source>
            <translation>采集常用语</translation>
        </message>
        <message>
            <source>No new candidate phrases found in {source}.</source>
            <translation>在{source}中没有找到新的候选提法。</translation>
        </message>
        <message>
            <source>Added {count} harvested phrase(s) to the phrase library</source>
            <translation>已将 {count} 条采集的常用语加入常用语库</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>The settings could not be saved ({reason}). They apply until Wengao is closed.</source>
            <translation>设置未能保存（{reason}），本次运行期间仍然有效。</translation>
        </message>
        <message>
            <source>The new language takes effect when Wengao is started again.</source>
            <translation>新的界面语言将在重新启动文稿后生效。</translation>
        </message>
    </context>
    <context>
        <name>PreflightDialog</name>
        <message>
            <source>Check before {what}</source>
            <translation>{what}前检查</translation>
        </message>
        <message>
            <source>The report still has {count} error(s) (unfilled placeholders, missing parts and the like):</source>
            <translation>报告中还有 {count} 处错误（未填的待填项、缺少的部分等）：</translation>
        </message>
        <message>
            <source>Paragraph {number}   {message}   {excerpt}</source>
            <translation>第{number}段　{message}　{excerpt}</translation>
        </message>
        <message>
            <source>This computer lacks fonts the layout asks for; the screen and the PDF show substitutes (the exported .docx still names the original fonts, which a computer that has them will use):</source>
            <translation>本机缺少版式要求的字体，屏幕和 PDF 中用替代字体显示（导出的 .docx 仍写明原字体，在装有该字体的电脑上按原字体排版）：</translation>
        </message>
        <message>
            <source>Go Back and Fix</source>
            <translation>返回修改</translation>
        </message>
        <message>
            <source>Export Anyway</source>
            <translation>仍然导出</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Heading 1</source>
            <translation>一级标题</translation>
        </message>
        <message>
            <source>Heading 2</source>
            <translation>二级标题</translation>
        </message>
        <message>
            <source>Heading 3</source>
            <translation>三级标题</translation>
        </message>
        <message>
            <source>Heading 4</source>
            <translation>四级标题</translation>
        </message>
        <message>
            <source>Body text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Right on odd pages, left on even pages</source>
            <translation>单页居右、双页居左</translation>
        </message>
        <message>
            <source>Centred</source>
            <translation>居中</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>居右</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>居左</translation>
        </message>
        <message>
            <source>No page numbers</source>
            <translation>不加页码</translation>
        </message>
        <message>
            <source>Layout Settings</source>
            <translation>版式设置</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>版式：</translation>
        </message>
        <message>
            <source>Copy as Custom Layout…</source>
            <translation>复制为本单位版式…</translation>
        </message>
        <message>
            <source>Page (mm)</source>
            <translation>页面（毫米）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Top margin</source>
            <translation>上边距</translation>
        </message>
        <message>
            <source>Bottom margin</source>
            <translation>下边距</translation>
        </message>
        <message>
            <source>Left margin</source>
            <translation>左边距</translation>
        </message>
        <message>
            <source>Right margin</source>
            <translation>右边距</translation>
        </message>
        <message>
            <source>Lines per page</source>
            <translation>每页行数</translation>
        </message>
        <message>
            <source>Characters per line</source>
            <translation>每行字数</translation>
        </message>
        <message>
            <source>Fonts (sizes in points: Chinese size 2 is 22, size 3 is 16, size 4 is 14)</source>
            <translation>字体（字号以磅计：2号 22，3号 16，4号 14）</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>加粗</translation>
        </message>
        <message>
            <source>Page Numbers and Signature</source>
            <translation>页码与落款</translation>
        </message>
        <message>
            <source>Page number position</source>
            <translation>页码位置</translation>
        </message>
        <message>
            <source>Page number font</source>
            <translation>页码字体</translation>
        </message>
        <message>
            <source>Page number size</source>
            <translation>页码字号</translation>
        </message>
        <message>
            <source>Page number inset from the text edge (characters)</source>
            <translation>页码距版心边缘（字）</translation>
        </message>
        <message>
            <source>Signature right indent (characters)</source>
            <translation>落款右空（字）</translation>
        </message>
        <message>
            <source>Date right indent (characters)</source>
            <translation>日期右空（字）</translation>
        </message>
        <message>
            <source>Use This Layout</source>
            <translation>使用此版式</translation>
        </message>
        <message>
            <source>{name} (custom)</source>
            <translation>{name}（本单位）</translation>
        </message>
        <message>
            <source>{name} (built-in)</source>
            <translation>{name}（内置）</translation>
        </message>
        <message>
            <source>Custom layout: your changes are saved when you click “Use This Layout”.</source>
            <translation>本单位版式：修改后点“使用此版式”即保存。</translation>
        </message>
        <message>
            <source>Built-in layouts cannot be changed; to adjust the margins, fonts or page number position, first use “Copy as Custom Layout”.</source>
            <translation>内置版式不能修改；如需调整页边距、字体或页码位置，请先“复制为本单位版式”。</translation>
        </message>
        <message>
            <source>Copy Layout</source>
            <translation>复制版式</translation>
        </message>
        <message>
            <source>Name of the new layout:</source>
            <translation>新版式名称：</translation>
        </message>
        <message>
            <source>Could Not Save the Layout</source>
            <translation>无法保存版式</translation>
        </message>
        <message>
            <source>Margins Too Large</source>
            <translation>页边距过大</translation>
        </message>
        <message>
            <source>The margins are too large: the text area is less than 1 inch. Please make the margins smaller.</source>
            <translation>页边距过大，版心不足 1 英寸，请调小页边距。</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover Unsaved Documents</source>
            <translation>恢复未保存的文稿</translation>
        </message>
        <message>
            <source>Wengao did not close normally last time. These documents have unsaved content that can be recovered:</source>
            <translation>文稿上次没有正常退出。以下文稿有未保存的内容，可以恢复：</translation>
        </message>
        <message>
            <source>{name}  (autosaved {when})</source>
            <translation>{name}　（自动保存于 {when}）</translation>
        </message>
        <message>
            <source>A new document, never saved</source>
            <translation>未保存过的新文稿</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>内容预览：</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>丢弃(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>以后再说(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>ReportEditor</name>
        <message>
            <source>Add to Phrase Library</source>
            <translation>加入常用语库</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>常规(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Editor</source>
            <translation>编辑器(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Checks</source>
            <translation>检查(&amp;C)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>界面语言(&amp;L)：</translation>
        </message>
        <message>
            <source>A new language takes effect when Wengao is started again.</source>
            <translation>更改语言后需重新启动文稿才能生效。</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>While you type, unsaved changes reach the recovery journal at least this often.</source>
            <translation>输入过程中，未保存的内容至少每隔这么久写入一次恢复记录。</translation>
        </message>
        <message>
            <source>&amp;Autosave at least every:</source>
            <translation>自动保存间隔(&amp;A)：</translation>
        </message>
        <message>
            <source>How many earlier versions to keep beside the file when saving (0: none).</source>
            <translation>保存时在文件旁保留几个旧版本（0 表示不保留）。</translation>
        </message>
        <message>
            <source>&amp;Backups kept:</source>
            <translation>保留备份数(&amp;B)：</translation>
        </message>
        <message>
            <source>(ask each time)</source>
            <translation>（每次询问）</translation>
        </message>
        <message>
            <source>Default report &amp;type:</source>
            <translation>默认报告类型(&amp;T)：</translation>
        </message>
        <message>
            <source>Layout &amp;profile for export:</source>
            <translation>导出版式(&amp;P)：</translation>
        </message>
        <message>
            <source>Official-document faces (FangSong, headings HeiTi/KaiTi)</source>
            <translation>公文字体（正文仿宋，标题黑体、楷体）</translation>
        </message>
        <message>
            <source>Body &amp;font:</source>
            <translation>正文字体(&amp;F)：</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> 磅</translation>
        </message>
        <message>
            <source>16 pt is the body size of GB/T 9704 (三号); export always uses the layout profile.</source>
            <translation>16 磅即 GB/T 9704 规定的正文字号（三号）；导出时始终按版式设置排版。</translation>
        </message>
        <message>
            <source>Font &amp;size:</source>
            <translation>字号(&amp;S)：</translation>
        </message>
        <message>
            <source>Checks that run while you type (untick to switch one off):</source>
            <translation>边写边查的检查项（取消勾选即关闭）：</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>阈值</translation>
        </message>
    </context>
    <context>
        <name>StructureOps</name>
        <message>
            <source>A section can only go under a heading one level above it</source>
            <translation>只能移到上一级标题之下</translation>
        </message>
        <message>
            <source>Sections cannot be divided below the fourth level</source>
            <translation>四级以下不能再分节</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Wengao</source>
            <translation>文稿</translation>
        </message>
        <message>
            <source>Writing and checking accountability and integrity reports, duty reports, annual work summaries and self-examination materials</source>
            <translation>述责述廉报告、述职报告、年度工作总结、对照检查材料的写作与检查</translation>
        </message>
        <message>
            <source>New from Last Year’s Report…</source>
            <translation>从去年报告新建…</translation>
        </message>
        <message>
            <source>Open last year’s .docx: the years move on by one, statistics can be blanked out, and unchanged paragraphs are marked</source>
            <translation>打开去年的 .docx，年份顺延、可隐去统计数字，并标出未改动的段落</translation>
        </message>
        <message>
            <source>New Report…</source>
            <translation>新建报告…</translation>
        </message>
        <message>
            <source>Create the required parts for a type of report</source>
            <translation>按报告类型生成必备的各部分</translation>
        </message>
        <message>
            <source>New from Template…</source>
            <translation>从模板新建…</translation>
        </message>
        <message>
            <source>Start from a saved template</source>
            <translation>用保存过的模板开始</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <source>Open a .docx or .txt report</source>
            <translation>打开 .docx 或 .txt 报告</translation>
        </message>
        <message>
            <source>Recent files:</source>
            <translation>最近打开：</translation>
        </message>
        <message>
            <source>Sample reports to try (opened as an untitled copy; the sample itself is never changed):</source>
            <translation>示例报告（以未命名副本打开，示例本身不会被改动）：</translation>
        </message>
        <message>
            <source>{item} (no longer exists)</source>
            <translation>{item}（已不存在）</translation>
        </message>
        <message>
            <source>(No files opened yet)</source>
            <translation>（还没有打开过文件）</translation>
        </message>
    </context>
</TS>
