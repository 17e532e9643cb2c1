<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutStep</name>
    <message>
        <source>About you</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Date of birth (day, month, year)</source>
        <translation>出生日期（日、月、年）</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Email (if you want)</source>
        <translation>电子邮箱（可不填）</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map, front and back. Tap where it hurts.</source>
        <translation>人体图，正面和背面。请点按疼痛的部位。</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
</context>
<context>
    <name>CausesStep</name>
    <message>
        <source>What may have caused it?</source>
        <translation>可能是什么引起的？</translation>
    </message>
    <message>
        <source>Tick everything that may fit, or &quot;Not sure&quot;.</source>
        <translation>请勾选所有可能的原因，或选“不确定”。</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Your consent</source>
        <translation>您的同意</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>同意书内容</translation>
    </message>
    <message>
        <source>I have read this and I agree</source>
        <translation>我已阅读并同意</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Date of birth: {part}</source>
        <translation>出生日期：{part}</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>是的，我还在</translation>
    </message>
    <message>
        <source>For your privacy, your answers will be cleared in {n} seconds. Touch the screen to carry on.</source>
        <translation>为保护您的隐私，您的回答将在 {n} 秒后清除。请触摸屏幕继续。</translation>
    </message>
</context>
<context>
    <name>InfoStep</name>
    <message>
        <source>About back pain</source>
        <translation>关于腰背痛</translation>
    </message>
    <message>
        <source>Information sheet about back pain</source>
        <translation>腰背痛说明资料</translation>
    </message>
    <message>
        <source>▲ Scroll up</source>
        <translation>▲ 向上</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>向上滚动</translation>
    </message>
    <message>
        <source>▼ Scroll down</source>
        <translation>▼ 向下</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>向下滚动</translation>
    </message>
    <message>
        <source>Start check-in  ▶</source>
        <translation>开始登记  ▶</translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation>开始登记</translation>
    </message>
</context>
<context>
    <name>IntakeFlow</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大字体</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>语言：{name}</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  返回</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Send my answers  ▶</source>
        <translation>提交我的回答  ▶</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>提交我的回答</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>下一步  ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>第 {n} 步，共 {total} 步：{title}</translation>
    </message>
    <message>
        <source>Please answer every group of questions.</source>
        <translation>请回答每一组问题。</translation>
    </message>
    <message>
        <source>Please look at the messages in red: {list}.</source>
        <translation>请查看红色提示：{list}。</translation>
    </message>
    <message>
        <source>Please tell reception that this answer was a mistake.</source>
        <translation>请告诉前台这个回答是误选的。</translation>
    </message>
    <message>
        <source>We have told reception that this answer was a mistake. A member of staff may still check with you.</source>
        <translation>我们已告诉前台这个回答是误选的。工作人员仍可能会向您确认。</translation>
    </message>
    <message>
        <source>Your answer is cleared. Please answer this group again.</source>
        <translation>您的回答已清除。请重新回答这一组问题。</translation>
    </message>
    <message>
        <source>Scroll: {name}</source>
        <translation>滚动：{name}</translation>
    </message>
    <message>
        <source>Scroll sideways: {name}</source>
        <translation>左右滚动：{name}</translation>
    </message>
