<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutStep</name>
    <message>
        <source>About you</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Date of birth (day, month, year)</source>
        <translation>Fecha de nacimiento (día, mes, año)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <source>Email (if you want)</source>
        <translation>Correo electrónico (si lo desea)</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map, front and back. Tap where it hurts.</source>
        <translation>Dibujo del cuerpo, de frente y de espaldas. Toque donde le duele.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
</context>
<context>
    <name>CausesStep</name>
    <message>
        <source>What may have caused it?</source>
        <translation>¿Qué puede haberlo causado?</translation>
    </message>
    <message>
        <source>Tick everything that may fit, or &quot;Not sure&quot;.</source>
        <translation>Marque todo lo que pueda ser, o «No estoy seguro».</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Your consent</source>
        <translation>Su consentimiento</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <source>I have read this and I agree</source>
        <translation>Lo he leído y estoy de acuerdo</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Borrar la firma</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Date of birth: {part}</source>
        <translation>Fecha de nacimiento: {part}</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue usted ahí?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Sí, sigo aquí</translation>
    </message>
    <message>
        <source>For your privacy, your answers will be cleared in {n} seconds. Touch the screen to carry on.</source>
        <translation>Por su privacidad, sus respuestas se borrarán en {n} segundos. Toque la pantalla para seguir.</translation>
    </message>
</context>
<context>
    <name>InfoStep</name>
    <message>
        <source>About back pain</source>
        <translation>Sobre el dolor de espalda</translation>
    </message>
    <message>
        <source>Information sheet about back pain</source>
        <translation>Hoja informativa sobre el dolor de espalda</translation>
    </message>
    <message>
        <source>▲ Scroll up</source>
        <translation>▲ Subir</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>▼ Scroll down</source>
        <translation>▼ Bajar</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Start check-in  ▶</source>
        <translation>Empezar el registro  ▶</translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation>Empezar el registro</translation>
    </message>
</context>
<context>
    <name>IntakeFlow</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Idioma: {name}</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Send my answers  ▶</source>
        <translation>Enviar mis respuestas  ▶</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Siguiente  ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>Paso {n} de {total}: {title}</translation>
    </message>
    <message>
        <source>Please answer every group of questions.</source>
        <translation>Por favor, responda a cada grupo de preguntas.</translation>
    </message>
    <message>
        <source>Please look at the messages in red: {list}.</source>
        <translation>Por favor, mire los mensajes en rojo: {list}.</translation>
    </message>
    <message>
        <source>Please tell reception that this answer was a mistake.</source>
        <translation>Por favor, diga en recepción que esta respuesta fue un error.</translation>
    </message>
    <message>
        <source>We have told reception that this answer was a mistake. A member of staff may still check with you.</source>
        <translation>Hemos avisado a recepción de que esta respuesta fue un error. Es posible que alguien del personal hable con usted de todos modos.</translation>
    </message>
    <message>
        <source>Your answer is cleared. Please answer this group again.</source>
        <translation>Su respuesta se ha borrado. Por favor, responda otra vez a este grupo.</translation>
    </message>
    <message>
        <source>Scroll: {name}</source>
        <translation>Desplazar: {name}</translation>
    </message>
    <message>
        <source>Scroll sideways: {name}</source>
        <translation>Desplazar hacia los lados: {name}</translation>
    </message>
