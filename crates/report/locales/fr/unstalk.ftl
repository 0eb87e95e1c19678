### unstalk : les textes d'un rapport, en français (syntaxe Project Fluent).
###
### Qui lit ces textes : des personnes qui craignent qu'un ou une partenaire, ou un ex, surveille
### leur téléphone, et les intervenantes, intervenants et spécialistes du numérique qui les
### accompagnent. Beaucoup ont peur. Écrivez avec calme, simplement et avec exactitude, comme vous
### parleriez à quelqu'un assis à côté de vous. Vouvoyez toujours la personne.
###
### Comment ce fichier est construit
###
### - Un message par résultat (« finding »), nommé « finding- » suivi de l'identifiant du résultat,
###   dont les points sont écrits « _ » (l'identifiant « android.accessibility.enabled » devient
###   « finding-android_accessibility_enabled »). Ne changez jamais l'identifiant d'un message ni le
###   nom d'un attribut : le programme les cherche par leur nom. Traduisez seulement le texte après
###   « = ».
### - La valeur d'un message de résultat est un titre court et simple. Ses cinq attributs sont :
###     .what   ce qui a été trouvé, en mots simples ; expliquez tout mot technique dans la même
###             phrase.
###     .means  ce que cela peut faire à la personne, concrètement (« elle peut lire vos messages »).
###     .sure   le degré de certitude d'unstalk, et pourquoi : correspondance exacte avec une liste
###             d'applications connues, ou seulement un comportement que des applications honnêtes
###             ont aussi ; une autorisation seulement demandée, ou accordée.
###     .next   les options et leurs risques. Jamais un ordre unique : c'est la personne qui décide.
###     .avoid  ce qu'il vaut mieux ne pas faire, en général parce que cela pourrait alerter la
###             personne qui surveille ou détruire des preuves.
###   Deux à quatre phrases courtes au plus pour chacun.
### - Les autres messages (après les résultats) sont des titres de parties, les libellés des
###   verdicts et les conseils de sécurité imprimés avec chaque rapport.
### - Les messages de ce qui a été vérifié (« check- ») et de pourquoi une vérification n'a pas
###   été faite (« why- ») disent des lignes que le programme écrit en anglais. Certains
###   contiennent des paramètres comme { $path } ou { $count } : gardez-les tels quels, avec
###   leurs accolades et leur nom. Le programme les remplace par des valeurs qui ne sont jamais
###   traduites (un nombre, un fichier, un message d'erreur, le nom d'un relevé comme
###   « dumpsys package »). Un message tient sur une seule ligne : écrivez-le pour qu'il se lise
###   bien quel que soit le nombre.
###
### Règles pour toutes les langues
###
### - Ne dites jamais qu'un téléphone, une application ou une personne est « sûr », « sain »,
###   « propre » ou « pas surveillé » : unstalk peut seulement dire ce que ses vérifications ont
###   trouvé. Ne dites jamais « votre téléphone est compromis » ou « piraté ».
### - Supprimer ou désactiver un logiciel espion peut alerter la personne qui l'a installé. Gardez
###   cet avertissement partout où il apparaît, et gardez l'ordre : garder une trace, faire un plan
###   avec une association d'aide aux victimes, puis agir.
### - Pas de numéros de téléphone, d'adresses web ni de noms d'organisations : ils sont choisis par
###   chaque structure.
### - Chaque texte tient sur une seule ligne. N'utilisez pas d'accolades, sauf dans ces
###   paramètres.

## Correspondances avec des listes de logiciels espions et d'applications de surveillance connus (« indicator feeds »)