</context>
<context>
    <name>KioskMessages</name>
    <message>
        <source>your first name</source>
        <translation>您的名</translation>
    </message>
    <message>
        <source>your last name</source>
        <translation>您的姓</translation>
    </message>
    <message>
        <source>your date of birth</source>
        <translation>您的出生日期</translation>
    </message>
    <message>
        <source>your mobile phone number</source>
        <translation>您的手机号码</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>您的电子邮箱</translation>
    </message>
    <message>
        <source>where it hurts</source>
        <translation>疼痛部位</translation>
    </message>
    <message>
        <source>how long you have had the pain</source>
        <translation>疼痛持续了多久</translation>
    </message>
    <message>
        <source>days, weeks or months</source>
        <translation>天、周或月</translation>
    </message>
    <message>
        <source>your pain right now</source>
        <translation>您现在的疼痛</translation>
    </message>
    <message>
        <source>your average pain</source>
        <translation>您的平均疼痛</translation>
    </message>
    <message>
        <source>how pain affects enjoyment of life</source>
        <translation>疼痛对生活乐趣的影响</translation>
    </message>
    <message>
        <source>how pain affects your general activity</source>
        <translation>疼痛对日常活动的影响</translation>
    </message>
    <message>
        <source>your symptoms</source>
        <translation>您的症状</translation>
    </message>
    <message>
        <source>what may have caused it</source>
        <translation>可能的原因</translation>
    </message>
    <message>
        <source>your current treatments</source>
        <translation>您目前的治疗</translation>
    </message>
    <message>
        <source>the other treatment</source>
        <translation>其他治疗</translation>
    </message>
    <message>
        <source>your consent</source>
        <translation>您的同意</translation>
    </message>
    <message>
        <source>your signature</source>
        <translation>您的签名</translation>
    </message>
    <message>
        <source>this question</source>
        <translation>这个问题</translation>
    </message>
    <message>
        <source>We could not save your answers — please tell reception.</source>
        <translation>我们无法保存您的回答，请告诉前台。</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>出生日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>Please check the year of birth.</source>
        <translation>请检查出生年份。</translation>
    </message>
    <message>
        <source>This date does not exist. Please check the day and the month.</source>
        <translation>这个日期不存在。请检查日和月。</translation>
    </message>
    <message>
        <source>Please check your mobile number. It should look like 07911 123456, or start with + and the country code.</source>
        <translation>请检查您的手机号码。格式应类似 07911 123456，或以 + 和国家代码开头。</translation>
    </message>
    <message>
        <source>Please check your email address, like name@example.com. You can also leave it empty.</source>
        <translation>请检查您的电子邮箱，例如 name@example.com。也可以不填。</translation>
    </message>
    <message>
        <source>Please tick the box to agree, so we can treat you.</source>
        <translation>请勾选方框表示同意，这样我们才能为您治疗。</translation>
    </message>
    <message>
        <source>Please sign in the box.</source>
        <translation>请在方框内签名。</translation>
    </message>
    <message>
        <source>Please write which other treatment you use.</source>
        <translation>请写下您使用的其他治疗。</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Please enter how many days, weeks or months.</source>
        <translation>请输入多少天、周或月。</translation>
    </message>
    <message>
        <source>Please tap days, weeks or months.</source>
        <translation>请点按天、周或月。</translation>
    </message>
    <message>
        <source>Please check the number: that is longer than a lifetime.</source>
        <translation>请检查数字：这比一生还长。</translation>
    </message>
    <message>
        <source>Please tap at least one place where it hurts.</source>
        <translation>请至少点按一个疼痛的部位。</translation>
    </message>
    <message>
        <source>Please answer: {what}.</source>
        <translation>请回答：{what}。</translation>
    </message>
    <message>
        <source>This is too long: {what}.</source>
        <translation>内容太长：{what}。</translation>
    </message>
    <message>
        <source>Please use letters for {what}.</source>
        <translation>{what}请使用文字。</translation>
    </message>
    <message>
        <source>&quot;Not sure&quot; or &quot;None&quot; cannot be ticked with other answers.</source>
        <translation>“不确定”或“没有”不能与其他回答同时勾选。</translation>
    </message>
    <message>
        <source>Please check {what}.</source>
        <translation>请检查{what}。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Check-in</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Keep this language</source>
        <translation>保持当前语言</translation>
    </message>
</context>
<context>
    <name>PainHowStep</name>
    <message>
        <source>How long, and how much does it hurt?</source>
        <translation>疼了多久？有多疼？</translation>
    </message>
    <message>
        <source>How long have you had this pain?</source>
        <translation>这种疼痛持续多久了？</translation>
    </message>
    <message>
        <source>Had the pain for: {band}</source>
        <translation>疼痛已持续：{band}</translation>
    </message>
    <message>
        <source>How bad is your pain right now?</source>
        <translation>您现在有多疼？</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = 不疼</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = 能想象到的最疼</translation>
    </message>
    <message>
        <source>In the past week, what was your pain on average?</source>
        <translation>过去一周，您的平均疼痛程度是多少？</translation>
    </message>
    <message>
        <source>In the past week, how much did pain get in the way of your enjoyment of life?</source>
        <translation>过去一周，疼痛在多大程度上影响了您享受生活？</translation>
    </message>
    <message>
        <source>0 = not at all</source>
        <translation>0 = 完全没有</translation>
    </message>
    <message>
        <source>10 = completely</source>
        <translation>10 = 完全影响</translation>
    </message>
    <message>
        <source>In the past week, how much did pain get in the way of your general activity?</source>
        <translation>过去一周，疼痛在多大程度上影响了您的日常活动？</translation>
    </message>
    <message>
        <source>Under 1 week</source>
        <translation>不到 1 周</translation>
    </message>
    <message>
        <source>1–6 weeks</source>
        <translation>1–6 周</translation>
    </message>
    <message>
        <source>6–12 weeks</source>
        <translation>6–12 周</translation>
    </message>
    <message>
        <source>3–12 months</source>
        <translation>3–12 个月</translation>
    </message>
    <message>
        <source>Over 1 year</source>
        <translation>1 年以上</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>0 = no pain</source>
        <translation>0 = 不疼</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = 能想象到的最疼</translation>
    </message>
    <message>
        <source>{name}: {n} out of 10</source>
        <translation>{name}：{n} 分（满分 10 分）</translation>
    </message>
