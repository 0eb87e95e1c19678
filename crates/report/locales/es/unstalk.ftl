### unstalk: las palabras de un informe, en español (sintaxis de Project Fluent).
###
### Quién lee estos textos: personas que temen que su pareja o expareja vigile su teléfono,
### y las personas de apoyo y especialistas en tecnología que las ayudan. Muchas de ellas tienen miedo.
### Escriba con calma, con claridad y con precisión, como le hablaría a alguien sentado a su lado.
### Trate a quien lee de "usted", con frases cortas, en un español comprensible en España y en América Latina.
###
### Cómo está hecho este archivo
###
### - Un mensaje por hallazgo, llamado "finding-" seguido del identificador del hallazgo, con sus puntos
###   escritos como "_" (el hallazgo "android.accessibility.enabled" se convierte en
###   "finding-android_accessibility_enabled"). No cambie nunca un identificador de mensaje ni el nombre de
###   un atributo: el programa los busca por su nombre. Traduzca solo el texto que va después de "=".
### - El valor de un mensaje de hallazgo es un título corto y sencillo. Sus cinco atributos son:
###     .what   qué se encontró, con palabras sencillas; explique cualquier término técnico en la misma frase.
###     .means  qué le puede hacer a la persona, en concreto ("puede leer sus mensajes").
###     .sure   qué certeza tiene unstalk y por qué: una coincidencia exacta con una lista de aplicaciones
###             conocidas, o solo un comportamiento que también tienen aplicaciones legítimas; un permiso
###             solo pedido, o concedido.
###     .next   las opciones y sus riesgos. Nunca una única orden: quien lee decide.
###     .avoid  qué no hacer, normalmente porque podría alertar a quien vigila o destruir pruebas.
###   Como mucho, de dos a cuatro frases cortas cada uno.
### - Los demás mensajes (después de los hallazgos) son encabezados, nombres de las conclusiones y los
###   consejos de seguridad que se imprimen con cada informe.
### - Los mensajes de qué se revisó ("check-") y de por qué algo no se revisó ("why-") dicen
###   líneas que el programa escribe en inglés. Algunos llevan marcadores como { $path } o
###   { $count }: déjelos tal cual, con sus llaves y su nombre. El programa los sustituye por
###   valores que nunca se traducen (un número, un archivo, un mensaje de error, el nombre de
###   un volcado de datos como "dumpsys package"). Como cada mensaje ocupa una sola línea,
###   escríbalo de modo que se lea bien sea cual sea el número.
###
### Reglas para todos los idiomas
###
### - No diga nunca que un teléfono, una aplicación o una persona está "a salvo", "limpio" o "sin vigilancia"
###   (en español, tampoco "seguro"): unstalk solo puede decir lo que encontraron sus comprobaciones. No diga
###   nunca "su teléfono está comprometido" ni "hackeado".
### - Eliminar o desactivar un stalkerware puede alertar a la persona que lo instaló. Mantenga ese aviso
###   allí donde aparezca, y mantenga el orden: registrar, hacer un plan con una persona de apoyo, y después actuar.
### - Nada de números de teléfono, direcciones web ni nombres de organizaciones: cada organización pone los suyos.
### - Cada texto en una sola línea. No use llaves, salvo en esos marcadores.
###
### Términos de este archivo (úselos siempre igual)
###
### - stalkerware: se explica una vez como "aplicación espía"; después se deja "stalkerware" (masculino).
### - watchware: "aplicación de control parental o de vigilancia visible".
### - advocate: "persona de apoyo" (de un servicio especializado en violencia doméstica o de pareja).
### - "servicio de accesibilidad", "administrador del dispositivo", "depuración USB", "Play Protect" y
###   "orígenes desconocidos": los nombres que usan los menús de Android en español.
### - verdict: "conclusión"; finding: "resultado"; acquisition: "copia de datos"; reset: "restablecer".

## Coincidencias con listas de stalkerware y de aplicaciones de vigilancia conocidas ("fuentes de indicadores")

finding-indicator_package = La aplicación está en una lista de aplicaciones de vigilancia conocidas
    .what = El identificador de esta aplicación (el nombre interno que tiene toda aplicación de Android) aparece en una lista que mantienen investigadores. La lista reúne stalkerware (aplicaciones espía, que se venden para vigilar a otra persona en secreto) y otras aplicaciones de vigilancia. Los detalles indican la lista y la familia de productos a la que pertenece la aplicación.
    .means = Si la familia es stalkerware, la aplicación está hecha para vigilar a alguien en secreto. Según el producto, puede leer sus mensajes, escuchar sus llamadas, ver sus fotos y saber dónde está usted, y enviar todo eso a otra persona. Si es una aplicación de control parental o de vigilancia visible, puede hacer casi lo mismo, pero está pensada para que se vea.
    .sure = El identificador coincide exactamente con la lista. Es una de las señales más fuertes que tiene unstalk. La conclusión indica qué tipo de familia coincidió: stalkerware conocido, una aplicación de control parental o de vigilancia visible, o una aplicación de doble uso, que también tiene usos legítimos. Las listas pueden tener errores, así que una persona con experiencia puede revisar los detalles con usted.
    .next = Tiene varias opciones: dejar la aplicación por ahora, eliminarla, restablecer el teléfono a los valores de fábrica o cambiar a un teléfono nuevo. Cada una tiene riesgos. Eliminarla o desactivarla puede alertar a la persona que la instaló, y eso puede aumentar el peligro. Una persona de apoyo puede ayudarle a valorar las opciones y a hacer un plan de seguridad; póngase en contacto con ella desde un dispositivo al que la otra persona nunca haya tenido acceso.
    .avoid = No elimine la aplicación ni hable de esto con la persona de quien sospecha antes de tener un plan de seguridad. No restablezca el teléfono antes de guardar un registro (este informe, capturas de pantalla, los códigos hash de la copia de datos): el restablecimiento también borra las pruebas.

finding-indicator_ios-bundle = Una aplicación de iPhone está en una lista de aplicaciones de vigilancia conocidas
    .what = El identificador de paquete de esta aplicación (bundle ID: el nombre interno que tiene toda aplicación de iPhone y iPad) aparece en una lista de stalkerware y otras aplicaciones de vigilancia que mantienen investigadores. Los detalles indican la lista y la familia de productos.
    .means = Según el producto, puede leer sus mensajes, ver sus fotos y saber dónde está usted, y enviar esa información a otra persona. Si es una aplicación de control parental o de vigilancia visible, puede hacer casi lo mismo, pero está pensada para que se vea.
    .sure = El identificador de paquete coincide exactamente con la lista. Es una señal fuerte. La conclusión indica si la familia es stalkerware conocido, una aplicación de control parental o de vigilancia visible, o una aplicación de doble uso, que también tiene usos legítimos. Las listas pueden tener errores, así que conviene revisar los detalles con una persona con experiencia.
    .next = Tiene varias opciones: dejar la aplicación por ahora, eliminarla, restablecer el dispositivo o cambiar a uno nuevo. Cada una tiene riesgos. Eliminarla puede alertar a la persona que la instaló. Antes de nada, hable con una persona de apoyo y haga un plan de seguridad, desde un dispositivo al que la otra persona nunca haya tenido acceso.
    .avoid = No elimine la aplicación ni se enfrente a la persona de quien sospecha antes de tener un plan. No restablezca el dispositivo antes de guardar un registro (este informe, capturas de pantalla, los códigos hash de la copia de datos).

finding-indicator_signing-cert = La aplicación está firmada por un fabricante conocido de aplicaciones de vigilancia
    .what = Toda aplicación de Android lleva un certificado: una firma digital que identifica a quien la publicó. Según una lista, el certificado de esta aplicación pertenece a un stalkerware o a un producto de vigilancia.
    .means = La aplicación viene de quienes fabrican un producto de vigilancia. Según el producto, puede leer sus mensajes, saber dónde está usted y enviar esa información a otra persona.
    .sure = El certificado coincide exactamente. Por eso es una señal fuerte, aunque la aplicación haya cambiado de nombre. Un fabricante puede firmar varios productos con el mismo certificado, así que podría ser otro producto del mismo fabricante. La conclusión indica qué tipo de familia coincidió.
    .next = Tiene varias opciones: dejar la aplicación por ahora, eliminarla, restablecer el teléfono o cambiar a un teléfono nuevo. Cada una tiene riesgos. Eliminarla o desactivarla puede alertar a la persona que la instaló. Una persona de apoyo puede ayudarle a hacer un plan de seguridad; póngase en contacto con ella desde un dispositivo al que la otra persona nunca haya tenido acceso.
    .avoid = No elimine la aplicación ni se enfrente a nadie antes de tener un plan. No restablezca el teléfono antes de guardar un registro (este informe, capturas de pantalla, los códigos hash de la copia de datos).

