<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BodyMapAccessible</name>
    <message>
        <location filename="../src/ui/map/BodyMapAccessible.cpp" line="+39"/>
        <source>%1, left side</source>
        <translation>%1，左侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, right side</source>
        <translation>%1，右侧</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, midline</source>
        <translation>%1，正中线</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pregnancy: caution</source>
        <translation>孕期：慎用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnancy: traditionally forbidden</source>
        <translation>孕期：传统禁用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pregnancy: no caution known</source>
        <translation>孕期：无已知禁忌</translation>
    </message>
</context>
<context>
    <name>RunnerPrompts</name>
    <message>
        <location filename="../src/models/routine/RunnerPrompts.cpp" line="+12"/>
        <source>zero</source>
        <translation>零</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one</source>
        <translation>一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two</source>
        <translation>二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>three</source>
        <translation>三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four</source>
        <translation>四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>five</source>
        <translation>五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>six</source>
        <translation>六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seven</source>
        <translation>七</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eight</source>
        <translation>八</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nine</source>
        <translation>九</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ten</source>
        <translation>十</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>eleven</source>
        <translation>十一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twelve</source>
        <translation>十二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thirteen</source>
        <translation>十三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourteen</source>
        <translation>十四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fifteen</source>
        <translation>十五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sixteen</source>
        <translation>十六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seventeen</source>
        <translation>十七</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eighteen</source>
        <translation>十八</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nineteen</source>
        <translation>十九</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>twenty</source>
        <translation>二十</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thirty</source>
        <translation>三十</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forty</source>
        <translation>四十</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fifty</source>
        <translation>五十</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sixty</source>
        <translation>六十</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seventy</source>
        <translation>七十</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eighty</source>
        <translation>八十</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ninety</source>
        <translation>九十</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <comment>two spoken sentences one after the other</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one second</source>
        <translation>一秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seconds</source>
        <comment>%1 is a number in words</comment>
        <translation>%1秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one minute</source>
        <translation>一分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <comment>%1 is a number in words</comment>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Right side.</source>
        <translation>右侧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left side.</source>
        <translation>左侧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides.</source>
        <translation>两侧。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Right side, %1 of %2.</source>
        <translation>右侧，第%1次，共%2次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left side, %1 of %2.</source>
        <translation>左侧，第%1次，共%2次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides, %1 of %2.</source>
        <translation>两侧，第%1次，共%2次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repetition %1 of %2.</source>
        <translation>第%1次，共%2次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now the right side.</source>
        <translation>现在换右侧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now the left side.</source>
        <translation>现在换左侧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now both sides.</source>
        <translation>现在换两侧。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next point: %1.</source>
        <translation>下一个穴位：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next point: %1, right side first.</source>
        <translation>下一个穴位：%1，先按右侧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next point: %1, left side first.</source>
        <translation>下一个穴位：%1，先按左侧。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next point: %1, both sides.</source>
        <translation>下一个穴位：%1，两侧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next point: %1, right side.</source>
        <translation>下一个穴位：%1，右侧。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next point: %1, left side.</source>
        <translation>下一个穴位：%1，左侧。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release.</source>
        <translation>松开。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one</source>
        <comment>a quantity before a unit, as in one to two minutes</comment>
        <translation>一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two</source>
        <comment>a quantity before a unit, as in two minutes</comment>
        <translation>两</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one</source>
        <comment>the ones of a compound number, as in twenty-one</comment>
        <translation>一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-%2</source>
        <comment>a compound number: %1 the tens, %2 the ones, as in twenty-one</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2</source>
        <comment>one minute and thirty seconds</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least %1</source>
        <comment>a hold: at least two minutes</comment>
        <translation>至少%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>up to %1</source>
        <comment>a hold: up to two minutes</comment>
        <translation>最多%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 minutes</source>
        <comment>%1 and %2 are numbers in words: one to two minutes</comment>
        <translation>%1到%2分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2 seconds</source>
        <comment>%1 and %2 are numbers in words: four to five seconds</comment>
        <translation>%1到%2秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <comment>two durations: thirty seconds to one minute</comment>
        <translation>%1到%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This point needs a helper.</source>
        <translation>此穴位需要他人协助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get ready.</source>
        <translation>请准备。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold for %1.</source>
        <comment>%1 is a duration in words</comment>
        <translation>按压%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest for %1.</source>
        <comment>%1 is a duration in words</comment>
        <translation>休息%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The routine is finished.</source>
        <translation>流程已结束。</translation>
    </message>