</context>
<context>
    <name>PainWhereStep</name>
    <message>
        <source>Where does it hurt? Tap every place.</source>
        <translation>哪里疼？请点按每一个部位。</translation>
    </message>
</context>
<context>
    <name>QueuedThankYouPage</name>
    <message>
        <source>Thank you — please tell reception you have checked in.</source>
        <translation>谢谢。请告诉前台您已登记。</translation>
    </message>
    <message>
        <source>Your answers are kept safely on this kiosk and will reach the desk shortly.</source>
        <translation>您的回答已安全保存在这台自助机上，很快会传到前台。</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Please check your answers</source>
        <translation>请检查您的回答</translation>
    </message>
    <message>
        <source>Tap a box to change it. When all is right, tap &quot;Send my answers&quot;.</source>
        <translation>点按方框可修改。全部正确后，请点按“提交我的回答”。</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <source>Change this answer</source>
        <translation>修改这个回答</translation>
    </message>
    <message>
        <source>{heading}: {text}. Tap to change.</source>
        <translation>{heading}：{text}。点按可修改。</translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>出生日期：{date}</translation>
    </message>
    <message>
        <source>Mobile {phone}</source>
        <translation>手机：{phone}</translation>
    </message>
    <message>
        <source>Email {email}</source>
        <translation>邮箱：{email}</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>无电子邮箱</translation>
    </message>
    <message>
        <source>For: {band}</source>
        <translation>已持续：{band}</translation>
    </message>
    <message>
        <source>Pain now: {n} out of 10</source>
        <translation>现在的疼痛：{n} 分（满分 10 分）</translation>
    </message>
    <message>
        <source>Average pain last week: {n} out of 10</source>
        <translation>上周平均疼痛：{n} 分（满分 10 分）</translation>
    </message>
    <message>
        <source>Gets in the way of enjoying life: {n} out of 10</source>
        <translation>影响享受生活：{n} 分（满分 10 分）</translation>
    </message>
    <message>
        <source>Gets in the way of general activity: {n} out of 10</source>
        <translation>影响日常活动：{n} 分（满分 10 分）</translation>
    </message>
    <message>
        <source>Side effects: {list}</source>
        <translation>副作用：{list}</translation>
    </message>
    <message>
        <source>No side effects ticked</source>
        <translation>未勾选副作用</translation>
    </message>
    <message>
        <source>You answered Yes to:</source>
        <translation>您回答“是”的问题：</translation>
    </message>
    <message>
        <source>You answered No to every question.</source>
        <translation>您对所有问题都回答了“否”。</translation>
    </message>
    <message>
        <source>You agreed and signed.</source>
        <translation>您已同意并签名。</translation>
    </message>
    <message>
        <source>Not yet signed</source>
        <translation>尚未签名</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>疼痛部位</translation>
    </message>
    <message>
        <source>Your pain</source>
        <translation>您的疼痛</translation>
    </message>
    <message>
        <source>What you notice</source>
        <translation>您注意到的情况</translation>
    </message>
    <message>
        <source>What may have caused it</source>
        <translation>可能的原因</translation>
    </message>
    <message>
        <source>Treatments now</source>
        <translation>目前的治疗</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>安全问题</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意书</translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <source>Please tell us at once if you have any of these:</source>
        <translation>如果您有以下任何情况，请立即告诉我们：</translation>
    </message>
    <message>
        <source>About your health:</source>
        <translation>关于您的健康：</translation>
    </message>
    <message>
        <source>Before acupuncture:</source>
        <translation>针灸之前：</translation>
    </message>
    <message>
        <source>Some questions for your safety</source>
        <translation>为了您的安全，请回答几个问题</translation>
    </message>
    <message>
        <source>Tap each one that is true for you, then Next. If none is, tap &quot;None of these apply to me&quot;.</source>
        <translation>请点按每一项符合您情况的内容，然后点“下一步”。如果都不符合，请点按“以上都不符合”。</translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation>以上都不符合</translation>
    </message>