finding-indicator_cert-organization = El nombre de quien publica la aplicación coincide con un fabricante conocido de aplicaciones de vigilancia
    .what = La organización que figura en el certificado de firma de esta aplicación (la firma digital que identifica a quien la publica) coincide con una que aparece en una lista de fabricantes de stalkerware o de aplicaciones de vigilancia.
    .means = Si la coincidencia es correcta, la aplicación viene de quienes fabrican un producto de vigilancia. Según el producto, podría leer sus mensajes o saber dónde está usted.
    .sure = Ese nombre lo escribe quien publica la aplicación. Por eso es una buena pista, pero no una prueba: otro fabricante podría usar el mismo nombre o uno parecido. Pesa más cuando otros resultados apuntan en la misma dirección.
    .next = Lea esto junto con los demás resultados sobre esta aplicación. Si no la reconoce, háblelo con una persona de apoyo antes de cambiar nada; eliminarla puede alertar a la persona que la instaló.
    .avoid = No elimine la aplicación solo por esta pista, y no se enfrente a nadie antes de tener un plan de seguridad.

finding-indicator_cert-cn = El nombre de firma de la aplicación se parece al de aplicaciones de vigilancia conocidas
    .what = El nombre escrito en el certificado de firma de esta aplicación (la firma digital que identifica a quien la publica) encaja con un patrón que los investigadores relacionan con un stalkerware o un producto de vigilancia.
    .means = Si la coincidencia es correcta, la aplicación pertenece a ese producto. Según el producto, podría leer sus mensajes o saber dónde está usted.
    .sure = Un patrón de nombre es más débil que una coincidencia exacta: fabricantes sin ninguna relación pueden tener nombres que encajan. Léalo junto con los demás resultados sobre esta aplicación.
    .next = Si otros resultados apuntan en la misma dirección, o si no reconoce la aplicación, háblelo con una persona de apoyo antes de cambiar nada; eliminarla puede alertar a la persona que la instaló.
    .avoid = No elimine la aplicación solo por esta pista, y no se enfrente a nadie antes de tener un plan de seguridad.

finding-indicator_file-hash = El archivo es un archivo conocido de una aplicación de vigilancia
    .what = La huella de un archivo (su hash: un código que se calcula a partir de su contenido exacto) coincide con la de un archivo que, según una lista, forma parte de un stalkerware o de un producto de vigilancia.
    .means = El archivo es ese producto, o una parte de él. Según el producto, puede leer sus mensajes, escuchar sus llamadas, saber dónde está usted y enviar esa información a otra persona.
    .sure = Si el hash coincide, el archivo es exactamente el de la lista. No hay coincidencia más fiable, siempre que la lista sea correcta. La conclusión indica si la familia es stalkerware conocido, una aplicación de control parental o de vigilancia visible, o una aplicación de doble uso.
    .next = Si esta aplicación está en un teléfono, puede dejarla por ahora, eliminarla, restablecer el teléfono o cambiar a un teléfono nuevo. Cada opción tiene riesgos. Eliminarla o desactivarla puede alertar a la persona que la instaló. Antes de nada, hable con una persona de apoyo y haga un plan de seguridad, desde un dispositivo al que la otra persona nunca haya tenido acceso.
    .avoid = No elimine la aplicación ni restablezca el teléfono antes de guardar un registro (este informe, capturas de pantalla, los códigos hash de la copia de datos). No se enfrente a la persona de quien sospecha.

finding-indicator_domain = Se encontró la dirección web de un producto de vigilancia
    .what = Se encontró un dominio (una dirección web, como ejemplo.com) dentro de una aplicación o entre las conexiones del teléfono. Los investigadores lo relacionan con un stalkerware o un producto de vigilancia, que a menudo lo usa para recibir lo que recoge. Los detalles indican dónde se encontró.
    .means = A una dirección así se suelen enviar los mensajes, las ubicaciones y las fotos que se recogen. Llegan a un panel en internet que la otra persona consulta.
    .sure = Es una señal fuerte, pero indirecta: algunas direcciones de la lista son de servicios compartidos, y que una aplicación contenga una dirección no significa que la haya usado. Pesa más junto con los demás resultados sobre la aplicación.
    .next = Si esto apunta a una aplicación del teléfono, puede dejarla por ahora, eliminarla, restablecer el teléfono o cambiar a un teléfono nuevo. Cada opción tiene riesgos, y eliminarla puede alertar a la persona que la instaló. Antes de nada, hable con una persona de apoyo sobre un plan de seguridad.
    .avoid = No haga cambios en la aplicación ni se enfrente a nadie antes de guardar un registro (este informe, capturas de pantalla) y de tener un plan.

finding-indicator_ip = Se encontró la dirección de internet de un producto de vigilancia
    .what = Se encontró una dirección IP (la dirección en números de un equipo conectado a internet) dentro de una aplicación o entre las conexiones del teléfono. Los investigadores la relacionan con un stalkerware o un producto de vigilancia.
    .means = A una dirección así podrían enviarse los mensajes, las ubicaciones y las fotos que se recogen.
    .sure = Muchos sitios sin relación entre sí comparten a menudo la misma dirección IP, y las direcciones cambian de dueño con el tiempo. Por eso esta coincidencia es más débil que una con el identificador o la dirección web de una aplicación. Léala junto con los demás resultados.
    .next = Si otros resultados apuntan en la misma dirección, hable con una persona de apoyo sobre sus opciones antes de cambiar nada; eliminar una aplicación puede alertar a la persona que la instaló.
    .avoid = No actúe solo por esta coincidencia, y no se enfrente a nadie antes de tener un plan.

finding-indicator_url = Se encontró un enlace web de un producto de vigilancia
    .what = Se encontró una dirección web completa (una URL, como el enlace a una página o a un lugar donde se suben datos) en una aplicación o en los datos del teléfono. Coincide con una de la lista de un stalkerware o un producto de vigilancia.
    .means = A un enlace así suele enviar la aplicación lo que recoge, como mensajes, ubicaciones y fotos. También puede ser el lugar de donde recibe sus instrucciones.
    .sure = Un enlace completo es más concreto que una dirección web sola, así que es una señal fuerte. Muestra que el enlace está ahí, pero no necesariamente que se hayan enviado datos.
    .next = Si esto apunta a una aplicación del teléfono, puede dejarla por ahora, eliminarla, restablecer el teléfono o cambiar a un teléfono nuevo. Cada opción tiene riesgos, y eliminarla puede alertar a la persona que la instaló. Antes de nada, hable con una persona de apoyo sobre un plan de seguridad.
    .avoid = No haga cambios en la aplicación ni se enfrente a nadie antes de guardar un registro (este informe, capturas de pantalla) y de tener un plan.

finding-indicator_email = Se encontró un correo electrónico de un producto de vigilancia
    .what = Se encontró una dirección de correo electrónico en una aplicación o en el teléfono. Según una lista, está relacionada con un stalkerware o un producto de vigilancia; por ejemplo, es su dirección de soporte o de cuentas.
    .means = Relaciona esta aplicación o este teléfono con un producto de vigilancia. Lo que ese producto puede hacer depende de la familia que indican los detalles.
    .sure = La dirección coincide exactamente, pero una dirección de correo puede aparecer en lugares inofensivos, así que importa dónde se encontró. Pesa más junto con otros resultados.
    .next = Lea esto junto con los demás resultados. Si apuntan en la misma dirección, hable con una persona de apoyo sobre sus opciones antes de cambiar nada.
    .avoid = No actúe solo por esta coincidencia, y no se enfrente a nadie antes de tener un plan.

finding-indicator_yara = El archivo coincide con una regla de detección de un producto de vigilancia
    .what = Un archivo coincide con una regla de detección (una regla YARA: un patrón de código o de texto que escribieron investigadores para reconocer un stalkerware o un producto de vigilancia concreto). Los detalles dan el nombre de la regla.
    .means = Es probable que el archivo sea ese producto o parte de él. Según el producto, puede leer sus mensajes, saber dónde está usted y enviar esa información a otra persona.
    .sure = Las reglas reconocen el código de un producto y son bastante fiables. Pero algunas son amplias y también pueden detectar aplicaciones parecidas o sin relación. El nombre de la regla indica qué busca.
    .next = Si esta aplicación está en un teléfono, puede dejarla por ahora, eliminarla, restablecer el teléfono o cambiar a un teléfono nuevo. Cada opción tiene riesgos, y eliminarla puede alertar a la persona que la instaló. Antes de nada, hable con una persona de apoyo y haga un plan de seguridad.
    .avoid = No elimine la aplicación ni restablezca el teléfono antes de guardar un registro (este informe, capturas de pantalla, los códigos hash de la copia de datos). No se enfrente a la persona de quien sospecha.

