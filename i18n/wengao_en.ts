<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Wengao</source>
            <translation>About Wengao</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Phrase library and templates</source>
            <translation>Phrase library and templates</translation>
        </message>
        <message>
            <source>Autosave (recovery)</source>
            <translation>Autosave (recovery)</translation>
        </message>
        <message>
            <source>An offline editor and checker for annual reports: outline, standard formulations, live checks, last year’s report, GB/T 9704 export.</source>
            <translation>An offline editor and checker for annual reports: outline, standard formulations, live checks, last year’s report, GB/T 9704 export.</translation>
        </message>
        <message>
            <source>Qt {qt}. Everything runs on this computer; nothing is sent anywhere.</source>
            <translation>Qt {qt}. Everything runs on this computer; nothing is sent anywhere.</translation>
        </message>
        <message>
            <source>Qt and Qt for Python are used under the GNU LGPL version 3: the installer ships them as separate, replaceable libraries. Wengao itself is under the MIT licence.</source>
            <translation>Qt and Qt for Python are used under the GNU LGPL version 3: the installer ships them as separate, replaceable libraries. Wengao itself is under the MIT licence.</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>Used for</translation>
        </message>
        <message>
            <source>Home page</source>
            <translation>Home page</translation>
        </message>
        <message>
            <source>Wengao</source>
            <translation>Wengao</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Your data</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Built with</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Wengao</source>
            <translation>Wengao</translation>
        </message>
    </context>
    <context>
        <name>CheckerDock</name>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Check Results</source>
            <translation>Check Results</translation>
        </message>
        <message>
            <source>By section</source>
            <translation>By section</translation>
        </message>
        <message>
            <source>By type of problem</source>
            <translation>By type of problem</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Group:</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Quick &amp;Fix</source>
            <translation>Quick &amp;Fix</translation>
        </message>
        <message>
            <source>&amp;Not a Problem</source>
            <translation>&amp;Not a Problem</translation>
        </message>
        <message>
            <source>Errors: {errors}  Warnings: {warnings}  Notes: {notes}</source>
            <translation>Errors: {errors}  Warnings: {warnings}  Notes: {notes}</translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>No problems found</translation>
        </message>
        <message>
            <source>(Opening)</source>
            <translation>(Opening)</translation>
        </message>
        <message>
            <source>Paragraph {number}</source>
            <translation>Paragraph {number}</translation>
        </message>
        <message>
            <source>{severity}: {message}</source>
            <translation>{severity}: {message}</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>Quick fix: change to “{fix}”</source>
            <translation>Quick fix: change to “{fix}”</translation>
        </message>
        <message>
            <source>Quick fix (none for this finding)</source>
            <translation>Quick fix (none for this finding)</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Deleted this year</source>
            <translation>Deleted this year</translation>
        </message>
        <message>
            <source>{percent} rewritten</source>
            <translation>{percent} rewritten</translation>
        </message>
        <message>
            <source>{title}   {percent}</source>
            <translation>{title}   {percent}</translation>
        </message>
        <message>
            <source>Compare with Last Year</source>
            <translation>Compare with Last Year</translation>
        </message>
        <message>
            <source>Last year: {name}</source>
            <translation>Last year: {name}</translation>
        </message>
        <message>
            <source>last year</source>
            <translation>last year</translation>
        </message>
        <message>
            <source>This year: {name}</source>
            <translation>This year: {name}</translation>
        </message>
        <message>
            <source>this year</source>
            <translation>this year</translation>
        </message>
        <message>
            <source>{percent} of the whole text rewritten   (red and struck through: in last year's, deleted this year; green: newly written this year)</source>
            <translation>{percent} of the whole text rewritten   (red and struck through: in last year's, deleted this year; green: newly written this year)</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>Layout Files</source>
            <translation>Layout Files</translation>
        </message>
        <message>
            <source>Layout: {name}</source>
            <translation>Layout: {name}</translation>
        </message>
        <message>
            <source>{name} (official format)</source>
            <translation>{name} (official format)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>exporting</source>
            <translation>exporting</translation>
        </message>
        <message>
            <source>Export as Word (Official Format)</source>
            <translation>Export as Word (Official Format)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Export Failed</translation>
        </message>
        <message>
            <source>Could not write {path}

{error}</source>
            <translation>Could not write {path}

{error}</translation>
        </message>
        <message>
            <source>Exported with the “{layout}” layout to {path}</source>
            <translation>Exported with the “{layout}” layout to {path}</translation>
        </message>
        <message>
            <source>exporting a PDF</source>
            <translation>exporting a PDF</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Export as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not written</source>
            <translation>The PDF was not written</translation>
        </message>
        <message>
            <source>Exported a PDF with the “{layout}” layout to {path}</source>
            <translation>Exported a PDF with the “{layout}” layout to {path}</translation>
        </message>
        <message>
            <source>printing</source>
            <translation>printing</translation>
        </message>
        <message>
            <source>Print Preview — {layout}</source>
            <translation>Print Preview — {layout}</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>Reports (*.docx *.txt);;Word Documents (*.docx);;Plain Text (*.txt);;All Files (*)</source>
            <translation>Reports (*.docx *.txt);;Word Documents (*.docx);;Plain Text (*.txt);;All Files (*)</translation>
        </message>
        <message>
            <source>Word Documents (*.docx)</source>
            <translation>Word Documents (*.docx)</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>Save Changes</source>
            <translation>Save Changes</translation>
        </message>
        <message>
            <source>“{name}” has been modified. Save the changes?</source>
            <translation>“{name}” has been modified. Save the changes?</translation>
        </message>
        <message>
            <source>Blank document</source>
            <translation>Blank document</translation>
        </message>
        <message>
            <source>New Report</source>
            <translation>New Report</translation>
        </message>
        <message>
            <source>Report type:</source>
            <translation>Report type:</translation>
        </message>
        <message>
            <source>Report year:</source>
            <translation>Report year:</translation>
        </message>
        <message>
            <source>Open Report</source>
            <translation>Open Report</translation>
        </message>
        <message>
            <source>Cannot Open</source>
            <translation>Cannot Open</translation>
        </message>
        <message>
            <source>File Too Large</source>
            <translation>File Too Large</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Note: this file has content the editor does not show ({kinds}); saving keeps it as it is.</source>
            <translation>Note: this file has content the editor does not show ({kinds}); saving keeps it as it is.</translation>
        </message>
        <message>
            <source>“{name}” seems to be open in WPS or Word.
If both change it, whichever saves last overwrites the other. Open it anyway?</source>
            <translation>“{name}” seems to be open in WPS or Word.
If both change it, whichever saves last overwrites the other. Open it anyway?</translation>
        </message>
        <message>
            <source>%b %d, %H:%M</source>
            <translation>%b %d, %H:%M</translation>
        </message>
        <message>
            <source>{user} ({host})</source>
            <translation>{user} ({host})</translation>
        </message>
        <message>
            <source>“{name}” is being edited in Wengao by {who} (since {since}).
If both change it, whichever saves last overwrites the other. Open it anyway?</source>
            <translation>“{name}” is being edited in Wengao by {who} (since {since}).
If both change it, whichever saves last overwrites the other. Open it anyway?</translation>
        </message>
        <message>
            <source>File Is Being Edited</source>
            <translation>File Is Being Edited</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Save As</translation>
        </message>
        <message>
            <source>Save Failed</source>
            <translation>Save Failed</translation>
        </message>
        <message>
            <source>Could not save to {path}

{message}

The original file was not changed.</source>
            <translation>Could not save to {path}

{message}

The original file was not changed.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Saved to {path}</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>File Changed on Disk</translation>
        </message>
        <message>
            <source>“{name}” was changed by another program or person after it was opened.
Overwriting it loses those changes.</source>
            <translation>“{name}” was changed by another program or person after it was opened.
Overwriting it loses those changes.</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Overwrite</translation>
        </message>
        <message>
            <source>Some Content Cannot Be Kept</source>
            <translation>Some Content Cannot Be Kept</translation>
        </message>
        <message>
            <source>The paragraphs holding the following were changed; saving cannot keep these:

{items}</source>
            <translation>The paragraphs holding the following were changed; saving cannot keep these:

{items}</translation>
        </message>
        <message>
            <source>Consider “Save As” to a new file, leaving the original unchanged.</source>
            <translation>Consider “Save As” to a new file, leaving the original unchanged.</translation>
        </message>
        <message>
            <source>Save Anyway</source>
            <translation>Save Anyway</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Save As…</translation>
        </message>
        <message>
            <source>images</source>
            <translation>images</translation>
        </message>
        <message>
            <source>text boxes</source>
            <translation>text boxes</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>comments</translation>
        </message>
        <message>
            <source>footnotes</source>
            <translation>footnotes</translation>
        </message>
        <message>
            <source>endnotes</source>
            <translation>endnotes</translation>
        </message>
        <message>
            <source>tracked changes</source>
            <translation>tracked changes</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>fields</translation>
        </message>
        <message>
            <source>headers</source>
            <translation>headers</translation>
        </message>
        <message>
            <source>footers</source>
            <translation>footers</translation>
        </message>
        <message>
            <source>equations</source>
            <translation>equations</translation>
        </message>
        <message>
            <source>content controls</source>
            <translation>content controls</translation>
        </message>
        <message>
            <source>charts</source>
            <translation>charts</translation>
        </message>
        <message>
            <source>embedded objects</source>
            <translation>embedded objects</translation>
        </message>
        <message>
            <source>No permission to write, or the file is open in WPS/Word. Close the file or save it somewhere else.</source>
            <translation>No permission to write, or the file is open in WPS/Word. Close the file or save it somewhere else.</translation>
        </message>
        <message>
            <source>Not enough disk space.</source>
            <translation>Not enough disk space.</translation>
        </message>
        <message>
            <source>The folder to save in does not exist (it may have been moved or deleted, or the USB drive removed). Save it somewhere else.</source>
            <translation>The folder to save in does not exist (it may have been moved or deleted, or the USB drive removed). Save it somewhere else.</translation>
        </message>
        <message>
            <source>System error: {error}</source>
            <translation>System error: {error}</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>Find and Replace</source>
            <translation>Find and Replace</translation>
        </message>
        <message>
            <source>Text to find</source>
            <translation>Text to find</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Replace with</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>Match &amp;case</translation>
        </message>
        <message>
            <source>Use &amp;regular expressions</source>
            <translation>Use &amp;regular expressions</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Find &amp;Next</translation>
        </message>
        <message>
            <source>Find &amp;Previous</source>
            <translation>Find &amp;Previous</translation>
        </message>
        <message>
            <source>R&amp;eplace</source>
            <translation>R&amp;eplace</translation>
        </message>
        <message>
            <source>Replace &amp;All</source>
            <translation>Replace &amp;All</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Replace w&amp;ith:</source>
            <translation>Replace w&amp;ith:</translation>
        </message>
        <message>
            <source>Fin&amp;d what:</source>
            <translation>Fin&amp;d what:</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>The regular expression is not valid; please check it.</source>
            <translation>The regular expression is not valid; please check it.</translation>
        </message>
        <message>
            <source>Cannot find “{text}”.</source>
            <translation>Cannot find “{text}”.</translation>
        </message>
        <message>
            <source>Replacements made: {count}.</source>
            <translation>Replacements made: {count}.</translation>
        </message>
    </context>
    <context>
        <name>FolderCheckDialog</name>
        <message>
            <source>Check a Folder</source>
            <translation>Check a Folder</translation>
        </message>
        <message>
            <source>Choose a folder: every .docx in it (and its subfolders) is checked.</source>
            <translation>Choose a folder: every .docx in it (and its subfolders) is checked.</translation>
        </message>
        <message>
            <source>&amp;Choose Folder…</source>
            <translation>&amp;Choose Folder…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Errors</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <source>First error</source>
            <translation>First error</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stop</translation>
        </message>
        <message>
            <source>Folder of Reports</source>
            <translation>Folder of Reports</translation>
        </message>
        <message>
            <source>This folder cannot be read: {reason}</source>
            <translation>This folder cannot be read: {reason}</translation>
        </message>
        <message>
            <source>There are no .docx files in this folder.</source>
            <translation>There are no .docx files in this folder.</translation>
        </message>
        <message>
            <source>Checking {count} reports…</source>
            <translation>Checking {count} reports…</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <source>not recognised</source>
            <translation>not recognised</translation>
        </message>
        <message>
            <source>Stopped: {done} of {total} reports checked.</source>
            <translation>Stopped: {done} of {total} reports checked.</translation>
        </message>
        <message>
            <source>{done} reports checked.</source>
            <translation>{done} reports checked.</translation>
        </message>
        <message>
            <source>{errors} with errors, {unreadable} unreadable. Double-click a report to open it.</source>
            <translation>{errors} with errors, {unreadable} unreadable. Double-click a report to open it.</translation>
        </message>
    </context>
    <context>
        <name>HarvestDialog</name>
        <message>
            <source>Harvest Phrases</source>
            <translation>Harvest Phrases</translation>
        </message>
        <message>
            <source>Found {count} candidate(s) in {source} (recurring quoted terms, parallel phrases, sentences several reports share). Tick the ones to add to the phrase library:</source>
            <translation>Found {count} candidate(s) in {source} (recurring quoted terms, parallel phrases, sentences several reports share). Tick the ones to add to the phrase library:</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Occurrences</source>
            <translation>Occurrences</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
        <message>
            <source>Select None</source>
            <translation>Select None</translation>
        </message>
        <message>
            <source>Add to category:</source>
            <translation>Add to category:</translation>
        </message>
        <message>
            <source>(By kind)</source>
            <translation>(By kind)</translation>
        </message>
        <message>
            <source>Add Selected</source>
            <translation>Add Selected</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Wengao Help</source>
            <translation>Wengao Help</translation>
        </message>
        <message>
            <source>Open last year’s report with “New from Last Year’s Report…”: the years move on, figures can be masked with **, and every paragraph left unchanged is flagged. The outline on the left shows the 一、（一）1.（1） structure; drag a heading to move its whole section. Findings are listed at the bottom while you type: double-click one (or press Enter) to go to it; F8 goes to the next ** or XX still to fill in. Standard formulations are in the phrase library on the right: double-click one to insert it.</source>
            <translation>Open last year’s report with “New from Last Year’s Report…”: the years move on, figures can be masked with **, and every paragraph left unchanged is flagged. The outline on the left shows the 一、（一）1.（1） structure; drag a heading to move its whole section. Findings are listed at the bottom while you type: double-click one (or press Enter) to go to it; F8 goes to the next ** or XX still to fill in. Standard formulations are in the phrase library on the right: double-click one to insert it.</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>What the checks mean</source>
            <translation>What the checks mean</translation>
        </message>
        <message>
            <source>In the outline, the findings or the phrase list: go to the item, or insert the phrase</source>
            <translation>In the outline, the findings or the phrase list: go to the item, or insert the phrase</translation>
        </message>
        <message>
            <source>Move between the editor and the side panels</source>
            <translation>Move between the editor and the side panels</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>suggestion</source>
            <translation>suggestion</translation>
        </message>
        <message>
            <source>Switch a check off, or change its threshold, in Tools › Settings › Checks. “Not a fault” hides one finding in this report only.</source>
            <translation>Switch a check off, or change its threshold, in Tools › Settings › Checks. “Not a fault” hides one finding in this report only.</translation>
        </message>
    </context>
    <context>
        <name>LastYearActions</name>
        <message>
            <source>, {count} figure(s) replaced by ** to fill in</source>
            <translation>, {count} figure(s) replaced by ** to fill in</translation>
        </message>
        <message>
            <source>Made a draft for {year} from last year's report: {changes} year(s) updated{masked}. Paragraphs not yet rewritten are marked in the check results.</source>
            <translation>Made a draft for {year} from last year's report: {changes} year(s) updated{masked}. Paragraphs not yet rewritten are marked in the check results.</translation>
        </message>
        <message>
            <source>New from Template</source>
            <translation>New from Template</translation>
        </message>
        <message>
            <source>There are no templates yet. Open a report and save its structure with “File → Save as Template…”.</source>
            <translation>There are no templates yet. Open a report and save its structure with “File → Save as Template…”.</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Template:</translation>
        </message>
        <message>
            <source>Year of the report:</source>
            <translation>Year of the report:</translation>
        </message>
        <message>
            <source>Could Not Open the Template</source>
            <translation>Could Not Open the Template</translation>
        </message>
        <message>
            <source>Save as Template</source>
            <translation>Save as Template</translation>
        </message>
        <message>
            <source>Template name (for example, the kind of report it is for):</source>
            <translation>Template name (for example, the kind of report it is for):</translation>
        </message>
        <message>
            <source>The template name cannot be empty or contain characters such as \ / : * ? " &lt; &gt; |.</source>
            <translation>The template name cannot be empty or contain characters such as \ / : * ? " &lt; &gt; |.</translation>
        </message>
        <message>
            <source>A template named “{name}” already exists. Replace it?</source>
            <translation>A template named “{name}” already exists. Replace it?</translation>
        </message>
        <message>
            <source>Could not save the template:

{message}</source>
            <translation>Could not save the template:

{message}</translation>
        </message>
        <message>
            <source>Template “{name}” saved.

Also save its top-level headings as the report type “{name}”?
(The checker uses them for missing and misordered parts.)</source>
            <translation>Template “{name}” saved.

Also save its top-level headings as the report type “{name}”?
(The checker uses them for missing and misordered parts.)</translation>
        </message>
        <message>
            <source>Could not save the report type: {error}</source>
            <translation>Could not save the report type: {error}</translation>
        </message>
        <message>
            <source>Template “{name}” saved; use it with “File → New from Template…”.</source>
            <translation>Template “{name}” saved; use it with “File → New from Template…”.</translation>
        </message>
        <message>
            <source>last year's report</source>
            <translation>last year's report</translation>
        </message>
        <message>
            <source>Choose Last Year's Report</source>
            <translation>Choose Last Year's Report</translation>
        </message>
        <message>
            <source>Reports (*.docx *.txt);;Word documents (*.docx)</source>
            <translation>Reports (*.docx *.txt);;Word documents (*.docx)</translation>
        </message>
        <message>
            <source>Could Not Open</source>
            <translation>Could Not Open</translation>
        </message>
        <message>
            <source>Linked last year's report; it is saved with this file. Paragraphs not yet rewritten will be marked in the check results.</source>
            <translation>Linked last year's report; it is saved with this file. Paragraphs not yet rewritten will be marked in the check results.</translation>
        </message>
    </context>
    <context>
        <name>Loading</name>
        <message>
            <source>Opening {name}…</source>
            <translation>Opening {name}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Recent Files</source>
            <translation>&amp;Recent Files</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>R&amp;eplace…</source>
            <translation>R&amp;eplace…</translation>
        </message>
        <message>
            <source>&amp;Go to Next Placeholder</source>
            <translation>&amp;Go to Next Placeholder</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Bold</source>
            <translation>&amp;Bold</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>&amp;Italic</translation>
        </message>
        <message>
            <source>&amp;Underline</source>
            <translation>&amp;Underline</translation>
        </message>
        <message>
            <source>Align &amp;Left</source>
            <translation>Align &amp;Left</translation>
        </message>
        <message>
            <source>&amp;Center</source>
            <translation>&amp;Center</translation>
        </message>
        <message>
            <source>Align &amp;Right</source>
            <translation>Align &amp;Right</translation>
        </message>
        <message>
            <source>&amp;Justify</source>
            <translation>&amp;Justify</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>F&amp;ormat</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <source>Reset &amp;Zoom</source>
            <translation>Reset &amp;Zoom</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>O&amp;utline</source>
            <translation>O&amp;utline</translation>
        </message>
        <message>
            <source>Chec&amp;k Results</source>
            <translation>Chec&amp;k Results</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>The check failed; its results were skipped</source>
            <translation>The check failed; its results were skipped</translation>
        </message>
        <message>
            <source>&amp;Phrase Library</source>
            <translation>&amp;Phrase Library</translation>
        </message>
        <message>
            <source>New from &amp;Last Year’s Report…</source>
            <translation>New from &amp;Last Year’s Report…</translation>
        </message>
        <message>
            <source>New from &amp;Template…</source>
            <translation>New from &amp;Template…</translation>
        </message>
        <message>
            <source>Save as Te&amp;mplate…</source>
            <translation>Save as Te&amp;mplate…</translation>
        </message>
        <message>
            <source>&amp;Compare with Last Year…</source>
            <translation>&amp;Compare with Last Year…</translation>
        </message>
        <message>
            <source>Export to &amp;Word (Official Document Format)…</source>
            <translation>Export to &amp;Word (Official Document Format)…</translation>
        </message>
        <message>
            <source>Export to P&amp;DF…</source>
            <translation>Export to P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>La&amp;yout Settings…</source>
            <translation>La&amp;yout Settings…</translation>
        </message>
        <message>
            <source>Check a &amp;Folder of Reports…</source>
            <translation>Check a &amp;Folder of Reports…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>Wengao &amp;Help</source>
            <translation>Wengao &amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Wengao</source>
            <translation>&amp;About Wengao</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Next Pane</source>
            <translation>Next Pane</translation>
        </message>
        <message>
            <source>Previous Pane</source>
            <translation>Previous Pane</translation>
        </message>
        <message>
            <source>Cannot Recover</source>
            <translation>Cannot Recover</translation>
        </message>
        <message>
            <source>This autosaved content is damaged and cannot be recovered.</source>
            <translation>This autosaved content is damaged and cannot be recovered.</translation>
        </message>
        <message>
            <source>Unsaved content recovered. Please check it, then save.</source>
            <translation>Unsaved content recovered. Please check it, then save.</translation>
        </message>
        <message>
            <source>{name}[*] — Wengao</source>
            <translation>{name}[*] — Wengao</translation>
        </message>
        <message>
            <source>(None)</source>
            <translation>(None)</translation>
        </message>
        <message>
            <source>Checking… paragraphs left: {count}</source>
            <translation>Checking… paragraphs left: {count}</translation>
        </message>
        <message>
            <source>Characters: {hanzi} (with punctuation: {characters})</source>
            <translation>Characters: {hanzi} (with punctuation: {characters})</translation>
        </message>
        <message>
            <source>Pages: about {pages}</source>
            <translation>Pages: about {pages}</translation>
        </message>
        <message>
            <source>To fill: {count}</source>
            <translation>To fill: {count}</translation>
        </message>
        <message>
            <source>Errors: {errors}  Warnings: {warnings}</source>
            <translation>Errors: {errors}  Warnings: {warnings}</translation>
        </message>
        <message>
            <source>Checking; press F8 again in a moment</source>
            <translation>Checking; press F8 again in a moment</translation>
        </message>
        <message>
            <source>No placeholders left</source>
            <translation>No placeholders left</translation>
        </message>
        <message>
            <source>The text has changed; wait for the check results to refresh before fixing</source>
            <translation>The text has changed; wait for the check results to refresh before fixing</translation>
        </message>
        <message>
            <source>The outline is refreshing; please try again</source>
            <translation>The outline is refreshing; please try again</translation>
        </message>
        <message>
            <source>A section can only go under a heading one level above it</source>
            <translation>A section can only go under a heading one level above it</translation>
        </message>
        <message>
            <source>Delete Section</source>
            <translation>Delete Section</translation>
        </message>
        <message>
            <source>Delete “{title}” and everything under it?
(Ctrl+Z undoes this.)</source>
            <translation>Delete “{title}” and everything under it?
(Ctrl+Z undoes this.)</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>New title:</translation>
        </message>
    </context>
    <context>
        <name>NewFromLastYearDialog</name>
        <message>
            <source>Reports (*.docx *.txt);;Word documents (*.docx);;Plain text (*.txt)</source>
            <translation>Reports (*.docx *.txt);;Word documents (*.docx);;Plain text (*.txt)</translation>
        </message>
        <message>
            <source>New from Last Year's Report</source>
            <translation>New from Last Year's Report</translation>
        </message>
        <message>
            <source>Choose last year's report (.docx)</source>
            <translation>Choose last year's report (.docx)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source> (year)</source>
            <translation> (year)</translation>
        </message>
        <message>
            <source>Hide the figures (counts, numbers of cases, percentages and amounts become ** to fill in)</source>
            <translation>Hide the figures (counts, numbers of cases, percentages and amounts become ** to fill in)</translation>
        </message>
        <message>
            <source>Last year's report:</source>
            <translation>Last year's report:</translation>
        </message>
        <message>
            <source>Year of the new report:</source>
            <translation>Year of the new report:</translation>
        </message>
        <message>
            <source>The new document keeps last year's structure and formatting, with the years moved on by one; last year's text is saved with the new file, and paragraphs not yet rewritten will be marked in the check results.</source>
            <translation>The new document keeps last year's structure and formatting, with the years moved on by one; last year's text is saved with the new file, and paragraphs not yet rewritten will be marked in the check results.</translation>
        </message>
        <message>
            <source>Choose Last Year's Report</source>
            <translation>Choose Last Year's Report</translation>
        </message>
        <message>
            <source>Could Not Open</source>
            <translation>Could Not Open</translation>
        </message>
        <message>
            <source>Recognised as the report for {year}; the new report is for {next} (you can change it).</source>
            <translation>Recognised as the report for {year}; the new report is for {next} (you can change it).</translation>
        </message>
        <message>
            <source>Could not tell which year last year's report covers; please check the year of the new report.</source>
            <translation>Could not tell which year last year's report covers; please check the year of the new report.</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message>
            <source>Outline</source>
            <translation>Outline</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Move &amp;Up</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>Move &amp;Down</translation>
        </message>
        <message>
            <source>Insert &amp;Sibling Section</source>
            <translation>Insert &amp;Sibling Section</translation>
        </message>
        <message>
            <source>Insert &amp;Child Section</source>
            <translation>Insert &amp;Child Section</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Rename…</translation>
        </message>
        <message>
            <source>Dele&amp;te Section</source>
            <translation>Dele&amp;te Section</translation>
        </message>
        <message>
            <source>to fill {count}</source>
            <translation>to fill {count}</translation>
        </message>
        <message>
            <source>errors {count}</source>
            <translation>errors {count}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>badge separator</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>{title}  [{badges}]</source>
            <translation>{title}  [{badges}]</translation>
        </message>
    </context>
    <context>
        <name>PageRender</name>
        <message>
            <source>System default font</source>
            <translation>System default font</translation>
        </message>
    </context>
    <context>
        <name>PhraseEditDialog</name>
        <message>
            <source>Edit Phrase</source>
            <translation>Edit Phrase</translation>
        </message>
        <message>
            <source>New Phrase</source>
            <translation>New Phrase</translation>
        </message>
        <message>
            <source>A complete sentence or formulation; write ** where a figure goes</source>
            <translation>A complete sentence or formulation; write ** where a figure goes</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Separated by commas</source>
            <translation>Separated by commas</translation>
        </message>
        <message>
            <source>One common misspelling a line; the checker points them out</source>
            <translation>One common misspelling a line; the checker points them out</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favourite</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Text:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Misspellings:</source>
            <translation>Misspellings:</translation>
        </message>
        <message>
            <source>Valid from (year):</source>
            <translation>Valid from (year):</translation>
        </message>
        <message>
            <source>Valid until (year):</source>
            <translation>Valid until (year):</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source>Phrase</source>
            <translation>Phrase</translation>
        </message>
        <message>
            <source>The text cannot be empty.</source>
            <translation>The text cannot be empty.</translation>
        </message>
        <message>
            <source>A misspelling cannot be part of the correct text.</source>
            <translation>A misspelling cannot be part of the correct text.</translation>
        </message>
        <message>
            <source>The first year cannot be later than the last year.</source>
            <translation>The first year cannot be later than the last year.</translation>
        </message>
    </context>
    <context>
        <name>PhraseLabels</name>
        <message>
            <source>Built-in</source>
            <translation>Built-in</translation>
        </message>
        <message>
            <source>Your own</source>
            <translation>Your own</translation>
        </message>
        <message>
            <source>Harvested</source>
            <translation>Harvested</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Quoted term</source>
            <translation>Quoted term</translation>
        </message>
        <message>
            <source>Parallel phrase</source>
            <translation>Parallel phrase</translation>
        </message>
        <message>
            <source>Shared sentence</source>
            <translation>Shared sentence</translation>
        </message>
    </context>
    <context>
        <name>PhrasesDock</name>
        <message>
            <source>Phrase Library</source>
            <translation>Phrase Library</translation>
        </message>
        <message>
            <source>Search: a keyword, several separated by spaces, or pinyin initials (e.g. lgwh)</source>
            <translation>Search: a keyword, several separated by spaces, or pinyin initials (e.g. lgwh)</translation>
        </message>
        <message>
            <source>Select a phrase to see it here in full; double-click, press Enter or drag it into the text to insert</source>
            <translation>Select a phrase to see it here in full; double-click, press Enter or drag it into the text to insert</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Insert</translation>
        </message>
        <message>
            <source>Insert at the cursor (Enter, double-click)</source>
            <translation>Insert at the cursor (Enter, double-click)</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Add a new phrase</source>
            <translation>Add a new phrase</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Edit the selected phrase</source>
            <translation>Edit the selected phrase</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected phrase</source>
            <translation>Delete the selected phrase</translation>
        </message>
        <message>
            <source>Add to or remove from favourites</source>
            <translation>Add to or remove from favourites</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Star</translation>
        </message>
        <message>
            <source>More</source>
            <translation>More</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Harvest from the Current Report…</source>
            <translation>Harvest from the Current Report…</translation>
        </message>
        <message>
            <source>Harvest from Reports in a Folder…</source>
            <translation>Harvest from Reports in a Folder…</translation>
        </message>
        <message>
            <source>Preparing pinyin search…</source>
            <translation>Preparing pinyin search…</translation>
        </message>
        <message>
            <source>All ({count})</source>
            <translation>All ({count})</translation>
        </message>
        <message>
            <source>★ Favourites ({count})</source>
            <translation>★ Favourites ({count})</translation>
        </message>
        <message>
            <source>Recently Used</source>
            <translation>Recently Used</translation>
        </message>
        <message>
            <source>(Uncategorised)</source>
            <translation>(Uncategorised)</translation>
        </message>
        <message>
            <source>{category} ({count})</source>
            <translation>{category} ({count})</translation>
        </message>
        <message>
            <source>Category: {category}</source>
            <translation>Category: {category}</translation>
        </message>
        <message>
            <source>Uncategorised</source>
            <translation>Uncategorised</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Source: {source}</translation>
        </message>
        <message>
            <source>Times used: {count}</source>
            <translation>Times used: {count}</translation>
        </message>
        <message>
            <source>Valid: {start}–{end}</source>
            <translation>Valid: {start}–{end}</translation>
        </message>
        <message>
            <source>{before} | {after}</source>
            <translation>{before} | {after}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Tags: {tags}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Note: {note}</translation>
        </message>
        <message>
            <source>Common misspellings: {variants}</source>
            <translation>Common misspellings: {variants}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>This phrase is already in the library ({category})</source>
            <translation>This phrase is already in the library ({category})</translation>
        </message>
        <message>
            <source>Added to the phrase library under “{category}”: {text}</source>
            <translation>Added to the phrase library under “{category}”: {text}</translation>
        </message>
        <message>
            <source>This phrase is already in the library.</source>
            <translation>This phrase is already in the library.</translation>
        </message>
        <message>
            <source>Another phrase with the same text is already in the library.</source>
            <translation>Another phrase with the same text is already in the library.</translation>
        </message>
        <message>
            <source>Delete Phrase</source>
            <translation>Delete Phrase</translation>
        </message>
        <message>
            <source>Delete this phrase from the library?

{text}</source>
            <translation>Delete this phrase from the library?

{text}</translation>
        </message>
        <message>
            <source>Import Phrases</source>
            <translation>Import Phrases</translation>
        </message>
        <message>
            <source>Unstar</source>
            <translation>Unstar</translation>
        </message>
        <message>
            <source>Phrase files (*.json *.csv);;All files (*)</source>
            <translation>Phrase files (*.json *.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Could not import {name}: {error}</source>
            <translation>Could not import {name}: {error}</translation>
        </message>
        <message>
            <source>Export Phrases</source>
            <translation>Export Phrases</translation>
        </message>
        <message>
            <source>phrases.csv</source>
            <translation>phrases.csv</translation>
        </message>
        <message>
            <source>CSV (opens in Excel and WPS) (*.csv);;JSON (*.json)</source>
            <translation>CSV (opens in Excel and WPS) (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Could not write {path}: {error}</source>
            <translation>Could not write {path}: {error}</translation>
        </message>
        <message>
            <source>Exported {count} phrase(s) to {name}</source>
            <translation>Exported {count} phrase(s) to {name}</translation>
        </message>
        <message>
            <source>the current report</source>
            <translation>the current report</translation>
        </message>
        <message>
            <source>Choose the Folder with Past Reports</source>
            <translation>Choose the Folder with Past Reports</translation>
        </message>
        <message>
            <source>Reading the reports in {folder}…</source>
            <translation>Reading the reports in {folder}…</translation>
        </message>
        <message>
            <source>Harvesting cancelled</source>
            <translation>Harvesting cancelled</translation>
        </message>
        <message>
            <source>This folder cannot be read: {reason}</source>
            <translation>This folder cannot be read: {reason}</translation>
        </message>
        <message>
            <source>{count} file(s) could not be read and were skipped</source>
            <translation>{count} file(s) could not be read and were skipped</translation>
        </message>
        <message>
            <source>{count} report(s)</source>
            <translation>{count} report(s)</translation>
        </message>
        <message>
            <source>Harvest Phrases</source>
            <translation>Harvest Phrases</translation>
        </message>
        <message>
            <source>No new candidate phrases found in {source}.</source>
            <translation>No new candidate phrases found in {source}.</translation>
        </message>
        <message>
            <source>Added {count} harvested phrase(s) to the phrase library</source>
            <translation>Added {count} harvested phrase(s) to the phrase library</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>The settings could not be saved ({reason}). They apply until Wengao is closed.</source>
            <translation>The settings could not be saved ({reason}). They apply until Wengao is closed.</translation>
        </message>
        <message>
            <source>The new language takes effect when Wengao is started again.</source>
            <translation>The new language takes effect when Wengao is started again.</translation>
        </message>
    </context>
    <context>
        <name>PreflightDialog</name>
        <message>
            <source>Check before {what}</source>
            <translation>Check before {what}</translation>
        </message>
        <message>
            <source>The report still has {count} error(s) (unfilled placeholders, missing parts and the like):</source>
            <translation>The report still has {count} error(s) (unfilled placeholders, missing parts and the like):</translation>
        </message>
        <message>
            <source>Paragraph {number}   {message}   {excerpt}</source>
            <translation>Paragraph {number}   {message}   {excerpt}</translation>
        </message>
        <message>
            <source>This computer lacks fonts the layout asks for; the screen and the PDF show substitutes (the exported .docx still names the original fonts, which a computer that has them will use):</source>
            <translation>This computer lacks fonts the layout asks for; the screen and the PDF show substitutes (the exported .docx still names the original fonts, which a computer that has them will use):</translation>
        </message>
        <message>
            <source>Go Back and Fix</source>
            <translation>Go Back and Fix</translation>
        </message>
        <message>
            <source>Export Anyway</source>
            <translation>Export Anyway</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Heading 1</source>
            <translation>Heading 1</translation>
        </message>
        <message>
            <source>Heading 2</source>
            <translation>Heading 2</translation>
        </message>
        <message>
            <source>Heading 3</source>
            <translation>Heading 3</translation>
        </message>
        <message>
            <source>Heading 4</source>
            <translation>Heading 4</translation>
        </message>
        <message>
            <source>Body text</source>
            <translation>Body text</translation>
        </message>
        <message>
            <source>Right on odd pages, left on even pages</source>
            <translation>Right on odd pages, left on even pages</translation>
        </message>
        <message>
            <source>Centred</source>
            <translation>Centred</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Right</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>No page numbers</source>
            <translation>No page numbers</translation>
        </message>
        <message>
            <source>Layout Settings</source>
            <translation>Layout Settings</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <source>Copy as Custom Layout…</source>
            <translation>Copy as Custom Layout…</translation>
        </message>
        <message>
            <source>Page (mm)</source>
            <translation>Page (mm)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Top margin</source>
            <translation>Top margin</translation>
        </message>
        <message>
            <source>Bottom margin</source>
            <translation>Bottom margin</translation>
        </message>
        <message>
            <source>Left margin</source>
            <translation>Left margin</translation>
        </message>
        <message>
            <source>Right margin</source>
            <translation>Right margin</translation>
        </message>
        <message>
            <source>Lines per page</source>
            <translation>Lines per page</translation>
        </message>
        <message>
            <source>Characters per line</source>
            <translation>Characters per line</translation>
        </message>
        <message>
            <source>Fonts (sizes in points: Chinese size 2 is 22, size 3 is 16, size 4 is 14)</source>
            <translation>Fonts (sizes in points: Chinese size 2 is 22, size 3 is 16, size 4 is 14)</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Bold</translation>
        </message>
        <message>
            <source>Page Numbers and Signature</source>
            <translation>Page Numbers and Signature</translation>
        </message>
        <message>
            <source>Page number position</source>
            <translation>Page number position</translation>
        </message>
        <message>
            <source>Page number font</source>
            <translation>Page number font</translation>
        </message>
        <message>
            <source>Page number size</source>
            <translation>Page number size</translation>
        </message>
        <message>
            <source>Page number inset from the text edge (characters)</source>
            <translation>Page number inset from the text edge (characters)</translation>
        </message>
        <message>
            <source>Signature right indent (characters)</source>
            <translation>Signature right indent (characters)</translation>
        </message>
        <message>
            <source>Date right indent (characters)</source>
            <translation>Date right indent (characters)</translation>
        </message>
        <message>
            <source>Use This Layout</source>
            <translation>Use This Layout</translation>
        </message>
        <message>
            <source>{name} (custom)</source>
            <translation>{name} (custom)</translation>
        </message>
        <message>
            <source>{name} (built-in)</source>
            <translation>{name} (built-in)</translation>
        </message>
        <message>
            <source>Custom layout: your changes are saved when you click “Use This Layout”.</source>
            <translation>Custom layout: your changes are saved when you click “Use This Layout”.</translation>
        </message>
        <message>
            <source>Built-in layouts cannot be changed; to adjust the margins, fonts or page number position, first use “Copy as Custom Layout”.</source>
            <translation>Built-in layouts cannot be changed; to adjust the margins, fonts or page number position, first use “Copy as Custom Layout”.</translation>
        </message>
        <message>
            <source>Copy Layout</source>
            <translation>Copy Layout</translation>
        </message>
        <message>
            <source>Name of the new layout:</source>
            <translation>Name of the new layout:</translation>
        </message>
        <message>
            <source>Could Not Save the Layout</source>
            <translation>Could Not Save the Layout</translation>
        </message>
        <message>
            <source>Margins Too Large</source>
            <translation>Margins Too Large</translation>
        </message>
        <message>
            <source>The margins are too large: the text area is less than 1 inch. Please make the margins smaller.</source>
            <translation>The margins are too large: the text area is less than 1 inch. Please make the margins smaller.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover Unsaved Documents</source>
            <translation>Recover Unsaved Documents</translation>
        </message>
        <message>
            <source>Wengao did not close normally last time. These documents have unsaved content that can be recovered:</source>
            <translation>Wengao did not close normally last time. These documents have unsaved content that can be recovered:</translation>
        </message>
        <message>
            <source>{name}  (autosaved {when})</source>
            <translation>{name}  (autosaved {when})</translation>
        </message>
        <message>
            <source>A new document, never saved</source>
            <translation>A new document, never saved</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>Preview:</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Recover</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Discard</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
    </context>
    <context>
        <name>ReportEditor</name>
        <message>
            <source>Add to Phrase Library</source>
            <translation>Add to Phrase Library</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;General</translation>
        </message>
        <message>
            <source>&amp;Editor</source>
            <translation>&amp;Editor</translation>
        </message>
        <message>
            <source>&amp;Checks</source>
            <translation>&amp;Checks</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>A new language takes effect when Wengao is started again.</source>
            <translation>A new language takes effect when Wengao is started again.</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>While you type, unsaved changes reach the recovery journal at least this often.</source>
            <translation>While you type, unsaved changes reach the recovery journal at least this often.</translation>
        </message>
        <message>
            <source>&amp;Autosave at least every:</source>
            <translation>&amp;Autosave at least every:</translation>
        </message>
        <message>
            <source>How many earlier versions to keep beside the file when saving (0: none).</source>
            <translation>How many earlier versions to keep beside the file when saving (0: none).</translation>
        </message>
        <message>
            <source>&amp;Backups kept:</source>
            <translation>&amp;Backups kept:</translation>
        </message>
        <message>
            <source>(ask each time)</source>
            <translation>(ask each time)</translation>
        </message>
        <message>
            <source>Default report &amp;type:</source>
            <translation>Default report &amp;type:</translation>
        </message>
        <message>
            <source>Layout &amp;profile for export:</source>
            <translation>Layout &amp;profile for export:</translation>
        </message>
        <message>
            <source>Official-document faces (FangSong, headings HeiTi/KaiTi)</source>
            <translation>Official-document faces (FangSong, headings HeiTi/KaiTi)</translation>
        </message>
        <message>
            <source>Body &amp;font:</source>
            <translation>Body &amp;font:</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>16 pt is the body size of GB/T 9704 (三号); export always uses the layout profile.</source>
            <translation>16 pt is the body size of GB/T 9704 (三号); export always uses the layout profile.</translation>
        </message>
        <message>
            <source>Font &amp;size:</source>
            <translation>Font &amp;size:</translation>
        </message>
        <message>
            <source>Checks that run while you type (untick to switch one off):</source>
            <translation>Checks that run while you type (untick to switch one off):</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
    </context>
    <context>
        <name>StructureOps</name>
        <message>
            <source>A section can only go under a heading one level above it</source>
            <translation>A section can only go under a heading one level above it</translation>
        </message>
        <message>
            <source>Sections cannot be divided below the fourth level</source>
            <translation>Sections cannot be divided below the fourth level</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Wengao</source>
            <translation>Wengao</translation>
        </message>
        <message>
            <source>Writing and checking accountability and integrity reports, duty reports, annual work summaries and self-examination materials</source>
            <translation>Writing and checking accountability and integrity reports, duty reports, annual work summaries and self-examination materials</translation>
        </message>
        <message>
            <source>New from Last Year’s Report…</source>
            <translation>New from Last Year’s Report…</translation>
        </message>
        <message>
            <source>Open last year’s .docx: the years move on by one, statistics can be blanked out, and unchanged paragraphs are marked</source>
            <translation>Open last year’s .docx: the years move on by one, statistics can be blanked out, and unchanged paragraphs are marked</translation>
        </message>
        <message>
            <source>New Report…</source>
            <translation>New Report…</translation>
        </message>
        <message>
            <source>Create the required parts for a type of report</source>
            <translation>Create the required parts for a type of report</translation>
        </message>
        <message>
            <source>New from Template…</source>
            <translation>New from Template…</translation>
        </message>
        <message>
            <source>Start from a saved template</source>
            <translation>Start from a saved template</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Open a .docx or .txt report</source>
            <translation>Open a .docx or .txt report</translation>
        </message>
        <message>
            <source>Recent files:</source>
            <translation>Recent files:</translation>
        </message>
        <message>
            <source>Sample reports to try (opened as an untitled copy; the sample itself is never changed):</source>
            <translation>Sample reports to try (opened as an untitled copy; the sample itself is never changed):</translation>
        </message>
        <message>
            <source>{item} (no longer exists)</source>
            <translation>{item} (no longer exists)</translation>
        </message>
        <message>
            <source>(No files opened yet)</source>
            <translation>(No files opened yet)</translation>
        </message>
    </context>
</TS>