</context>
<context>
    <name>KioskMessages</name>
    <message>
        <source>your first name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>your last name</source>
        <translation>sus apellidos</translation>
    </message>
    <message>
        <source>your date of birth</source>
        <translation>su fecha de nacimiento</translation>
    </message>
    <message>
        <source>your mobile phone number</source>
        <translation>su número de móvil</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>su correo electrónico</translation>
    </message>
    <message>
        <source>where it hurts</source>
        <translation>dónde le duele</translation>
    </message>
    <message>
        <source>how long you have had the pain</source>
        <translation>cuánto tiempo lleva con el dolor</translation>
    </message>
    <message>
        <source>days, weeks or months</source>
        <translation>días, semanas o meses</translation>
    </message>
    <message>
        <source>your pain right now</source>
        <translation>su dolor ahora mismo</translation>
    </message>
    <message>
        <source>your average pain</source>
        <translation>su dolor medio</translation>
    </message>
    <message>
        <source>how pain affects enjoyment of life</source>
        <translation>cuánto le quita el dolor el disfrute de la vida</translation>
    </message>
    <message>
        <source>how pain affects your general activity</source>
        <translation>cuánto afecta el dolor a su actividad diaria</translation>
    </message>
    <message>
        <source>your symptoms</source>
        <translation>sus síntomas</translation>
    </message>
    <message>
        <source>what may have caused it</source>
        <translation>qué puede haberlo causado</translation>
    </message>
    <message>
        <source>your current treatments</source>
        <translation>sus tratamientos actuales</translation>
    </message>
    <message>
        <source>the other treatment</source>
        <translation>el otro tratamiento</translation>
    </message>
    <message>
        <source>your consent</source>
        <translation>su consentimiento</translation>
    </message>
    <message>
        <source>your signature</source>
        <translation>su firma</translation>
    </message>
    <message>
        <source>this question</source>
        <translation>esta pregunta</translation>
    </message>
    <message>
        <source>We could not save your answers — please tell reception.</source>
        <translation>No hemos podido guardar sus respuestas. Por favor, avise en recepción.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>Please check the year of birth.</source>
        <translation>Por favor, revise el año de nacimiento.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check the day and the month.</source>
        <translation>Esta fecha no existe. Por favor, revise el día y el mes.</translation>
    </message>
    <message>
        <source>Please check your mobile number. It should look like 07911 123456, or start with + and the country code.</source>
        <translation>Por favor, revise su número de móvil. Debe ser como 07911 123456, o empezar con + y el código del país.</translation>
    </message>
    <message>
        <source>Please check your email address, like name@example.com. You can also leave it empty.</source>
        <translation>Por favor, revise su correo electrónico, como nombre@ejemplo.com. También puede dejarlo vacío.</translation>
    </message>
    <message>
        <source>Please tick the box to agree, so we can treat you.</source>
        <translation>Por favor, marque la casilla para dar su acuerdo; así podremos tratarle.</translation>
    </message>
    <message>
        <source>Please sign in the box.</source>
        <translation>Por favor, firme en el recuadro.</translation>
    </message>
    <message>
        <source>Please write which other treatment you use.</source>
        <translation>Por favor, escriba qué otro tratamiento usa.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Por favor, escriba un número.</translation>
    </message>
    <message>
        <source>Please enter how many days, weeks or months.</source>
        <translation>Por favor, escriba cuántos días, semanas o meses.</translation>
    </message>
    <message>
        <source>Please tap days, weeks or months.</source>
        <translation>Por favor, toque días, semanas o meses.</translation>
    </message>
    <message>
        <source>Please check the number: that is longer than a lifetime.</source>
        <translation>Por favor, revise el número: es más que una vida entera.</translation>
    </message>
    <message>
        <source>Please tap at least one place where it hurts.</source>
        <translation>Por favor, toque al menos un lugar donde le duele.</translation>
    </message>
    <message>
        <source>Please answer: {what}.</source>
        <translation>Por favor, responda: {what}.</translation>
    </message>
    <message>
        <source>This is too long: {what}.</source>
        <translation>Es demasiado largo: {what}.</translation>
    </message>
    <message>
        <source>Please use letters for {what}.</source>
        <translation>Por favor, use letras para {what}.</translation>
    </message>
    <message>
        <source>&quot;Not sure&quot; or &quot;None&quot; cannot be ticked with other answers.</source>
        <translation>«No estoy seguro» o «Ninguno» no se pueden marcar junto con otras respuestas.</translation>
    </message>
    <message>
        <source>Please check {what}.</source>
        <translation>Por favor, revise {what}.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Keep this language</source>
        <translation>Seguir con este idioma</translation>
    </message>
</context>
<context>
    <name>PainHowStep</name>
    <message>
        <source>How long, and how much does it hurt?</source>
        <translation>¿Desde cuándo le duele, y cuánto?</translation>
    </message>
    <message>
        <source>How long have you had this pain?</source>
        <translation>¿Cuánto tiempo lleva con este dolor?</translation>
    </message>
    <message>
        <source>Had the pain for: {band}</source>
        <translation>Con dolor desde hace: {band}</translation>
    </message>
    <message>
        <source>How bad is your pain right now?</source>
        <translation>¿Cuánto le duele ahora mismo?</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = nada de dolor</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = el peor que pueda imaginar</translation>
    </message>
    <message>
        <source>In the past week, what was your pain on average?</source>
        <translation>En la última semana, ¿cuánto le dolió de media?</translation>
    </message>
    <message>
        <source>In the past week, how much did pain get in the way of your enjoyment of life?</source>
        <translation>En la última semana, ¿cuánto le impidió el dolor disfrutar de la vida?</translation>
    </message>
    <message>
        <source>0 = not at all</source>
        <translation>0 = nada</translation>
    </message>
    <message>
        <source>10 = completely</source>
        <translation>10 = por completo</translation>
    </message>
    <message>
        <source>In the past week, how much did pain get in the way of your general activity?</source>
        <translation>En la última semana, ¿cuánto le impidió el dolor hacer sus actividades diarias?</translation>
    </message>
    <message>
        <source>Under 1 week</source>
        <translation>Menos de 1 semana</translation>
    </message>
    <message>
        <source>1–6 weeks</source>
        <translation>1–6 semanas</translation>
    </message>
    <message>
        <source>6–12 weeks</source>
        <translation>6–12 semanas</translation>
    </message>
    <message>
        <source>3–12 months</source>
        <translation>3–12 meses</translation>
    </message>
    <message>
        <source>Over 1 year</source>
        <translation>Más de 1 año</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>0 = no pain</source>
        <translation>0 = nada de dolor</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = el peor que pueda imaginar</translation>
    </message>
    <message>
        <source>{name}: {n} out of 10</source>
        <translation>{name}: {n} de 10</translation>
    </message>