finding-indicator_configuration-profile = Perfil de configuración de iPhone de un producto de vigilancia
    .what = En este iPhone o iPad hay un perfil de configuración instalado: un paquete de ajustes que puede gestionar el dispositivo, desviar su tráfico de internet o añadir certificados de seguridad. Según una lista, este perfil lo usa un producto de vigilancia.
    .means = Un perfil así puede permitir que otra persona gestione el dispositivo, vea qué sitios web visita usted o instale y bloquee aplicaciones, sin que aparezca ningún icono.
    .sure = El perfil coincide exactamente con la lista. Los centros educativos y las empresas también instalan perfiles por motivos legítimos, así que importa si usted sabe de dónde salió.
    .next = Puede dejar el perfil por ahora, eliminarlo en los ajustes, restablecer el dispositivo o cambiar a uno nuevo. Cada opción tiene riesgos, y eliminarlo puede alertar a la persona que lo instaló. Antes de nada, hable con una persona de apoyo y haga un plan de seguridad.
    .avoid = No elimine el perfil ni restablezca el dispositivo antes de guardar un registro (este informe, capturas de pantalla). No se enfrente a la persona de quien sospecha.

finding-indicator_android-property = Ajuste del teléfono que dejó un producto de vigilancia
    .what = Una propiedad del sistema (un ajuste interno de Android) de este teléfono tiene un valor que, según una lista, deja un stalkerware o un producto de vigilancia.
    .means = Indica que el producto está, o estuvo, en este teléfono. Lo que puede hacer depende de la familia que indican los detalles.
    .sure = El valor coincide exactamente, pero una propiedad dice menos que el identificador de una aplicación: puede quedar después de que la aplicación ya no esté. Léala junto con los demás resultados.
    .next = Lea esto junto con los demás resultados. Si apuntan en la misma dirección, hable con una persona de apoyo sobre sus opciones antes de cambiar nada.
    .avoid = No restablezca el teléfono antes de guardar un registro (este informe, los códigos hash de la copia de datos), y no se enfrente a nadie antes de tener un plan.

finding-indicator_process = Programa en funcionamiento de un producto de vigilancia
    .what = Un programa que estaba funcionando en el teléfono tiene un nombre que, según una lista, pertenece a un stalkerware o a un producto de vigilancia.
    .means = Si la coincidencia es correcta, el producto estaba funcionando cuando se revisó el teléfono, y podría estar recogiendo mensajes, llamadas o ubicaciones.
    .sure = Los nombres de programas son fáciles de copiar, y un nombre común puede coincidir con un programa sin relación. Por eso conviene que otros resultados confirmen esta pista, por ejemplo la aplicación a la que pertenece el programa.
    .next = Si otros resultados apuntan en la misma dirección, hable con una persona de apoyo sobre sus opciones antes de cambiar nada; detener o eliminar el programa puede alertar a la persona que lo instaló.
    .avoid = No actúe solo por esta coincidencia, y no se enfrente a nadie antes de tener un plan.

finding-indicator_file-path = Se encontró en el teléfono un archivo de un producto de vigilancia
    .what = Un archivo o una carpeta del teléfono tiene un nombre o una ubicación que, según una lista, usa un stalkerware o un producto de vigilancia; por ejemplo, el lugar donde guarda las grabaciones antes de enviarlas.
    .means = Indica que el producto está, o estuvo, en este teléfono. Lo que puede hacer depende de la familia que indican los detalles.
    .sure = Aplicaciones inofensivas pueden usar los mismos nombres y ubicaciones, así que es una pista y no una prueba. Pesa más cuando la misma familia aparece en otras partes de este informe.
    .next = Lea esto junto con los demás resultados. Si apuntan en la misma dirección, hable con una persona de apoyo sobre sus opciones antes de cambiar nada.
    .avoid = No borre el archivo ni restablezca el teléfono antes de guardar un registro (este informe, los códigos hash de la copia de datos), y no se enfrente a nadie antes de tener un plan.

finding-indicator_allow-listed = Coincidencia apartada por la lista de excepciones
    .what = Aquí hubo una coincidencia con una lista de aplicaciones de vigilancia conocidas. Pero una lista de excepciones, preparada por quien hace esta revisión, indica que se aparte, normalmente porque se sabe que es inofensiva.
    .means = No cuenta para ninguna conclusión. Se muestra para no ocultarle nada a quien lee el informe.
    .sure = La lista de excepciones la escribieron personas, no unstalk. Si no está al día, una coincidencia real podría quedar apartada aquí.
    .next = Si esta coincidencia le sorprende, pida a quien mantiene la lista de excepciones que la vuelva a revisar.
    .avoid = No cambie la lista de excepciones sin contar con la persona que la mantiene.

## Lo que dice el propio teléfono (Android)

finding-android_accessibility_enabled = Una aplicación tiene activado un servicio de accesibilidad
    .what = Un servicio de accesibilidad es una función pensada para herramientas que ayudan a personas con discapacidad a usar el teléfono. Esta aplicación tiene uno activado. Eso le permite ver lo que hay en la pantalla y actuar en el teléfono.
    .means = Con él, una aplicación puede leer sus mensajes y lo que usted escribe, incluidas las contraseñas, en cualquier aplicación. También puede pulsar botones por usted, por ejemplo para ocultar sus propios avisos.
    .sure = unstalk leyó este ajuste directamente del teléfono, así que está activado sin duda. Los lectores de pantalla, los gestores de contraseñas y otras herramientas legítimas también lo usan. Lo importante es si usted conoce esta aplicación y la eligió.
    .next = Si conoce la aplicación y la eligió, puede ser normal. Si no, puede dejarla por ahora, desactivar el servicio o eliminar la aplicación; desactivarlo o eliminarla puede alertar a la persona que la instaló. Antes de nada, hable con una persona de apoyo sobre un plan de seguridad, desde un dispositivo al que la otra persona nunca haya tenido acceso.
    .avoid = No desactive el servicio ni elimine la aplicación antes de guardar un registro (este informe, capturas de pantalla) y de tener un plan. No se enfrente a la persona de quien sospecha.

finding-android_device-admin_active = La aplicación es un administrador del dispositivo activo
    .what = El administrador del dispositivo es una función especial, pensada para aplicaciones de trabajo y antirrobo, que permite a una aplicación imponer normas en el teléfono. Esta aplicación la tiene activada.
    .means = Mientras esté activa, la aplicación no se puede desinstalar de la forma habitual. Según lo que haya pedido, puede bloquear el teléfono, cambiar el bloqueo de pantalla o borrar todo el teléfono.
    .sure = unstalk leyó esto directamente del teléfono, así que está activo sin duda. El correo del trabajo, las funciones para encontrar un teléfono perdido y algunas aplicaciones de seguridad lo usan por motivos legítimos. Es más preocupante si lo usa una aplicación que usted no reconoce.
    .next = Si no reconoce la aplicación, puede dejarla por ahora. También puede quitarle la función de administrador en los ajustes de seguridad y después eliminarla, pero los dos pasos pueden alertar a la persona que la instaló. Hable con una persona de apoyo sobre un plan de seguridad antes de actuar.
    .avoid = No le quite la función de administrador, no elimine la aplicación ni restablezca el teléfono antes de guardar un registro (este informe, capturas de pantalla, los códigos hash de la copia de datos) y de tener un plan.

finding-android_notification-listener_enabled = Una aplicación puede leer todas sus notificaciones
    .what = Esta aplicación tiene activado el acceso a las notificaciones: recibe cada notificación que llega al teléfono.
    .means = Las notificaciones muestran el comienzo de los mensajes, el nombre de quien le escribe y los códigos de verificación de un solo uso. Así, la aplicación puede leer gran parte de sus conversaciones, y podría usar esos códigos para entrar en sus cuentas.
    .sure = unstalk leyó este ajuste directamente del teléfono, así que está activado sin duda. Las aplicaciones de relojes inteligentes, de mensajería y de automatización lo usan por motivos legítimos. Importa sobre todo si usted no eligió esta aplicación.
    .next = Si no eligió esta aplicación, puede dejarla por ahora, desactivar su acceso o eliminarla; desactivarlo o eliminarla puede alertar a la persona que la instaló. Antes de nada, hable con una persona de apoyo sobre un plan de seguridad, desde un dispositivo al que la otra persona nunca haya tenido acceso.
    .avoid = No desactive el acceso ni elimine la aplicación antes de guardar un registro (este informe, capturas de pantalla) y de tener un plan. No se enfrente a la persona de quien sospecha.

