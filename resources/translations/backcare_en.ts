<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutStep</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (day, month, year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (if you want)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map, front and back. Tap where it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CausesStep</name>
    <message>
        <source>What may have caused it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everything that may fit, or &quot;Not sure&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this and I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: {part}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your privacy, your answers will be cleared in {n} seconds. Touch the screen to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoStep</name>
    <message>
        <source>About back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sheet about back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start check-in  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeFlow</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my answers  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer every group of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at the messages in red: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell reception that this answer was a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have told reception that this answer was a mistake. A member of staff may still check with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is cleared. Please answer this group again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll sideways: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskMessages</name>
    <message>
        <source>your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your mobile phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long you have had the pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days, weeks or months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your pain right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your average pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how pain affects enjoyment of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how pain affects your general activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what may have caused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your current treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not save your answers — please tell reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the year of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist. Please check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your mobile number. It should look like 07911 123456, or start with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your email address, like name@example.com. You can also leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick the box to agree, so we can treat you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write which other treatment you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter how many days, weeks or months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tap days, weeks or months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the number: that is longer than a lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tap at least one place where it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use letters for {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Not sure&quot; or &quot;None&quot; cannot be ticked with other answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Keep this language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainHowStep</name>
    <message>
        <source>How long, and how much does it hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long have you had this pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had the pain for: {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad is your pain right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past week, what was your pain on average?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past week, how much did pain get in the way of your enjoyment of life?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past week, how much did pain get in the way of your general activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–6 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6–12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 1 year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>0 = no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainWhereStep</name>
    <message>
        <source>Where does it hurt? Tap every place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuedThankYouPage</name>
    <message>
        <source>Thank you — please tell reception you have checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are kept safely on this kiosk and will reach the desk shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Please check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a box to change it. When all is right, tap &quot;Send my answers&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: {text}. Tap to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain last week: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets in the way of enjoying life: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets in the way of general activity: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side effects ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered Yes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered No to every question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agreed and signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may have caused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <source>Please tell us at once if you have any of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before acupuncture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some questions for your safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap each one that is true for you, then Next. If none is, tap &quot;None of these apply to me&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFailedPage</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not save your answers — please tell reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are still here. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with your finger. With a keyboard, press Enter to sign with a mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomsStep</name>
    <message>
        <source>What do you notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everything that fits. You may leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>The intake is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you — please take a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will call you soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentsStep</name>
    <message>
        <source>What do you take or use for it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everything you use, or &quot;None&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which other treatment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other treatment: please write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you noticed any of these side effects?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgentMessage</name>
    <message>
        <source>Please speak to reception now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have spoken to reception — continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I tapped by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer means a member of staff should talk with you before anything else. We have let them know. This is a precaution — please go to the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer means a member of staff should talk with you before anything else. Please go to the desk now and tell them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Welcome. Please check in here for your visit.
It takes about {n} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read about back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Corner</name>
    <message>
        <source>Staff corner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Screen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tap the ones that apply to you, or &quot;None of these apply to me&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