finding-indicator_package = Application présente sur une liste d'applications de surveillance connues
    .what = L'identifiant de cette application (le nom interne de toute application Android) figure sur une liste de logiciels espions et d'autres applications de surveillance, tenue par des chercheurs. Un logiciel espion, ou « stalkerware », est une application vendue pour surveiller en secret le téléphone de quelqu'un, souvent d'un ou d'une partenaire. Les détails indiquent la famille de produits concernée et la liste.
    .means = Si c'est un logiciel espion, l'application est faite pour surveiller quelqu'un en secret : selon le produit, elle peut lire vos messages, écouter vos appels, voir vos photos, savoir où vous êtes, et tout envoyer à une autre personne. Si c'est une application de contrôle parental ou de surveillance visible, elle peut faire à peu près la même chose, mais elle est faite pour être vue.
    .sure = L'identifiant correspond exactement à la liste : c'est l'un des signes les plus solides dont unstalk dispose. Le verdict indique le type de famille trouvé : logiciel espion connu, application de surveillance visible, ou application à double usage, qui a aussi des usages légitimes. Une liste peut contenir des erreurs : une personne expérimentée peut vérifier les détails avec vous.
    .next = Vous pouvez laisser l'application en place pour l'instant, la supprimer, réinitialiser le téléphone (retour aux paramètres d'usine) ou passer à un nouveau téléphone ; chaque choix comporte des risques. Supprimer ou désactiver l'application peut alerter la personne qui l'a installée, et la situation peut alors devenir plus dangereuse. Une association d'aide aux victimes peut vous aider à peser ces choix et à faire un plan de mise en sécurité ; contactez-la depuis un appareil auquel l'autre personne n'a jamais eu accès.
    .avoid = Mieux vaut ne pas supprimer l'application, ni en parler à la personne que vous soupçonnez, avant d'avoir un plan de mise en sécurité. Mieux vaut ne pas réinitialiser le téléphone avant d'avoir gardé une trace (ce rapport, des captures d'écran, les empreintes de l'acquisition) : une réinitialisation efface aussi les preuves.

finding-indicator_ios-bundle = Application iPhone présente sur une liste d'applications de surveillance connues
    .what = L'identifiant de cette application (le « bundle id », nom interne de toute application d'iPhone et d'iPad) figure sur une liste de logiciels espions et d'autres applications de surveillance, tenue par des chercheurs. Les détails indiquent la famille de produits et la liste.
    .means = Selon le produit, elle peut lire vos messages, voir vos photos, savoir où vous êtes, et envoyer tout cela à une autre personne. Si c'est une application de contrôle parental ou de surveillance visible, elle peut faire à peu près la même chose, mais elle est faite pour être vue.
    .sure = L'identifiant correspond exactement à la liste : c'est un signe fort. Le verdict indique s'il s'agit d'un logiciel espion connu, d'une application de surveillance visible, ou d'une application à double usage, qui a aussi des usages légitimes. Une liste peut contenir des erreurs : il est utile de vérifier les détails avec une personne expérimentée.
    .next = Vous pouvez laisser l'application en place pour l'instant, la supprimer, réinitialiser l'appareil ou passer à un nouvel appareil ; chaque choix comporte des risques. Supprimer l'application peut alerter la personne qui l'a installée. Avant d'agir, il est préférable d'en parler à une association d'aide aux victimes et de faire un plan de mise en sécurité, depuis un appareil auquel l'autre personne n'a jamais eu accès.
    .avoid = Mieux vaut ne pas supprimer l'application, ni aborder le sujet avec la personne que vous soupçonnez, avant d'avoir un plan. Mieux vaut ne pas réinitialiser l'appareil avant d'avoir gardé une trace (ce rapport, des captures d'écran, les empreintes de l'acquisition).

finding-indicator_signing-cert = Application signée par un éditeur connu d'applications de surveillance
    .what = Chaque application Android est signée avec un certificat, une signature numérique qui identifie son éditeur. Le certificat de cette application figure sur une liste comme appartenant à un logiciel espion ou à une application de surveillance.
    .means = L'application vient des fabricants d'un produit de surveillance. Selon le produit, elle peut lire vos messages, savoir où vous êtes et envoyer ces informations à une autre personne.
    .sure = Le certificat correspond exactement : c'est un signe fort, même si l'application a été renommée. Un éditeur peut signer plusieurs produits avec le même certificat, il peut donc s'agir d'un autre produit du même fabricant. Le verdict indique le type de famille trouvé.
    .next = Vous pouvez laisser l'application en place pour l'instant, la supprimer, réinitialiser le téléphone ou passer à un nouveau téléphone ; chaque choix comporte des risques. Supprimer ou désactiver l'application peut alerter la personne qui l'a installée. Une association d'aide aux victimes peut vous aider à faire un plan de mise en sécurité ; contactez-la depuis un appareil auquel l'autre personne n'a jamais eu accès.
    .avoid = Mieux vaut ne pas supprimer l'application, ni aborder le sujet avec qui que ce soit, avant d'avoir un plan. Mieux vaut ne pas réinitialiser le téléphone avant d'avoir gardé une trace (ce rapport, des captures d'écran, les empreintes de l'acquisition).

finding-indicator_cert-organization = Le nom de l'éditeur correspond à un fabricant connu d'applications de surveillance
    .what = L'organisation inscrite dans le certificat de signature de cette application (la signature numérique qui identifie son éditeur) correspond à un fabricant connu de logiciels espions ou d'applications de surveillance.
    .means = Si la correspondance est juste, l'application vient des fabricants d'un produit de surveillance. Selon le produit, elle peut lire vos messages ou savoir où vous êtes.
    .sure = C'est l'éditeur lui-même qui écrit ce nom : c'est donc un bon indice, mais pas une preuve. Un autre éditeur pourrait utiliser le même nom ou un nom proche. L'indice compte davantage si d'autres résultats vont dans le même sens.
    .next = Ce résultat se lit avec les autres résultats de cette application. Si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit ; la supprimer peut alerter la personne qui l'a installée.
    .avoid = Mieux vaut ne pas supprimer l'application sur ce seul indice, ni aborder le sujet avec qui que ce soit avant d'avoir un plan de mise en sécurité.

finding-indicator_cert-cn = Le nom de signature de l'application ressemble à celui d'une application de surveillance connue
    .what = Le nom inscrit dans le certificat de signature de cette application (la signature numérique qui identifie son éditeur) correspond à un modèle de nom que des chercheurs associent à un logiciel espion ou à une application de surveillance.
    .means = Si la correspondance est juste, l'application fait partie de ce produit. Selon le produit, elle peut lire vos messages ou savoir où vous êtes.
    .sure = Un modèle de nom est moins fiable qu'une correspondance exacte : des éditeurs sans aucun lien avec ce produit peuvent avoir des noms qui y correspondent. Ce résultat se lit avec les autres résultats de cette application.
    .next = Si d'autres résultats vont dans le même sens, ou si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit ; la supprimer peut alerter la personne qui l'a installée.
    .avoid = Mieux vaut ne pas supprimer l'application sur ce seul indice, ni aborder le sujet avec qui que ce soit avant d'avoir un plan de mise en sécurité.

finding-indicator_file-hash = Fichier connu d'une application de surveillance
    .what = L'empreinte d'un fichier (un « hash » : un code calculé à partir de son contenu exact) correspond à un fichier connu comme faisant partie d'un logiciel espion ou d'une application de surveillance.
    .means = Ce fichier est ce produit, ou une partie de celui-ci. Selon le produit, il peut lire vos messages, écouter vos appels, savoir où vous êtes et envoyer ces informations à une autre personne.
    .sure = Une empreinte identique veut dire que le fichier est exactement celui de la liste : c'est la correspondance la plus fiable possible, à condition que la liste soit juste. Le verdict indique s'il s'agit d'un logiciel espion connu, d'une application de surveillance visible ou d'une application à double usage.
    .next = Si cette application est sur un téléphone, vous pouvez la laisser pour l'instant, la supprimer, réinitialiser le téléphone ou passer à un nouveau téléphone ; chaque choix comporte des risques. Supprimer ou désactiver l'application peut alerter la personne qui l'a installée. Avant d'agir, il est préférable d'en parler à une association d'aide aux victimes et de faire un plan de mise en sécurité, depuis un appareil auquel l'autre personne n'a jamais eu accès.
    .avoid = Mieux vaut ne pas supprimer l'application ni réinitialiser le téléphone avant d'avoir gardé une trace (ce rapport, des captures d'écran, les empreintes de l'acquisition). Mieux vaut ne pas aborder le sujet avec la personne que vous soupçonnez.

finding-indicator_domain = Adresse web d'un produit de surveillance trouvée
    .what = Une application contient, ou le téléphone a contacté, un nom de domaine (une adresse web, comme example.com) que des chercheurs associent à un logiciel espion ou à une application de surveillance, souvent pour recevoir ce qu'elle collecte. Les détails indiquent où il a été trouvé.
    .means = C'est souvent vers une adresse de ce type que partent les messages, les positions et les photos collectés, pour arriver sur un tableau de bord en ligne que l'autre personne consulte.
    .sure = C'est un signe fort, mais indirect : certaines adresses de la liste appartiennent à des services partagés, et une application qui contient une adresse ne l'a pas forcément utilisée. Il compte davantage avec les autres résultats de l'application.
    .next = Si cela désigne une application du téléphone, vous pouvez la laisser pour l'instant, la supprimer, réinitialiser le téléphone ou passer à un nouveau téléphone ; chaque choix comporte des risques, et supprimer l'application peut alerter la personne qui l'a installée. Avant d'agir, il est préférable de parler d'un plan de mise en sécurité avec une association d'aide aux victimes.
    .avoid = Mieux vaut ne rien faire sur l'application, ni aborder le sujet avec qui que ce soit, avant d'avoir gardé une trace (ce rapport, des captures d'écran) et fait un plan.

finding-indicator_ip = Adresse internet d'un produit de surveillance trouvée
    .what = Une application contient, ou le téléphone a contacté, une adresse IP (l'adresse en chiffres d'un ordinateur sur internet) que des chercheurs associent à un logiciel espion ou à une application de surveillance.
    .means = Une adresse de ce type peut être l'endroit où partent les messages, les positions et les photos collectés.
    .sure = Une adresse IP est souvent partagée par beaucoup de sites sans lien entre eux, et elle change de propriétaire avec le temps. Cette correspondance est donc moins fiable qu'une correspondance sur l'identifiant d'une application ou sur une adresse web. Elle se lit avec les autres résultats.
    .next = Si d'autres résultats vont dans le même sens, vous pouvez parler de vos options avec une association d'aide aux victimes avant de changer quoi que ce soit ; supprimer une application peut alerter la personne qui l'a installée.
    .avoid = Mieux vaut ne pas agir sur cette seule correspondance, ni aborder le sujet avec qui que ce soit avant d'avoir un plan.

finding-indicator_url = Lien web d'un produit de surveillance trouvé
    .what = Une adresse web complète (une URL, par exemple le lien d'une page ou d'un point d'envoi de fichiers), trouvée dans une application ou dans les données du téléphone, correspond à une adresse connue d'un logiciel espion ou d'une application de surveillance.
    .means = C'est souvent par un lien de ce type que l'application envoie ce qu'elle collecte (messages, positions, photos), ou qu'elle reçoit ses instructions.
    .sure = Un lien complet est plus précis qu'une simple adresse web : c'est donc un signe fort. Il montre que le lien est présent, pas forcément que des données ont été envoyées.
    .next = Si cela désigne une application du téléphone, vous pouvez la laisser pour l'instant, la supprimer, réinitialiser le téléphone ou passer à un nouveau téléphone ; chaque choix comporte des risques, et supprimer l'application peut alerter la personne qui l'a installée. Avant d'agir, il est préférable de parler d'un plan de mise en sécurité avec une association d'aide aux victimes.
    .avoid = Mieux vaut ne rien faire sur l'application, ni aborder le sujet avec qui que ce soit, avant d'avoir gardé une trace (ce rapport, des captures d'écran) et fait un plan.

finding-indicator_email = Adresse e-mail d'un produit de surveillance trouvée
    .what = Une adresse e-mail trouvée dans une application ou sur le téléphone est connue comme liée à un logiciel espion ou à une application de surveillance, par exemple l'adresse de son assistance ou d'un compte.
    .means = Elle relie cette application ou ce téléphone à un produit de surveillance. Ce que ce produit peut faire dépend de la famille indiquée dans les détails.
    .sure = L'adresse correspond exactement, mais une adresse peut aussi se trouver dans des endroits sans danger : l'endroit où elle a été trouvée compte. Elle pèse davantage avec d'autres résultats.
    .next = Ce résultat se lit avec les autres. S'ils vont dans le même sens, vous pouvez parler de vos options avec une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas agir sur cette seule correspondance, ni aborder le sujet avec qui que ce soit avant d'avoir un plan.

finding-indicator_yara = Fichier reconnu par une règle de détection d'un produit de surveillance
    .what = Un fichier correspond à une règle de détection (une règle YARA : un motif de code ou de texte écrit par des chercheurs pour reconnaître un logiciel espion ou une application de surveillance précise). Les détails donnent le nom de la règle.
    .means = Ce fichier est probablement ce produit, ou une partie de celui-ci. Selon le produit, il peut lire vos messages, savoir où vous êtes et envoyer ces informations à une autre personne.
    .sure = Les règles reconnaissent le code d'un produit et sont assez fiables, mais certaines sont larges et peuvent aussi repérer des applications proches, ou sans aucun lien. Le nom de la règle indique ce qu'elle recherche.
    .next = Si cette application est sur un téléphone, vous pouvez la laisser pour l'instant, la supprimer, réinitialiser le téléphone ou passer à un nouveau téléphone ; chaque choix comporte des risques, et supprimer l'application peut alerter la personne qui l'a installée. Avant d'agir, il est préférable d'en parler à une association d'aide aux victimes et de faire un plan de mise en sécurité.
    .avoid = Mieux vaut ne pas supprimer l'application ni réinitialiser le téléphone avant d'avoir gardé une trace (ce rapport, des captures d'écran, les empreintes de l'acquisition). Mieux vaut ne pas aborder le sujet avec la personne que vous soupçonnez.

finding-indicator_configuration-profile = Profil de configuration iPhone d'un produit de surveillance
    .what = Un profil de configuration est installé sur cet iPhone ou cet iPad : un ensemble de réglages qui peut gérer l'appareil, faire passer sa connexion internet par ailleurs ou ajouter des certificats de sécurité. Ce profil est connu comme utilisé par un produit de surveillance.
    .means = Un tel profil peut permettre à une autre personne de gérer l'appareil, de voir les sites web que vous visitez, ou d'installer et de bloquer des applications, sans qu'aucune icône n'apparaisse.
    .sure = Le profil correspond exactement à la liste. Les écoles et les employeurs installent aussi des profils pour des raisons légitimes : tout dépend donc de savoir si vous connaissez son origine.
    .next = Vous pouvez laisser le profil en place pour l'instant, le supprimer dans les réglages, réinitialiser l'appareil ou passer à un nouvel appareil ; chaque choix comporte des risques, et supprimer le profil peut alerter la personne qui l'a installé. Avant d'agir, il est préférable d'en parler à une association d'aide aux victimes et de faire un plan de mise en sécurité.
    .avoid = Mieux vaut ne pas supprimer le profil ni réinitialiser l'appareil avant d'avoir gardé une trace (ce rapport, des captures d'écran). Mieux vaut ne pas aborder le sujet avec la personne que vous soupçonnez.

finding-indicator_android-property = Réglage du téléphone laissé par un produit de surveillance
    .what = Une propriété système (un réglage interne d'Android) de ce téléphone a une valeur connue pour être laissée par un logiciel espion ou une application de surveillance.
    .means = Cela laisse penser que ce produit est, ou a été, sur ce téléphone. Ce qu'il peut faire dépend de la famille indiquée dans les détails.
    .sure = La valeur correspond exactement, mais une propriété en dit moins que l'identifiant d'une application : elle peut rester après le départ de l'application. Elle se lit avec les autres résultats.
    .next = Ce résultat se lit avec les autres. S'ils vont dans le même sens, vous pouvez parler de vos options avec une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas réinitialiser le téléphone avant d'avoir gardé une trace (ce rapport, les empreintes de l'acquisition), ni aborder le sujet avec qui que ce soit avant d'avoir un plan.

finding-indicator_process = Programme d'un produit de surveillance en cours d'exécution
    .what = Un programme qui tourne sur le téléphone porte un nom connu comme appartenant à un logiciel espion ou à une application de surveillance.
    .means = Si la correspondance est juste, ce produit fonctionnait au moment de la vérification, et il collecte peut-être des messages, des appels ou la position du téléphone.
    .sure = Un nom de programme est facile à copier, et un nom courant peut correspondre à un programme sans lien. Cet indice gagne donc à être confirmé par d'autres résultats, comme l'application à laquelle il appartient.
    .next = Si d'autres résultats vont dans le même sens, vous pouvez parler de vos options avec une association d'aide aux victimes avant de changer quoi que ce soit ; arrêter ou supprimer le programme peut alerter la personne qui l'a installé.
    .avoid = Mieux vaut ne pas agir sur cette seule correspondance, ni aborder le sujet avec qui que ce soit avant d'avoir un plan.

finding-indicator_file-path = Fichier d'un produit de surveillance trouvé sur le téléphone
    .what = Un fichier ou un dossier du téléphone porte un nom, ou se trouve à un emplacement, connu d'un logiciel espion ou d'une application de surveillance, par exemple l'endroit où il garde des enregistrements avant de les envoyer.
    .means = Cela laisse penser que ce produit est, ou a été, sur ce téléphone. Ce qu'il peut faire dépend de la famille indiquée dans les détails.
    .sure = Des applications sans danger peuvent utiliser les mêmes noms et emplacements : c'est donc un indice, pas une preuve. Il compte davantage si la même famille apparaît ailleurs dans ce rapport.
    .next = Ce résultat se lit avec les autres. S'ils vont dans le même sens, vous pouvez parler de vos options avec une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas effacer le fichier ni réinitialiser le téléphone avant d'avoir gardé une trace (ce rapport, les empreintes de l'acquisition), ni aborder le sujet avec qui que ce soit avant d'avoir un plan.

finding-indicator_allow-listed = Correspondance mise de côté par la liste d'exceptions
    .what = Un élément correspondait à une liste d'applications de surveillance connues, mais une liste d'exceptions, établie par la personne ou la structure qui fait cette vérification, demande de mettre cette correspondance de côté, en général parce qu'elle est connue pour être sans danger.
    .means = Elle ne compte dans aucun verdict. Elle est affichée pour que rien ne soit caché à la personne qui lit ce rapport.
    .sure = La liste d'exceptions a été écrite par des personnes, pas par unstalk. Si elle n'est pas à jour, une vraie correspondance a pu être mise de côté ici.
    .next = Si cette correspondance vous surprend, vous pouvez demander à la personne qui tient la liste d'exceptions de la réexaminer.
    .avoid = Mieux vaut ne pas modifier la liste d'exceptions sans la personne qui la tient.

## Ce que le téléphone indique lui-même (Android)

finding-android_accessibility_enabled = Une application a un service d'accessibilité activé
    .what = Un service d'accessibilité est une fonction prévue pour les outils qui aident les personnes en situation de handicap à utiliser le téléphone. Celui de cette application est activé : il lui permet de voir ce qui s'affiche à l'écran et d'agir sur le téléphone.
    .means = Avec ce service, une application peut lire vos messages et ce que vous tapez, y compris vos mots de passe, dans n'importe quelle application. Elle peut aussi appuyer sur des boutons à votre place, par exemple pour faire disparaître ses avertissements.
    .sure = unstalk a lu ce réglage sur le téléphone : il est certain qu'il est activé. Les lecteurs d'écran, les gestionnaires de mots de passe et d'autres outils légitimes l'utilisent aussi ; ce qui compte, c'est de savoir si vous connaissez cette application et si vous l'avez choisie.
    .next = Si vous connaissez l'application et l'avez choisie, c'est peut-être normal. Sinon, vous pouvez la laisser pour l'instant, désactiver ce service ou supprimer l'application ; désactiver le service ou supprimer l'application peut alerter la personne qui l'a installée. Avant d'agir, il est préférable de parler d'un plan de mise en sécurité avec une association d'aide aux victimes, depuis un appareil auquel l'autre personne n'a jamais eu accès.
    .avoid = Mieux vaut ne pas désactiver le service ni supprimer l'application avant d'avoir gardé une trace (ce rapport, des captures d'écran) et fait un plan. Mieux vaut ne pas aborder le sujet avec la personne que vous soupçonnez.

finding-android_device-admin_active = Application active comme administrateur de l'appareil
    .what = « Administrateur de l'appareil » est un statut spécial, prévu pour les applications professionnelles et antivol, qui permet à une application d'imposer des règles au téléphone. Ce statut est activé pour cette application.
    .means = Tant que ce statut est actif, l'application ne peut pas être désinstallée simplement. Selon ce qu'elle a demandé, elle peut verrouiller le téléphone, changer le verrouillage de l'écran ou effacer tout le contenu du téléphone.
    .sure = unstalk a lu cette information sur le téléphone : il est certain que le statut est actif. La messagerie professionnelle, les applications pour retrouver un téléphone perdu et certaines applications de sécurité l'utilisent pour des raisons légitimes ; c'est plus inquiétant pour une application que vous ne reconnaissez pas.
    .next = Si vous ne reconnaissez pas l'application, vous pouvez la laisser pour l'instant, ou retirer son statut d'administrateur dans les paramètres de sécurité puis la supprimer ; retirer ce statut ou supprimer l'application peut alerter la personne qui l'a installée. Avant d'agir, il est préférable de parler d'un plan de mise en sécurité avec une association d'aide aux victimes.
    .avoid = Mieux vaut ne pas retirer ce statut, supprimer l'application ou réinitialiser le téléphone avant d'avoir gardé une trace (ce rapport, des captures d'écran, les empreintes de l'acquisition) et fait un plan.

finding-android_notification-listener_enabled = Une application peut lire toutes vos notifications
    .what = Cette application a l'accès aux notifications activé : elle voit chaque notification qui arrive sur le téléphone.
    .means = Les notifications contiennent des aperçus de messages, le nom des personnes qui vous écrivent et des codes de sécurité à usage unique. L'application peut donc lire une grande partie de vos conversations, et pourrait utiliser ces codes pour entrer dans vos comptes.
    .sure = unstalk a lu ce réglage sur le téléphone : il est certain qu'il est activé. Les applications de montre connectée, de messagerie et d'automatisation l'utilisent pour des raisons légitimes ; cela compte surtout si vous n'avez pas choisi cette application.
    .next = Si vous n'avez pas choisi cette application, vous pouvez la laisser pour l'instant, désactiver son accès ou la supprimer ; désactiver l'accès ou supprimer l'application peut alerter la personne qui l'a installée. Avant d'agir, il est préférable de parler d'un plan de mise en sécurité avec une association d'aide aux victimes, depuis un appareil auquel l'autre personne n'a jamais eu accès.
    .avoid = Mieux vaut ne pas désactiver l'accès ni supprimer l'application avant d'avoir gardé une trace (ce rapport, des captures d'écran) et fait un plan. Mieux vaut ne pas aborder le sujet avec la personne que vous soupçonnez.

finding-android_app_hidden-icon = Application sans icône pour l'ouvrir
    .what = Cette application n'a pas d'icône parmi vos applications : vous ne pouvez pas la voir ni l'ouvrir de la façon habituelle. Elle apparaît seulement dans les paramètres du téléphone, dans la liste des applications.
    .means = Un logiciel espion cache son icône pour que la personne surveillée ne le remarque pas, et il continue de fonctionner en arrière-plan.
    .sure = Le téléphone n'a signalé aucune icône pour cette application, mais certaines applications légitimes n'en ont pas non plus, comme les claviers ou les modules d'autres applications. Cet indice compte surtout avec les autres résultats de l'application.
    .next = Vous pouvez regarder si vous reconnaissez le nom de l'application dans les paramètres. Si ce n'est pas le cas, une association d'aide aux victimes peut vous aider à décider s'il vaut mieux la laisser pour l'instant ou la supprimer ; la supprimer peut alerter la personne qui l'a installée.
    .avoid = Mieux vaut ne pas supprimer l'application avant d'avoir gardé une trace (ce rapport, des captures d'écran) et fait un plan de mise en sécurité.

finding-android_app_sideloaded = Application installée en dehors d'une boutique d'applications
    .what = Cette application ne vient pas d'une boutique d'applications comme Google Play : elle a été installée à partir d'un fichier, d'un site web ou d'un ordinateur. Les détails indiquent ce qui l'a installée.
    .means = C'est en général ainsi qu'arrive un logiciel espion, car les boutiques d'applications l'interdisent : quelqu'un l'installe en ayant le téléphone en main quelques minutes.
    .sure = C'est seulement une information sur l'origine de l'application, et elle ne compte jamais dans un verdict : beaucoup d'applications légitimes sont aussi installées ainsi. Elle compte quand l'application fait aussi d'autres choses signalées dans ce rapport.
    .next = Si vous ne vous souvenez pas de l'avoir installée, vous pouvez le noter et regarder les autres résultats de l'application, si possible avec une association d'aide aux victimes.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-android_play-protect_disabled = Google Play Protect est désactivé
    .what = Play Protect est la vérification intégrée de Google qui prévient en cas d'application dangereuse. Il est désactivé sur ce téléphone, complètement ou pour les applications installées depuis un ordinateur.
    .means = Quand il est désactivé, le téléphone ne signale plus les applications dangereuses, ce qui aurait pu révéler un logiciel espion. Les vendeurs de logiciels espions demandent souvent à leurs clients de le désactiver.
    .sure = unstalk a lu ce réglage sur le téléphone : il est certain qu'il est désactivé. Des personnes le désactivent aussi pour d'autres raisons : à lui seul, ce n'est pas un signe de surveillance.
    .next = Si ce n'est pas vous qui l'avez désactivé, gardez-le en tête en lisant le reste de ce rapport. Le réactiver est une option, mais une personne qui surveille le téléphone pourrait le remarquer ; une association d'aide aux victimes peut vous aider à choisir le bon moment.
    .avoid = Mieux vaut ne pas y voir à lui seul la preuve d'un logiciel espion, ni vous précipiter pour changer ce réglage avant d'avoir un plan.

finding-android_unknown-sources_allowed = L'installation d'applications depuis des sources inconnues est autorisée
    .what = Le téléphone est réglé pour accepter des applications installées à partir de fichiers et de sites web (des « sources inconnues »), et pas seulement depuis une boutique d'applications.
    .means = Il est alors plus facile, pour quelqu'un qui a le téléphone en main, d'installer une application que les boutiques interdisent, comme un logiciel espion.
    .sure = unstalk a lu ce réglage sur le téléphone. Beaucoup de personnes l'autorisent pour des raisons légitimes : à lui seul, il dit peu de chose.
    .next = Si ce n'est pas vous qui l'avez autorisé, vous pouvez le noter. Le désactiver est une option une fois que vous avez un plan ; cela ne supprime pas les applications déjà installées.
    .avoid = Mieux vaut ne pas y voir à lui seul un signe de surveillance.

finding-android_root_indicators = Le téléphone montre des signes de « root »
    .what = Le « root » (ou rootage) retire les protections qu'Android place entre les applications et le reste du téléphone. unstalk en a trouvé des signes, comme une application de gestion du root ou des outils de root ; les détails les listent un par un.
    .means = Sur un téléphone rooté, une application de surveillance peut aller beaucoup plus loin : lire directement les messageries, enregistrer les appels et se cacher plus profondément.
    .sure = Ces signes sont forts mais indirects. Certaines personnes rootent leur téléphone volontairement ; si ce n'est pas vous, quelqu'un d'autre l'a peut-être fait.
    .next = Si ce n'est pas vous qui avez rooté le téléphone, vous pouvez parler de vos options avec une association d'aide aux victimes : le laisser tel quel pour l'instant, le réinitialiser ou passer à un nouveau téléphone. Le root peut résister à une réinitialisation, donc un nouveau téléphone est parfois la solution la plus fiable ; tout changement peut alerter la personne qui l'a fait.
    .avoid = Mieux vaut ne pas essayer d'annuler le root vous-même, ni réinitialiser le téléphone avant d'avoir gardé une trace (ce rapport, les empreintes de l'acquisition) et fait un plan.

finding-android_device-owner_set = Une application gère ce téléphone
    .what = Cette application est définie comme gestionnaire du téléphone (« propriétaire de l'appareil » ou « propriétaire du profil ») : c'est le rôle qu'a l'application de gestion d'une entreprise sur un téléphone professionnel.
    .means = Une application gestionnaire peut contrôler les réglages du téléphone, installer ou bloquer des applications et, selon l'application, voir comment le téléphone est utilisé et où il se trouve. Elle ne peut pas être supprimée comme une application ordinaire.
    .sure = unstalk a lu cette information sur le téléphone : il est certain que ce rôle est défini. Sur un téléphone fourni par un employeur ou une école, c'est normal ; sur un téléphone personnel que vous n'avez pas configuré ainsi, c'est un signe sérieux.
    .next = Si le téléphone ne vient pas d'un employeur ou d'une école, vous pouvez parler de vos options avec une association d'aide aux victimes : le laisser tel quel pour l'instant, le réinitialiser aux paramètres d'usine (c'est en général le seul moyen de retirer une application gestionnaire) ou passer à un nouveau téléphone. Une réinitialisation efface les preuves et peut alerter la personne qui a configuré le téléphone.
    .avoid = Mieux vaut ne pas réinitialiser le téléphone avant d'avoir gardé une trace (ce rapport, des captures d'écran, les empreintes de l'acquisition) et fait un plan.

finding-android_default-app_replaced = Une application sert de clavier, d'application SMS, de téléphone ou d'assistant
    .what = Cette application est choisie par défaut pour l'un de ces rôles : le clavier, l'application de SMS, l'application Téléphone ou l'assistant. Les détails indiquent lequel.
    .means = Elle voit ce qui passe par ce rôle : un clavier voit tout ce que vous tapez, y compris les mots de passe ; une application de SMS ou de téléphone voit vos messages ou vos appels ; un assistant peut voir l'écran quand on l'appelle.
    .sure = unstalk a lu cette information sur le téléphone : il est certain que ce choix est fait. Beaucoup de personnes choisissent volontairement un autre clavier ou une autre application de SMS ; cela compte si vous ne reconnaissez pas celle-ci.
    .next = Si vous avez choisi cette application, c'est peut-être normal. Sinon, vous pouvez la laisser pour l'instant, revenir à l'application habituelle du téléphone ou la supprimer ; revenir en arrière ou supprimer l'application peut alerter la personne qui l'a choisie. Avant d'agir, il est préférable de parler d'un plan de mise en sécurité avec une association d'aide aux victimes.
    .avoid = Mieux vaut ne pas changer ce réglage ni supprimer l'application avant d'avoir gardé une trace (ce rapport, des captures d'écran) et fait un plan.

finding-android_app_battery-exempt = Application autorisée à fonctionner en permanence en arrière-plan
    .what = Cette application est exemptée de l'économie de batterie : Android ne la met pas en pause quand elle n'est pas utilisée.
    .means = Elle peut continuer à fonctionner et à envoyer des données à tout moment ; les logiciels espions demandent cela pour ne jamais arrêter de transmettre.
    .sure = unstalk a lu cette information sur le téléphone. Les applications de messagerie, de sport et bien d'autres applications légitimes l'ont aussi : cela compte seulement avec d'autres résultats.
    .next = Ce résultat se lit avec les autres résultats de l'application ; à lui seul, il ne demande aucune action.
    .avoid = Mieux vaut ne pas agir sur ce seul élément.

finding-android_app-op_allowed = Application avec des pouvoirs spéciaux sur le téléphone
    .what = Cette application a reçu, dans des réglages spéciaux qui vont au-delà des autorisations ordinaires, le droit d'installer d'autres applications, de s'afficher par-dessus les autres applications, d'enregistrer l'écran ou de voir quelles applications vous utilisez. Les détails indiquent lesquels.
    .means = Avec ces pouvoirs, elle peut par exemple capturer ce qui est à l'écran, installer d'autres applications sans passer par une boutique, ou masquer des avertissements en affichant ses fenêtres par-dessus.
    .sure = unstalk a lu cette information sur le téléphone : il est certain que ce droit est accordé. Chaque pouvoir a des usages légitimes (bulles de discussion, enregistreurs d'écran, applications de temps d'écran) : il compte surtout avec d'autres résultats.
    .next = Si vous ne reconnaissez pas l'application, vous pouvez lire ce résultat avec ses autres résultats, si possible avec une association d'aide aux victimes. Retirer ce pouvoir est une option, mais la personne qui l'a accordé pourrait le remarquer.
    .avoid = Mieux vaut ne pas changer les réglages ni supprimer l'application avant d'avoir gardé une trace et fait un plan.

finding-android_app_recently-installed = Application installée récemment
    .what = Cette application a été installée moins d'un mois avant la vérification du téléphone ; les détails donnent la date.
    .means = En soi, cela ne veut rien dire. La date peut vous aider à vous souvenir si quelqu'un d'autre a eu votre téléphone en main à ce moment-là.
    .sure = La date est lue sur le téléphone. C'est une simple information, qui ne compte jamais dans un verdict.
    .next = Si vous ne vous souvenez pas de l'avoir installée, vous pouvez noter la date ; elle peut vous aider, avec une association d'aide aux victimes, à reconstituer ce qui s'est passé.
    .avoid = Mieux vaut ne pas y voir à lui seul un signe de surveillance.

finding-android_developer-options_enabled = Les options pour les développeurs ou le débogage USB sont activés
    .what = Les options pour les développeurs (un menu caché qui sert à créer des applications) ou le débogage USB (qui permet à un ordinateur de piloter le téléphone par un câble) sont activés.
    .means = Pour vérifier un téléphone avec unstalk, il faut le débogage USB : c'est donc normal s'il a été activé pour la vérification. S'il était activé avant, un ordinateur branché au téléphone a pu installer des applications.
    .sure = unstalk a lu cette information sur le téléphone. Elle est affichée pour que le rapport soit complet et ne compte jamais dans un verdict.
    .next = Si ces réglages étaient désactivés avant la vérification, vous pouvez les désactiver de nouveau ensuite.
    .avoid = Mieux vaut ne pas y voir à lui seul un signe de surveillance.

finding-android_security-patch_old = Les mises à jour de sécurité datent de plus d'un an
    .what = La dernière mise à jour de sécurité du téléphone date de plus d'un an ; les détails donnent sa date.
    .means = Des failles corrigées depuis sont peut-être encore ouvertes sur ce téléphone, ce qui facilite certaines formes d'espionnage.
    .sure = La date est lue sur le téléphone. Les téléphones anciens cessent souvent de recevoir des mises à jour : ce n'est donc pas un signe de surveillance.
    .next = Si les paramètres proposent une mise à jour, l'installer est une option. Si le fabricant n'en fournit plus, un téléphone plus récent mérite d'être envisagé quand ce sera possible pour vous.
    .avoid = Mieux vaut ne pas y voir le signe que quelqu'un vous surveille.

## Ce qu'une application peut faire (lu dans le fichier de l'application ou sur le téléphone)

finding-app_permission_sms = L'application peut lire les SMS
    .what = Cette application demande l'autorisation de lire ou de recevoir les SMS et MMS. Sur un téléphone, les détails indiquent si l'autorisation a été accordée ou seulement demandée.
    .means = Si elle est accordée, l'application peut lire vos SMS dès leur arrivée, y compris ceux qui contiennent des codes de sécurité.
    .sure = Une autorisation est une capacité, pas une preuve d'abus, et elle ne fait rien tant que personne ne l'a accordée. Les applications de SMS en ont besoin ; cela compte pour une application qui n'a aucune raison de lire les SMS.
    .next = Ce résultat se lit avec les autres résultats de l'application. Si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_permission_call-log = L'application peut lire l'historique des appels
    .what = Cette application demande l'autorisation de lire l'historique des appels ou de voir les appels sortants. Sur un téléphone, les détails indiquent si l'autorisation a été accordée ou seulement demandée.
    .means = Si elle est accordée, l'application peut voir qui vous avez appelé et qui vous a appelé, quand et pendant combien de temps.
    .sure = Une autorisation est une capacité, pas une preuve d'abus, et elle ne fait rien tant que personne ne l'a accordée. Les applications de téléphone et de blocage d'appels en ont besoin.
    .next = Ce résultat se lit avec les autres résultats de l'application. Si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_permission_location = L'application peut savoir où se trouve le téléphone
    .what = Cette application demande l'autorisation d'utiliser la position précise du téléphone. Sur un téléphone, les détails indiquent si l'autorisation a été accordée ou seulement demandée.
    .means = Si elle est accordée, l'application peut savoir précisément où vous êtes, chaque fois qu'elle fonctionne.
    .sure = Une autorisation est une capacité, pas une preuve d'abus. Les applications de cartes, de météo, de livraison et bien d'autres la demandent.
    .next = Ce résultat se lit avec les autres résultats de l'application, en particulier si elle se cache ou fonctionne en arrière-plan.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_permission_microphone = L'application peut enregistrer le son
    .what = Cette application demande l'autorisation d'utiliser le micro. Sur un téléphone, les détails indiquent si l'autorisation a été accordée ou seulement demandée.
    .means = Si elle est accordée, l'application peut enregistrer le son, y compris vos appels et les conversations autour du téléphone.
    .sure = Une autorisation est une capacité, pas une preuve d'abus. Les applications d'appel, de vidéo et de messages vocaux en ont besoin.
    .next = Ce résultat se lit avec les autres résultats de l'application. Si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_permission_camera = L'application peut utiliser l'appareil photo
    .what = Cette application demande l'autorisation d'utiliser l'appareil photo. Sur un téléphone, les détails indiquent si l'autorisation a été accordée ou seulement demandée.
    .means = Si elle est accordée, l'application peut prendre des photos et des vidéos.
    .sure = Une autorisation est une capacité, pas une preuve d'abus. Les applications d'appareil photo, d'appel vidéo et de numérisation en ont besoin.
    .next = Ce résultat se lit avec les autres résultats de l'application.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_permission_contacts = L'application peut lire les contacts
    .what = Cette application demande l'autorisation de lire les contacts du téléphone. Sur un téléphone, les détails indiquent si l'autorisation a été accordée ou seulement demandée.
    .means = Si elle est accordée, l'application peut copier le nom et le numéro des personnes que vous connaissez.
    .sure = Une autorisation est une capacité, pas une preuve d'abus. Les applications de messagerie, d'appel et bien d'autres la demandent.
    .next = Ce résultat se lit avec les autres résultats de l'application.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_covert_label-imitates-system = L'application porte un nom qui imite le système du téléphone
    .what = Le nom de l'application, par exemple « Service système », « Wi-Fi » ou « Sync », la fait passer pour une partie d'Android plutôt que pour une application installée par quelqu'un.
    .means = Les logiciels espions prennent ce genre de nom pour que, même si quelqu'un les voit dans la liste des applications, ils aient l'air de quelque chose à ne pas toucher.
    .sure = À lui seul, un nom est un indice faible : certaines applications légitimes ont des noms très simples. Il compte surtout si l'application se cache ou surveille aussi.
    .next = Ce résultat se lit avec les autres résultats de l'application. Si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_persistence_boot-receiver = L'application démarre seule quand le téléphone s'allume
    .what = L'application est réglée pour démarrer automatiquement chaque fois que le téléphone est allumé.
    .means = Elle continue de fonctionner après un redémarrage sans que personne ne l'ouvre ; pour une application de surveillance, cela veut dire que la surveillance ne s'arrête pas.
    .sure = De très nombreuses applications ordinaires le font (réveils, messageries, synchronisation) : cela compte très peu, et seulement avec d'autres résultats.
    .next = Ce résultat se lit avec les autres résultats de l'application ; à lui seul, il ne demande aucune action.
    .avoid = Mieux vaut ne pas agir sur ce seul élément.

finding-app_remote-control_device-admin-policies = L'application demande le pouvoir de verrouiller ou d'effacer le téléphone
    .what = L'application demande à devenir administrateur de l'appareil (un statut spécial prévu pour les applications professionnelles et antivol), avec des pouvoirs comme verrouiller le téléphone, changer le verrouillage de l'écran ou tout effacer.
    .means = Si ces pouvoirs sont accordés, une personne qui contrôle l'application pourrait vous empêcher d'utiliser votre téléphone ou l'effacer à distance.
    .sure = C'est ce que l'application demande ; le téléphone n'accorde ces pouvoirs que si quelqu'un accepte. Les applications antivol et professionnelles les demandent aussi. Sur un téléphone, le rapport indique séparément si l'application est un administrateur actif.
    .next = Si vous ne reconnaissez pas l'application, vous pouvez parler de vos options avec une association d'aide aux victimes avant de changer quoi que ce soit ; la supprimer ou lui retirer ses pouvoirs peut alerter la personne qui l'a installée.
    .avoid = Mieux vaut ne pas lui retirer ses pouvoirs, la supprimer ou réinitialiser le téléphone avant d'avoir gardé une trace (ce rapport, des captures d'écran) et fait un plan.

finding-app_exfiltration_background-upload = L'application envoie des données en arrière-plan
    .what = L'application démarre d'elle-même quand le téléphone s'allume, fonctionne en arrière-plan, peut utiliser internet, et son code contient une adresse servant à envoyer des données.
    .means = C'est ainsi que les applications de surveillance transmettent ce qu'elles collectent (messages, photos, positions) à la personne qui surveille.
    .sure = Ce résultat est lu dans le code de l'application, pas observé : il montre où l'application peut envoyer des données, pas qu'elle le fait. Beaucoup d'applications légitimes se synchronisent en arrière-plan, comme les sauvegardes et les messageries : cela compte seulement avec d'autres résultats.
    .next = Ce résultat se lit avec les autres résultats de l'application. S'ils indiquent une surveillance, vous pouvez parler de vos options avec une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas agir sur ce seul élément ; s'il s'agit d'une application de surveillance, l'arrêter peut alerter la personne qui l'a installée.

finding-app_covert_no-launcher = Application sans icône pour l'ouvrir
    .what = L'application n'a aucune entrée dans la liste des applications que l'on peut ouvrir : une fois installée, il n'y a aucune icône sur laquelle appuyer.
    .means = Une application sans icône fonctionne sans être vue : les logiciels espions sont faits ainsi pour que la personne surveillée ne les remarque pas.
    .sure = C'est un signe net de dissimulation, mais les claviers, les extensions et les applications d'assistance n'ont pas d'icône non plus. Il compte surtout avec les autres résultats de l'application.
    .next = Ce résultat se lit avec les autres résultats de l'application. S'ils indiquent une surveillance, vous pouvez parler de vos options avec une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application avant d'avoir gardé une trace et fait un plan de mise en sécurité ; la supprimer peut alerter la personne qui l'a installée.

finding-app_covert_launcher-alias-disabled = L'application est prête à cacher son icône
    .what = L'application a une entrée d'icône, mais elle est désactivée et aucune autre entrée n'est active : l'application peut donc afficher ou cacher son icône quand elle le veut.
    .means = Souvent, un logiciel espion affiche une icône seulement pendant son installation, puis la cache, pour que la personne surveillée ne puisse pas le trouver.
    .sure = C'est un signe net d'une fonction pour se cacher, même si quelques applications légitimes activent et désactivent des entrées pour d'autres raisons. Il se lit avec les autres résultats de l'application.
    .next = Ce résultat se lit avec les autres résultats de l'application. S'ils indiquent une surveillance, vous pouvez parler de vos options avec une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application avant d'avoir gardé une trace et fait un plan de mise en sécurité ; la supprimer peut alerter la personne qui l'a installée.

finding-app_covert_excluded-from-recents = L'application cache un écran de la liste des applications récentes
    .what = Un des écrans de l'application est réglé pour ne pas apparaître parmi les applications récentes (la vue qui s'affiche quand vous passez d'une application à l'autre).
    .means = Une application de surveillance peut s'en servir pour ne laisser aucune trace quand quelqu'un l'ouvre.
    .sure = À lui seul, c'est un signe faible : beaucoup d'applications le font pour de petits écrans, comme des fenêtres qui surgissent. Il compte très peu.
    .next = Ce résultat se lit avec les autres résultats de l'application ; à lui seul, il ne demande aucune action.
    .avoid = Mieux vaut ne pas agir sur ce seul élément.

finding-app_permission_background-location = L'application peut savoir à tout moment où se trouve le téléphone
    .what = Cette application demande l'autorisation d'utiliser la position du téléphone même quand elle n'est pas utilisée. Sur un téléphone, les détails indiquent si l'autorisation a été accordée ou seulement demandée.
    .means = Si elle est accordée, l'application peut suivre vos déplacements toute la journée, sans être ouverte.
    .sure = Une autorisation est une capacité, pas une preuve d'abus. Les applications de navigation, de localisation familiale et de sport la demandent aussi.
    .next = Ce résultat se lit avec les autres résultats de l'application. Si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_permission_screen-capture = L'application peut capturer l'écran
    .what = Cette application demande à pouvoir enregistrer ou capturer l'écran.
    .means = Si elle y est autorisée, elle peut voir tout ce qui s'affiche sur votre écran : messages, photos, tout ce que vous regardez.
    .sure = C'est une capacité, pas une preuve d'abus. Les enregistreurs d'écran et les applications d'appel vidéo en ont besoin.
    .next = Ce résultat se lit avec les autres résultats de l'application. Si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_permission_browser-history = L'application demande à lire l'historique de navigation
    .what = Cette application demande l'autorisation de lire l'historique et les favoris du navigateur web.
    .means = Là où le téléphone le permet, elle peut voir les sites web que vous avez visités et enregistrés.
    .sure = Depuis Android 6, cette autorisation n'a plus d'effet : sur les téléphones récents, elle montre surtout ce que l'application voudrait faire, plus que ce qu'elle peut faire. En dehors des navigateurs, peu d'applications légitimes la demandent.
    .next = Ce résultat se lit avec les autres résultats de l'application.
    .avoid = Mieux vaut ne pas agir sur ce seul élément.

finding-app_permission_usage-stats = L'application peut voir quelles applications sont utilisées, et quand
    .what = Cette application demande l'accès aux données d'utilisation, qui montrent quelles applications sont utilisées, quand et pendant combien de temps. Cet accès doit être activé dans des réglages spéciaux.
    .means = Si elle y est autorisée, elle peut dire à quelqu'un quand vous utilisez telle ou telle application, par exemple une messagerie ou l'application d'une ligne d'écoute.
    .sure = Les applications de temps d'écran, de batterie et de contrôle parental l'utilisent aussi : cela compte très peu.
    .next = Ce résultat se lit avec les autres résultats de l'application.
    .avoid = Mieux vaut ne pas agir sur ce seul élément.

finding-app_notification-listener = L'application peut recevoir l'accès à toutes les notifications
    .what = L'application contient une partie qui, une fois l'accès aux notifications activé pour elle dans les paramètres, voit chaque notification du téléphone.
    .means = Les notifications contiennent des aperçus de messages, le nom des personnes qui vous écrivent et des codes de sécurité.
    .sure = L'application est faite pour pouvoir le faire ; cela ne fonctionne qu'une fois que quelqu'un a activé l'accès. Sur un téléphone, le rapport indique séparément si l'accès est activé.
    .next = Ce résultat se lit avec les autres résultats de l'application. Si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_accessibility_reads-window-content = L'application peut lire ce qui s'affiche à l'écran
    .what = L'application contient un service d'accessibilité (une fonction prévue pour les outils qui aident les personnes en situation de handicap) réglé pour lire le contenu de chaque écran.
    .means = Une fois activé, ce service peut lire vos messages et ce que vous tapez, dans n'importe quelle application, et agir sur le téléphone à votre place.
    .sure = Les lecteurs d'écran ont besoin exactement de cela : c'est une capacité puissante plutôt qu'une preuve d'abus. Elle ne fonctionne qu'une fois que quelqu'un a activé le service dans les paramètres d'accessibilité ; sur un téléphone, le rapport indique séparément s'il est activé.
    .next = Ce résultat se lit avec les autres résultats de l'application. Si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_accessibility_service = L'application a un service d'accessibilité
    .what = L'application contient un service d'accessibilité (une fonction prévue pour les outils qui aident les personnes en situation de handicap). D'après ce que peut voir unstalk, il ne demande pas à lire le contenu de l'écran.
    .means = Une fois activé, il peut suivre ce qui se passe sur le téléphone et agir à votre place, par exemple appuyer sur des boutons.
    .sure = À lui seul, c'est un signe faible : beaucoup d'applications d'assistance en ont un, et il ne fonctionne qu'une fois que quelqu'un l'a activé.
    .next = Ce résultat se lit avec les autres résultats de l'application.
    .avoid = Mieux vaut ne pas agir sur ce seul élément.

finding-app_input-method = L'application contient un clavier
    .what = L'application contient un clavier qui peut remplacer le clavier habituel du téléphone.
    .means = Un clavier voit tout ce qui est tapé avec lui, y compris les mots de passe et les messages, dès que quelqu'un le choisit comme clavier.
    .sure = Toutes les applications de clavier ont cela : c'est surtout inquiétant si vous ne reconnaissez pas l'application ou si vous ne l'avez pas choisie. Sur un téléphone, le rapport indique séparément si c'est le clavier utilisé.
    .next = Ce résultat se lit avec les autres résultats de l'application. Si vous ne reconnaissez pas l'application, vous pouvez en parler à une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas supprimer l'application pour cette seule raison ; s'il s'agit d'une application de surveillance, la supprimer peut alerter la personne qui l'a installée.

finding-app_persistence_device-admin = L'application peut se rendre difficile à supprimer
    .what = L'application contient une partie « administrateur de l'appareil » : un statut prévu pour les applications professionnelles et antivol, qui empêche de désinstaller une application tant qu'il est activé.
    .means = Une fois ce statut activé, l'application ne peut pas être supprimée simplement, ce qui maintient une éventuelle surveillance en place.
    .sure = C'est ce que l'application peut demander, pas ce qu'elle a obtenu. Les applications antivol et professionnelles l'ont aussi. Sur un téléphone, le rapport indique séparément si ce statut est actif.
    .next = Ce résultat se lit avec les autres résultats de l'application. S'ils indiquent une surveillance, vous pouvez parler de vos options avec une association d'aide aux victimes avant de changer quoi que ce soit.
    .avoid = Mieux vaut ne pas essayer de forcer l'arrêt de l'application avant d'avoir gardé une trace et fait un plan de mise en sécurité.

finding-app_persistence_battery-exemption = L'application demande à fonctionner en permanence en arrière-plan
    .what = L'application demande à être exemptée de l'économie de batterie, pour qu'Android ne la mette pas en pause quand elle n'est pas utilisée.
    .means = Si elle y est autorisée, elle peut continuer à fonctionner et à envoyer des données à tout moment.
    .sure = Les applications de messagerie, de sport et bien d'autres applications légitimes le demandent : cela compte très peu.
    .next = Ce résultat se lit avec les autres résultats de l'application ; à lui seul, il ne demande aucune action.
    .avoid = Mieux vaut ne pas agir sur ce seul élément.

finding-app_persistence_foreground-service = L'application peut continuer à fonctionner pendant que vous en utilisez d'autres
    .what = L'application peut lancer une tâche qu'Android laisse tourner pendant que vous utilisez d'autres applications, normalement avec une notification visible.
    .means = Elle peut continuer à travailler, et une application de surveillance peut continuer à collecter des informations, pendant que le téléphone est utilisé.
    .sure = Les applications de musique, de navigation et de messagerie le font tout le temps : cela ne compte presque pas.
    .next = À lui seul, ce résultat ne demande aucune action.
    .avoid = Mieux vaut ne pas agir sur ce seul élément.

finding-app_remote-control_sms-receiver = L'application réagit aux SMS reçus
    .what = L'application est réglée pour être prévenue de chaque SMS qui arrive.
    .means = Certains logiciels espions se pilotent par des SMS secrets, qui permettent de leur donner des ordres, par exemple indiquer où se trouve le téléphone ou enregistrer le son.
    .sure = Les applications de SMS, et celles qui lisent les codes de sécurité, le font aussi : à lui seul, c'est un signe faible.
    .next = Ce résultat se lit avec les autres résultats de l'application.
    .avoid = Mieux vaut ne pas agir sur ce seul élément.

finding-app_exfiltration_internet = L'application peut utiliser internet
    .what = L'application peut envoyer et recevoir des données par internet.
    .means = Presque toutes les applications le peuvent. Cela compte seulement parce qu'une application de surveillance en a besoin pour envoyer ce qu'elle collecte à quelqu'un d'autre.
    .sure = Presque toutes les applications ont cette capacité : cela compte très peu, et seulement avec d'autres résultats.
    .next = À lui seul, ce résultat ne demande aucune action.
    .avoid = Mieux vaut ne pas y voir à lui seul un signe de surveillance.

finding-app_behaviour_stalkerware-like = L'application se comporte comme un logiciel espion
    .what = Cette application ne figure sur aucune des listes d'unstalk, mais l'ensemble de ses fonctions est typique d'un logiciel espion : elle se cache de la personne qui utilise le téléphone et peut surveiller ce qu'elle fait. Les détails listent chaque fonction et son poids dans le jugement.
    .means = Selon ces fonctions, elle pourrait lire vos messages, savoir où vous êtes ou enregistrer ce qui se passe sur le téléphone, et envoyer tout cela à quelqu'un d'autre sans que vous le sachiez.
    .sure = C'est un jugement fondé sur le comportement, pas une correspondance avec un produit connu : il est donc moins certain que pour une application listée, car certaines applications légitimes, comme des outils de sécurité ou de gestion, se cachent et surveillent aussi. Un nouveau logiciel espion est repéré de cette façon tant que les chercheurs ne l'ont pas encore listé.
    .next = Vous pouvez laisser l'application en place pour l'instant, la supprimer, réinitialiser le téléphone ou passer à un nouveau téléphone ; chaque choix comporte des risques, et supprimer ou désactiver l'application peut alerter la personne qui l'a installée. Une association d'aide aux victimes, ou une personne spécialiste du numérique qui travaille avec elle, peut examiner les détails avec vous et vous aider à faire un plan de mise en sécurité.
    .avoid = Mieux vaut ne pas supprimer l'application, ni aborder le sujet avec qui que ce soit, avant d'avoir gardé une trace (ce rapport, des captures d'écran, les empreintes de l'acquisition) et fait un plan. Mieux vaut ne pas commencer par réinitialiser le téléphone : une réinitialisation efface aussi les preuves.

## Comment un fichier d'application est construit

finding-apk_evasion = Le fichier de l'application est construit de façon inhabituelle
    .what = Le fichier de l'application présente des bizarreries qui peuvent gêner les outils d'analyse, comme des parties en double, une description de l'application abîmée ou du code rangé à un endroit inhabituel. Les détails donnent un code pour chacune.
    .means = En soi, cela ne dit rien de ce que fait l'application. Les applications malveillantes utilisent ces astuces pour échapper à la détection, mais des applications légitimes abîmées ou emballées de façon étrange en ont aussi.
    .sure = Cela ne décide jamais d'un verdict. Cela veut dire que les autres vérifications de ce fichier ont peut-être vu moins de choses que d'habitude.
    .next = Si ce fichier est important, une personne spécialiste de l'analyse peut l'examiner de plus près avec d'autres outils.
    .avoid = Mieux vaut ne rien conclure de ce seul élément.

finding-apk_signature_invalid = La signature du fichier de l'application n'est pas valide
    .what = Les applications Android portent une signature numérique qui montre qu'elles n'ont pas été modifiées depuis que leur éditeur les a signées. Dans ce fichier, la signature ne se vérifie pas.
    .means = Le fichier a peut-être été modifié après sa signature, ou abîmé pendant une copie ; normalement, Android refuserait de l'installer.
    .sure = La vérification est exacte, mais la cause est inconnue : un fichier abîmé est plus fréquent qu'un fichier trafiqué. Cela ne décide jamais d'un verdict.
    .next = Si l'origine du fichier compte, vous pouvez en obtenir une autre copie et comparer leurs empreintes (hashes).
    .avoid = Mieux vaut ne rien conclure de ce seul élément.

## Ce qui a été vérifié et ce qui ne l'a pas été

check-file-hashes = Les empreintes SHA-256, SHA-1 et MD5 de chaque fichier (et de chaque DEX), comparées à celles de fichiers connus
check-app-id = L'identifiant de l'application (nom du paquet), comparé aux logiciels espions et aux applications de surveillance connus
check-signing-certificates = Les certificats de signature (SHA-1, SHA-256, organisation, nom), comparés à ceux d'éditeurs connus
check-endpoints = Les adresses web, noms de domaine et adresses IP présents dans le code, les ressources et les fichiers texte de l'application, comparés aux serveurs connus
check-manifest-behaviour = Le manifeste (la description de l'application), comparé aux critères de comportement de la Coalition Against Stalkerware
check-file-structure = La façon dont le fichier est construit : astuces dans le ZIP, manifeste abîmé, signatures qui ne se vérifient pas
check-yara = Des règles YARA appliquées à chaque DEX, bibliothèque native et APK
check-yara-rules = Règles YARA ({ $count }) appliquées à chaque DEX, bibliothèque native et APK
check-yara-source = Les règles YARA de { $source }
check-yara-whole-file = Les règles YARA sur l'ensemble de { $path }
check-yara-code = Les règles YARA sur { $file }
check-runtime = Ce que fait l'application quand elle fonctionne : code téléchargé plus tard, code chiffré ou masqué, ce que fait le code natif
check-whole-file = Tout ce qui concerne { $path }
check-folder-files = Les fichiers de { $folder }
check-behaviour-of = Le comportement de { $path }
check-app-id-of = L'identifiant d'application de { $path } comparé aux listes d'applications connues
check-entry = { $entry } dans { $path }
check-dex-behaviour = Le comportement de l'application, pour un fichier DEX analysé seul
check-android-packages = Les applications installées, comparées aux logiciels espions et aux applications de surveillance connus (identifiant, certificat de signature, empreintes de l'APK)
check-android-app-behaviour = Les autorisations, services et récepteurs de chaque application installée (hors applications du système), comparés aux critères de comportement de la Coalition Against Stalkerware
check-android-accessibility = Les services d'accessibilité activés (ils peuvent lire l'écran et ce qui est tapé)
check-android-device-admin = Les administrateurs de l'appareil actifs, et les propriétaires de l'appareil ou du profil
check-android-notification-listeners = Les applications autorisées à lire toutes les notifications
check-android-hidden-icons = Les applications installées (hors applications du système) qui n'ont pas d'icône pour les ouvrir
check-android-app-ops = Les réglages spéciaux (« app-ops ») qui permettent d'installer des applications, de s'afficher par-dessus les autres applications, d'enregistrer l'écran ou de voir quelles applications sont utilisées
check-android-battery-exemptions = Les applications exemptées de l'économie de batterie
check-android-settings = Play Protect, les sources inconnues, les options pour les développeurs, et les applications choisies par défaut pour le clavier, les SMS, le téléphone et l'assistant
check-android-root = Les signes de root : binaires su, applications de gestion du root, propriétés du système, SELinux, date des mises à jour de sécurité
check-android-accounts = Les comptes Google, iCloud et autres, les mots de passe partagés, les sauvegardes en ligne, le partage de position
check-dump-parts = Des parties de { $dump } ({ $location })

why-no-yara-rules = les listes d'indicateurs ne contiennent aucune règle YARA qui puisse être compilée (ajoutez des règles avec --indicators FICHIER.yar)
why-yara-not-compiling = elles ne peuvent pas être compilées : { $problem }
why-yara-timeout = les règles YARA ont pris plus de { $seconds } s sur ces données et n'ont pas été entièrement appliquées (signalez les règles et les données au projet)
why-yara-failed = l'analyse YARA a échoué : { $error }
why-too-large-for-yara = le fichier dépasse { $limit } Mio ; son code et ses bibliothèques natives ont été analysés un par un
why-file-not-reread = le fichier n'a pas pu être relu : { $error }
why-never-run = unstalk lit les fichiers des applications ; il ne les lance jamais
why-file-unreadable = le fichier n'a pas pu être lu : { $error }
why-dex-unreadable = impossible de lire { $path } : { $error }
why-dex-too-large = impossible de lire { $path } : il fait { $size } octets, plus que les { $limit } octets qu'unstalk lit au maximum dans un DEX
why-dex-no-manifest = un fichier DEX n'a pas de manifeste : analysez l'APK dont il provient
why-manifest-unreadable = le manifeste de l'application n'a pas pu être lu : { $error }
why-entry-unreadable = ce contenu n'a pas pu être lu : { $error }
why-nested-too-deep = c'est une archive imbriquée à plus de { $limit } niveaux de profondeur, et unstalk n'ouvre pas les archives plus profondes
why-embedded-budget = unstalk lit au plus { $limit } octets de code contenu dans un même fichier, et ce contenu dépasserait cette limite
why-folder-unlisted = le contenu du dossier n'a pas pu être lu : { $error }
why-input-lacks = les données examinées ne contiennent pas { $needs }
why-input-lacks-package-list = les données examinées ne contiennent pas la liste des applications
why-input-lacks-secure-setting = les données examinées ne contiennent pas les paramètres protégés d'Android ({ $setting })
why-input-lacks-launcher-activities = les données examinées ne contiennent pas la liste des icônes d'applications
why-input-lacks-settings = les données examinées ne contiennent pas les paramètres du téléphone
why-accounts-outside-phone = ils peuvent être surveillés sans passer par le téléphone : vérifiez-les depuis un appareil auquel l'autre personne n'a pas accès
why-lines-not-understood = des lignes dans un format qu'unstalk ne connaît pas ({ $count } en tout), par exemple : { $example }

## Textes du rapport

read-only-files = unstalk ne fait que lire ces fichiers : rien n'est installé, lancé ou modifié.
read-only-phone = unstalk ne fait que lire le téléphone : il n'installe rien, ne supprime rien et ne modifie rien, et rien ne s'affiche sur l'écran du téléphone.

verdict-known_stalkerware = Logiciel espion connu
verdict-known_watchware = Application de contrôle parental ou de surveillance visible
verdict-stalkerware_like = Se comporte comme un logiciel espion
verdict-nothing_found = Rien trouvé par ces vérifications

summary-heading = Résumé
case-reference = Référence du dossier
checked-heading = Ce qui a été vérifié
not-checked-heading = Ce qui n'a pas été vérifié
nothing-found-disclaimer = « Rien trouvé » veut seulement dire que les vérifications listées ici n'ont rien trouvé ; cela ne prouve pas que le téléphone est sûr, ni que personne ne vous surveille. Des comptes comme Google ou iCloud peuvent être surveillés depuis un autre appareil, sans aucune application sur le téléphone, et les nouveaux logiciels espions ne figurent encore sur aucune liste. Si vous avez toujours le sentiment d'être surveillé ou surveillée, fiez-vous à ce sentiment et parlez-en à une association d'aide aux victimes.
summary-unread = { $count ->
    [one] Attention : une partie de ce qui a été fourni n'a pas pu être lue, elle n'a donc pas été vérifiée. Voir « Ce qui n'a pas été vérifié » pour savoir laquelle et pourquoi. Ce qu'elle contient, cette vérification n'a pas pu le voir.
   *[other] Attention : { $count } parties de ce qui a été fourni n'ont pas pu être lues, elles n'ont donc pas été vérifiées. Voir « Ce qui n'a pas été vérifié » pour savoir lesquelles et pourquoi. Ce qu'elles contiennent, cette vérification n'a pas pu le voir.
}

safety-heading = Votre sécurité d'abord
safety-notify = Si une application surveille ce téléphone, la supprimer, la désactiver ou l'empêcher d'envoyer ses rapports peut alerter la personne qui l'a installée. Une personne qui perd ce contrôle peut devenir plus dangereuse. Laisser les choses en l'état, le temps d'avoir un plan, peut être le choix le moins risqué.
safety-document = Avant de changer quoi que ce soit, pensez à garder une trace : ce rapport, des captures d'écran de ce que vous voyez, et les empreintes de l'acquisition (des codes qui montrent que les fichiers copiés depuis le téléphone n'ont pas changé depuis). Gardez des copies là où l'autre personne ne peut pas y accéder. Ces traces peuvent compter pour une ordonnance de protection ou une plainte, et supprimer des applications ou réinitialiser le téléphone les efface.
safety-advocate = Vous n'avez pas à décider sans soutien. Une intervenante ou un intervenant d'une association d'aide aux victimes de violences conjugales peut vous aider à faire un plan de mise en sécurité (prévoir, étape par étape, comment vous protéger) et à réfléchir à vos options ; le téléphone n'en est qu'une partie.
safety-device = Quand vous cherchez de l'aide, il est plus prudent d'utiliser un appareil auquel l'autre personne n'a jamais eu accès, comme le téléphone d'une personne de confiance ou un ordinateur public. Un téléphone surveillé peut révéler vos messages, vos appels, vos recherches et l'endroit où vous êtes.
safety-options = Il n'y a pas une seule bonne décision, et chaque option comporte des risques. Vous pouvez laisser les choses en l'état pour l'instant ; supprimer l'application, ce qui peut alerter l'autre personne et efface des preuves ; réinitialiser le téléphone aux paramètres d'usine, ce qui efface des preuves et peut ne pas tout enlever sur un téléphone rooté (dont les protections ont été retirées) ou géré par une application de gestion ; ou passer à un nouveau téléphone, sans y restaurer la sauvegarde de l'ancien. Quel que soit votre choix, il est aussi important de changer les mots de passe de vos comptes depuis un appareil que l'autre personne n'a pas utilisé, car des comptes peuvent être surveillés sans aucune application.
not-checked-line = { $check } : { $why }
subject-phone = Le téléphone
contacts-heading = Où trouver de l'aide

details-heading = Détails
evidence-heading = Éléments de preuve

## Le rapport PDF : sa page de garde, qui identifie la vérification pour un dossier, et son annexe

pdf-title = Rapport de recherche de logiciels espions
pdf-subtitle = Ce qu'unstalk a trouvé, ce que cela signifie, et ce qui a été vérifié ou non
pdf-created = Date et heure de la vérification (UTC)
pdf-tool = Outil et version
pdf-in-short = Résultat
pdf-inputs = Ce qui a été examiné
pdf-indicator-sets = Listes de logiciels espions connus utilisées
pdf-no-indicator-sets = Aucune liste de logiciels espions connus n'a été utilisée : seul le comportement a été vérifié.
pdf-indicator-counts = Entrées
pdf-hash-note = Un SHA-256 est un code calculé à partir du contenu exact d'un fichier : si un seul octet du fichier change, le code change. Il permet à chacun de vérifier plus tard que ce sont bien les fichiers qui ont été examinés.
pdf-see-appendix = Les preuves techniques de ces constats figurent en annexe.
pdf-nothing-skipped = Toutes les vérifications qui s'appliquent à ces éléments ont été faites.
pdf-appendix-heading = Annexe : preuves techniques
pdf-appendix-intro = Chaque constat avec les faits bruts sur lesquels il repose, tels qu'unstalk les a enregistrés, pour qu'un expert puisse les vérifier.
pdf-page = Page

## The indicator set a report used, its date, and a warning when it is old
indicator-set-line = Listes de stalkerwares connus utilisées : { $names }, datées du { $date }.
indicator-set-undated = Listes de stalkerwares connus utilisées : { $names } (date inconnue).
indicator-set-built-in = { $name } (copie intégrée { $version })
indicator-set-old = Attention : cette liste de stalkerwares connus date de { $days } jours. Les stalkerwares apparus depuis n'y figurent pas, et cette vérification peut les manquer. Une fois connecté à internet, lancez `unstalk indicators update` pour obtenir la liste à jour, puis vérifiez de nouveau.