</context>
<context>
    <name>acu::AddToRoutineMenu</name>
    <message>
        <location filename="../src/ui/routine/AddToRoutineMenu.cpp" line="+9"/>
        <source>Add to &amp;Routine</source>
        <translation>添加到流程(&amp;R)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add %1 to:</source>
        <translation>将 %1 添加到：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New Routine…</source>
        <translation>新建流程(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>acu::BodyMapPanel</name>
    <message>
        <location filename="../src/ui/map/BodyMapPanel.cpp" line="+25"/>
        <source>Body view</source>
        <translation>身体视图</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Channel &amp;lines</source>
        <translation>经络线(&amp;L)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Channel lines</source>
        <translation>经络线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which channels&apos; courses the map draws</source>
        <translation>图上显示哪些经络的循行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected point&apos;s channel</source>
        <translation>所选穴位的经络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>所有经络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Channel Lines</source>
        <translation>经络线(&amp;C)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>●&#xa0;none&#xa0;known   ■&#xa0;pregnancy:&#xa0;care   ◆&#xa0;avoid&#xa0;in&#xa0;pregnancy   ◎&#xa0;selected</source>
        <translation>●&#xa0;无已知禁忌   ■&#xa0;孕期慎用   ◆&#xa0;孕期禁用   ◎&#xa0;已选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>●&#xa0;point   ◎&#xa0;selected</source>
        <translation>●&#xa0;穴位   ◎&#xa0;已选</translation>
    </message>
</context>
<context>
    <name>acu::BodyMapView</name>
    <message>
        <location filename="../src/ui/map/BodyMapView.cpp" line="+40"/>
        <source>Body map</source>
        <translation>人体图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body drawing with point markers. Click a marker to select its point.</source>
        <translation>带穴位标记的人体图。点击标记即可选择该穴位。</translation>
    </message>
</context>
<context>
    <name>acu::BodyPicture</name>
    <message>
        <location filename="../src/ui/print/BodyPicture.cpp" line="+83"/>
        <source>: both sides</source>
        <translation>：两侧</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(drawing missing)</source>
        <translation>（缺少图示）</translation>
    </message>
</context>
<context>
    <name>acu::CatalogueChoice</name>
    <message>
        <location filename="../src/models/CatalogueChoice.cpp" line="+30"/>
        <source>built-in catalogue</source>
        <translation>内置穴位目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in catalogue (%1 could not be loaded)</source>
        <translation>内置穴位目录（无法加载 %1）</translation>
    </message>
</context>
<context>
    <name>acu::CatalogueErrorDialog</name>
    <message>
        <location filename="../src/ui/window/CatalogueErrorDialog.cpp" line="+33"/>
        <source>Catalogue not loaded</source>
        <translation>未加载穴位目录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be loaded: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be loaded: %2 problems.</source>
        <translation>无法加载 %1：有 %2 个问题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acupoint Atlas shows its built-in catalogue instead. The details list where each problem is and what it is.</source>
        <translation>Acupoint Atlas 将改为显示其内置穴位目录。详细信息列出了每个问题的位置和内容。</translation>
    </message>
</context>
<context>
    <name>acu::ChannelKey</name>
    <message>
        <location filename="../src/ui/map/ChannelKey.cpp" line="+24"/>
        <source>Channel key</source>
        <translation>经络图例</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Channel lines drawn: %1</source>
        <translation>已显示的经络线：%1</translation>
    </message>
</context>
<context>
    <name>acu::ChannelListModel</name>
    <message>
        <location filename="../src/models/ChannelListModel.cpp" line="+24"/>
        <source>All channels</source>
        <translation>所有经络</translation>
    </message>
</context>
<context>
    <name>acu::ChannelNames</name>
    <message>
        <location filename="../src/models/ChannelNames.cpp" line="+13"/>
        <source>Lung</source>
        <translation>肺经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large Intestine</source>
        <translation>大肠经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stomach</source>
        <translation>胃经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spleen</source>
        <translation>脾经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart</source>
        <translation>心经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small Intestine</source>
        <translation>小肠经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bladder</source>
        <translation>膀胱经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kidney</source>
        <translation>肾经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pericardium</source>
        <translation>心包经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triple Energizer</source>
        <translation>三焦经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallbladder</source>
        <translation>胆经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liver</source>
        <translation>肝经</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governor Vessel</source>
        <translation>督脉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conception Vessel</source>
        <translation>任脉</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <extracomment>A channel in a selector or the map&apos;s key: &quot;Bladder (BL)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>acu::CommandLine</name>
    <message>
        <location filename="../src/ui/window/CommandLine.cpp" line="+61"/>
        <source>Load the catalogue from FILE instead of the built-in one.</source>
        <translation>从 FILE 加载穴位目录，而不使用内置目录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the catalogue FILE, print OK or its errors, and exit.</source>
        <translation>检查穴位目录 FILE，输出 OK 或其错误，然后退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print every point QUERY can mean (code, label, name or range), best first, as CODE&lt;TAB&gt;NAME&lt;TAB&gt;REASON, and exit.</source>
        <translation>输出 QUERY（编码、标注、名称或范围）可能指代的每个穴位，最佳匹配在前，格式为 CODE&lt;TAB&gt;NAME&lt;TAB&gt;REASON，然后退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the built-in and your own routines as ID&lt;TAB&gt;TITLE&lt;TAB&gt;STEPS&lt;TAB&gt;MINUTES, and exit.</source>
        <translation>以 ID&lt;TAB&gt;TITLE&lt;TAB&gt;STEPS&lt;TAB&gt;MINUTES 格式列出内置流程和您自己的流程，然后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --lookup or --routines: print a JSON array instead.</source>
        <translation>与 --lookup 或 --routines 一起使用：改为输出 JSON 数组。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the point that best matches QUERY (a code, label or name) at start.</source>
        <translation>启动时选择与 QUERY（编码、标注或名称）最匹配的穴位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with TEXT in the search field, filtering the list.</source>
        <translation>启动时在搜索框中填入 TEXT，以筛选列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn pregnancy mode on: mark the points to avoid in pregnancy.</source>
        <translation>开启孕期模式：标出孕期应避免的穴位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the points of region ID.</source>
        <translation>只显示部位 ID 的穴位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the points the sources use for complaint ID (sciatica, neck-pain, ...).</source>
        <translation>只显示来源用于症状 ID（sciatica、neck-pain 等）的穴位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the points of channel PREFIX (LU, LI, ST, ... GV, CV) in its order and draw its line on the map.</source>
        <translation>按顺序列出经络 PREFIX（LU、LI、ST……GV、CV）的穴位，并在图上画出其经络线。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which channel lines the map draws, as its Channel lines selector: selected (the selected point&apos;s channel), all, none, or a channel PREFIX.</source>
        <translation>图上显示哪些经络线，与“经络线”选择框相同：selected（所选穴位的经络）、all、none 或经络 PREFIX。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show body view ID (front, back, side, ...).</source>
        <translation>显示身体视图 ID（front、back、side 等）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom the body map by FACTOR, from 1 (the whole drawing) to 8, about the selected point or the middle.</source>
        <translation>以所选穴位或中心为基点，将人体图缩放 FACTOR 倍，从 1（整幅图）到 8。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window once it has painted, write it to FILE in the image format its suffix names (.png, .jpg, .bmp, ...), and exit. FILE is a new file in an existing folder, or a regular file to replace.</source>
        <translation>窗口绘制完成后将其渲染，按 FILE 后缀所指的图像格式（.png、.jpg、.bmp 等）写入 FILE，然后退出。FILE 为现有文件夹中的新文件，或要替换的普通文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window size, such as 1280x800: from %1 to %2.</source>
        <translation>窗口尺寸，如 1280x800：从 %1 到 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a PDF to FILE.pdf and exit: the point card of --select, or the sheet of the points that --search and --region list.</source>
        <translation>将 PDF 写入 FILE.pdf 后退出：内容为 --select 的穴位卡片，或 --search 和 --region 所列穴位的列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the window with routine ID (see --routines) ready to start in the runner; with --export-pdf, write its sheet instead.</source>
        <translation>打开窗口，并在练习面板中准备好流程 ID（参见 --routines）；与 --export-pdf 一起使用时，改为写入其流程表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --routine: start the run at once, at its first step (with --screenshot, the runner is rendered there).</source>
        <translation>与 --routine 一起使用：立即从第一步开始练习（与 --screenshot 一起使用时，渲染此时的练习面板）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the window NAME beside the main window at start: history (the run history). With --screenshot, that window is captured, at --size if given.</source>
        <translation>启动时在主窗口旁打开窗口 NAME：history（练习历史）。与 --screenshot 一起使用时，截取该窗口（如给出 --size 则按该尺寸）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colours, as View &gt; Appearance: system (the desktop&apos;s), light or dark.</source>
        <translation>配色，同“视图 &gt; 外观”：system（跟随桌面）、light（浅色）或 dark（深色）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the window in language CODE: en, de or zh_CN (instead of View &gt; Language&apos;s choice or the system&apos;s language).</source>
        <translation>以语言 CODE 显示窗口：en、de 或 zh_CN（取代“视图 &gt; 语言”中的选择或系统语言）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected argument &quot;%1&quot;: every option starts with --, and a value follows its option (see --help)</source>
        <translation>意外的参数“%1”：每个选项都以 -- 开头，值紧跟在其选项之后（参见 --help）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is given %2 times: give it once</source>
        <translation>%1 给出了 %2 次：请只给出一次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be used with --validate, which checks its FILE and exits</source>
        <translation>%1 不能与 --validate 一起使用，--validate 检查其 FILE 后即退出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be used with --routines, which lists the routines and exits</source>
        <translation>%1 不能与 --routines 一起使用，--routines 列出流程后即退出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be used with --lookup, which prints and exits without a window</source>
        <translation>%1 不能与 --lookup 一起使用，--lookup 只输出结果并退出，不打开窗口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--json works only with --lookup or --routines</source>
        <translation>--json 只能与 --lookup 或 --routines 一起使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--show: expected %1, found &quot;%2&quot;</source>
        <translation>--show：应为 %1，实为“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--show cannot be used with --export-pdf, which writes a PDF without a window</source>
        <translation>--show 不能与 --export-pdf 一起使用，--export-pdf 不打开窗口而直接写入 PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--start-routine works only with --routine ID: it starts that routine</source>
        <translation>--start-routine 只能与 --routine ID 一起使用：它会开始该流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--start-routine cannot be used with --export-pdf, which writes the routine&apos;s sheet and exits</source>
        <translation>--start-routine 不能与 --export-pdf 一起使用，--export-pdf 写入流程表后即退出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--routine cannot be used with --select with --export-pdf: the PDF is either a routine sheet or a point card</source>
        <translation>使用 --export-pdf 时，--routine 不能与 --select 一起使用：PDF 要么是流程表，要么是穴位卡片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export-pdf: the file name must end in .pdf, found &quot;%1&quot;</source>
        <translation>--export-pdf：文件名必须以 .pdf 结尾，实为“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--export-pdf cannot be used with --screenshot: each writes a file and exits</source>
        <translation>--export-pdf 不能与 --screenshot 一起使用：二者都会写入文件后退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--export-pdf: say what to export: --select QUERY for a point card, --routine ID for a routine sheet, or --search TEXT, --region ID, --complaint ID or --channel PREFIX for a sheet of points</source>
        <translation>--export-pdf：请指明要导出的内容：--select QUERY 导出穴位卡片，--routine ID 导出流程表，或 --search TEXT、--region ID、--complaint ID 或 --channel PREFIX 导出穴位列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--channel-lines: expected selected, all, none or a channel prefix (LU ... CV), found &quot;%1&quot;</source>
        <translation>--channel-lines：应为 selected、all、none 或经络前缀（LU……CV），实为“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--appearance: expected system, light or dark, found &quot;%1&quot;</source>
        <translation>--appearance：应为 system、light 或 dark，实为“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--language: expected en, de or zh_CN, found &quot;%1&quot;</source>
        <translation>--language：应为 en、de 或 zh_CN，实为“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--zoom: expected a factor from 1 to 8 such as 2.5, found &quot;%1&quot;</source>
        <translation>--zoom：应为 1 到 8 之间的倍数，如 2.5，实为“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--size: expected WIDTHxHEIGHT such as 1280x800, found &quot;%1&quot;</source>
        <translation>--size：应为“宽x高”格式（如 1280x800），实为“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--size: %1 is outside the sizes the window can take: width %2 to %3, height %4 to %5</source>
        <translation>--size：%1 超出了窗口可用的尺寸范围：宽度 %2 至 %3，高度 %4 至 %5</translation>
    </message>
</context>
<context>
    <name>acu::ComplaintListModel</name>
    <message>
        <location filename="../src/models/ComplaintListModel.cpp" line="+16"/>
        <source>Any complaint</source>
        <translation>所有症状</translation>
    </message>
</context>
<context>
    <name>acu::DataFile</name>
    <message>
        <location filename="../src/models/storage/DataFile.cpp" line="+28"/>
        <location line="+9"/>
        <source>could not be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation>只有 %1/%2 字节写入了磁盘</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>is larger than %1 may be and could not be moved aside; it is kept as it is and not overwritten</source>
        <translation>超出了%1允许的大小，且无法移到别处；该文件保持原样，不会被覆盖</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is not a file; %1 cannot be read</source>
        <translation>不是文件；无法读取%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is %1 bytes, more than %2 may be</source>
        <translation>大小为 %1 字节，超出了%2允许的大小</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the folder for %1 could not be created</source>
        <translation>无法创建存放%1的文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a file, so %1 cannot be saved there</source>
        <translation>不是文件，因此无法将%1保存在那里</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not be read before it is replaced: %1</source>
        <translation>替换前无法读取：%1</translation>
    </message>
</context>
<context>
    <name>acu::DetailView</name>
    <message>
        <location filename="../src/ui/details/DetailView.cpp" line="+41"/>
        <source>Point details</source>
        <translation>穴位详情</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a point in the list or on the body map to read where it is, how to press it, its cautions and its sources.</source>
        <translation>在列表或人体图中选择一个穴位，即可查看其位置、按压方法、注意事项和来源。</translation>
    </message>
</context>
<context>
    <name>acu::FilterChoiceModel</name>
    <message>
        <location filename="../src/models/FilterChoiceModel.cpp" line="+45"/>
        <source>%1, %2 points</source>
        <translation>%1，%2 个穴位</translation>
    </message>
</context>
<context>
    <name>acu::FirstStartNotice</name>
    <message>
        <location filename="../src/ui/window/FirstStartNotice.cpp" line="+22"/>
        <source>Welcome to Acupoint Atlas</source>
        <translation>欢迎使用 Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Acupoint Atlas is a reference, not medical advice.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;See a doctor instead of pressing points when back pain is severe, lasts or gets worse, follows an injury or a fall, or comes with numbness, weakness, fever, or loss of bladder or bowel control.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Acupoint Atlas 是一份参考资料，不构成医疗建议。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;如果背痛剧烈、持续或加重，发生在受伤或跌倒之后，或伴有麻木、无力、发热、大小便失禁，请就医，不要自行按压穴位。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;Are you pregnant, or pressing points for someone who is?&lt;/b&gt; Traditional teaching forbids some points in pregnancy. Pregnancy mode marks them in the list and on the body map, and lets you hide them. You can change this at any time in the View menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;您是否已怀孕，或正在为孕妇按压穴位？&lt;/b&gt;传统上有些穴位孕期禁用。孕期模式会在列表和人体图上标出这些穴位，并可将其隐藏。您可以随时在“视图”菜单中更改此设置。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn On Pregnancy Mode</source>
        <translation>开启孕期模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Now</source>
        <translation>暂不开启</translation>
    </message>
</context>
<context>
    <name>acu::HistoryActions</name>
    <message>
        <location filename="../src/ui/history/HistoryActions.cpp" line="+16"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the routines you have run and your pain ratings over time</source>
        <translation>显示您练习过的流程以及疼痛评分的变化</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your run history could not be read cleanly:</source>
        <translation>无法完整读取您的练习历史：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The run of “%1” was not added to your history: %2</source>
        <translation>“%1”的本次练习未添加到您的历史记录：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run of “%1” could not be saved in your history (%2). It is kept until the app closes and saved with the next run.</source>
        <translation>“%1”的本次练习无法保存到您的历史记录（%2）。它会保留到应用关闭，并在下次练习时一并保存。</translation>
    </message>
</context>
<context>
    <name>acu::HistoryWindow</name>
    <message>
        <location filename="../src/ui/history/HistoryWindow.cpp" line="+27"/>
        <source>Your run history could not be saved (%1). The change is kept until the app closes.</source>
        <translation>无法保存您的练习历史（%1）。此更改会保留到应用关闭。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete Run…</source>
        <translation>删除练习记录(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear History…</source>
        <translation>清空历史记录(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run History – Acupoint Atlas</source>
        <translation>练习历史 – Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runs, newest first</source>
        <translation>练习记录（最新的在前）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Delete the run of “%1” on %2 from your history?</source>
        <translation>要从历史记录中删除 %2 的“%1”练习吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Run</source>
        <translation>删除练习记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the one run in your history? This cannot be undone.</source>
        <translation>要删除历史记录中唯一的一次练习吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all %1 runs in your history? This cannot be undone.</source>
        <translation>要删除历史记录中全部 %1 次练习吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear History</source>
        <translation>清空历史记录</translation>
    </message>
</context>
<context>
    <name>acu::InfoDialogs</name>
    <message>
        <location filename="../src/ui/window/InfoDialogs.cpp" line="+22"/>
        <source>&lt;h2&gt;Acupoint Atlas %1&lt;/h2&gt;&lt;p&gt;A desktop reference for acupressure points.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Acupoint Atlas %1&lt;/h2&gt;&lt;p&gt;一款穴位按压桌面参考工具。&lt;/p&gt;&lt;p&gt;以 MIT 许可证发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;The catalogue holds %1 points from these sources:&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;p&gt;穴位目录收录了 %1 个穴位，来源如下：&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;p&gt;This app is a reference, not medical advice. See a doctor for severe, lasting or injury-related pain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本应用是一份参考资料，不构成医疗建议。如有剧烈、持续或因受伤引起的疼痛，请就医。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Acupoint Atlas</source>
        <translation>关于 Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medical disclaimer</source>
        <translation>医疗免责声明</translation>
    </message>
</context>
<context>
    <name>acu::LanguageMenu</name>
    <message>
        <location filename="../src/ui/language/LanguageMenu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;System Default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
</context>
<context>
    <name>acu::MainWindow</name>
    <message>
        <location filename="../src/ui/window/MainWindow.cpp" line="+72"/>
        <source>Acupoint Atlas</source>
        <translation>Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Add to Routine</source>
        <translation>添加到流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this point to one of your routines, or to a new one</source>
        <translation>将此穴位添加到您的某个流程或新流程中</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: 1 point</source>
        <translation>%1：1 个穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 points</source>
        <translation>%1：%2 个穴位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>◆ Pregnancy mode</source>
        <translation>◆ 孕期模式</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The language changes when Acupoint Atlas starts again.</source>
        <translation>重新启动 Acupoint Atlas 后，语言才会更改。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Your routines could not be saved; your changes are kept while the window is open and saved with the next change that can be: %1</source>
        <translation>无法保存您的流程；在窗口打开期间，您的更改会保留，并在下次能够保存时一并保存：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your routines are saved again.</source>
        <translation>您的流程已重新保存。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your routines could not all be read:
%1</source>
        <translation>无法读取您的全部流程：
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your routines file is damaged; the routines that could be read are kept, and a copy of the file is kept at %1:
%2</source>
        <translation>您的流程文件已损坏；能够读取的流程已保留，文件副本保存在 %1：
%2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Region: %1</source>
        <translation>部位：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All regions</source>
        <translation>所有部位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel: %1</source>
        <translation>经络：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>搜索：“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without the points to avoid in pregnancy</source>
        <translation>不含孕期应避免的穴位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <comment>the filters of a printed list, one after another, as in Region: Lower back, Channel: Bladder</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Complaint: %1</source>
        <translation>症状：%1</translation>
    </message>
</context>
<context>
    <name>acu::MarkerChooser</name>
    <message>
        <location filename="../src/ui/map/MarkerChooser.cpp" line="+10"/>
        <source>Points here</source>
        <translation>此处的穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points under the click</source>
        <translation>点击处的穴位</translation>
    </message>
</context>
<context>
    <name>acu::MedicalNotice</name>
    <message>
        <location filename="../src/ui/details/MedicalNotice.cpp" line="+27"/>
        <source>Medical notice</source>
        <translation>医疗提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reference, not medical advice.</source>
        <translation>仅供参考，不构成医疗建议。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See a doctor for back pain that is severe, lasting or follows an injury.</source>
        <translation>如背痛剧烈、持续或发生在受伤之后，请就医。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disclaimer…</source>
        <translation>免责声明…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the medical disclaimer</source>
        <translation>阅读医疗免责声明</translation>
    </message>
</context>
<context>
    <name>acu::MessageBar</name>
    <message>
        <location filename="../src/ui/window/MessageBar.cpp" line="+16"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>acu::PageComposer</name>
    <message>
        <location filename="../src/ui/print/PageComposer.cpp" line="+90"/>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · 第 %2 页，共 %3 页</translation>
    </message>
</context>
<context>
    <name>acu::PainChart</name>
    <message>
        <location filename="../src/ui/history/PainChart.cpp" line="+52"/>
        <source>Pain ratings over time</source>
        <translation>疼痛评分随时间的变化</translation>
    </message>
    <message>
        <location line="+116"/>
        <location filename="../src/ui/history/PainSeries.cpp" line="+90"/>
        <source>Pain after</source>
        <translation>练习后疼痛</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/ui/history/PainSeries.cpp" line="-3"/>
        <source>Pain before</source>
        <translation>练习前疼痛</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>0 = no pain, 10 = worst</source>
        <translation>0 = 无痛，10 = 最痛</translation>
    </message>
    <message>
        <location filename="../src/ui/history/PainSeries.cpp" line="-59"/>
        <source>%1 was %2 in one run</source>
        <translation>%1在一次练习中为 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>over %n runs</source>
        <translation>
            <numerusform>在 %n 次练习中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 fell from %2 to %3 %4</source>
        <translation>%1%4从 %2 降至 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rose from %2 to %3 %4</source>
        <translation>%1%4从 %2 升至 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was %2 at the first and the last of %3</source>
        <translation>%1在 %3中，首次和末次均为 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n runs</source>
        <translation>
            <numerusform>%n 次练习</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>pain after</source>
        <translation>练习后疼痛</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ratings yet. Run a routine and rate your pain before and after: the ratings are drawn here over time.</source>
        <translation>尚无评分。请按流程练习，并在练习前后为疼痛评分：评分会随时间绘制在这里。</translation>
    </message>
</context>
<context>
    <name>acu::PainRatingBox</name>
    <message>
        <location filename="../src/ui/routine/PainRatingBox.cpp" line="+14"/>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: no pain</source>
        <translation>0：无痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10: the worst imaginable</source>
        <translation>10：能想象到的最痛</translation>
    </message>
</context>
<context>
    <name>acu::PdfExport</name>
    <message>
        <location filename="../src/ui/print/PdfExport.cpp" line="+49"/>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Acupoint Atlas</source>
        <translation>Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be drawn</source>
        <translation>无法绘制 %1</translation>
    </message>
</context>
<context>
    <name>acu::PointDetails</name>
    <message>
        <location filename="../src/ui/details/DetailsWriter.cpp" line="+122"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../src/ui/details/PointDetailsHtml.cpp" line="+30"/>
        <source>WHO code, written differently</source>
        <translation>WHO 编码的其他写法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other channel prefix</source>
        <translation>其他经络前缀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older bladder numbering</source>
        <translation>旧版膀胱经编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French notation</source>
        <translation>法式标注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older extra-point numbering</source>
        <translation>旧版经外奇穴编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong code printed by an article</source>
        <translation>文章印错的编码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where it is</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+209"/>
        <source>How to find it</source>
        <translation>如何找穴</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>How to press it</source>
        <translation>如何按压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who presses it</source>
        <translation>由谁按压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnancy</source>
        <translation>孕期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Acupressure name:</source>
        <translation>指压别名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acupressure names:</source>
        <translation>指压别名：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Pregnancy: no caution known.&lt;/b&gt; No source in this catalogue warns against this point in pregnancy; that is not proof that it is safe.</source>
        <translation>&lt;b&gt;孕期：无已知禁忌。&lt;/b&gt;本目录中没有来源提醒孕期避免此穴位；但这并不能证明它是安全的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;⚠ Pregnancy: traditionally forbidden.&lt;/b&gt; Do not press it if you are pregnant.</source>
        <translation>&lt;b&gt;⚠ 孕期：传统禁用。&lt;/b&gt;如您已怀孕，请勿按压。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;⚠ Pregnancy: take care.&lt;/b&gt; Ask a midwife or doctor first.</source>
        <translation>&lt;b&gt;⚠ 孕期：慎用。&lt;/b&gt;请先咨询助产士或医生。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Less</source>
        <translation>收起</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide&amp;nbsp;why</source>
        <translation>隐藏&amp;nbsp;原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Channel:&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;经络：&lt;/b&gt;%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Region:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;部位：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;On the midline:&lt;/b&gt; one point</source>
        <translation>&lt;b&gt;正中线：&lt;/b&gt;单穴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Bilateral:&lt;/b&gt; one point on each side of the body</source>
        <translation>&lt;b&gt;双侧：&lt;/b&gt;身体左右各一穴</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also labelled</source>
        <translation>其他标注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> &lt;i&gt;(also names another point)&lt;/i&gt;</source>
        <translation> &lt;i&gt;（也指另一个穴位）&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and %1 more. %2</source>
        <translation>另有 %1 个。%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all %1 labels</source>
        <translation>显示全部 %1 个标注</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Both sides:&lt;/b&gt; no source says whether to press them together or one after the other.</source>
        <translation>&lt;b&gt;两侧：&lt;/b&gt;没有来源说明两侧应同时按压还是依次按压。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>both at once</source>
        <translation>两侧同时按压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one side, then the other</source>
        <translation>先按一侧，再按另一侧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Both sides:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;两侧：&lt;/b&gt;%1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Both sources: hold %1.</source>
        <translation>两个来源均为：按住 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 sources: hold %2.</source>
        <translation>全部 %1 个来源均为：按住 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most sources (%1 of %2): hold %3.</source>
        <translation>多数来源（%2 个中的 %1 个）：按住 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sources differ: from %1.</source>
        <translation>各来源说法不一：%1 不等。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold %1%2</source>
        <translation>按住 %1%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat %1 times</source>
        <translation>重复 %1 次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can press it yourself</source>
        <translation>您可以自己按压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a helper or therapist</source>
        <translation>需要他人或治疗师按压</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technique</source>
        <translation>手法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to press</source>
        <translation>如何按压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources here give no pressing instructions for this point: no technique, no duration and no number of repetitions.</source>
        <translation>此处的来源未给出此穴位的按压方法：没有手法、时长，也没有重复次数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long, how often, by whom</source>
        <translation>时长、次数与按压者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used for</source>
        <translation>主治</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cautions</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where sources disagree</source>
        <translation>来源分歧</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes and corrections</source>
        <translation>备注与更正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Correction:&lt;/b&gt; </source>
        <translation>&lt;b&gt;更正：&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>acu::PointItemDelegate</name>
    <message>
        <location filename="../src/ui/list/PointItemDelegate.cpp" line="+84"/>
        <source>◆ avoid</source>
        <translation>◆ 禁用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>■ care</source>
        <translation>■ 慎用</translation>
    </message>
</context>
<context>
    <name>acu::PointListModel</name>
    <message>
        <location filename="../src/models/PointListModel.cpp" line="+82"/>
        <source> – traditionally forbidden in pregnancy</source>
        <translation> – 孕期传统禁用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> – take care in pregnancy</source>
        <translation> – 孕期慎用</translation>
    </message>
</context>
<context>
    <name>acu::PointListPanel</name>
    <message>
        <location filename="../src/ui/list/PointListPanel.cpp" line="+65"/>
        <source>Body region</source>
        <translation>身体部位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search points</source>
        <translation>搜索穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code or name: BL52, B47, Zhishi…</source>
        <translation>编码或名称：BL52、B47、Zhishi、志室…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points</source>
        <translation>穴位</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search result</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search all regions</source>
        <translation>搜索所有部位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show hidden points</source>
        <translation>显示隐藏的穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop hiding the points to avoid in pregnancy</source>
        <translation>不再隐藏孕期应避免的穴位</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In pregnancy: ◆ avoid · ■ take care</source>
        <translation>孕期：◆ 禁用 · ■ 慎用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only points with &amp;pressing instructions</source>
        <translation>仅显示有按压方法的穴位(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the points for which the sources here give no technique, duration or repetitions</source>
        <translation>隐藏来源未给出手法、时长或重复次数的穴位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region</source>
        <translation>部位(&amp;R)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>What hurts</source>
        <translation>哪里不适</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Complaint</source>
        <translation>症状(&amp;C)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Channel</source>
        <translation>经络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hannel</source>
        <translation>经络(&amp;H)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no catalogue is loaded</source>
        <translation>未加载穴位目录</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No match: %1.</source>
        <translation>无匹配：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearest: %1</source>
        <translation>最接近：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 point matches</source>
        <translation>1 个穴位匹配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 points match</source>
        <translation>%1 个穴位匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, none shown</source>
        <translation>，均未显示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, %1 shown</source>
        <translation>，显示了 %1 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 outside this region</source>
        <translation>%1 个在此部位之外</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 point to avoid in pregnancy (Hide points is on)</source>
        <translation>1 个孕期应避免的穴位（已开启“隐藏穴位”）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points to avoid in pregnancy (Hide points is on)</source>
        <translation>%1 个孕期应避免的穴位（已开启“隐藏穴位”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 point without pressing instructions</source>
        <translation>1 个无按压方法的穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points without pressing instructions</source>
        <translation>%1 个无按压方法的穴位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden: %1.</source>
        <translation>已隐藏：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also: %1</source>
        <translation>另有：%1</translation>
    </message>
</context>
<context>
    <name>acu::PointSummary</name>
    <message>
        <location filename="../src/ui/print/PointSummary.cpp" line="+51"/>
        <source>Hold %1</source>
        <translation>按住 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat %1 times</source>
        <translation>重复 %1 次</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Acupressure name: %1</source>
        <translation>指压别名：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acupressure names: %1</source>
        <translation>指压别名：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pregnancy: traditionally forbidden; do not press this point if you are pregnant</source>
        <translation>孕期：传统禁用；如您已怀孕，请勿按压此穴位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnancy: take care; ask a midwife or doctor first</source>
        <translation>孕期：慎用；请先咨询助产士或医生</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where it is</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the midline: one point.</source>
        <translation>位于正中线上：单穴。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point on each side of the body.</source>
        <translation>身体左右两侧各一穴。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to find it</source>
        <translation>如何找穴</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to press it</source>
        <translation>如何按压</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can press it yourself</source>
        <translation>您可以自己按压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a helper or therapist</source>
        <translation>需要他人或治疗师按压</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sources here give no pressing instructions for this point.</source>
        <translation>此处的来源未给出此穴位的按压方法。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cautions</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+10"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>acu::PracticeText</name>
    <message>
        <location filename="../src/ui/details/PracticeText.cpp" line="+19"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>up to %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 min</source>
        <translation>%1 至 %2 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 s</source>
        <translation>%1 至 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>acu::PrintDialogs</name>
    <message>
        <location filename="../src/ui/print/PrintDialogs.cpp" line="+29"/>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be used.</source>
        <translation>无法使用该打印机。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF was not written: %1.</source>
        <translation>未能写入 PDF：%1。</translation>
    </message>
</context>
<context>
    <name>acu::Printout</name>
    <message>
        <location filename="../src/ui/print/Printout.cpp" line="+43"/>
        <source>◆ Forbidden in pregnancy</source>
        <translation>◆ 孕期禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◇ Take care in pregnancy</source>
        <translation>◇ 孕期慎用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: routine sheet, Acupoint Atlas</source>
        <translation>%1：流程表，Acupoint Atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n step(s), from</source>
        <translation>
            <numerusform>%n 个步骤，出自</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pregnancy: read before you start</source>
        <translation>孕期：开始前请阅读</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step %1, %2: %3</source>
        <translation>第 %1 步，%2：%3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Step %1 · %2</source>
        <translation>第 %1 步 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needs a helper: someone else presses this point.</source>
        <translation>需要他人协助：由别人按压此穴位。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: point card, Acupoint Atlas</source>
        <translation>%1：穴位卡片，Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Points: %1, Acupoint Atlas</source>
        <translation>穴位：%1，Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 point</source>
        <translation>1 个穴位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 points</source>
        <translation>%1 个穴位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acupoint Atlas</source>
        <translation>Acupoint Atlas</translation>
    </message>
</context>
<context>
    <name>acu::RegionListModel</name>
    <message>
        <location filename="../src/models/RegionListModel.cpp" line="+16"/>
        <source>All regions</source>
        <translation>所有部位</translation>
    </message>
</context>
<context>
    <name>acu::RoutineActions</name>
    <message>
        <location filename="../src/ui/routine/RoutineActions.cpp" line="+37"/>
        <source>&amp;New Routine…</source>
        <translation>新建流程(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a routine of your own</source>
        <translation>创建您自己的流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Routines…</source>
        <translation>编辑流程(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the routine editor: your routines and the built-in ones</source>
        <translation>打开流程编辑器：您的流程和内置流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Routine…</source>
        <translation>导入流程(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the routines of a routine file to yours</source>
        <translation>将流程文件中的流程添加到您的流程中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Routine…</source>
        <translation>导出流程(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a routine as a file</source>
        <translation>将流程保存为文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 added to “%2”</source>
        <translation>已将 %1 添加到“%2”</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New Routine</source>
        <translation>新建流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the new routine:</source>
        <translation>新流程的标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the new routine, starting with %1:</source>
        <translation>新流程的标题（以 %1 开始）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My routine</source>
        <translation>我的流程</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Routine</source>
        <translation>导入流程</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+59"/>
        <source>Routine files (*.json)</source>
        <translation>流程文件 (*.json)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>1 routine imported from %1</source>
        <translation>已从 %1 导入 1 个流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 routines imported from %2</source>
        <translation>已从 %2 导入 %1 个流程</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>Export Routine</source>
        <translation>导出流程</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Routine to export:</source>
        <translation>要导出的流程：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1” exported to %2</source>
        <translation>已将“%1”导出到 %2</translation>
    </message>
</context>
<context>
    <name>acu::RoutineEditor</name>
    <message>
        <location filename="../src/ui/routine/RoutineEditor.cpp" line="+57"/>
        <source>Routines – Acupoint Atlas</source>
        <translation>流程 – Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Routines</source>
        <translation>流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+219"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A built-in routine follows its article and cannot be changed. “Duplicate to Edit” makes a copy of your own.</source>
        <translation>内置流程依照其文章编写，无法更改。“复制后编辑”会为您创建一份自己的副本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;ide:</source>
        <translation>侧别(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold:</source>
        <translation>按住(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repetitions:</source>
        <translation>重复次数(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move D&amp;own</source>
        <translation>下移(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve Step</source>
        <translation>删除步骤(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a step, or press Ctrl+Up or Ctrl+Down, to change the order; add points with “Add to Routine” in the list, on the map or in the details.</source>
        <translation>拖动步骤或按 Ctrl+Up、Ctrl+Down 可调整顺序；在列表、人体图或详情中使用“添加到流程”即可添加穴位。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move Step Up</source>
        <translation>上移步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Step Down</source>
        <translation>下移步骤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the step up (Ctrl+Up)</source>
        <translation>上移该步骤 (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step down (Ctrl+Down)</source>
        <translation>下移该步骤 (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>D&amp;uplicate to Edit</source>
        <translation>复制后编辑(&amp;U)</translation>
    </message>
</context>
<context>
    <name>acu::RoutineEdits</name>
    <message>
        <location filename="../src/ui/routine/RoutineEdits.cpp" line="+113"/>
        <source>New Routine “%1”</source>
        <translation>新建流程“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New Routine with %1</source>
        <translation>新建含 %1 的流程</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rename Routine</source>
        <translation>重命名流程</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate Routine</source>
        <translation>复制流程</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Routine “%1”</source>
        <translation>删除流程“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove Step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move Step</source>
        <translation>移动步骤</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change Side</source>
        <translation>更改侧别</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change Hold</source>
        <translation>更改按住时长</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change Repetitions</source>
        <translation>更改重复次数</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Import Routine</source>
        <translation>导入流程</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Import Routines</source>
        <translation>导入流程</translation>
    </message>
</context>
<context>
    <name>acu::RoutineFileDialogs</name>
    <message>
        <location filename="../src/ui/routine/RoutineFileDialogs.cpp" line="+25"/>
        <source>Routine not imported</source>
        <translation>未导入流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be imported: %2 problems.</source>
        <translation>无法导入 %1：有 %2 个问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported from it. The details list where each problem is and what it is.</source>
        <translation>未从中导入任何内容。详细信息列出了每个问题的位置和内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Routine not exported</source>
        <translation>未导出流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The routine could not be exported: %1</source>
        <translation>无法导出该流程：%1</translation>
    </message>
</context>
<context>
    <name>acu::RoutineMenu</name>
    <message>
        <location filename="../src/ui/routine/RoutineMenu.cpp" line="+14"/>
        <source>&amp;Routine</source>
        <translation>流程(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>开始练习(&amp;R)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your routines</source>
        <translation>您的流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of your own yet</source>
        <translation>您还没有自己的流程</translation>
    </message>
</context>
<context>
    <name>acu::RoutinePanel</name>
    <message>
        <location filename="../src/ui/routine/RoutinePanel.cpp" line="+202"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>acu::RoutineRunner</name>
    <message>
        <location filename="../src/models/routine/RoutineRunner.cpp" line="+50"/>
        <source>This routine has no steps.</source>
        <translation>此流程没有步骤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step of this routine is on a point to avoid in pregnancy; nothing to run.</source>
        <translation>此流程的每个步骤都在孕期应避免的穴位上；没有可练习的步骤。</translation>
    </message>
</context>
<context>
    <name>acu::RoutineStepsModel</name>
    <message>
        <location filename="../src/models/routine/RoutineStepsModel.cpp" line="+36"/>
        <source>at least %1 s</source>
        <translation>至少 %1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2 s</source>
        <translation>%1–%2 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 times</source>
        <translation>至少 %1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 times</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2 times</source>
        <translation>%1–%2 次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both</source>
        <translation>两侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Midline</source>
        <translation>正中线</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not in this catalogue)</source>
        <translation>%1（不在此穴位目录中）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>侧别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>按住</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repetitions</source>
        <translation>重复次数</translation>
    </message>
</context>
<context>
    <name>acu::RoutineStore</name>
    <message>
        <location filename="../src/models/routine/RoutineStore.cpp" line="+20"/>
        <source>your routines</source>
        <translation>您的流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a routine file</source>
        <translation>流程文件</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a copy of the damaged file is kept here</source>
        <translation>损坏文件的副本保存在此处</translation>
    </message>
</context>
<context>
    <name>acu::RunHistory</name>
    <message>
        <location filename="../src/models/history/RunHistory.cpp" line="+21"/>
        <source>your run history</source>
        <translation>您的练习历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a run history file</source>
        <translation>练习历史文件</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>a copy of the damaged file is kept here</source>
        <translation>损坏文件的副本保存在此处</translation>
    </message>
</context>
<context>
    <name>acu::RunHistoryModel</name>
    <message>
        <location filename="../src/models/history/RunHistoryModel.cpp" line="+11"/>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine</source>
        <translation>流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain before</source>
        <translation>练习前疼痛</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain after</source>
        <translation>练习后疼痛</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>acu::RunnerActions</name>
    <message>
        <location filename="../src/ui/routine/RunnerActions.cpp" line="+36"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume the run</source>
        <translation>暂停或继续本次练习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the previous step</source>
        <translation>回到上一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On to the next step</source>
        <translation>进入下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run</source>
        <translation>停止本次练习</translation>
    </message>
</context>
<context>
    <name>acu::RunnerEndPage</name>
    <message>
        <location filename="../src/ui/routine/RunnerEndPage.cpp" line="+31"/>
        <source>&amp;Pain now (0–10), if you like:</source>
        <translation>当前疼痛（0–10，可选）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the point details</source>
        <translation>返回穴位详情</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done: %1 of 1 step</source>
        <translation>已完成：%1/1 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 of %2 steps</source>
        <translation>已完成：%1/%2 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: finished.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: stopped.</source>
        <translation>%1：已停止。</translation>
    </message>
</context>
<context>
    <name>acu::RunnerRunPage</name>
    <message>
        <location filename="../src/ui/routine/RunnerRunPage.cpp" line="+68"/>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the midline</source>
        <translation>正中线上</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Mute sounds</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spoken prompts and no beeps</source>
        <translation>不播放语音提示和提示音</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1. %2, %3, %4</source>
        <translation>%1. %2，%3，%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (needs a helper)</source>
        <translation> （需他人协助）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
◆ Skipped: a point to avoid in pregnancy</source>
        <translation>
◆ 已跳过：孕期应避免的穴位</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to find it: %1</source>
        <translation>如何找穴：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to press: %1</source>
        <translation>如何按压：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step needs a helper: someone else presses the point.</source>
        <translation>此步骤需要他人协助：由别人按压该穴位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Get ready</source>
        <translation>准备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now the %1 side</source>
        <translation>现在换到%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 first</source>
        <translation>先按%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>按住</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: repetition %1 of %2</source>
        <translation>下一次：第 %1 次，共 %2 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition %1 of %2</source>
        <translation>第 %1 次，共 %2 次</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Whole routine: %1 left</source>
        <translation>整个流程：剩余 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>acu::RunnerSounds</name>
    <message>
        <location filename="../src/ui/routine/RunnerSounds.cpp" line="+34"/>
        <source>Prompts are shown only: this system has no voice to speak them.</source>
        <translation>提示仅以文字显示：此系统没有可朗读提示的语音。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muted: prompts are shown only.</source>
        <translation>已静音：提示仅以文字显示。</translation>
    </message>
</context>
<context>
    <name>acu::RunnerStartPage</name>
    <message>
        <location filename="../src/ui/routine/RunnerStartPage.cpp" line="+46"/>
        <source>Step %1, %2: %3</source>
        <translation>第 %1 步，%2：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pregnancy: read before you start</source>
        <translation>孕期：开始前请阅读</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run them too</source>
        <translation>也练习这些步骤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pain now (0–10), if you like:</source>
        <translation>当前疼痛（0–10，可选）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 step</source>
        <translation>1 个步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 个步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, about %2 min with the pauses to get ready.</source>
        <translation>%1，含准备时间约 %2 分钟。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>◆ Step %1, %2</source>
        <translation>◆ 第 %1 步，%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pregnancy mode: these steps are on points to avoid in pregnancy and are skipped.</source>
        <translation>孕期模式：这些步骤所按的是孕期应避免的穴位，将被跳过。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step %1, %2</source>
        <translation>第 %1 步，%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These steps need a helper: someone else presses the point.</source>
        <translation>这些步骤需要他人协助：由别人按压穴位。</translation>
    </message>
</context>
<context>
    <name>acu::SettingsFile</name>
    <message>
        <location filename="../src/ui/window/SettingsFile.cpp" line="+56"/>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，而不是文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its folder %1 cannot be made: %2</source>
        <translation>无法创建其所在文件夹 %1：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The settings file %1 cannot be read: %2. The defaults are used.</source>
        <translation>无法读取设置文件 %1：%2。将使用默认设置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings file %1 is larger than %2 KiB, so it was not read. It was kept as %3, and the defaults are used.</source>
        <translation>设置文件 %1 大于 %2 KiB，因此未读取。该文件已保留为 %3，将使用默认设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 is not a regular file, so it was not read. It was kept as %2, and the defaults are used.</source>
        <translation>设置文件 %1 不是普通文件，因此未读取。该文件已保留为 %2，将使用默认设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 is larger than %2 KiB, so it was not read, and it cannot be set aside: %3. The defaults are used.</source>
        <translation>设置文件 %1 大于 %2 KiB，因此未读取，也无法将其另存：%3。将使用默认设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 is not a regular file, so it was not read, and it cannot be set aside: %2. The defaults are used.</source>
        <translation>设置文件 %1 不是普通文件，因此未读取，也无法将其另存：%2。将使用默认设置。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The settings file %1 was damaged. It was kept as %2; %3 settings could be read from it and were kept, the others are back to their defaults.</source>
        <translation>设置文件 %1 已损坏。该文件已保留为 %2；从中读取并保留了 %3 项设置，其余设置已恢复为默认值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings file %1 is damaged and cannot be set aside: %2. The settings that could be read are used.</source>
        <translation>设置文件 %1 已损坏，且无法将其另存：%2。将使用能够读取的设置。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings cannot be saved to %1: %2. The window&apos;s state and the answer to the welcome notice will not be remembered after you close Acupoint Atlas.</source>
        <translation>无法将设置保存到 %1：%2。关闭 Acupoint Atlas 后，窗口状态和您对欢迎提示的回答将不会被记住。</translation>
    </message>
</context>
<context>
    <name>acu::SourceLinks</name>
    <message>
        <location filename="../src/ui/details/SourceLinks.cpp" line="+32"/>
        <source>Open source</source>
        <translation>打开来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this address in your web browser?</source>
        <translation>要在网页浏览器中打开此网址吗？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only http and https addresses are opened. This one is not:
%1</source>
        <translation>只会打开 http 和 https 网址。此网址不是：
%1</translation>
    </message>
</context>
<context>
    <name>acu::StepText</name>
    <message>
        <location filename="../src/ui/routine/StepText.cpp" line="+23"/>
        <source>right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both sides, alternating</source>
        <translation>两侧交替</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides, right then left</source>
        <translation>两侧，先右后左</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the midline</source>
        <translation>正中线上</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hold %1</source>
        <translation>按住 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 times</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rest %1 between</source>
        <translation>间隔休息 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>midline</source>
        <translation>正中线</translation>
    </message>
</context>
<context>
    <name>acu::WindowActions</name>
    <message>
        <location filename="../src/ui/window/WindowActions.cpp" line="+48"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the point&apos;s card, or the list when no point is chosen</source>
        <translation>打印穴位卡片；未选择穴位时打印列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;List…</source>
        <translation>打印列表(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the points the list shows, a row each</source>
        <translation>打印列表中显示的穴位，每个穴位一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;Routine…</source>
        <translation>打印流程(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sheet of the routine open in the runner</source>
        <translation>打印练习面板中打开的流程表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what Print prints</source>
        <translation>查看“打印”将打印的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the point&apos;s card, or the list when no point is chosen, as a PDF</source>
        <translation>将穴位卡片（未选择穴位时为列表）保存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export List as P&amp;DF…</source>
        <translation>将列表导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the points the list shows as a PDF</source>
        <translation>将列表中显示的穴位保存为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Point</source>
        <translation>复制穴位(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the point&apos;s details, with their sources, as text</source>
        <translation>以文本形式复制穴位详情及其来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by code or name</source>
        <translation>按编码或名称搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the point viewed before</source>
        <translation>返回之前查看的穴位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward to the point viewed after</source>
        <translation>前往之后查看的穴位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Point</source>
        <translation>下一个穴位(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Point</source>
        <translation>上一个穴位(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next on &amp;Channel</source>
        <translation>本经下一穴(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next point along the current point&apos;s channel: ST36 to ST37</source>
        <translation>沿当前穴位所在经络的下一个穴位：ST36 到 ST37</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous on C&amp;hannel</source>
        <translation>本经上一穴(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The point before along the current point&apos;s channel: ST36 to ST35</source>
        <translation>沿当前穴位所在经络的上一个穴位：ST36 到 ST35</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pregnancy Mode</source>
        <translation>孕期模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show which points to avoid or take care with in pregnancy</source>
        <translation>显示孕期应避免或慎用的穴位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide Points to Avoid in Pregnancy</source>
        <translation>隐藏孕期应避免的穴位(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the points traditionally forbidden in pregnancy</source>
        <translation>隐藏孕期传统禁用的穴位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide ◆ Points</source>
        <translation>隐藏 ◆ 穴位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the desktop&apos;s colours, light or dark</source>
        <translation>跟随桌面的浅色或深色配色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark text on light backgrounds, whatever the desktop uses</source>
        <translation>浅色背景配深色文字，不受桌面配色影响</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light text on dark backgrounds, whatever the desktop uses</source>
        <translation>深色背景配浅色文字，不受桌面配色影响</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Medical Disclaimer</source>
        <translation>医疗免责声明(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Acupoint Atlas</source>
        <translation>关于 Acupoint Atlas(&amp;A)</translation>
    </message>
</context>
<context>
    <name>acu::WindowCapture</name>
    <message>
        <location filename="../src/ui/window/WindowCapture.cpp" line="+72"/>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO（命名管道）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something other than a file</source>
        <translation>非文件对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the window could not be rendered</source>
        <translation>无法渲染窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2, not a regular file</source>
        <translation>%1 是%2，不是普通文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a symbolic link to a file that does not exist</source>
        <translation>%1 是指向不存在文件的符号链接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is not a folder</source>
        <translation>%1：%2 不是文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the folder %2 is not writable</source>
        <translation>%1：文件夹 %2 不可写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is read-only</source>
        <translation>%1 为只读</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no suffix to name its image format: end it in one of %2</source>
        <translation>%1 没有标明图像格式的后缀：请以下列之一结尾：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot write .%2 images: end it in one of %3</source>
        <translation>%1：无法写入 .%2 图像：请以下列之一结尾：%3</translation>
    </message>
</context>
<context>
    <name>acu::main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+60"/>
        <source>Acupoint Atlas: a desktop reference for acupressure points.</source>
        <translation>Acupoint Atlas：一款穴位按压桌面参考工具。</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+115"/>
        <source>--screenshot: %1</source>
        <translation>--screenshot：%1</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>--screenshot: not taken, because %1 was refused</source>
        <translation>--screenshot：未截图，因为 %1 被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--export-pdf: not written, because %1 was refused</source>
        <translation>--export-pdf：未写入，因为 %1 被拒绝</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--routine: no routine &quot;%1&quot; (--routines lists them)</source>
        <translation>--routine：没有流程“%1”（--routines 可列出所有流程）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--region: no region &quot;%1&quot;</source>
        <translation>--region：没有部位“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--complaint: no complaint &quot;%1&quot;</source>
        <translation>--complaint：没有症状“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--channel: no channel &quot;%1&quot; (LU, LI, ST, SP, HT, SI, BL, KI, PC, TE, GB, LR, GV, CV)</source>
        <translation>--channel：没有经络“%1”（LU、LI、ST、SP、HT、SI、BL、KI、PC、TE、GB、LR、GV、CV）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--select: %1</source>
        <translation>--select：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--view: no view &quot;%1&quot;</source>
        <translation>--view：没有视图“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--export-pdf: %1</source>
        <translation>--export-pdf：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF written to %1</source>
        <translation>PDF 已写入 %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Screenshot written to %1</source>
        <translation>截图已写入 %1</translation>
    </message>
</context>
</TS>