finding-android_app_hidden-icon = La aplicación no tiene icono para abrirla
    .what = Esta aplicación no tiene icono entre sus aplicaciones, así que no puede verla ni abrirla de la forma habitual. Solo aparece en los ajustes del teléfono, en la lista de aplicaciones.
    .means = El stalkerware oculta su icono para que la persona vigilada no lo note, mientras sigue funcionando en segundo plano.
    .sure = El teléfono indicó que esta aplicación no tiene icono. Pero algunas aplicaciones legítimas tampoco lo tienen, como los teclados o las que ayudan a otras aplicaciones. Cuenta más junto con los demás resultados sobre la aplicación.
    .next = Fíjese si reconoce el nombre de la aplicación en los ajustes. Si no lo reconoce, una persona de apoyo puede ayudarle a decidir si dejarla por ahora o eliminarla; eliminarla puede alertar a la persona que la instaló.
    .avoid = No elimine la aplicación antes de guardar un registro (este informe, capturas de pantalla) y de hacer un plan de seguridad.

finding-android_app_sideloaded = La aplicación se instaló desde fuera de una tienda de aplicaciones
    .what = Esta aplicación no vino de una tienda de aplicaciones como Google Play: se instaló desde un archivo, una página web o una computadora. Los detalles indican qué la instaló.
    .means = El stalkerware suele llegar así, porque las tiendas de aplicaciones no lo permiten. Lo instala alguien que tuvo el teléfono en sus manos unos minutos.
    .sure = Esto solo dice de dónde vino la aplicación, y nunca cuenta para la conclusión: muchas aplicaciones legítimas también se instalan así. Importa cuando la aplicación además hace otras cosas que aparecen en este informe.
    .next = Si no recuerda haberla instalado, anótelo y revise los demás resultados sobre la aplicación, con una persona de apoyo si puede.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-android_play-protect_disabled = Google Play Protect está desactivado
    .what = Play Protect es la revisión de Google, incluida en el teléfono, que avisa de las aplicaciones dañinas. En este teléfono está desactivado, del todo o para las aplicaciones instaladas desde una computadora.
    .means = Así, el teléfono ya no avisa de aplicaciones que podrían delatar un stalkerware. Quienes venden stalkerware suelen decir a sus clientes que lo desactiven.
    .sure = unstalk leyó este ajuste directamente del teléfono, así que está desactivado sin duda. Hay quien lo desactiva por otros motivos, así que por sí solo no es una señal de vigilancia.
    .next = Si usted no lo desactivó, téngalo en cuenta al leer el resto del informe. Volver a activarlo es una opción, pero quien vigila el teléfono podría notarlo. Una persona de apoyo puede ayudarle a elegir el momento.
    .avoid = No tome esto por sí solo como prueba de stalkerware, y no se apresure a cambiarlo antes de tener un plan.

finding-android_unknown-sources_allowed = Se permite instalar aplicaciones de orígenes desconocidos
    .what = El teléfono permite instalar aplicaciones de orígenes desconocidos, es decir, desde archivos y páginas web, no solo desde una tienda de aplicaciones.
    .means = Esto facilita que alguien con el teléfono en las manos instale una aplicación que las tiendas no permiten, como un stalkerware.
    .sure = unstalk leyó este ajuste directamente del teléfono. Mucha gente lo permite por motivos legítimos, así que por sí solo dice poco.
    .next = Si usted no lo permitió, anótelo. Desactivarlo es una opción cuando tenga un plan. Desactivarlo no elimina las aplicaciones que ya están instaladas.
    .avoid = No tome esto por sí solo como señal de vigilancia.

finding-android_root_indicators = El teléfono muestra señales de estar rooteado
    .what = Rootear un teléfono quita las protecciones que Android mantiene entre las aplicaciones y el resto del teléfono. unstalk encontró señales de ello, como una aplicación para gestionar el root o herramientas de root. Los detalles las enumeran una por una.
    .means = En un teléfono rooteado, una aplicación de vigilancia puede ir mucho más lejos: leer directamente las aplicaciones de mensajería, grabar llamadas y esconderse mejor.
    .sure = Las señales son fuertes, pero indirectas. Algunas personas rootean su propio teléfono a propósito. Si usted no lo hizo, puede haberlo hecho otra persona.
    .next = Si usted no rooteó el teléfono, hable con una persona de apoyo sobre sus opciones: dejarlo por ahora, restablecerlo o cambiar a un teléfono nuevo. El rooteo puede seguir ahí después de un restablecimiento de fábrica, así que un teléfono nuevo puede ser la salida más fiable. Cualquier cambio puede alertar a quien lo hizo.
    .avoid = No intente deshacer el rooteo por su cuenta, y no restablezca el teléfono antes de guardar un registro (este informe, los códigos hash de la copia de datos) y de tener un plan.

finding-android_device-owner_set = Una aplicación gestiona este teléfono
    .what = Esta aplicación está configurada como gestora del teléfono (propietario del dispositivo o propietario del perfil). Es el papel que tiene la aplicación de gestión de una empresa en un teléfono de trabajo.
    .means = Una aplicación gestora puede controlar los ajustes del teléfono e instalar o bloquear aplicaciones. Según la aplicación, también puede ver cómo se usa el teléfono y dónde está. No se puede eliminar como una aplicación normal.
    .sure = unstalk leyó esto directamente del teléfono, así que está configurado sin duda. En un teléfono de una empresa o de un centro educativo es normal. En un teléfono personal que usted no configuró así, es una señal grave.
    .next = Si el teléfono no es de una empresa ni de un centro educativo, hable con una persona de apoyo sobre sus opciones: dejarlo por ahora, restablecer el teléfono a los valores de fábrica (normalmente la única forma de quitar una aplicación gestora) o cambiar a un teléfono nuevo. El restablecimiento borra pruebas y puede alertar a la persona que lo configuró.
    .avoid = No restablezca el teléfono antes de guardar un registro (este informe, capturas de pantalla, los códigos hash de la copia de datos) y de tener un plan.

finding-android_default-app_replaced = Una aplicación hace de teclado, de mensajes, de teléfono o de asistente
    .what = Esta aplicación está elegida como la predeterminada del teléfono para una de estas funciones: el teclado, los mensajes de texto (SMS), las llamadas o el asistente. Los detalles indican cuál.
    .means = Ve todo lo que pasa por esa función. Un teclado ve todo lo que usted escribe, incluidas las contraseñas. Una aplicación de mensajes o de llamadas ve sus mensajes o sus llamadas. Un asistente puede ver la pantalla cuando se le llama.
    .sure = unstalk leyó esto directamente del teléfono, así que está configurado sin duda. Mucha gente elige a propósito otro teclado u otra aplicación de mensajes. Importa si usted no reconoce esta.
    .next = Si usted eligió esta aplicación, puede ser normal. Si no, puede dejarla por ahora, volver a la aplicación habitual del teléfono o eliminarla; los dos últimos cambios pueden alertar a la persona que la configuró. Antes de nada, hable con una persona de apoyo sobre un plan de seguridad.
    .avoid = No cambie el ajuste ni elimine la aplicación antes de guardar un registro (este informe, capturas de pantalla) y de tener un plan.

finding-android_app_battery-exempt = La aplicación puede funcionar en segundo plano todo el tiempo
    .what = Esta aplicación está excluida del ahorro de batería, así que Android no la pausa cuando no se usa.
    .means = Puede seguir funcionando y enviando datos en cualquier momento. El stalkerware pide esto para no dejar nunca de enviar informes.
    .sure = unstalk leyó esto directamente del teléfono. Las aplicaciones de mensajería, de ejercicio y muchas otras aplicaciones legítimas también lo tienen, así que solo cuenta junto con otros resultados.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Por sí solo, no hace falta hacer nada.
    .avoid = No actúe solo por esto.

finding-android_app-op_allowed = La aplicación tiene poderes especiales sobre el teléfono
    .what = En unos ajustes especiales, aparte de los permisos normales, esta aplicación tiene permiso para instalar otras aplicaciones, mostrarse encima de otras aplicaciones, grabar la pantalla o ver qué aplicaciones usa usted. Los detalles indican cuáles.
    .means = Con ellos puede, por ejemplo, capturar lo que hay en su pantalla, instalar más aplicaciones sin pasar por una tienda o tapar avisos con sus propias ventanas.
    .sure = unstalk leyó esto directamente del teléfono, así que el permiso está concedido sin duda. Cada uno de estos poderes tiene usos legítimos, como las burbujas de chat, las grabadoras de pantalla o las aplicaciones de tiempo de uso. Por eso importa sobre todo junto con otros resultados.
    .next = Si no reconoce la aplicación, lea esto junto con sus demás resultados, con una persona de apoyo si puede. Quitarle el permiso es una opción, pero quien lo concedió podría notarlo.
    .avoid = No cambie los ajustes ni elimine la aplicación antes de guardar un registro y de tener un plan.

