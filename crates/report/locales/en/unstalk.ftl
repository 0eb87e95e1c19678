### unstalk: the words of a report, in English (Project Fluent syntax).
###
### Who reads these texts: people who fear that a partner or ex-partner is watching their phone,
### and the advocates and technologists who help them. Many readers are frightened. Write calmly,
### plainly and accurately, as you would speak to someone sitting next to you.
###
### How this file is built
###
### - One message per finding, named "finding-" followed by the finding id with its dots written
###   as "_" (finding id "android.accessibility.enabled" becomes
###   "finding-android_accessibility_enabled"). Never change a message id or an attribute name:
###   the program looks them up by name. Translate only the text after "=".
### - The value of a finding message is a short, plain title. Its five attributes are:
###     .what   what was found, in plain words; explain any technical word in the same sentence.
###     .means  what it can do to the person, concretely ("it can read your messages").
###     .sure   how sure unstalk is, and why: an exact match with a list of known apps, or
###             only behaviour that honest apps share too; a permission only asked for, or given.
###     .next   the options and their risks. Never a single order: the reader decides.
###     .avoid  what not to do, usually because it could alert the person watching or destroy
###             evidence.
###   Two to four short sentences each at most.
### - The other messages (after the findings) are headings, verdict labels and the safety advice
###   printed with every report.
### - The messages of what was checked ("check-") and of why something was not ("why-") say
###   lines the program writes in English; the English messages must say exactly those lines.
###   Some hold placeables such as { $path } or { $count }: keep each as it is, braces and name
###   included. The program fills them in with values that are never translated (a number, a
###   file, an error message, the name of a data dump such as "dumpsys package"). As a message
###   has only one line, write it so that it reads well whatever the number.
###
### Rules for every language
###
### - Never say that a phone, an app or a person is "safe", "clean" or "not watched": unstalk can
###   only say what its checks found. Never say "your phone is compromised" or "hacked".
### - Removing or switching off stalkerware can alert the person who installed it. Keep that
###   warning wherever it appears, and keep the order: record, plan with an advocate, then act.
### - No phone numbers, web addresses or names of organisations: those are set per organisation.
### - Keep each text on one line. Do not use curly braces, except in those placeables.

## Matches with lists of known stalkerware and monitoring apps ("indicator feeds")