</context>
<context>
    <name>PainWhereStep</name>
    <message>
        <source>Where does it hurt? Tap every place.</source>
        <translation>¿Dónde le duele? Toque cada lugar.</translation>
    </message>
</context>
<context>
    <name>QueuedThankYouPage</name>
    <message>
        <source>Thank you — please tell reception you have checked in.</source>
        <translation>Gracias. Por favor, diga en recepción que ya se ha registrado.</translation>
    </message>
    <message>
        <source>Your answers are kept safely on this kiosk and will reach the desk shortly.</source>
        <translation>Sus respuestas están guardadas con seguridad en este quiosco y llegarán a recepción en breve.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Please check your answers</source>
        <translation>Por favor, revise sus respuestas</translation>
    </message>
    <message>
        <source>Tap a box to change it. When all is right, tap &quot;Send my answers&quot;.</source>
        <translation>Toque un recuadro para cambiarlo. Cuando todo esté bien, toque «Enviar mis respuestas».</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <source>Change this answer</source>
        <translation>Cambiar esta respuesta</translation>
    </message>
    <message>
        <source>{heading}: {text}. Tap to change.</source>
        <translation>{heading}: {text}. Toque para cambiar.</translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation>Nada marcado</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Nacido/a el {date}</translation>
    </message>
    <message>
        <source>Mobile {phone}</source>
        <translation>Móvil {phone}</translation>
    </message>
    <message>
        <source>Email {email}</source>
        <translation>Correo {email}</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Sin correo electrónico</translation>
    </message>
    <message>
        <source>For: {band}</source>
        <translation>Desde hace: {band}</translation>
    </message>
    <message>
        <source>Pain now: {n} out of 10</source>
        <translation>Dolor ahora: {n} de 10</translation>
    </message>
    <message>
        <source>Average pain last week: {n} out of 10</source>
        <translation>Dolor medio la última semana: {n} de 10</translation>
    </message>
    <message>
        <source>Gets in the way of enjoying life: {n} out of 10</source>
        <translation>Le impide disfrutar de la vida: {n} de 10</translation>
    </message>
    <message>
        <source>Gets in the way of general activity: {n} out of 10</source>
        <translation>Le impide sus actividades diarias: {n} de 10</translation>
    </message>
    <message>
        <source>Side effects: {list}</source>
        <translation>Efectos secundarios: {list}</translation>
    </message>
    <message>
        <source>No side effects ticked</source>
        <translation>Ningún efecto secundario marcado</translation>
    </message>
    <message>
        <source>You answered Yes to:</source>
        <translation>Usted respondió Sí a:</translation>
    </message>
    <message>
        <source>You answered No to every question.</source>
        <translation>Usted respondió No a todas las preguntas.</translation>
    </message>
    <message>
        <source>You agreed and signed.</source>
        <translation>Usted dio su acuerdo y firmó.</translation>
    </message>
    <message>
        <source>Not yet signed</source>
        <translation>Todavía sin firmar</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Dónde le duele</translation>
    </message>
    <message>
        <source>Your pain</source>
        <translation>Su dolor</translation>
    </message>
    <message>
        <source>What you notice</source>
        <translation>Lo que nota</translation>
    </message>
    <message>
        <source>What may have caused it</source>
        <translation>Qué puede haberlo causado</translation>
    </message>
    <message>
        <source>Treatments now</source>
        <translation>Tratamientos actuales</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Preguntas de seguridad</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <source>Please tell us at once if you have any of these:</source>
        <translation>Díganos enseguida si tiene alguno de estos problemas:</translation>
    </message>
    <message>
        <source>About your health:</source>
        <translation>Sobre su salud:</translation>
    </message>
    <message>
        <source>Before acupuncture:</source>
        <translation>Antes de la acupuntura:</translation>
    </message>
    <message>
        <source>Some questions for your safety</source>
        <translation>Algunas preguntas por su seguridad</translation>
    </message>
    <message>
        <source>Tap each one that is true for you, then Next. If none is, tap &quot;None of these apply to me&quot;.</source>
        <translation>Toque cada una que sea cierta en su caso y luego Siguiente. Si ninguna lo es, toque «Nada de esto me pasa».</translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation>Nada de esto me pasa</translation>
    </message>