finding-android_app_recently-installed = La aplicación se instaló hace poco
    .what = Esta aplicación se instaló durante el mes anterior a la revisión del teléfono. Los detalles indican la fecha.
    .means = Por sí solo, nada. La fecha puede ayudarle a recordar si otra persona tuvo su teléfono por esos días.
    .sure = La fecha se lee del teléfono. Es solo información y nunca cuenta para la conclusión.
    .next = Si no recuerda haberla instalado, anote la fecha. Puede ayudarles, a usted y a una persona de apoyo, a reconstruir lo que pasó.
    .avoid = No tome esto por sí solo como señal de vigilancia.

finding-android_developer-options_enabled = Las opciones para desarrolladores o la depuración USB están activadas
    .what = Están activadas las opciones para desarrolladores (un menú oculto para crear aplicaciones) o la depuración USB (que permite que una computadora controle el teléfono a través de un cable).
    .means = Para revisar un teléfono con unstalk hace falta la depuración USB, así que es normal si se activó para la revisión. Si ya estaba activada antes, una computadora a la que se conectó el teléfono podría haber instalado aplicaciones.
    .sure = unstalk leyó esto directamente del teléfono. Se muestra para que el informe esté completo, y nunca cuenta para la conclusión.
    .next = Si estaban desactivadas antes de la revisión, puede volver a desactivarlas después.
    .avoid = No tome esto por sí solo como señal de vigilancia.

finding-android_security-patch_old = Las actualizaciones de seguridad tienen más de un año
    .what = La última actualización de seguridad del teléfono tiene más de un año. Los detalles indican su fecha.
    .means = Los fallos corregidos desde entonces pueden seguir abiertos en este teléfono. Eso facilita algunas formas de espionaje.
    .sure = La fecha se lee del teléfono. Los teléfonos antiguos suelen dejar de recibir actualizaciones, así que esto no es una señal de vigilancia.
    .next = Si los ajustes ofrecen una actualización, instalarla es una opción. Si el fabricante ya no ofrece ninguna, vale la pena pensar en un teléfono más reciente cuando pueda.
    .avoid = No tome esto como señal de que alguien le está vigilando.

## Lo que puede hacer una aplicación (según el archivo de la aplicación o el teléfono)

finding-app_permission_sms = La aplicación puede leer mensajes de texto
    .what = Esta aplicación pide permiso para leer o recibir mensajes de texto (SMS y MMS). En un teléfono, los detalles indican si se le concedió el permiso o si solo lo pidió.
    .means = Si se le concede, puede leer sus mensajes a medida que llegan, también los que traen códigos de verificación.
    .sure = Un permiso es una capacidad, no una prueba de mal uso, y no hace nada hasta que alguien lo concede. Las aplicaciones de mensajes lo necesitan. Importa en una aplicación que no tiene motivos para leer mensajes.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si no la reconoce, háblelo con una persona de apoyo antes de cambiar nada.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_permission_call-log = La aplicación puede leer el historial de llamadas
    .what = Esta aplicación pide permiso para leer el historial de llamadas o ver las llamadas que usted hace. En un teléfono, los detalles indican si se le concedió el permiso o si solo lo pidió.
    .means = Si se le concede, puede ver a quién llamó usted y quién le llamó, cuándo y durante cuánto tiempo.
    .sure = Un permiso es una capacidad, no una prueba de mal uso, y no hace nada hasta que alguien lo concede. Las aplicaciones de llamadas y las que bloquean llamadas lo necesitan.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si no la reconoce, háblelo con una persona de apoyo antes de cambiar nada.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_permission_location = La aplicación puede saber dónde está el teléfono
    .what = Esta aplicación pide permiso para usar la ubicación exacta del teléfono. En un teléfono, los detalles indican si se le concedió el permiso o si solo lo pidió.
    .means = Si se le concede, puede saber con precisión dónde está usted mientras la aplicación está funcionando.
    .sure = Un permiso es una capacidad, no una prueba de mal uso. Las aplicaciones de mapas, del clima, de envíos a domicilio y muchas otras lo piden.
    .next = Lea esto junto con los demás resultados sobre la aplicación, sobre todo si se oculta o si funciona en segundo plano.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_permission_microphone = La aplicación puede grabar sonido
    .what = Esta aplicación pide permiso para usar el micrófono. En un teléfono, los detalles indican si se le concedió el permiso o si solo lo pidió.
    .means = Si se le concede, puede grabar sonido. Eso puede incluir sus llamadas y las conversaciones que haya cerca del teléfono.
    .sure = Un permiso es una capacidad, no una prueba de mal uso. Las aplicaciones de llamadas, de video y de notas de voz lo necesitan.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si no la reconoce, háblelo con una persona de apoyo antes de cambiar nada.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_permission_camera = La aplicación puede usar la cámara
    .what = Esta aplicación pide permiso para usar la cámara. En un teléfono, los detalles indican si se le concedió el permiso o si solo lo pidió.
    .means = Si se le concede, puede tomar fotos y grabar videos.
    .sure = Un permiso es una capacidad, no una prueba de mal uso. Las aplicaciones de cámara, de videollamadas y de escaneo lo necesitan.
    .next = Lea esto junto con los demás resultados sobre la aplicación.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_permission_contacts = La aplicación puede leer los contactos
    .what = Esta aplicación pide permiso para leer los contactos del teléfono. En un teléfono, los detalles indican si se le concedió el permiso o si solo lo pidió.
    .means = Si se le concede, puede copiar los nombres y los números de las personas que usted conoce.
    .sure = Un permiso es una capacidad, no una prueba de mal uso. Las aplicaciones de mensajería, de llamadas y muchas otras lo piden.
    .next = Lea esto junto con los demás resultados sobre la aplicación.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_covert_label-imitates-system = La aplicación tiene un nombre que imita una parte del sistema
    .what = El nombre de la aplicación, como "Servicio del sistema", "Wi-Fi" o "Sincronización", hace que parezca una parte de Android y no una aplicación que alguien instaló.
    .means = El stalkerware usa nombres así para que, aunque alguien lo vea en la lista de aplicaciones, parezca algo que es mejor no tocar.
    .sure = Un nombre, por sí solo, es una pista débil: algunas aplicaciones legítimas tienen nombres sencillos. Cuenta más cuando la aplicación además se oculta o vigila.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si no la reconoce, háblelo con una persona de apoyo antes de cambiar nada.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_persistence_boot-receiver = La aplicación se pone en marcha sola al encender el teléfono
    .what = La aplicación está configurada para ponerse en marcha sola cada vez que se enciende el teléfono.
    .means = Sigue funcionando después de un reinicio sin que nadie la abra. En una aplicación de vigilancia, eso significa que la vigilancia no se detiene.
    .sure = Muchísimas aplicaciones normales lo hacen, como las alarmas, la mensajería o la sincronización. Por eso cuenta poco, y solo junto con otros resultados.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Por sí solo, no hace falta hacer nada.
    .avoid = No actúe solo por esto.

finding-app_remote-control_device-admin-policies = La aplicación pide poder bloquear o borrar el teléfono
    .what = La aplicación pide ser administrador del dispositivo (una función especial pensada para aplicaciones de trabajo y antirrobo) con poderes como bloquear el teléfono, cambiar el bloqueo de pantalla o borrar todo su contenido.
    .means = Si se le dan esos poderes, quien controla la aplicación podría impedirle entrar en su teléfono o borrarlo a distancia.
    .sure = Esto es lo que la aplicación pide. El teléfono solo le da esos poderes si alguien los acepta. Las aplicaciones antirrobo y de trabajo también los piden. En un teléfono, el informe indica aparte si la aplicación es un administrador activo.
    .next = Si no reconoce la aplicación, hable con una persona de apoyo sobre sus opciones antes de cambiar nada; eliminarla o quitarle esos poderes puede alertar a la persona que la instaló.
    .avoid = No le quite esos poderes, no la elimine ni restablezca el teléfono antes de guardar un registro (este informe, capturas de pantalla) y de tener un plan.