finding-indicator_package = App is on a list of known monitoring apps
    .what = This app's id (the internal name every Android app has) appears on a list of stalkerware and other monitoring apps kept by researchers. The details name the product family it belongs to and the list.
    .means = If the family is stalkerware, the app is made to watch someone in secret: depending on the product, it can read your messages, listen to calls, see your photos and know where you are, and send all of it to another person. If it is a visible monitoring app, such as parental control, it can do much the same but is meant to be seen.
    .sure = The app's id matched the list exactly, one of the strongest signs unstalk has. The verdict says what kind of family matched: known stalkerware, a visible monitoring app, or a dual-use app that also has honest uses. Lists can contain mistakes, so an experienced helper can check the details with you.
    .next = You can leave the app in place for now, remove it, reset the phone to factory settings, or move to a new phone; each has risks. Removing or disabling it may alert the person who installed it, which can make things more dangerous. An advocate can help you weigh this and make a safety plan; contact them from a device the other person has never had access to.
    .avoid = Do not remove the app, or tell the person you suspect, before you have a safety plan. Do not reset the phone before keeping a record (this report, screenshots, the acquisition's hashes): a reset erases the evidence too.

finding-indicator_ios-bundle = iPhone app is on a list of known monitoring apps
    .what = This app's bundle id (the internal name every iPhone and iPad app has) appears on a list of stalkerware and other monitoring apps kept by researchers. The details name the product family and the list.
    .means = Depending on the product, it can read your messages, see your photos and know where you are, and send this to another person. If it is a visible monitoring app, such as parental control, it can do much the same but is meant to be seen.
    .sure = The bundle id matched the list exactly, a strong sign. The verdict says whether the family is known stalkerware, a visible monitoring app, or a dual-use app that also has honest uses. Lists can contain mistakes, so the details are worth checking with an experienced helper.
    .next = You can leave the app in place for now, remove it, reset the device, or move to a new one; each has risks. Removing it may alert the person who installed it. Talk to an advocate and make a safety plan first, from a device the other person has never had access to.
    .avoid = Do not remove the app or confront the person you suspect before you have a plan. Do not reset the device before keeping a record (this report, screenshots, the acquisition's hashes).

finding-indicator_signing-cert = App is signed by a known monitoring-app publisher
    .what = Every Android app is signed with a certificate, a digital signature that identifies who published it. This app's certificate is listed as belonging to a stalkerware or monitoring product.
    .means = The app comes from the makers of a monitoring product. Depending on the product, it can read your messages, know where you are and send this to another person.
    .sure = The certificate matched exactly, so this is a strong sign even if the app has been renamed. A publisher can sign several products with one certificate, so the app may be another product of the same maker; the verdict says what kind of family matched.
    .next = You can leave the app in place for now, remove it, reset the phone, or move to a new phone; each has risks. Removing or disabling it may alert the person who installed it. An advocate can help you make a safety plan; reach them from a device the other person has never had access to.
    .avoid = Do not remove the app or confront anyone before you have a plan. Do not reset the phone before keeping a record (this report, screenshots, the acquisition's hashes).

finding-indicator_cert-organization = App's publisher name matches a known monitoring-app maker
    .what = The organisation named in this app's signing certificate (the digital signature that identifies its publisher) matches one listed as a maker of stalkerware or monitoring apps.
    .means = If the match is right, the app comes from a monitoring product's makers and may be able to read your messages or know where you are, depending on the product.
    .sure = The publisher writes this name itself, so it is a good clue but not proof: another publisher could use the same or a similar name. It counts for more when other findings point the same way.
    .next = Read this together with the other findings for this app. If you do not recognise the app, talk it over with an advocate before changing anything; removing it may alert the person who installed it.
    .avoid = Do not remove the app on this clue alone, and do not confront anyone before you have a safety plan.

finding-indicator_cert-cn = App's signing name matches a known monitoring-app pattern
    .what = The name written in this app's signing certificate (the digital signature that identifies its publisher) fits a pattern that researchers link to a stalkerware or monitoring product.
    .means = If the match is right, the app belongs to that product and may be able to read your messages or know where you are, depending on the product.
    .sure = A pattern on a name is weaker than an exact match: unrelated publishers can have names that fit. Read it together with the other findings for this app.
    .next = If other findings point the same way, or you do not recognise the app, talk it over with an advocate before changing anything; removing it may alert the person who installed it.
    .avoid = Do not remove the app on this clue alone, and do not confront anyone before you have a safety plan.

finding-indicator_file-hash = File is a known monitoring-app file
    .what = A file's fingerprint (a hash: a code computed from its exact contents) matches a file listed as part of a stalkerware or monitoring product.
    .means = The file is that product, or part of it. Depending on the product, it can read your messages, listen to calls, know where you are and send this to another person.
    .sure = A hash match means the file is exactly the listed file, so this is as sure as a match gets, provided the list is right. The verdict says whether the family is known stalkerware, a visible monitoring app, or a dual-use app.
    .next = If this app is on a phone, you can leave it for now, remove it, reset the phone, or move to a new phone; each has risks. Removing or disabling it may alert the person who installed it. Talk to an advocate and make a safety plan first, from a device the other person has never had access to.
    .avoid = Do not remove the app or reset the phone before keeping a record (this report, screenshots, the acquisition's hashes). Do not confront the person you suspect.

finding-indicator_domain = Web address of a monitoring product found
    .what = An app contains, or the phone contacted, a domain (a web address, such as example.com) that researchers list as used by a stalkerware or monitoring product, often to receive what it collects. The details show where it was found.
    .means = An address like this is often where collected messages, locations and photos are sent, to an online dashboard the other person reads.
    .sure = A strong but indirect sign: some listed addresses belong to shared services, and an app that merely contains an address has not necessarily used it. It weighs more together with the app's other findings.
    .next = If this points to an app on the phone, you can leave it for now, remove it, reset the phone, or move to a new phone; each has risks, and removing it may alert the person who installed it. Talk to an advocate about a safety plan first.
    .avoid = Do not act on the app, or confront anyone, before keeping a record (this report, screenshots) and having a plan.

finding-indicator_ip = Internet address of a monitoring product found
    .what = An app contains, or the phone contacted, an IP address (the numeric address of a computer on the internet) that researchers list as used by a stalkerware or monitoring product.
    .means = An address like this may be where collected messages, locations and photos are sent.
    .sure = IP addresses are often shared by many unrelated sites and change hands over time, so this match is weaker than a match on an app's id or web address. Read it with the other findings.
    .next = If other findings point the same way, talk to an advocate about your options before changing anything; removing an app may alert the person who installed it.
    .avoid = Do not act on this match alone, and do not confront anyone before you have a plan.

finding-indicator_url = Web link of a monitoring product found
    .what = A full web address (a URL, such as a link to a page or an upload point) found in an app or in the phone's data matches one listed for a stalkerware or monitoring product.
    .means = A link like this is often where the app sends what it collects, such as messages, locations and photos, or where it gets its instructions.
    .sure = A full link is more specific than a web address alone, so this is a strong sign. It shows the link is there, not necessarily that data was sent.
    .next = If this points to an app on the phone, you can leave it for now, remove it, reset the phone, or move to a new phone; each has risks, and removing it may alert the person who installed it. Talk to an advocate about a safety plan first.
    .avoid = Do not act on the app, or confront anyone, before keeping a record (this report, screenshots) and having a plan.

finding-indicator_email = Email address of a monitoring product found
    .what = An email address found in an app or on the phone is listed as linked to a stalkerware or monitoring product, for example its support or account address.
    .means = It links this app or phone to a monitoring product; what that product can do depends on the family named in the details.
    .sure = The address matched exactly, but addresses can turn up in harmless places, so where it was found matters. It weighs more with other findings.
    .next = Read this with the other findings. If they point the same way, talk to an advocate about your options before changing anything.
    .avoid = Do not act on this match alone, and do not confront anyone before you have a plan.

finding-indicator_yara = File matches a detection rule for a monitoring product
    .what = A file matches a detection rule (a YARA rule: a pattern of code or text that researchers wrote to recognise a particular stalkerware or monitoring product). The details give the rule's name.
    .means = The file is likely that product or part of it. Depending on the product, it can read your messages, know where you are and send this to another person.
    .sure = Rules recognise a product's code and are fairly reliable, but some are broad and can also catch related or unrelated apps. The rule's name says what it looks for.
    .next = If this app is on a phone, you can leave it for now, remove it, reset the phone, or move to a new phone; each has risks, and removing it may alert the person who installed it. Talk to an advocate and make a safety plan first.
    .avoid = Do not remove the app or reset the phone before keeping a record (this report, screenshots, the acquisition's hashes). Do not confront the person you suspect.

finding-indicator_configuration-profile = iPhone settings profile of a monitoring product
    .what = A configuration profile is installed on this iPhone or iPad: a settings package that can manage the device, send its internet traffic elsewhere or add security certificates. This profile is listed as used by a monitoring product.
    .means = A profile like this can let another person manage the device, see which websites you visit, or install and block apps, without any app icon showing.
    .sure = The profile matched the list exactly. Schools and employers install profiles for honest reasons too, so it matters whether you know where it came from.
    .next = You can leave the profile in place for now, remove it in the settings, reset the device, or move to a new one; each has risks, and removing it may alert the person who installed it. Talk to an advocate and make a safety plan first.
    .avoid = Do not remove the profile or reset the device before keeping a record (this report, screenshots). Do not confront the person you suspect.

finding-indicator_android-property = Phone setting left by a monitoring product
    .what = A system property (an internal setting of Android) on this phone has a value listed as left behind by a stalkerware or monitoring product.
    .means = It suggests that the product is, or was, on this phone. What it can do depends on the family named in the details.
    .sure = The value matched exactly, but a property says less than an app's id: it may remain after an app is gone. Read it with the other findings.
    .next = Read this with the other findings. If they point the same way, talk to an advocate about your options before changing anything.
    .avoid = Do not reset the phone before keeping a record (this report, the acquisition's hashes), and do not confront anyone before you have a plan.

finding-indicator_process = Running program of a monitoring product
    .what = A program running on the phone has a name listed as belonging to a stalkerware or monitoring product.
    .means = If the match is right, the product was running when the phone was checked, and may be collecting messages, calls or location.
    .sure = Program names are easy to copy, and a common name can match an unrelated program, so this clue is best confirmed by other findings, such as the app it belongs to.
    .next = If other findings point the same way, talk to an advocate about your options before changing anything; stopping or removing the program may alert the person who installed it.
    .avoid = Do not act on this match alone, and do not confront anyone before you have a plan.

finding-indicator_file-path = File of a monitoring product found on the phone
    .what = A file or folder on the phone has a name or location listed as used by a stalkerware or monitoring product, for example where it keeps recordings before sending them.
    .means = It suggests that the product is, or was, on this phone. What it can do depends on the family named in the details.
    .sure = Names and locations can be shared by harmless apps, so this is a clue rather than proof. It weighs more when the same family shows up elsewhere in this report.
    .next = Read this with the other findings. If they point the same way, talk to an advocate about your options before changing anything.
    .avoid = Do not delete the file or reset the phone before keeping a record (this report, the acquisition's hashes), and do not confront anyone before you have a plan.

finding-indicator_allow-listed = Match set aside by the allow-list
    .what = Something here matched a list of known monitoring apps, but an allow-list set up by whoever runs this check says to set this match aside, usually because it is known to be harmless.
    .means = It does not count towards any verdict. It is shown so that nothing is hidden from the reader.
    .sure = The allow-list was written by people, not by unstalk. If it is out of date, a real match could be set aside here.
    .next = If this match surprises you, ask whoever maintains the allow-list to look at it again.
    .avoid = Do not change the allow-list without the person who maintains it.

## What the phone itself reports (Android)

finding-android_accessibility_enabled = An app has accessibility access switched on
    .what = Accessibility access is a setting meant for tools that help people with disabilities use the phone. This app has it switched on, which lets it see what is on the screen and act on the phone.
    .means = With it, an app can read your messages and what you type, including passwords, in any app, and can press buttons for you, for example to hide its own warnings.
    .sure = unstalk read this setting from the phone, so it is certainly on. Screen readers, password managers and some other honest tools use it too; what matters is whether you know and chose this app.
    .next = If you know the app and chose it, this may be expected. If not, you can leave it for now, switch the access off, or remove the app; switching it off or removing it may alert the person who installed it. Talk to an advocate about a safety plan first, from a device the other person has never had access to.
    .avoid = Do not switch the access off or remove the app before keeping a record (this report, screenshots) and having a plan. Do not confront the person you suspect.

finding-android_device-admin_active = App is an active device administrator
    .what = Device administrator is a special status, meant for work and anti-theft apps, that lets an app enforce rules on the phone. This app has it switched on.
    .means = While it is active, the app cannot simply be uninstalled. Depending on what it asked for, it may be able to lock the phone, change the screen lock or erase the phone.
    .sure = unstalk read this from the phone, so it is certainly active. Work email, "find my phone" and some security apps use it for honest reasons; an app you do not recognise using it is more concerning.
    .next = If you do not recognise the app, you can leave it for now, or switch its administrator status off in the security settings and then remove it; either of those may alert the person who installed it. Talk to an advocate about a safety plan before acting.
    .avoid = Do not switch it off, remove the app or reset the phone before keeping a record (this report, screenshots, the acquisition's hashes) and having a plan.

finding-android_notification-listener_enabled = An app can read all your notifications
    .what = This app has notification access switched on: it is shown every notification that arrives on the phone.
    .means = Notifications carry message previews, the names of who wrote to you, and one-time security codes, so it can read much of your conversations and could use codes to get into your accounts.
    .sure = unstalk read this setting from the phone, so it is certainly on. Smartwatch, messaging and automation apps use it for honest reasons; it matters most if you did not choose this app.
    .next = If you did not choose this app, you can leave it for now, switch its access off, or remove it; each of those may alert the person who installed it. Talk to an advocate about a safety plan first, from a device the other person has never had access to.
    .avoid = Do not switch the access off or remove the app before keeping a record (this report, screenshots) and having a plan. Do not confront the person you suspect.

finding-android_app_hidden-icon = App has no icon to open it
    .what = This app has no icon among your apps, so you cannot see or open it the usual way; it only shows in the phone's settings, in the list of apps.
    .means = Stalkerware hides its icon so that the person being watched does not notice it, while it keeps working in the background.
    .sure = The phone reported no icon for this app, but some honest apps have none either, such as keyboards and helpers of other apps. It counts most together with the app's other findings.
    .next = Check whether you recognise the app's name in the settings. If you do not, an advocate can help you decide whether to leave it for now or remove it; removing it may alert the person who installed it.
    .avoid = Do not remove the app before keeping a record (this report, screenshots) and making a safety plan.

finding-android_app_sideloaded = App was installed from outside an app store
    .what = This app did not come from an app store such as Google Play: it was installed from a file, a website or a computer. The details say what installed it.
    .means = Stalkerware usually arrives this way, installed by someone who had the phone in their hands for a few minutes, because app stores do not allow it.
    .sure = This is only a fact about where the app came from and never counts towards a verdict: many honest apps are installed this way too. It matters when the app also does other things in this report.
    .next = If you do not remember installing it, note it and look at the app's other findings, with an advocate if you can.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-android_play-protect_disabled = Google Play Protect is turned off
    .what = Play Protect is Google's built-in check that warns about harmful apps. It is switched off on this phone, entirely or for apps installed from a computer.
    .means = With it off, the phone no longer warns about apps that could reveal stalkerware; sellers of stalkerware often tell buyers to turn it off.
    .sure = unstalk read this setting from the phone, so it is certainly off. People also turn it off for other reasons, so on its own it is not a sign of monitoring.
    .next = If you did not turn it off, keep that in mind when reading the rest of this report. Turning it back on is an option, but someone watching the phone might notice; an advocate can help you choose the moment.
    .avoid = Do not take this alone as proof of stalkerware, and do not rush to change it before you have a plan.

finding-android_unknown-sources_allowed = Installing apps from outside app stores is allowed
    .what = The phone is set to allow installing apps from files and websites, not only from an app store.
    .means = This makes it easier for someone with the phone in their hands to install an app that stores do not allow, such as stalkerware.
    .sure = unstalk read this setting from the phone. Many people allow it for honest reasons, so on its own it says little.
    .next = If you did not allow this, note it. Turning it off is an option once you have a plan; it does not remove apps already installed.
    .avoid = Do not take this alone as a sign of monitoring.

finding-android_root_indicators = The phone shows signs of being rooted
    .what = Rooting removes the protections Android keeps between apps and the rest of the phone. unstalk found signs of it, such as a root management app or root tools; the details list each one.
    .means = On a rooted phone, a monitoring app can go much further: read messaging apps directly, record calls, and hide itself more deeply.
    .sure = The signs are strong but indirect. Some people root their own phones on purpose; if you did not, someone else may have.
    .next = If you did not root the phone, talk to an advocate about your options: leave it for now, reset it, or move to a new phone. Rooting can survive a factory reset, so a new phone may be the more reliable way out, and any change may alert whoever did it.
    .avoid = Do not try to undo the rooting yourself, and do not reset the phone before keeping a record (this report, the acquisition's hashes) and having a plan.

finding-android_device-owner_set = An app manages this phone
    .what = This app is set as the phone's manager (device owner or profile owner): the role a company's management app has on a work phone.
    .means = A manager app can control the phone's settings, install or block apps, and, depending on the app, see how the phone is used and where it is. It cannot be removed like an ordinary app.
    .sure = unstalk read this from the phone, so it is certainly set. On a phone from an employer or school this is normal; on a personal phone you did not set up this way, it is a serious sign.
    .next = If the phone is not from an employer or school, talk to an advocate about your options: leave it for now, reset the phone to factory settings (usually the only way to remove a manager app), or move to a new phone. A reset erases evidence and may alert the person who set it up.
    .avoid = Do not reset the phone before keeping a record (this report, screenshots, the acquisition's hashes) and having a plan.

finding-android_default-app_replaced = An app is the keyboard, texting, phone or assistant app
    .what = This app is set as the phone's default for one of these roles: the keyboard, the text-message (SMS) app, the phone app or the assistant. The details say which.
    .means = It sees what passes through that role: a keyboard sees everything you type, including passwords; a texting or phone app sees your messages or calls; an assistant can see the screen when called.
    .sure = unstalk read this from the phone, so it is certainly set. Many people choose another keyboard or texting app on purpose; it matters if you do not recognise this one.
    .next = If you chose this app, this may be expected. If not, you can leave it for now, switch back to the phone's usual app, or remove it; each may alert the person who set it. Talk to an advocate about a safety plan first.
    .avoid = Do not change the setting or remove the app before keeping a record (this report, screenshots) and having a plan.

finding-android_app_battery-exempt = App is allowed to run in the background all the time
    .what = This app is exempt from battery saving, so Android does not pause it when it is not in use.
    .means = It can keep running and sending data at any time; stalkerware asks for this so that it never stops reporting.
    .sure = unstalk read this from the phone. Messaging, fitness and many other honest apps have it too, so it counts only together with other findings.
    .next = Read this with the app's other findings; on its own it calls for nothing.
    .avoid = Do not act on this alone.

finding-android_app-op_allowed = App has special powers over the phone
    .what = This app is allowed, in special settings beyond ordinary permissions, to install other apps, draw on top of other apps, record the screen, or see which apps you use. The details say which.
    .means = With these it can, for example, capture what is on your screen, install more apps without a store, or cover warnings with its own windows.
    .sure = unstalk read this from the phone, so it is certainly allowed. Each power has honest uses, such as chat bubbles, screen recorders or screen-time apps, so it matters most with other findings.
    .next = If you do not recognise the app, read this with its other findings, with an advocate if you can. Taking the power away is an option, but it may be noticed by whoever set it.
    .avoid = Do not change the settings or remove the app before keeping a record and having a plan.

finding-android_app_recently-installed = App was installed recently
    .what = This app was installed within a month before the phone was checked; the details give the date.
    .means = On its own, nothing. The date can help you remember whether someone else had your phone around that time.
    .sure = The date is read from the phone. It is information only and never counts towards a verdict.
    .next = If you do not remember installing it, note the date; it may help you and an advocate piece things together.
    .avoid = Do not read this alone as a sign of monitoring.

finding-android_developer-options_enabled = Developer options or USB debugging are on
    .what = Developer options (a hidden menu for building apps) or USB debugging (which lets a computer control the phone through a cable) are switched on.
    .means = Checking a phone with unstalk needs USB debugging, so this is expected if it was turned on for the check. If it was on before, a computer the phone was plugged into could have installed apps.
    .sure = unstalk read this from the phone. It is shown for completeness and never counts towards a verdict.
    .next = If these were off before the check, you can turn them off again afterwards.
    .avoid = Do not read this alone as a sign of monitoring.

finding-android_security-patch_old = Security updates are more than a year old
    .what = The phone's latest security update is more than a year old; the details give its date.
    .means = Weaknesses fixed since then may still be open on this phone, which makes some kinds of spying easier.
    .sure = The date is read from the phone. Older phones often stop getting updates, so this is not a sign of monitoring.
    .next = If the settings offer an update, installing it is an option. If the maker no longer provides any, a newer phone is worth considering when you can.
    .avoid = Do not read this as a sign that someone is watching you.

## What an app can do (read from the app file or from the phone)

finding-app_permission_sms = App can read text messages
    .what = This app asks for permission to read or receive text messages (SMS and MMS). On a phone, the details say whether it was given the permission or only asked for it.
    .means = If given, it can read your texts as they arrive, including those carrying security codes.
    .sure = A permission is a capability, not proof of misuse, and it does nothing until someone allows it. Texting apps need it; it matters for an app with no reason to read texts.
    .next = Read this with the app's other findings. If you do not recognise the app, talk it over with an advocate before changing anything.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_permission_call-log = App can read the call history
    .what = This app asks for permission to read the call history or see outgoing calls. On a phone, the details say whether it was given the permission or only asked for it.
    .means = If given, it can see whom you called and who called you, when and for how long.
    .sure = A permission is a capability, not proof of misuse, and it does nothing until someone allows it. Phone and call-blocking apps need it.
    .next = Read this with the app's other findings. If you do not recognise the app, talk it over with an advocate before changing anything.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_permission_location = App can know where the phone is
    .what = This app asks for permission to use the phone's precise location. On a phone, the details say whether it was given the permission or only asked for it.
    .means = If given, it can know where you are, precisely, whenever it is running.
    .sure = A permission is a capability, not proof of misuse. Maps, weather, delivery and many other apps ask for it.
    .next = Read this with the app's other findings, especially whether it hides or runs in the background.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_permission_microphone = App can record sound
    .what = This app asks for permission to use the microphone. On a phone, the details say whether it was given the permission or only asked for it.
    .means = If given, it can record sound, which can include your calls and conversations near the phone.
    .sure = A permission is a capability, not proof of misuse. Calling, video and voice-note apps need it.
    .next = Read this with the app's other findings. If you do not recognise the app, talk it over with an advocate before changing anything.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_permission_camera = App can use the camera
    .what = This app asks for permission to use the camera. On a phone, the details say whether it was given the permission or only asked for it.
    .means = If given, it can take photos and videos.
    .sure = A permission is a capability, not proof of misuse. Camera, video-call and scanning apps need it.
    .next = Read this with the app's other findings.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_permission_contacts = App can read contacts
    .what = This app asks for permission to read the phone's contacts. On a phone, the details say whether it was given the permission or only asked for it.
    .means = If given, it can copy the names and numbers of the people you know.
    .sure = A permission is a capability, not proof of misuse. Messaging, calling and many other apps ask for it.
    .next = Read this with the app's other findings.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_covert_label-imitates-system = App is named like part of the phone's system
    .what = The app's name, such as "System Service", "Wi-Fi" or "Sync", makes it look like a part of Android rather than an app someone installed.
    .means = Stalkerware uses names like these so that, even when someone sees it in the list of apps, it looks like something not to touch.
    .sure = A name is a weak clue on its own: some honest apps have plain names. It counts most when the app also hides or watches.
    .next = Read this with the app's other findings. If you do not recognise the app, talk it over with an advocate before changing anything.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_persistence_boot-receiver = App starts itself when the phone starts
    .what = The app is set to start automatically every time the phone is switched on.
    .means = It keeps working after a restart without anyone opening it; for a monitoring app, that means monitoring does not stop.
    .sure = Very many ordinary apps do this, such as alarms, messaging and sync, so it counts only a little, and only with other findings.
    .next = Read this with the app's other findings; on its own it calls for nothing.
    .avoid = Do not act on this alone.

finding-app_remote-control_device-admin-policies = App asks for the power to lock or erase the phone
    .what = The app asks to become a device administrator (a special status meant for work and anti-theft apps) with powers such as locking the phone, changing the screen lock or erasing everything on it.
    .means = If those powers are given, someone controlling the app could lock you out of your phone or erase it from a distance.
    .sure = This is what the app asks for; the phone gives these powers only if someone accepts. Anti-theft and work apps ask for them too. On a phone, the report says separately if the app is an active administrator.
    .next = If you do not recognise the app, talk to an advocate about your options before changing anything; removing it or switching off its powers may alert the person who installed it.
    .avoid = Do not switch off its powers, remove it or reset the phone before keeping a record (this report, screenshots) and having a plan.

finding-app_exfiltration_background-upload = App uploads data in the background
    .what = The app starts by itself when the phone starts, runs in the background, may use the internet, and its code names an address for uploading data.
    .means = This is how monitoring apps deliver what they collect, such as messages, photos and locations, to the person watching.
    .sure = This is read from the app's code, not seen happening: it shows where the app can send data, not that it does. Many honest apps sync in the background, such as backups and messaging, so this counts only with other findings.
    .next = Read this with the app's other findings. If they point to monitoring, talk to an advocate about your options before changing anything.
    .avoid = Do not act on this alone; if the app is monitoring, stopping it may alert the person who installed it.

finding-app_covert_no-launcher = App has no icon to open it
    .what = The app has no entry at all in the list of apps you can open, so once installed there is no icon to tap.
    .means = An app without an icon works unseen: stalkerware is built this way so that the person being watched does not notice it.
    .sure = A clear sign of hiding, but keyboards, plug-ins and helper apps also have no icon. It counts most together with the app's other findings.
    .next = Read this with the app's other findings. If they point to monitoring, talk to an advocate about your options before changing anything.
    .avoid = Do not remove the app before keeping a record and having a safety plan; removing it may alert the person who installed it.

finding-app_covert_launcher-alias-disabled = App is ready to hide its icon
    .what = The app has an icon entry, but it is switched off and no other entry is on, so the app can show or hide its icon whenever it chooses.
    .means = Stalkerware often shows an icon only while it is being set up and then hides it, so the person being watched cannot find it.
    .sure = A clear sign of a hiding feature, though a few honest apps switch entries on and off for other reasons. Read it with the app's other findings.
    .next = Read this with the app's other findings. If they point to monitoring, talk to an advocate about your options before changing anything.
    .avoid = Do not remove the app before keeping a record and having a safety plan; removing it may alert the person who installed it.

finding-app_covert_excluded-from-recents = App keeps a screen out of the recent apps
    .what = One of the app's screens is set not to appear among the recently used apps (the overview you see when switching between apps).
    .means = A monitoring app can use this so that it leaves no trace when someone opens it.
    .sure = Weak on its own: many apps do this for small screens such as pop-ups. It counts only a little.
    .next = Read this with the app's other findings; on its own it calls for nothing.
    .avoid = Do not act on this alone.

finding-app_permission_background-location = App can know where the phone is at any time
    .what = This app asks for permission to use the phone's location even when it is not in use. On a phone, the details say whether it was given the permission or only asked for it.
    .means = If given, it can follow where you go, all day, without being open.
    .sure = A permission is a capability, not proof of misuse. Navigation, family-locator and fitness apps ask for it too.
    .next = Read this with the app's other findings. If you do not recognise the app, talk it over with an advocate before changing anything.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_permission_screen-capture = App can capture the screen
    .what = This app asks for the ability to record or capture the screen.
    .means = If allowed, it can see whatever is on your screen: messages, photos, anything you look at.
    .sure = This is a capability, not proof of misuse. Screen recorders and video-call apps need it.
    .next = Read this with the app's other findings. If you do not recognise the app, talk it over with an advocate before changing anything.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_permission_browser-history = App asks to read the browsing history
    .what = This app asks for permission to read the web browser's history and bookmarks.
    .means = Where the phone allows it, it can see which websites you visited and saved.
    .sure = Android 6 and later no longer honour this permission, so on recent phones it shows what the app wants more than what it can do. Few honest apps outside browsers ask for it.
    .next = Read this with the app's other findings.
    .avoid = Do not act on this alone.

finding-app_permission_usage-stats = App can see which apps are used and when
    .what = This app asks for usage access, which shows which apps are used, when and for how long. It must be switched on in special settings.
    .means = If allowed, it can tell someone when you use which apps, such as messaging or a helpline's app.
    .sure = Screen-time, battery and parental-control apps use it too, so it counts only a little.
    .next = Read this with the app's other findings.
    .avoid = Do not act on this alone.

finding-app_notification-listener = App can be given access to all notifications
    .what = The app contains a part that, once notification access is switched on for it in the settings, is shown every notification on the phone.
    .means = Notifications carry message previews, the names of who wrote to you, and security codes.
    .sure = This is what the app is built to be able to do; it works only once someone switches the access on. On a phone, the report says separately if it is on.
    .next = Read this with the app's other findings. If you do not recognise the app, talk it over with an advocate before changing anything.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_accessibility_reads-window-content = App can read what is on the screen
    .what = The app contains an accessibility service (a feature meant for tools that help people with disabilities) set up to read the content of every screen.
    .means = Once switched on, it can read your messages and what you type, in any app, and can act on the phone for you.
    .sure = Screen readers need exactly this, so it is a powerful capability rather than proof of misuse. It works only once someone switches it on in the accessibility settings; on a phone, the report says separately if it is on.
    .next = Read this with the app's other findings. If you do not recognise the app, talk it over with an advocate before changing anything.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_accessibility_service = App has an accessibility service
    .what = The app contains an accessibility service (a feature meant for tools that help people with disabilities), one that does not ask to read the screen's content, as far as unstalk can tell.
    .means = Once switched on, it can follow what happens on the phone and act for you, such as pressing buttons.
    .sure = Weak on its own: many helper apps have one, and it works only once someone switches it on.
    .next = Read this with the app's other findings.
    .avoid = Do not act on this alone.

finding-app_input-method = App includes a keyboard
    .what = The app contains a keyboard that can replace the phone's usual one.
    .means = A keyboard sees everything typed with it, including passwords and messages, once someone chooses it as the keyboard.
    .sure = Every keyboard app has this, so it is a concern mainly if you do not recognise the app or did not choose it. On a phone, the report says separately if it is the keyboard in use.
    .next = Read this with the app's other findings. If you do not recognise the app, talk it over with an advocate before changing anything.
    .avoid = Do not remove the app because of this alone; if it is monitoring, removing it may alert the person who installed it.

finding-app_persistence_device-admin = App can make itself hard to remove
    .what = The app contains a device administrator part: a status, meant for work and anti-theft apps, that stops an app being uninstalled while it is switched on.
    .means = Once switched on, the app cannot simply be removed, which keeps any monitoring in place.
    .sure = This is what the app can ask for, not what it has. Anti-theft and work apps have it too. On a phone, the report says separately if it is active.
    .next = Read this with the app's other findings. If they point to monitoring, talk to an advocate about your options before changing anything.
    .avoid = Do not try to force the app off before keeping a record and having a safety plan.

finding-app_persistence_battery-exemption = App asks to run in the background all the time
    .what = The app asks to be exempt from battery saving, so Android would not pause it when it is not in use.
    .means = If allowed, it can keep running and sending data at any time.
    .sure = Messaging, fitness and many other honest apps ask for this, so it counts only a little.
    .next = Read this with the app's other findings; on its own it calls for nothing.
    .avoid = Do not act on this alone.

finding-app_persistence_foreground-service = App can keep running while other apps are used
    .what = The app can run a task that Android keeps going while you use other apps, normally with a notification showing.
    .means = It can keep working, and a monitoring app can keep collecting, while the phone is in use.
    .sure = Music, navigation and messaging apps do this all the time, so it hardly counts.
    .next = Nothing to do about this on its own.
    .avoid = Do not act on this alone.

finding-app_remote-control_sms-receiver = App reacts to incoming text messages
    .what = The app is set to be told about every text message that arrives.
    .means = Some stalkerware is controlled by secret text messages, letting someone send it commands, for example to report where the phone is or to record sound.
    .sure = Texting apps, and apps that read security codes, also do this, so it is a weak sign on its own.
    .next = Read this with the app's other findings.
    .avoid = Do not act on this alone.

finding-app_exfiltration_internet = App can use the internet
    .what = The app can send and receive data over the internet.
    .means = Almost every app can. It matters only because a monitoring app needs it to send what it collects to someone else.
    .sure = Nearly all apps have this, so it counts very little, and only with other findings.
    .next = Nothing to do about this on its own.
    .avoid = Do not read this alone as a sign of monitoring.

finding-app_behaviour_stalkerware-like = App behaves like stalkerware
    .what = This app is not on any list unstalk has, but together its features are typical of stalkerware: it hides from the person using the phone and can watch what they do. The details list each feature and how much it counted.
    .means = Depending on those features, it may be able to read your messages, know where you are or record what happens on the phone, and send this to someone else without you knowing.
    .sure = This is a judgement from behaviour, not a match with a known product, so it is less sure than a listed app: some honest apps, such as security or management tools, also hide and monitor. New stalkerware is judged this way until researchers list it.
    .next = You can leave the app in place for now, remove it, reset the phone, or move to a new phone; each has risks, and removing or disabling it may alert the person who installed it. An advocate, or a technologist working with them, can go through the details with you and help you make a safety plan.
    .avoid = Do not remove the app or confront anyone before keeping a record (this report, screenshots, the acquisition's hashes) and having a plan. Do not reset the phone first: a reset erases the evidence too.

## How an app file is built

finding-apk_evasion = App file is built in an unusual way
    .what = The app file has oddities that can confuse analysis tools, such as duplicated parts, a damaged description of the app, or code kept in an unusual place. The details give a code for each.
    .means = This says nothing by itself about what the app does. Harmful apps use such tricks to avoid detection, but damaged or oddly packed honest apps have them too.
    .sure = It never decides a verdict. It means the other checks of this file may have seen less than usual.
    .next = If this file matters, an analyst can look at it more closely with other tools.
    .avoid = Do not conclude anything from this alone.

finding-apk_signature_invalid = App file's signature does not check out
    .what = Android apps carry a digital signature showing they have not been changed since their publisher signed them. In this file, the signature does not verify.
    .means = The file may have been altered after signing, or damaged while copied; Android would normally refuse to install it.
    .sure = The check is exact, but the cause is unknown: damage is more common than tampering. It never decides a verdict.
    .next = If the file's origin matters, get another copy and compare their hashes.
    .avoid = Do not conclude anything from this alone.

## What was checked and what was not

check-file-hashes = SHA-256, SHA-1 and MD5 of each file (and each DEX) against known samples
check-app-id = App id (package name) against known stalkerware and watchware apps
check-signing-certificates = Signing certificates (SHA-1, SHA-256, organisation, name) against known developers
check-endpoints = URLs, domains and IP addresses in the app's code, resources and text assets against known servers
check-manifest-behaviour = The manifest against the Coalition Against Stalkerware's behaviour criteria
check-file-structure = How the file is built: ZIP tricks, damaged manifest, signatures that do not verify
check-yara = YARA rules over each DEX, native library and APK
check-yara-rules = { $count } YARA rules over each DEX, native library and APK
check-yara-source = The YARA rules of { $source }
check-yara-whole-file = YARA rules over the whole of { $path }
check-yara-code = YARA rules over { $file }
check-runtime = What the app does when it runs: code downloaded later, encrypted or packed code, what native code does
check-whole-file = Everything about { $path }
check-folder-files = Files in { $folder }
check-behaviour-of = The behaviour of { $path }
check-app-id-of = The app id of { $path } against the lists of known apps
check-entry = { $entry } in { $path }
check-dex-behaviour = App behaviour, for DEX files scanned on their own
check-android-packages = Installed apps against known stalkerware and watchware (app id, signing certificate, APK hashes)
check-android-app-behaviour = Each user app's permissions, services and receivers against the Coalition's behaviour criteria
check-android-accessibility = Accessibility services switched on (they can read the screen and typing)
check-android-device-admin = Active device administrators, device and profile owners
check-android-notification-listeners = Apps allowed to read every notification
check-android-hidden-icons = User apps with no icon in the launcher
check-android-app-ops = App-ops allowing app installs, drawing over apps, screen capture, usage access
check-android-battery-exemptions = Apps exempt from battery optimisation
check-android-settings = Play Protect, unknown sources, developer options, default keyboard/SMS/phone/assistant apps
check-android-root = Signs of root: su binaries, root managers, build properties, SELinux, patch level
check-android-accounts = Google, iCloud and other accounts, shared passwords, cloud backups, location sharing
check-dump-parts = Parts of { $dump } ({ $location })

why-no-yara-rules = the indicator set holds no YARA rule that compiles (add rules with --indicators FILE.yar)
why-yara-not-compiling = they do not compile: { $problem }
why-yara-timeout = YARA rules took longer than { $seconds }s on this input; the rules were not fully evaluated (report the rules and input to the project)
why-yara-failed = YARA scan failed: { $error }
why-too-large-for-yara = the file is larger than { $limit } MiB; its code and native libraries were scanned one by one
why-file-not-reread = the file could not be read again: { $error }
why-never-run = unstalk reads app files; it never runs them
why-file-unreadable = { $error }
why-dex-unreadable = cannot read { $path }: { $error }
why-dex-too-large = cannot read { $path }: it is { $size } bytes, more than the { $limit } bytes unstalk reads from one DEX
why-dex-no-manifest = a DEX file has no manifest: scan the APK it came from
why-manifest-unreadable = its manifest could not be read: { $error }
why-entry-unreadable = it could not be read: { $error }
why-nested-too-deep = it is an archive nested more than { $limit } deep, and unstalk opens archives no deeper
why-embedded-budget = unstalk reads at most { $limit } bytes of code carried inside one file, and this would go past it
why-folder-unlisted = the folder could not be listed: { $error }
why-input-lacks = the input does not include { $needs }
why-input-lacks-package-list = the input does not include the package list
why-input-lacks-secure-setting = the input does not include the secure settings ({ $setting })
why-input-lacks-launcher-activities = the input does not include the launcher activities
why-input-lacks-settings = the input does not include the settings
why-accounts-outside-phone = they are watched from outside the phone: check them from a device the other person has no access to
why-lines-not-understood = { $count } lines in a format unstalk does not know, such as: { $example }

## Report texts

read-only-files = unstalk only reads these files: nothing is installed, run or changed.
read-only-phone = unstalk only reads from the phone: it installs nothing, removes nothing and changes nothing, and nothing shows on the phone's screen.

verdict-known_stalkerware = Known stalkerware
verdict-known_watchware = Monitoring app (visible kind)
verdict-stalkerware_like = Behaves like stalkerware
verdict-nothing_found = Nothing found by these checks

summary-heading = Summary
case-reference = Case reference
checked-heading = What was checked
not-checked-heading = What was not checked
nothing-found-disclaimer = Nothing found means only that the checks listed here found nothing; it does not prove that the phone is safe or that no one is watching. Accounts such as Google or iCloud can be watched from another device without any app on the phone, and new stalkerware is not in any list yet. If you still feel watched, trust that feeling and talk to an advocate.
summary-unread = { $count ->
    [one] Warning: one part of what was given could not be read, so it was not checked. See “What was not checked” for what it is and why. Whatever it holds, this check could not see it.
   *[other] Warning: { $count } parts of what was given could not be read, so they were not checked. See “What was not checked” for what they are and why. Whatever they hold, this check could not see it.
}

safety-heading = Your safety first
safety-notify = If an app is watching this phone, the person who installed it may be alerted if it is removed, switched off, or stops sending reports. Someone who loses that control can become more dangerous. Leaving things as they are until you have a plan can be the less risky choice.
safety-document = Before changing anything, keep a record: this report, screenshots of what you see, and the acquisition's hashes (codes that show the saved files have not changed since). Keep copies where the other person cannot reach them. A record can matter for a protection order or a police report, and removing apps or resetting the phone erases it.
safety-advocate = You do not have to decide alone. An advocate at a domestic violence organisation can help you make a safety plan and think through your options; the phone is only one part of it.
safety-device = When you look for help, use a device the other person has never had access to, such as a trusted friend's phone or a public computer. A watched phone may reveal your messages, calls, searches and where you are.
safety-options = There is no single right step, and each option has risks. You can leave things as they are for now; remove the app, which may alert the other person and erases evidence; reset the phone to factory settings, which erases evidence and may not undo everything on a rooted or managed phone; or move to a new phone, without restoring the old phone's backup. Whatever you choose, changing your account passwords from a device the other person has not used matters too, because accounts can be watched without any app.
not-checked-line = { $check }: { $why }
subject-phone = The phone
contacts-heading = Where to find help

details-heading = Details
evidence-heading = Evidence

## The PDF report: its cover, which identifies the check for a record, and its appendix

pdf-title = Stalkerware check report
pdf-subtitle = What unstalk found, what it means, and what was and was not checked
pdf-created = Date and time of the check (UTC)
pdf-tool = Tool and version
pdf-in-short = Outcome
pdf-inputs = What was examined
pdf-indicator-sets = Lists of known stalkerware used
pdf-no-indicator-sets = No list of known stalkerware was used: only behaviour was checked.
pdf-indicator-counts = Entries
pdf-hash-note = A SHA-256 is a code computed from a file's exact contents: if a single byte of the file changes, the code changes. It lets anyone check later that these are the files that were examined.
pdf-see-appendix = The technical evidence for these findings is in the appendix.
pdf-nothing-skipped = Every check that applies to these inputs ran.
pdf-appendix-heading = Appendix: technical evidence
pdf-appendix-intro = Each finding with the raw facts it rests on, as unstalk recorded them, so that an expert can check them.
pdf-page = Page

## The indicator set a report used, its date, and a warning when it is old
indicator-set-line = Lists of known stalkerware used: { $names }, dated { $date }.
indicator-set-undated = Lists of known stalkerware used: { $names } (date not known).
indicator-set-built-in = { $name } (built-in snapshot { $version })
indicator-set-old = Warning: this list of known stalkerware is { $days } days old. Stalkerware that appeared since then is not in it, so this check can miss it. When online, run `unstalk indicators update` to get the current list, then check again.