</context>
<context>
    <name>SaveFailedPage</name>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Try again to save</source>
        <translation>再试一次保存</translation>
    </message>
    <message>
        <source>Back to my answers</source>
        <translation>回到我的回答</translation>
    </message>
    <message>
        <source>We could not save your answers — please tell reception</source>
        <translation>我们无法保存您的回答，请告诉前台</translation>
    </message>
    <message>
        <source>Your answers are still here. Nothing is lost.</source>
        <translation>您的回答仍在这里，没有丢失。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Sign with your finger. With a keyboard, press Enter to sign with a mark.</source>
        <translation>请用手指签名。使用键盘时，按回车键以记号签名。</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>请用手指在此签名</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>SymptomsStep</name>
    <message>
        <source>What do you notice?</source>
        <translation>您注意到什么情况？</translation>
    </message>
    <message>
        <source>Tick everything that fits. You may leave it empty.</source>
        <translation>请勾选所有符合的情况。也可以不选。</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>The intake is saved.</source>
        <translation>登记表已保存。</translation>
    </message>
    <message>
        <source>Thank you — please take a seat</source>
        <translation>谢谢，请坐</translation>
    </message>
    <message>
        <source>We will call you soon.</source>
        <translation>我们很快会叫您。</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>撇号</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>连字符</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>点</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>@ 符号</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>加号</translation>
    </message>
    <message>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>大写</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Next field ▶</source>
        <translation>下一项 ▶</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>字母</translation>
    </message>
</context>
<context>
    <name>TreatmentsStep</name>
    <message>
        <source>What do you take or use for it now?</source>
        <translation>您现在用什么药物或方法治疗？</translation>
    </message>
    <message>
        <source>Tick everything you use, or &quot;None&quot;.</source>
        <translation>请勾选您使用的所有治疗，或选“没有”。</translation>
    </message>
    <message>
        <source>Which other treatment?</source>
        <translation>其他什么治疗？</translation>
    </message>
    <message>
        <source>Other treatment: please write</source>
        <translation>其他治疗：请填写</translation>
    </message>
    <message>
        <source>Have you noticed any of these side effects?</source>
        <translation>您是否注意到以下任何副作用？</translation>
    </message>
</context>
<context>
    <name>UrgentMessage</name>
    <message>
        <source>Please speak to reception now</source>
        <translation>请现在就去前台</translation>
    </message>
    <message>
        <source>I have spoken to reception — continue</source>
        <translation>我已和前台谈过，继续</translation>
    </message>
    <message>
        <source>Continue my answers</source>
        <translation>继续回答</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>到此为止</translation>
    </message>
    <message>
        <source>I tapped by mistake</source>
        <translation>我点错了</translation>
    </message>
    <message>
        <source>Your answer means a member of staff should talk with you before anything else. We have let them know. This is a precaution — please go to the desk.</source>
        <translation>根据您的回答，工作人员需要先和您谈一谈。我们已经通知了他们。这是预防措施，请到前台。</translation>
    </message>
    <message>
        <source>Your answer means a member of staff should talk with you before anything else. Please go to the desk now and tell them.</source>
        <translation>根据您的回答，工作人员需要先和您谈一谈。请现在就到前台告诉他们。</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Welcome. Please check in here for your visit.
It takes about {n} minutes.</source>
        <translation>欢迎。请在这里为本次就诊登记。
大约需要 {n} 分钟。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation>开始登记</translation>
    </message>
    <message>
        <source>Read about back pain</source>
        <translation>阅读腰背痛资料</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
</context>
<context>
    <name>_Corner</name>
    <message>
        <source>Staff corner</source>
        <translation>员工角</translation>
    </message>
</context>
<context>
    <name>_Screen</name>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation>以上都不符合</translation>
    </message>
    <message>
        <source>Please tap the ones that apply to you, or &quot;None of these apply to me&quot;.</source>
        <translation>请点按符合您情况的项目，或点按“以上都不符合”。</translation>
    </message>
</context>
</TS>