finding-app_exfiltration_background-upload = La aplicación envía datos en segundo plano
    .what = La aplicación se inicia sola cuando se enciende el teléfono, funciona en segundo plano, puede usar internet y su código contiene una dirección para enviar datos.
    .means = Así es como las aplicaciones de vigilancia hacen llegar lo que recogen, como mensajes, fotos y ubicaciones, a la persona que vigila.
    .sure = Esto se lee en el código de la aplicación, no se ha visto ocurrir: muestra adónde puede enviar datos la aplicación, no que lo haga. Muchas aplicaciones legítimas se sincronizan en segundo plano, como las copias de seguridad y la mensajería. Por eso esto solo cuenta junto con otros resultados.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si apuntan a vigilancia, hable con una persona de apoyo sobre sus opciones antes de cambiar nada.
    .avoid = No actúe solo por esto; si la aplicación es de vigilancia, detenerla puede alertar a la persona que la instaló.

finding-app_covert_no-launcher = La aplicación no tiene icono para abrirla
    .what = La aplicación no tiene ninguna entrada en la lista de aplicaciones que se pueden abrir. Así que, una vez instalada, no hay ningún icono que tocar.
    .means = Una aplicación sin icono funciona sin que se vea. El stalkerware está hecho así para que la persona vigilada no lo note.
    .sure = Es una señal clara de que se oculta. Pero los teclados, los complementos y las aplicaciones auxiliares tampoco tienen icono. Cuenta más junto con los demás resultados sobre la aplicación.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si apuntan a vigilancia, hable con una persona de apoyo sobre sus opciones antes de cambiar nada.
    .avoid = No elimine la aplicación antes de guardar un registro y de tener un plan de seguridad; eliminarla puede alertar a la persona que la instaló.

finding-app_covert_launcher-alias-disabled = La aplicación está preparada para ocultar su icono
    .what = La aplicación tiene una entrada con icono, pero está desactivada y no hay ninguna otra activa. Así, la aplicación puede mostrar u ocultar su icono cuando quiera.
    .means = El stalkerware suele mostrar un icono solo mientras se configura, y después lo oculta para que la persona vigilada no pueda encontrarlo.
    .sure = Es una señal clara de una función para ocultarse, aunque algunas aplicaciones legítimas activan y desactivan entradas por otros motivos. Léalo junto con los demás resultados sobre la aplicación.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si apuntan a vigilancia, hable con una persona de apoyo sobre sus opciones antes de cambiar nada.
    .avoid = No elimine la aplicación antes de guardar un registro y de tener un plan de seguridad; eliminarla puede alertar a la persona que la instaló.

finding-app_covert_excluded-from-recents = La aplicación oculta una pantalla de las aplicaciones recientes
    .what = Una de las pantallas de la aplicación está configurada para no aparecer entre las aplicaciones usadas recientemente (la vista que se abre para pasar de una aplicación a otra).
    .means = Una aplicación de vigilancia puede usar esto para no dejar rastro cuando alguien la abre.
    .sure = Es débil por sí solo: muchas aplicaciones lo hacen con pantallas pequeñas, como las ventanas emergentes. Cuenta muy poco.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Por sí solo, no hace falta hacer nada.
    .avoid = No actúe solo por esto.

finding-app_permission_background-location = La aplicación puede saber dónde está el teléfono en todo momento
    .what = Esta aplicación pide permiso para usar la ubicación del teléfono incluso cuando no se está usando. En un teléfono, los detalles indican si se le concedió el permiso o si solo lo pidió.
    .means = Si se le concede, puede seguir sus movimientos durante todo el día, sin estar abierta.
    .sure = Un permiso es una capacidad, no una prueba de mal uso. Las aplicaciones de navegación, de localización familiar y de ejercicio también lo piden.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si no la reconoce, háblelo con una persona de apoyo antes de cambiar nada.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_permission_screen-capture = La aplicación puede capturar la pantalla
    .what = Esta aplicación pide poder grabar o capturar la pantalla.
    .means = Si se le permite, puede ver todo lo que aparece en su pantalla: mensajes, fotos, cualquier cosa que usted mire.
    .sure = Es una capacidad, no una prueba de mal uso. Las grabadoras de pantalla y las aplicaciones de videollamadas lo necesitan.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si no la reconoce, háblelo con una persona de apoyo antes de cambiar nada.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_permission_browser-history = La aplicación pide leer el historial de navegación
    .what = Esta aplicación pide permiso para leer el historial y los marcadores del navegador web.
    .means = Si el teléfono lo permite, puede ver qué sitios web visitó y guardó usted.
    .sure = Desde Android 6, el teléfono ya no respeta este permiso. En teléfonos recientes, muestra más lo que la aplicación quiere que lo que puede hacer. Pocas aplicaciones legítimas lo piden, aparte de los navegadores.
    .next = Lea esto junto con los demás resultados sobre la aplicación.
    .avoid = No actúe solo por esto.

finding-app_permission_usage-stats = La aplicación puede ver qué aplicaciones se usan y cuándo
    .what = Esta aplicación pide acceso a los datos de uso, que muestran qué aplicaciones se usan, cuándo y durante cuánto tiempo. Ese acceso hay que activarlo en unos ajustes especiales.
    .means = Si se le permite, puede contarle a otra persona cuándo usa usted cada aplicación, por ejemplo la mensajería o la aplicación de una línea de ayuda.
    .sure = Las aplicaciones de tiempo de pantalla, de batería y de control parental también lo usan, así que cuenta poco.
    .next = Lea esto junto con los demás resultados sobre la aplicación.
    .avoid = No actúe solo por esto.

finding-app_notification-listener = A la aplicación se le puede dar acceso a todas las notificaciones
    .what = La aplicación contiene una parte que recibe todas las notificaciones del teléfono una vez que alguien le activa el acceso a las notificaciones en los ajustes.
    .means = Las notificaciones muestran el comienzo de los mensajes, el nombre de quien le escribe y los códigos de verificación.
    .sure = La aplicación está hecha para poder hacer esto, pero solo funciona cuando alguien activa ese acceso. En un teléfono, el informe indica aparte si está activado.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si no la reconoce, háblelo con una persona de apoyo antes de cambiar nada.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_accessibility_reads-window-content = La aplicación puede leer lo que hay en la pantalla
    .what = La aplicación contiene un servicio de accesibilidad (una función pensada para herramientas que ayudan a personas con discapacidad) preparado para leer el contenido de todas las pantallas.
    .means = Una vez activado, puede leer sus mensajes y lo que usted escribe, en cualquier aplicación. También puede actuar en el teléfono por usted.
    .sure = Los lectores de pantalla necesitan justo esto, así que es una capacidad potente, no una prueba de mal uso. Solo funciona cuando alguien lo activa en los ajustes de accesibilidad. En un teléfono, el informe indica aparte si está activado.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si no la reconoce, háblelo con una persona de apoyo antes de cambiar nada.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_accessibility_service = La aplicación tiene un servicio de accesibilidad
    .what = La aplicación contiene un servicio de accesibilidad (una función pensada para herramientas que ayudan a personas con discapacidad). Por lo que unstalk puede ver, no pide leer el contenido de la pantalla.
    .means = Una vez activado, puede seguir lo que pasa en el teléfono y actuar por usted, por ejemplo pulsando botones.
    .sure = Es débil por sí solo: muchas aplicaciones de ayuda tienen uno, y solo funciona cuando alguien lo activa.
    .next = Lea esto junto con los demás resultados sobre la aplicación.
    .avoid = No actúe solo por esto.

finding-app_input-method = La aplicación incluye un teclado
    .what = La aplicación contiene un teclado que puede sustituir al teclado habitual del teléfono.
    .means = Un teclado ve todo lo que se escribe con él, incluidas las contraseñas y los mensajes, una vez que alguien lo elige como teclado.
    .sure = Todas las aplicaciones de teclado tienen esto. Preocupa sobre todo si usted no reconoce la aplicación o no la eligió. En un teléfono, el informe indica aparte si es el teclado en uso.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si no la reconoce, háblelo con una persona de apoyo antes de cambiar nada.
    .avoid = No elimine la aplicación solo por esto; si es una aplicación de vigilancia, eliminarla puede alertar a la persona que la instaló.

finding-app_persistence_device-admin = La aplicación puede hacer difícil su eliminación
    .what = La aplicación contiene una parte de administrador del dispositivo: una función, pensada para aplicaciones de trabajo y antirrobo, que impide desinstalar una aplicación mientras está activada.
    .means = Una vez activada, la aplicación no se puede eliminar sin más, y así se mantiene la vigilancia que pueda haber.
    .sure = Esto es lo que la aplicación puede pedir, no lo que tiene. Las aplicaciones antirrobo y de trabajo también lo tienen. En un teléfono, el informe indica aparte si está activo.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Si apuntan a vigilancia, hable con una persona de apoyo sobre sus opciones antes de cambiar nada.
    .avoid = No intente quitar la aplicación a la fuerza antes de guardar un registro y de tener un plan de seguridad.