</context>
<context>
    <name>SaveFailedPage</name>
    <message>
        <source>Try again</source>
        <translation>Intentar otra vez</translation>
    </message>
    <message>
        <source>Try again to save</source>
        <translation>Intentar guardar otra vez</translation>
    </message>
    <message>
        <source>Back to my answers</source>
        <translation>Volver a mis respuestas</translation>
    </message>
    <message>
        <source>We could not save your answers — please tell reception</source>
        <translation>No hemos podido guardar sus respuestas. Por favor, avise en recepción</translation>
    </message>
    <message>
        <source>Your answers are still here. Nothing is lost.</source>
        <translation>Sus respuestas siguen aquí. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sign with your finger. With a keyboard, press Enter to sign with a mark.</source>
        <translation>Firme con el dedo. Con un teclado, pulse Intro para firmar con una marca.</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Firme aquí con el dedo</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>SymptomsStep</name>
    <message>
        <source>What do you notice?</source>
        <translation>¿Qué nota?</translation>
    </message>
    <message>
        <source>Tick everything that fits. You may leave it empty.</source>
        <translation>Marque todo lo que corresponda. Puede dejarlo vacío.</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>The intake is saved.</source>
        <translation>El formulario está guardado.</translation>
    </message>
    <message>
        <source>Thank you — please take a seat</source>
        <translation>Gracias. Por favor, tome asiento</translation>
    </message>
    <message>
        <source>We will call you soon.</source>
        <translation>Le llamaremos pronto.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apóstrofo</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>Arroba</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>Guion bajo</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Next field ▶</source>
        <translation>Campo siguiente ▶</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Campo siguiente</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
</context>
<context>
    <name>TreatmentsStep</name>
    <message>
        <source>What do you take or use for it now?</source>
        <translation>¿Qué toma o usa para ello ahora?</translation>
    </message>
    <message>
        <source>Tick everything you use, or &quot;None&quot;.</source>
        <translation>Marque todo lo que usa, o «Ninguno».</translation>
    </message>
    <message>
        <source>Which other treatment?</source>
        <translation>¿Qué otro tratamiento?</translation>
    </message>
    <message>
        <source>Other treatment: please write</source>
        <translation>Otro tratamiento: por favor, escríbalo</translation>
    </message>
    <message>
        <source>Have you noticed any of these side effects?</source>
        <translation>¿Ha notado alguno de estos efectos secundarios?</translation>
    </message>
</context>
<context>
    <name>UrgentMessage</name>
    <message>
        <source>Please speak to reception now</source>
        <translation>Por favor, hable ahora con recepción</translation>
    </message>
    <message>
        <source>I have spoken to reception — continue</source>
        <translation>Ya he hablado con recepción: continuar</translation>
    </message>
    <message>
        <source>Continue my answers</source>
        <translation>Continuar con mis respuestas</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Parar aquí</translation>
    </message>
    <message>
        <source>I tapped by mistake</source>
        <translation>Lo toqué por error</translation>
    </message>
    <message>
        <source>Your answer means a member of staff should talk with you before anything else. We have let them know. This is a precaution — please go to the desk.</source>
        <translation>Por su respuesta, alguien del personal debe hablar con usted antes que nada. Ya les hemos avisado. Es una precaución: por favor, vaya a recepción.</translation>
    </message>
    <message>
        <source>Your answer means a member of staff should talk with you before anything else. Please go to the desk now and tell them.</source>
        <translation>Por su respuesta, alguien del personal debe hablar con usted antes que nada. Por favor, vaya ahora a recepción y dígaselo.</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Welcome. Please check in here for your visit.
It takes about {n} minutes.</source>
        <translation>Bienvenido/a. Por favor, regístrese aquí para su cita.
Tarda unos {n} minutos.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation>Empezar el registro</translation>
    </message>
    <message>
        <source>Read about back pain</source>
        <translation>Leer sobre el dolor de espalda</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
</context>
<context>
    <name>_Corner</name>
    <message>
        <source>Staff corner</source>
        <translation>Esquina del personal</translation>
    </message>
</context>
<context>
    <name>_Screen</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation>Nada de esto me pasa</translation>
    </message>
    <message>
        <source>Please tap the ones that apply to you, or &quot;None of these apply to me&quot;.</source>
        <translation>Por favor, toque las que le pasan, o «Nada de esto me pasa».</translation>
    </message>
</context>
</TS>