finding-app_persistence_battery-exemption = La aplicación pide funcionar en segundo plano todo el tiempo
    .what = La aplicación pide quedar excluida del ahorro de batería, para que Android no la pause cuando no se usa.
    .means = Si se le permite, puede seguir funcionando y enviando datos en cualquier momento.
    .sure = Las aplicaciones de mensajería, de ejercicio y muchas otras aplicaciones legítimas piden esto, así que cuenta poco.
    .next = Lea esto junto con los demás resultados sobre la aplicación. Por sí solo, no hace falta hacer nada.
    .avoid = No actúe solo por esto.

finding-app_persistence_foreground-service = La aplicación puede seguir funcionando mientras se usan otras
    .what = La aplicación puede hacer una tarea que Android mantiene en marcha mientras usted usa otras aplicaciones, normalmente con una notificación a la vista.
    .means = Puede seguir trabajando mientras se usa el teléfono. Una aplicación de vigilancia puede seguir recogiendo datos.
    .sure = Las aplicaciones de música, de navegación y de mensajería lo hacen todo el tiempo, así que casi no cuenta.
    .next = Por sí solo, no hace falta hacer nada.
    .avoid = No actúe solo por esto.

finding-app_remote-control_sms-receiver = La aplicación reacciona a los mensajes de texto que llegan
    .what = La aplicación está configurada para enterarse de cada mensaje de texto que llega.
    .means = Algunos stalkerware se controlan con mensajes de texto secretos. Así, alguien puede enviarles órdenes, por ejemplo para que digan dónde está el teléfono o para que graben sonido.
    .sure = Las aplicaciones de mensajes, y las que leen códigos de verificación, también lo hacen. Por eso, por sí solo, es una señal débil.
    .next = Lea esto junto con los demás resultados sobre la aplicación.
    .avoid = No actúe solo por esto.

finding-app_exfiltration_internet = La aplicación puede usar internet
    .what = La aplicación puede enviar y recibir datos por internet.
    .means = Casi todas las aplicaciones pueden. Solo importa porque una aplicación de vigilancia lo necesita para enviar a otra persona lo que recoge.
    .sure = Casi todas las aplicaciones tienen esto, así que cuenta muy poco, y solo junto con otros resultados.
    .next = Por sí solo, no hace falta hacer nada.
    .avoid = No tome esto por sí solo como señal de vigilancia.

finding-app_behaviour_stalkerware-like = La aplicación se comporta como un stalkerware
    .what = Esta aplicación no está en ninguna de las listas de unstalk. Pero sus funciones, juntas, son típicas del stalkerware: se oculta de la persona que usa el teléfono y puede vigilar lo que hace. Los detalles enumeran cada función y cuánto contó.
    .means = Según esas funciones, podría leer sus mensajes, saber dónde está usted o grabar lo que pasa en el teléfono, y enviarlo a otra persona sin que usted lo sepa.
    .sure = Es una valoración basada en el comportamiento, no una coincidencia con un producto conocido. Por eso da menos certeza que una aplicación de una lista: algunas aplicaciones legítimas, como las herramientas de seguridad o de gestión, también se ocultan y vigilan. El stalkerware nuevo se valora así hasta que los investigadores lo añaden a sus listas.
    .next = Tiene varias opciones: dejar la aplicación por ahora, eliminarla, restablecer el teléfono o cambiar a un teléfono nuevo. Cada una tiene riesgos, y eliminarla o desactivarla puede alertar a la persona que la instaló. Una persona de apoyo, o alguien experto en tecnología que trabaje con ella, puede revisar los detalles con usted y ayudarle a hacer un plan de seguridad.
    .avoid = No elimine la aplicación ni se enfrente a nadie antes de guardar un registro (este informe, capturas de pantalla, los códigos hash de la copia de datos) y de tener un plan. No restablezca el teléfono primero: el restablecimiento también borra las pruebas.

## Cómo está hecho el archivo de una aplicación

finding-apk_evasion = El archivo de la aplicación está hecho de una forma poco habitual
    .what = El archivo de la aplicación tiene rarezas que pueden confundir a las herramientas de análisis, como partes repetidas, una descripción de la aplicación dañada o código guardado en un lugar poco habitual. Los detalles dan un código para cada una.
    .means = Por sí solo, esto no dice nada de lo que hace la aplicación. Las aplicaciones dañinas usan estos trucos para que no las detecten. Pero también aparecen en aplicaciones legítimas que están dañadas o empaquetadas de forma extraña.
    .sure = Nunca decide una conclusión. Significa que las demás revisiones de este archivo quizá vieron menos de lo normal.
    .next = Si este archivo es importante, una persona experta en análisis puede estudiarlo más a fondo con otras herramientas.
    .avoid = No saque conclusiones solo por esto.

finding-apk_signature_invalid = La firma del archivo de la aplicación no se puede verificar
    .what = Las aplicaciones de Android llevan una firma digital que demuestra que nadie las ha cambiado desde que quien las publica las firmó. En este archivo, la firma no se puede verificar.
    .means = Puede que alguien cambiara el archivo después de firmarlo, o que se dañara al copiarlo. Normalmente, Android se negaría a instalarlo.
    .sure = La comprobación es exacta, pero no se sabe la causa: un daño es más frecuente que una manipulación. Nunca decide una conclusión.
    .next = Si importa de dónde viene el archivo, consiga otra copia y compare los códigos hash de las dos.
    .avoid = No saque conclusiones solo por esto.

## Qué se revisó y qué no

check-file-hashes = Las huellas SHA-256, SHA-1 y MD5 de cada archivo (y de cada DEX), comparadas con las de archivos conocidos
check-app-id = El identificador de la aplicación (nombre del paquete), comparado con el stalkerware y las aplicaciones de control parental o de vigilancia visible conocidos
check-signing-certificates = Los certificados de firma (SHA-1, SHA-256, organización, nombre), comparados con los de desarrolladores conocidos
check-endpoints = Las direcciones web, los dominios y las direcciones IP del código, los recursos y los archivos de texto de la aplicación, comparados con servidores conocidos
check-manifest-behaviour = El manifiesto (la descripción de la aplicación), comparado con los criterios de comportamiento de la Coalition Against Stalkerware
check-file-structure = Cómo está hecho el archivo: trucos en el ZIP, manifiesto dañado, firmas que no se pueden verificar
check-yara = Reglas YARA aplicadas a cada DEX, biblioteca nativa y APK
check-yara-rules = Reglas YARA ({ $count }) aplicadas a cada DEX, biblioteca nativa y APK
check-yara-source = Las reglas YARA de { $source }
check-yara-whole-file = Reglas YARA aplicadas a todo { $path }
check-yara-code = Reglas YARA aplicadas a { $file }
check-runtime = Lo que hace la aplicación cuando funciona: código descargado más tarde, código cifrado u ocultado, lo que hace el código nativo
check-whole-file = Todo lo relativo a { $path }
check-folder-files = Los archivos de { $folder }
check-behaviour-of = El comportamiento de { $path }
check-app-id-of = El identificador de aplicación de { $path } comparado con las listas de aplicaciones conocidas
check-entry = { $entry } en { $path }
check-dex-behaviour = El comportamiento de la aplicación, para archivos DEX revisados por separado
check-android-packages = Las aplicaciones instaladas, comparadas con el stalkerware y las aplicaciones de control parental o de vigilancia visible conocidos (identificador, certificado de firma, códigos hash del APK)
check-android-app-behaviour = Los permisos, servicios y receptores de cada aplicación instalada (sin contar las del sistema), comparados con los criterios de comportamiento de la Coalition Against Stalkerware
check-android-accessibility = Los servicios de accesibilidad activados (pueden leer la pantalla y lo que se escribe)
check-android-device-admin = Los administradores del dispositivo activos y los propietarios del dispositivo o del perfil
check-android-notification-listeners = Las aplicaciones que pueden leer todas las notificaciones
check-android-hidden-icons = Las aplicaciones instaladas (sin contar las del sistema) que no tienen icono para abrirlas
check-android-app-ops = Los ajustes especiales (app-ops) que permiten instalar aplicaciones, mostrarse encima de otras aplicaciones, grabar la pantalla o ver qué aplicaciones se usan
check-android-battery-exemptions = Las aplicaciones excluidas del ahorro de batería
check-android-settings = Play Protect, los orígenes desconocidos, las opciones para desarrolladores y las aplicaciones predeterminadas de teclado, SMS, teléfono y asistente
check-android-root = Señales de root: binarios su, aplicaciones para gestionar el root, propiedades del sistema, SELinux, fecha de las actualizaciones de seguridad
check-android-accounts = Las cuentas de Google, iCloud y otras, las contraseñas compartidas, las copias de seguridad en la nube y la ubicación compartida
check-dump-parts = Partes de { $dump } ({ $location })

why-no-yara-rules = las listas de indicadores no tienen ninguna regla YARA que se pueda compilar (añada reglas con --indicators ARCHIVO.yar)
why-yara-not-compiling = no se pueden compilar: { $problem }
why-yara-timeout = las reglas YARA tardaron más de { $seconds } s con estos datos y no se aplicaron por completo (comunique las reglas y los datos al proyecto)
why-yara-failed = la revisión con YARA falló: { $error }
why-too-large-for-yara = el archivo ocupa más de { $limit } MiB; su código y sus bibliotecas nativas se revisaron uno por uno
why-file-not-reread = no se pudo volver a leer el archivo: { $error }
why-never-run = unstalk lee los archivos de las aplicaciones; nunca los ejecuta
why-file-unreadable = no se pudo leer el archivo: { $error }
why-dex-unreadable = no se puede leer { $path }: { $error }
why-dex-too-large = no se puede leer { $path }: tiene { $size } bytes, más que los { $limit } bytes que unstalk lee como máximo de un DEX
why-dex-no-manifest = un archivo DEX no tiene manifiesto: revise el APK del que proviene
why-manifest-unreadable = no se pudo leer el manifiesto de la aplicación: { $error }
why-entry-unreadable = no se pudo leer: { $error }
why-nested-too-deep = es un archivo comprimido anidado a más de { $limit } niveles de profundidad, y unstalk no abre archivos comprimidos más profundos
why-embedded-budget = unstalk lee como máximo { $limit } bytes de código contenido dentro de un mismo archivo, y este contenido superaría ese límite
why-folder-unlisted = no se pudo ver el contenido de la carpeta: { $error }
why-input-lacks = los datos revisados no incluyen { $needs }
why-input-lacks-package-list = los datos revisados no incluyen la lista de aplicaciones
why-input-lacks-secure-setting = los datos revisados no incluyen los ajustes protegidos de Android ({ $setting })
why-input-lacks-launcher-activities = los datos revisados no incluyen la lista de iconos de aplicaciones
why-input-lacks-settings = los datos revisados no incluyen los ajustes del teléfono
why-accounts-outside-phone = se pueden vigilar sin pasar por el teléfono: revíselos desde un dispositivo al que la otra persona no tenga acceso
why-lines-not-understood = líneas en un formato que unstalk no conoce ({ $count } en total), por ejemplo: { $example }

## Textos del informe

read-only-files = unstalk solo lee estos archivos: no instala, no ejecuta ni cambia nada.
read-only-phone = unstalk solo lee datos del teléfono: no instala nada, no elimina nada ni cambia nada, y en la pantalla del teléfono no aparece nada.

verdict-known_stalkerware = Stalkerware conocido
verdict-known_watchware = Aplicación de control parental o de vigilancia visible
verdict-stalkerware_like = Se comporta como un stalkerware
verdict-nothing_found = Estas comprobaciones no encontraron nada

summary-heading = Resumen
case-reference = Referencia del caso
checked-heading = Qué se revisó
not-checked-heading = Qué no se revisó
nothing-found-disclaimer = Que no se haya encontrado nada solo significa que las comprobaciones de esta lista no encontraron nada. No demuestra que el teléfono sea seguro ni que nadie le esté vigilando. Las cuentas, como las de Google o iCloud, se pueden vigilar desde otro dispositivo sin ninguna aplicación en el teléfono. Y el stalkerware nuevo todavía no está en ninguna lista. Si sigue sintiendo que alguien le vigila, confíe en esa sensación y hable con una persona de apoyo.
summary-unread = { $count ->
    [one] Atención: una parte de lo que se entregó no se pudo leer, así que no se revisó. Vea «Qué no se revisó» para saber cuál es y por qué. Lo que contenga, esta revisión no lo pudo ver.
   *[other] Atención: { $count } partes de lo que se entregó no se pudieron leer, así que no se revisaron. Vea «Qué no se revisó» para saber cuáles son y por qué. Lo que contengan, esta revisión no lo pudo ver.
}

safety-heading = Primero, su seguridad
safety-notify = Si una aplicación vigila este teléfono, la persona que la instaló puede recibir un aviso si la aplicación se elimina, se desactiva o deja de enviar informes. Alguien que pierde ese control puede volverse más peligroso. Dejar las cosas como están hasta tener un plan puede ser la opción con menos riesgo.
safety-document = Antes de cambiar nada, guarde un registro: este informe, capturas de pantalla de lo que ve y los códigos hash de la copia de datos (códigos que muestran que los archivos guardados no han cambiado desde entonces). Guarde copias en un lugar al que la otra persona no tenga acceso. Un registro puede ser importante para pedir una orden de protección o para una denuncia ante la policía. Eliminar aplicaciones o restablecer el teléfono lo borra.
safety-advocate = No tiene que decidir sin ayuda. Una persona de apoyo de un servicio especializado en violencia doméstica o de pareja puede ayudarle a hacer un plan de seguridad (qué hacer, y en qué orden, para protegerse) y a pensar en sus opciones. El teléfono es solo una parte de ese plan.
safety-device = Cuando busque ayuda, use un dispositivo al que la otra persona nunca haya tenido acceso, como el teléfono de alguien de confianza o una computadora de uso público, por ejemplo en una biblioteca. Un teléfono vigilado puede revelar sus mensajes, sus llamadas, sus búsquedas y dónde está usted.
safety-options = No hay un único paso correcto, y cada opción tiene riesgos. Puede dejar las cosas como están por ahora. Puede eliminar la aplicación, pero eso puede alertar a la otra persona y borra pruebas. Puede restablecer el teléfono a los valores de fábrica, pero eso borra pruebas y quizá no lo deshaga todo en un teléfono rooteado (sin las protecciones normales de Android) o gestionado por una aplicación de gestión. O puede cambiar a un teléfono nuevo, sin restaurar en él la copia de seguridad del teléfono antiguo. Elija lo que elija, también importa cambiar las contraseñas de sus cuentas desde un dispositivo que la otra persona no haya usado, porque las cuentas se pueden vigilar sin ninguna aplicación.
not-checked-line = { $check }: { $why }
subject-phone = El teléfono
contacts-heading = Dónde encontrar ayuda

details-heading = Detalles
evidence-heading = Pruebas

## El informe PDF: su portada, que identifica la revisión para un expediente, y su anexo

pdf-title = Informe de revisión de stalkerware
pdf-subtitle = Qué encontró unstalk, qué significa y qué se revisó y qué no
pdf-created = Fecha y hora de la revisión (UTC)
pdf-tool = Herramienta y versión
pdf-in-short = Resultado
pdf-inputs = Qué se examinó
pdf-indicator-sets = Listas de stalkerware conocido utilizadas
pdf-no-indicator-sets = No se utilizó ninguna lista de stalkerware conocido: solo se revisó el comportamiento.
pdf-indicator-counts = Entradas
pdf-hash-note = Un SHA-256 es un código calculado a partir del contenido exacto de un archivo: si cambia un solo byte del archivo, el código cambia. Permite a cualquiera comprobar más tarde que estos son los archivos que se examinaron.
pdf-see-appendix = Las pruebas técnicas de estos hallazgos están en el anexo.
pdf-nothing-skipped = Se hicieron todas las revisiones que se aplican a estos elementos.
pdf-appendix-heading = Anexo: pruebas técnicas
pdf-appendix-intro = Cada hallazgo con los datos en bruto en los que se basa, tal como unstalk los registró, para que una persona experta pueda comprobarlos.
pdf-page = Página

## The indicator set a report used, its date, and a warning when it is old
indicator-set-line = Listas de stalkerware conocido usadas: { $names }, con fecha { $date }.
indicator-set-undated = Listas de stalkerware conocido usadas: { $names } (fecha desconocida).
indicator-set-built-in = { $name } (copia integrada { $version })
indicator-set-old = Atención: esta lista de stalkerware conocido tiene { $days } días. El stalkerware aparecido desde entonces no está en ella, así que esta comprobación puede no detectarlo. Con conexión a internet, ejecute `unstalk indicators update` para obtener la lista actual y vuelva a comprobar.
