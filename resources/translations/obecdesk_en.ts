<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="cs_CZ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../obecdesk/ui/about_dialog.py" line="34"/>
        <source>O aplikaci</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/about_dialog.py" line="39"/>
        <source>Pracovní nástroj lokálního konzultanta pro lokální partnerství a sociální začleňování.</source>
        <translation>The local coordinator&apos;s tool for local partnerships and social inclusion.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/about_dialog.py" line="46"/>
        <source>Verze</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/about_dialog.py" line="47"/>
        <source>Datová složka</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/about_dialog.py" line="48"/>
        <source>Databáze</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/about_dialog.py" line="49"/>
        <source>Verze schématu</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/about_dialog.py" line="50"/>
        <source>Identifikátor repliky</source>
        <translation>Replica id</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/about_dialog.py" line="51"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/actions_model.py" line="36"/>
        <source>Úkol</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/actions_model.py" line="37"/>
        <source>Odpovídá</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/actions_model.py" line="38"/>
        <source>Termín</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/actions_model.py" line="39"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/actions_model.py" line="82"/>
        <source>Po termínu</source>
        <extracomment>the day that decides what is overdue (a test may fix it)</extracomment>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/activity.py" line="20"/>
        <source>Ukazatele činnosti partnerství</source>
        <translation>Partnership activity indicators</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/activity.py" line="25"/>
        <source>Proběhlá jednání</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/activity.py" line="26"/>
        <source>Naplánovaná jednání</source>
        <translation>Meetings planned</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/activity.py" line="27"/>
        <source>Přijatá usnesení</source>
        <translation>Decisions adopted</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/activity.py" line="28"/>
        <source>Účast pozvaných</source>
        <translation>Attendance of invitees</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/activity.py" line="29"/>
        <source>Splněné úkoly</source>
        <translation>Action items done</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/activity.py" line="30"/>
        <source>Otevřené úkoly</source>
        <translation>Open action items</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/activity.py" line="31"/>
        <source>Úkoly po termínu</source>
        <translation>Overdue action items</translation>
    </message>
</context>
<context>
    <name>ActorDetail</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="38"/>
        <source>Organizace</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="39"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="40"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="41"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="42"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="43"/>
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="44"/>
        <source>Vliv / postoj / zájem</source>
        <translation>Influence / attitude / interest</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="46"/>
        <source>Rozhoduje</source>
        <translation>Decision-maker</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="46"/>
        <source>ano</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="46"/>
        <source>ne</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="47"/>
        <source>Štítky</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="51"/>
        <source>Právní základ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="52"/>
        <source>Souhlas ze dne</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="53"/>
        <source>Účel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="29"/>
        <source>Vyberte aktéra v seznamu.</source>
        <translation>Select a stakeholder in the list.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="57"/>
        <source>Osobní údaje byly vymazány.</source>
        <translation>Personal data has been erased.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="60"/>
        <source>chybí právní základ</source>
        <translation>legal basis missing</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="68"/>
        <source>Orgány partnerství</source>
        <translation>Partnership bodies</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="68"/>
        <source>Vztahy</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_detail.py" line="80"/>
        <source>žádné</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_dialog.py" line="50"/>
        <source>Upravit aktéra</source>
        <translation>Edit stakeholder</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_dialog.py" line="50"/>
        <source>Nový aktér</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_dialog.py" line="65"/>
        <source>Uložit a další</source>
        <translation>Save and next</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_dialog.py" line="68"/>
        <source>Uloží aktéra a vyprázdní formulář pro dalšího; druh, organizace, sektor a právní základ zůstanou.</source>
        <translation>Saves the actor and clears the form for the next one; kind, organisation, sector and legal basis stay.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_dialog.py" line="101"/>
        <source>Anonymizovaný záznam</source>
        <translation>Anonymised record</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_dialog.py" line="104"/>
        <source>Osobní údaje byly vymazány; záznam nelze měnit.</source>
        <translation>The personal data have been erased; the record cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_dialog.py" line="131"/>
        <source>Zkontrolujte údaje</source>
        <translation>Check the details</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_dialog.py" line="132"/>
        <source>Přesto uložit?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_dialog.py" line="166"/>
        <source>Uloženo: {0}. Zadejte dalšího aktéra.</source>
        <translation>Saved: {0}. Enter the next actor.</translation>
    </message>
</context>
<context>
    <name>ActorFilterBar</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_filter_bar.py" line="27"/>
        <source>Hledat jméno, organizaci, roli, e-mail… (Ctrl+F)</source>
        <translation>Search name, organisation, role, email… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_filter_bar.py" line="37"/>
        <source>Všechny sektory</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_filter_bar.py" line="45"/>
        <source>Jakýkoli postoj</source>
        <translation>Any attitude</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_filter_bar.py" line="47"/>
        <source>postoj {0}</source>
        <translation>attitude {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_filter_bar.py" line="78"/>
        <source>Všechny orgány</source>
        <translation>All bodies</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="37"/>
        <source>např. Mgr. Jana Nováková nebo Spolek Šance</source>
        <translation>e.g. Mgr. Jana Nováková or Spolek Šance</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="41"/>
        <source>vyberte nebo napište</source>
        <translation>choose or type</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="58"/>
        <source>silně proti</source>
        <translation>strongly against</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="58"/>
        <source>spíše proti</source>
        <translation>rather against</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="59"/>
        <source>neutrální</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="59"/>
        <source>spíše pro</source>
        <translation>rather in favour</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="60"/>
        <source>silně pro</source>
        <translation>strongly in favour</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="64"/>
        <source>má rozhodovací pravomoc</source>
        <translation>has decision-making power</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="72"/>
        <source>štítky oddělené čárkou</source>
        <translation>comma-separated tags</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="75"/>
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="76"/>
        <source>Jméno / název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="77"/>
        <source>Organizace</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="78"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="79"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="80"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="81"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="82"/>
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="84"/>
        <source>vliv</source>
        <translation>influence</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="85"/>
        <source>postoj</source>
        <translation>attitude</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="86"/>
        <source>zájem</source>
        <translation>interest</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="90"/>
        <source>Vliv / postoj / zájem</source>
        <translation>Influence / attitude / interest</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="92"/>
        <source>Poznámky</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_form.py" line="93"/>
        <source>Štítky</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>ActorImport</name>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="17"/>
        <source>Jméno / název</source>
        <extracomment>target fields of an import, with the Czech label the mapping preview shows</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="18"/>
        <source>Křestní jméno</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="19"/>
        <source>Příjmení</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="20"/>
        <source>Osoba / organizace</source>
        <translation>Person / organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="21"/>
        <source>Organizace</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="22"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="23"/>
        <source>Role / funkce</source>
        <translation>Role / position</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="24"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="25"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="26"/>
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="27"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="28"/>
        <source>Vliv (1–5)</source>
        <translation>Influence (1–5)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="29"/>
        <source>Postoj (−2 až +2)</source>
        <translation>Attitude (−2 to +2)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="30"/>
        <source>Zájem (1–5)</source>
        <translation>Interest (1–5)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="31"/>
        <source>Rozhodovací pravomoc</source>
        <translation>Decision-making power</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="32"/>
        <source>Štítky</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="33"/>
        <source>Právní základ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="34"/>
        <source>Datum souhlasu</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/stakeholders/imports/fields.py" line="35"/>
        <source>Účel zpracování</source>
        <translation>Purpose of processing</translation>
    </message>
</context>
<context>
    <name>ActorListPanel</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_list_panel.py" line="189"/>
        <source>Smazat aktéra</source>
        <extracomment>actors changed since the last reload; None when a full first-page reload is due</extracomment>
        <translation>Delete stakeholder</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_list_panel.py" line="190"/>
        <source>Smazat aktéra {0} včetně jeho členství a vztahů? Osoby patřící k organizaci zůstanou.</source>
        <translation>Delete stakeholder {0} with their memberships and relations? People belonging to the organisation will stay.</translation>
    </message>
</context>
<context>
    <name>ActorTable</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_columns.py" line="33"/>
        <source>Jméno / název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_columns.py" line="34"/>
        <source>Organizace</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_columns.py" line="35"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_columns.py" line="36"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_columns.py" line="37"/>
        <source>Vliv</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_columns.py" line="38"/>
        <source>Postoj</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_columns.py" line="39"/>
        <source>Zájem</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_columns.py" line="40"/>
        <source>Rozhoduje</source>
        <translation>Decision-maker</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_table_model.py" line="46"/>
        <source>chybí právní základ</source>
        <extracomment>pages kept in memory (the least recently shown go first): 10,000 rows</extracomment>
        <translation>legal basis missing</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_table_model.py" line="215"/>
        <source>ano</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>ActorToolbar</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_toolbar.py" line="15"/>
        <source>Nový aktér…</source>
        <translation>New stakeholder…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_toolbar.py" line="17"/>
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_toolbar.py" line="19"/>
        <source>Smazat</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_toolbar.py" line="21"/>
        <source>Import z tabulky…</source>
        <translation>Import from spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_toolbar.py" line="41"/>
        <source>Aktérů: {0}</source>
        <translation>Stakeholders: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_toolbar.py" line="43"/>
        <source>Načteno {0} z {1} aktérů</source>
        <translation>Loaded {0} of {1} stakeholders</translation>
    </message>
</context>
<context>
    <name>ActorWarnings</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_warnings.py" line="69"/>
        <source>E-mail „{0}“ nevypadá platně.</source>
        <extracomment>typing pauses this long before the store is asked about the name</extracomment>
        <translation>The e-mail “{0}” does not look valid.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_warnings.py" line="77"/>
        <source>E-mail „{0}“ nevypadá platně (chybí @ nebo doména?)</source>
        <translation>The e-mail “{0}” does not look valid (missing @ or domain?)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_warnings.py" line="82"/>
        <source>Možná duplicita: v evidenci už je {0}.</source>
        <translation>Possible duplicate: {0} is already on file.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/actor_warnings.py" line="89"/>
        <source>Otevřít „{0}“</source>
        <translation>Open “{0}”</translation>
    </message>
</context>
<context>
    <name>AgendaCopyDialog</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_fill.py" line="50"/>
        <source>Kopírovat program z jednání</source>
        <extracomment>meetings offered to copy from (newest first)</extracomment>
        <translation>Copy the agenda of a meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_fill.py" line="67"/>
        <source>Kopírovat body</source>
        <translation>Copy the items</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_fill.py" line="71"/>
        <source>Jednání, jehož program se připojí na konec:</source>
        <translation>Meeting whose agenda is appended at the end:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_fill.py" line="74"/>
        <source>Zkopírují se názvy bodů, předkladatelé, délky, metody a očekávané výstupy; zápis ne.</source>
        <translation>Item titles, presenters, lengths, methods and expected outputs are copied; the minutes are not.</translation>
    </message>
</context>
<context>
    <name>AgendaEditors</name>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="30"/>
        <source>Agenda *</source>
        <translation>Agenda *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="31"/>
        <source>např. Přidělování obecních bytů</source>
        <translation>e.g. Allocation of municipal flats</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="32"/>
        <source>Téma</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="33"/>
        <source>(bez tématu)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="34"/>
        <source>Kdo ji vykonává</source>
        <translation>Run by</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="35"/>
        <source>odbor, komise, rada</source>
        <translation>department, commission, council</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="36"/>
        <source>Popis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="46"/>
        <source>Upravit agendu</source>
        <translation>Edit agenda</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="46"/>
        <source>Nová agenda</source>
        <translation>New agenda</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="50"/>
        <source>Krok *</source>
        <translation>Step *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="51"/>
        <source>Kdo ho dělá</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="52"/>
        <source>Formální praxe (co říkají pravidla)</source>
        <translation>Formal practice (what the rules say)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="54"/>
        <source>Neformální praxe (co se skutečně děje)</source>
        <translation>Informal practice (what really happens)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="64"/>
        <source>Upravit krok</source>
        <translation>Edit step</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="64"/>
        <source>Nový krok postupu</source>
        <translation>New process step</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="68"/>
        <source>Dokument *</source>
        <translation>Document *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="69"/>
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="70"/>
        <source>Ze dne</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="71"/>
        <source>Co z něj plyne</source>
        <translation>What it shows</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="80"/>
        <source>Upravit dokument</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="81"/>
        <source>Analyzovaný dokument</source>
        <translation>Document analysed</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="85"/>
        <source>Respondent/ka</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="87"/>
        <source>Kód (anonymní)</source>
        <translation>Code (anonymous)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="88"/>
        <source>např. respondentka 3, uchazečka o byt; prázdné = doplní se</source>
        <translation>e.g. respondent 3, flat applicant; empty = filled in</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="89"/>
        <source>Datum rozhovoru</source>
        <translation>Interview date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="90"/>
        <source>Shrnutí</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="93"/>
        <source>Jméno (jen s právním základem)</source>
        <translation>Name (only with a legal basis)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="94"/>
        <source>prázdné = anonymní rozhovor</source>
        <translation>empty = anonymous interview</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="95"/>
        <source>Právní základ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="97"/>
        <source>Souhlas ze dne</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="98"/>
        <source>Účel zpracování</source>
        <translation>Purpose of processing</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="110"/>
        <source>Upravit rozhovor</source>
        <translation>Edit interview</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agenda_editors.py" line="110"/>
        <source>Nový rozhovor</source>
        <translation>New interview</translation>
    </message>
</context>
<context>
    <name>AgendaFill</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_fill.py" line="98"/>
        <source>Kopírovat program z jednání…</source>
        <translation>Copy the agenda of a meeting…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_fill.py" line="104"/>
        <source>Ze šablony</source>
        <translation>From a template</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_rows.py" line="30"/>
        <source>Čas</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_rows.py" line="31"/>
        <source>Bod programu</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_rows.py" line="32"/>
        <source>Předkládá</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_rows.py" line="33"/>
        <source>Minut</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_rows.py" line="34"/>
        <source>Metoda</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_rows.py" line="35"/>
        <source>Očekávaný výstup</source>
        <translation>Expected outcome</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="53"/>
        <source>Kontrola úkolů – otevřené úkoly orgánu</source>
        <extracomment>&quot;Vybrat metodu…&quot; for the agenda row (the meeting tabs open the assistant)</extracomment>
        <translation>Review of action items – the body&apos;s open action items</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="81"/>
        <source>Přidat bod</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="84"/>
        <source>Vložit bod „Kontrola úkolů“</source>
        <translation>Insert “Review of action items”</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="86"/>
        <source>Odebrat bod</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="88"/>
        <source>Výš</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="90"/>
        <source>Níž</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="92"/>
        <source>Vybrat metodu…</source>
        <translation>Choose a method…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="104"/>
        <source>Pořadí změníte přetažením řádku myší nebo tlačítky Výš/Níž; buňku upravíte dvojklikem.</source>
        <translation>Drag a row with the mouse or use Up/Down to change the order; double-click a cell to edit it.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="146"/>
        <source>Kontrola úkolů – otevřené úkoly orgánu z minulých jednání ({0})</source>
        <translation>Review of action items – the body&apos;s open action items from past meetings ({0})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="152"/>
        <source>Celkem {0} min</source>
        <translation>Total {0} min</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="154"/>
        <source>, program skončí v {0}</source>
        <translation>, agenda ends at {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="156"/>
        <source> (vyhrazeno {0} min)</source>
        <translation> ({0} min reserved)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="169"/>
        <source>Průběh bloku {0}:</source>
        <translation>Steps of the block {0}:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/agenda_tab.py" line="192"/>
        <source>Nový bod</source>
        <translation>New item</translation>
    </message>
</context>
<context>
    <name>AgendasPanel</name>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="57"/>
        <source>Nová agenda…</source>
        <translation>New agenda…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="58"/>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="68"/>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="74"/>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="78"/>
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="59"/>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="71"/>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="75"/>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="80"/>
        <source>Odstranit</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="67"/>
        <source>Přidat krok…</source>
        <translation>Add step…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="69"/>
        <source>Výš</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="70"/>
        <source>Níž</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="73"/>
        <source>Přidat dokument…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="77"/>
        <source>Přidat rozhovor…</source>
        <translation>Add interview…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="79"/>
        <source>Vymazat jméno respondenta…</source>
        <translation>Erase respondent&apos;s name…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="84"/>
        <source>Kroky postupu</source>
        <translation>Process steps</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="86"/>
        <source>Analyzované dokumenty</source>
        <translation>Documents analysed</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="88"/>
        <source>Rozhovory</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="133"/>
        <source>Lokalita zatím nemá žádnou mapovanou agendu. Začněte tlačítkem Nová agenda.</source>
        <translation>The locality has no mapped agenda yet. Start with New agenda.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="153"/>
        <source>Odstranit agendu</source>
        <translation>Remove agenda</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="154"/>
        <source>Odstranit agendu „{0}“ i s jejími kroky, dokumenty a rozhovory?</source>
        <translation>Remove the agenda “{0}” with its steps, documents and interviews?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="173"/>
        <source>Odstranit krok</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="174"/>
        <source>Odstranit krok „{0}“? Jeho kritická místa zůstanou u agendy.</source>
        <translation>Remove the step “{0}”? Its critical points stay with the agenda.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="188"/>
        <source>Odstranit dokument</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="189"/>
        <source>Odstranit dokument „{0}“?</source>
        <translation>Remove the document “{0}”?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="203"/>
        <source>Vymazat osobní údaje</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="204"/>
        <source>Vymazat jméno a osobní údaje respondenta „{0}“? Rozhovor zůstane anonymní; vrátit to nejde.</source>
        <translation>Erase the name and personal data of respondent “{0}”? The interview stays, anonymous; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="210"/>
        <source>Odstranit rozhovor</source>
        <translation>Remove interview</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/agendas_panel.py" line="211"/>
        <source>Odstranit rozhovor „{0}“?</source>
        <translation>Remove the interview “{0}”?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../obecdesk/ui/app.py" line="34"/>
        <source>Vítejte v obecdesk</source>
        <translation>Welcome to obecdesk</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/app.py" line="35"/>
        <source>Databáze je prázdná. Chcete nahrát ukázkovou lokalitu s partnerstvím, aby bylo na každé obrazovce co vidět?</source>
        <translation>The database is empty. Do you want to load a demo locality with a partnership so that every screen has something to show?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/single_instance.py" line="27"/>
        <source>obecdesk s touto databází už běží v jiném okně. Přepněte se do něj; druhé spuštění nic nezměnilo. (Zámek: {path})</source>
        <translation>obecdesk is already running with this database in another window. Switch to it; this second start changed nothing. (Lock: {path})</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/area_dialog.py" line="33"/>
        <source>Upravit oblast</source>
        <translation>Edit area</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/area_dialog.py" line="33"/>
        <source>Nová oblast plánu</source>
        <translation>New plan area</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/area_dialog.py" line="37"/>
        <source>vlastní oblast lokality</source>
        <translation>the locality&apos;s own area</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/area_dialog.py" line="46"/>
        <source>Téma</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/area_dialog.py" line="47"/>
        <source>Název *</source>
        <translation>Name *</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../obecdesk/ui/communication/attachments.py" line="37"/>
        <source>Přiložit soubor…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/attachments.py" line="38"/>
        <source>Otevřít</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/attachments.py" line="39"/>
        <source>Uložit jako…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/attachments.py" line="40"/>
        <source>Odebrat</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/attachments.py" line="72"/>
        <source>Přiložit soubor</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/attachments.py" line="99"/>
        <source>Uložit přílohu</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/attachments.py" line="108"/>
        <source>Odebrat přílohu</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/attachments.py" line="109"/>
        <source>Odebrat přílohu %1 z události?</source>
        <translation>Remove attachment %1 from the event?</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_model.py" line="42"/>
        <source>Jméno</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_model.py" line="43"/>
        <source>Organizace / role</source>
        <translation>Organisation / role</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_model.py" line="44"/>
        <source>Přítomen</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_model.py" line="45"/>
        <source>Omluven</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_model.py" line="46"/>
        <source>Nepřítomen</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_model.py" line="99"/>
        <source>host</source>
        <translation>guest</translation>
    </message>
</context>
<context>
    <name>AttendanceSettingsDialog</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_settings_dialog.py" line="26"/>
        <source>Prezenční listina</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_settings_dialog.py" line="34"/>
        <source>Výchozí text</source>
        <translation>Default text</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_settings_dialog.py" line="37"/>
        <source>Prázdné řádky pro hosty</source>
        <translation>Empty rows for guests</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_settings_dialog.py" line="38"/>
        <source>Poučení o zpracování osobních údajů</source>
        <translation>Personal data notice</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="46"/>
        <source>Označit nevyplněné jako přítomné</source>
        <translation>Mark unrecorded as present</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="57"/>
        <source>Jméno hosta</source>
        <translation>Guest&apos;s name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="60"/>
        <source>Organizace (nepovinné)</source>
        <translation>Organisation (optional)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="61"/>
        <source>Přidat hosta</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="65"/>
        <source>Odebrat hosta</source>
        <translation>Remove guest</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="78"/>
        <source>nezapsáno</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="81"/>
        <source>Veřejné setkání: počet účastníků místo jmen</source>
        <translation>Public meeting: number of participants instead of names</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="83"/>
        <source>Přišlo lidí:</source>
        <translation>People attending:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="114"/>
        <source>Napište jméno hosta.</source>
        <translation>Type the guest&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="125"/>
        <source>Odebrat lze jen hosty; pozvané odeberete na kartě Pozvánky.</source>
        <translation>Only guests can be removed here; remove invitees on the Invitations tab.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/attendance_tab.py" line="137"/>
        <source>Přítomno {0} · omluveno {1} · nepřítomno {2} · nevyplněno {3}</source>
        <translation>Present {0} · excused {1} · absent {2} · not recorded {3}</translation>
    </message>
</context>
<context>
    <name>AudienceTab</name>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_tab.py" line="56"/>
        <source>Nová skupina…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_tab.py" line="57"/>
        <source>Upravit skupinu…</source>
        <translation>Edit group…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_tab.py" line="58"/>
        <location filename="../../obecdesk/ui/communication/audience_tab.py" line="144"/>
        <source>Smazat skupinu</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_tab.py" line="82"/>
        <source>Nový záznam postoje…</source>
        <translation>New attitude reading…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_tab.py" line="83"/>
        <source>Upravit záznam…</source>
        <translation>Edit reading…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_tab.py" line="84"/>
        <location filename="../../obecdesk/ui/communication/audience_tab.py" line="168"/>
        <source>Smazat záznam</source>
        <translation>Delete reading</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_tab.py" line="145"/>
        <source>Smazat skupinu „%1“ i se všemi záznamy postojů?</source>
        <translation>Delete the group “%1” with all its attitude readings?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_tab.py" line="169"/>
        <source>Smazat vybraný záznam postoje?</source>
        <translation>Delete the selected attitude reading?</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="32"/>
        <source>ručně</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="33"/>
        <source>denní</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="34"/>
        <source>před importem</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="35"/>
        <source>před obnovením</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="41"/>
        <source>před aktualizací databáze</source>
        <translation>before a database upgrade</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="54"/>
        <source>Pořízena</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="54"/>
        <source>Proč</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="55"/>
        <source>Velikost</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="103"/>
        <source>Zálohy databáze</source>
        <extracomment>the store was replaced by a backup: the application must close (the store is closed)</extracomment>
        <translation>Database backups</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="107"/>
        <source>Automatické zálohy vznikají před každým importem a aktualizací a jednou denně při spuštění; nejstarší se mažou. Ruční zálohy zůstávají, dokud je nesmažete.</source>
        <translation>Automatic backups are taken before every import and upgrade and once a day at start; the oldest are deleted. Backups made by hand stay until you delete them.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="120"/>
        <source>Zálohovat teď</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="121"/>
        <source>Obnovit vybranou…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="122"/>
        <source>Otevřít složku</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="154"/>
        <source>Obnovit zálohu</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="155"/>
        <source>Obnovit databázi ze zálohy z {0}? Současný stav se předtím uloží jako další záloha, nic se neztratí. obecdesk se potom zavře a při dalším spuštění otevře obnovenou databázi.</source>
        <translation>Restore the database from the backup of {0}? The current state is saved as another backup first, so nothing is lost. obecdesk then closes and opens the restored database at the next start.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="163"/>
        <source>Záloha obnovena</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/backups/dialog.py" line="164"/>
        <source>Databáze je obnovena ze zálohy z {0}. Stav před obnovením je v záloze {1}. obecdesk se nyní zavře; spusťte ho znovu.</source>
        <translation>The database is restored from the backup of {0}. The state before the restore is in the backup {1}. obecdesk now closes; start it again.</translation>
    </message>
</context>
<context>
    <name>BasicsTab</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="50"/>
        <source>např. PS Bydlení – pravidla přidělování bytů</source>
        <translation>e.g. Housing WG – rules for allocating flats</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="66"/>
        <source>kdo zápis ověří a podepíše</source>
        <translation>who checks and signs the minutes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="76"/>
        <source>od</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="78"/>
        <source>do</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="83"/>
        <source>Druh setkání</source>
        <translation>Type of meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="84"/>
        <source>Orgán</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="85"/>
        <source>Název</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="86"/>
        <source>Datum a čas</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="87"/>
        <source>Místo</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="88"/>
        <source>Facilitátor/ka</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="89"/>
        <source>Zapisovatel/ka</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="90"/>
        <source>Ověřovatel/ka zápisu</source>
        <translation>Minutes verifier</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="91"/>
        <source>Způsob rozhodování</source>
        <translation>Decision rule</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="92"/>
        <source>Cíl jednání</source>
        <translation>Goal of the meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="109"/>
        <source>Stav jednání</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="119"/>
        <source>Nyní:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="127"/>
        <source>Datum, kdy jednání tohoto kroku dosáhlo; lze opravit (kroky jdou po sobě, „proběhlo“ ne před datem jednání).</source>
        <translation>The day the meeting reached this step; it can be corrected (steps follow one another, “held” not before the meeting date).</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="142"/>
        <source>— bez orgánu —</source>
        <translation>— no body —</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="188"/>
        <source>Posunout na „{0}“</source>
        <translation>Move on to “{0}”</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/basics_tab.py" line="190"/>
        <source>Poslední krok je hotov</source>
        <translation>Last step done</translation>
    </message>
</context>
<context>
    <name>BodiesPanel</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/bodies_panel.py" line="55"/>
        <source>Nový orgán…</source>
        <translation>New body…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/bodies_panel.py" line="58"/>
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/bodies_panel.py" line="60"/>
        <source>Smazat</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/bodies_panel.py" line="73"/>
        <source>Orgány partnerství</source>
        <translation>Partnership bodies</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/bodies_panel.py" line="103"/>
        <source>{0}
{1} · členů: {2}</source>
        <translation>{0}
{1} · members: {2}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/bodies_panel.py" line="106"/>
        <source>chybí zástupce cílové skupiny</source>
        <translation>no target-group representative</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/bodies_panel.py" line="151"/>
        <source>Smazat orgán</source>
        <translation>Delete body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/bodies_panel.py" line="152"/>
        <source>Smazat orgán {0} i se záznamy o členství?</source>
        <translation>Delete body {0} together with its membership records?</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/body_dialog.py" line="34"/>
        <source>Upravit orgán</source>
        <translation>Edit body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/body_dialog.py" line="34"/>
        <source>Nový orgán</source>
        <translation>New body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/body_dialog.py" line="42"/>
        <source>např. PS-B (čísluje usnesení)</source>
        <translation>e.g. WG-H (numbers the decisions)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/body_dialog.py" line="52"/>
        <source>Název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/body_dialog.py" line="53"/>
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/body_dialog.py" line="54"/>
        <source>Zkratka</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/body_dialog.py" line="55"/>
        <source>Téma</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/body_dialog.py" line="56"/>
        <source>Vedoucí</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/body_dialog.py" line="57"/>
        <source>Facilitátor</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/body_dialog.py" line="58"/>
        <source>Poznámky</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <location filename="../../obecdesk/ui/sync/bundle_reader.py" line="112"/>
        <source>Načítám balíčky…</source>
        <translation>Reading bundles…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/bundle_reader.py" line="112"/>
        <source>Přerušit</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/bundle_reader.py" line="143"/>
        <source>Balíček %1 je od repliky, kterou tato databáze ještě nezná.

Otisk odesílatele:
%2

Porovnejte ho s otiskem, který vám odesílatel sdělí jinou cestou (třeba telefonem). Přijmout balíčky od této repliky?</source>
        <translation>Bundle %1 comes from a replica this database does not know yet.

Sender&apos;s fingerprint:
%2

Compare it with the fingerprint the sender tells you another way (by phone, for example). Accept bundles from this replica?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/bundle_reader.py" line="147"/>
        <source>Nový odesílatel</source>
        <translation>New sender</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="38"/>
        <source>Upravit mediaci</source>
        <translation>Edit mediation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="38"/>
        <source>Nová mediace</source>
        <translation>New mediation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="44"/>
        <source>Pravidla jednání, na kterých se strany předem dohodly</source>
        <translation>Rules of negotiation the parties agreed to in advance</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="50"/>
        <source>Znění dohody (povinné u dohody i částečné)</source>
        <translation>Text of the agreement (required for a full or partial agreement)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="51"/>
        <source>Název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="52"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="53"/>
        <source>Mediátoři</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="54"/>
        <source>Pravidla jednání</source>
        <translation>Rules of negotiation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="55"/>
        <source>Zahájena</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="56"/>
        <source>Ukončena</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="57"/>
        <source>Výsledek</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="58"/>
        <source>Znění dohody</source>
        <translation>Agreement</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="52"/>
        <source>Upravit mediaci…</source>
        <translation>Edit mediation…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="66"/>
        <source>Přidat stranu…</source>
        <translation>Add party…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="68"/>
        <source>Odebrat stranu</source>
        <translation>Remove party</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="71"/>
        <source>Strany sporu</source>
        <translation>Parties to the dispute</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="89"/>
        <source>V této lokalitě zatím není žádná mediace.</source>
        <translation>There is no mediation in this locality yet.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="92"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="92"/>
        <source>Mediátoři</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="93"/>
        <source>Pravidla jednání</source>
        <translation>Rules of negotiation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="94"/>
        <source>Zahájena</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="95"/>
        <source>Ukončena</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="96"/>
        <source>Výsledek</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/case_panel.py" line="98"/>
        <source>Znění dohody</source>
        <translation>Agreement</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="38"/>
        <source>Mediace</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="39"/>
        <source>Zahájena</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="40"/>
        <source>Výsledek</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_mapping.py" line="32"/>
        <source>Sloupec v souboru</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_mapping.py" line="32"/>
        <source>Načíst jako</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_mapping.py" line="32"/>
        <source>Ukázka hodnot</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_mapping.py" line="63"/>
        <source>— nenačítat —</source>
        <translation>— do not import —</translation>
    </message>
</context>
<context>
    <name>CommunicationView</name>
    <message>
        <location filename="../../obecdesk/ui/communication/view.py" line="37"/>
        <source>Situace</source>
        <extracomment>entity kinds whose change this view shows</extracomment>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/view.py" line="38"/>
        <source>Publikum</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/view.py" line="39"/>
        <source>Rizika</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/view.py" line="40"/>
        <source>Komunikační plán</source>
        <translation>Communication plan</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="94"/>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="102"/>
        <source>Kontrola složení</source>
        <extracomment>how many of the missing seats show before &quot;Ukázat další doporučená místa&quot;</extracomment>
        <translation>Composition check</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="95"/>
        <source>Vyberte pracovní skupinu nebo jiný orgán.</source>
        <translation>Select a working group or another body.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="108"/>
        <source>Kontrola složení: {0}</source>
        <translation>Composition check: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="110"/>
        <source>Doporučené složení ({0}): obsazeno {1} z {2} míst.</source>
        <translation>Recommended composition ({0}): {1} of {2} seats filled.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="147"/>
        <source>Doporučujeme obsadit:</source>
        <translation>Seats to fill first:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="156"/>
        <source>Skrýt další doporučená místa</source>
        <translation>Hide the other recommended seats</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="157"/>
        <source>Ukázat další doporučená místa ({0})</source>
        <translation>Show the other recommended seats ({0})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="116"/>
        <source>✔ Rozhodovací pravomoc: ano – {0}</source>
        <translation>✔ Decision-making power: yes – {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="119"/>
        <source>✘ Rozhodovací pravomoc: ne – ve skupině nesedí nikdo, kdo může rozhodnout.</source>
        <translation>✘ Decision-making power: no – nobody in the group can make decisions.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="123"/>
        <source>⚠ Chybí zástupce cílové skupiny – lidé, o kterých se rozhoduje, nejsou u stolu.</source>
        <translation>⚠ No target-group representative – the people affected by the decisions are not at the table.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/composition_panel.py" line="141"/>
        <source>Další členové: {0}</source>
        <translation>Other members: {0}</translation>
    </message>
</context>
<context>
    <name>Computed</name>
    <message>
        <location filename="../../obecdesk/core/indicators/computed.py" line="25"/>
        <source>Proběhlá jednání partnerství</source>
        <extracomment>code → what the indicator is (its values come from :func:`computed_values`)</extracomment>
        <translation>Partnership meetings held</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/indicators/computed.py" line="29"/>
        <source>Podíl pozvaných členů, kteří přišli</source>
        <translation>Share of invited members who came</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/indicators/computed.py" line="34"/>
        <source>Úkoly splněné do termínu</source>
        <translation>Action items done by their due date</translation>
    </message>
</context>
<context>
    <name>ConditionsModel</name>
    <message>
        <location filename="../../obecdesk/ui/cooperation/conditions_model.py" line="24"/>
        <source>neposouzeno</source>
        <extracomment>met → label; the combo of the assessment column offers these</extracomment>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/conditions_model.py" line="24"/>
        <source>splněno</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/conditions_model.py" line="25"/>
        <source>nesplněno</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/conditions_model.py" line="37"/>
        <source>Podmínka spolupráce</source>
        <extracomment>the combo&apos;s values are strings (a QComboBox item holds no None reliably)</extracomment>
        <translation>Condition of cooperation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/conditions_model.py" line="38"/>
        <source>Posouzení</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/conditions_model.py" line="39"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="32"/>
        <source>obsahuje „%1“</source>
        <translation>includes “%1”</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="33"/>
        <source>neobsahuje „%1“</source>
        <translation>does not include “%1”</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="34"/>
        <source>(prázdné)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="35"/>
        <source>ano</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="36"/>
        <source>ne</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="37"/>
        <source>tato instalace</source>
        <translation>this installation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="38"/>
        <source>replika %1</source>
        <translation>replica %1</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="97"/>
        <source>Záznam</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="98"/>
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="99"/>
        <source>Platná hodnota</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="100"/>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="102"/>
        <source>Kdo a kdy</source>
        <translation>Who and when</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_model.py" line="101"/>
        <source>Přepsaná hodnota</source>
        <translation>Overwritten value</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_view.py" line="78"/>
        <source>Tyto údaje upravili na dvou místech zároveň. Platí novější úprava; přepsanou hodnotu můžete vrátit. Volba se zapíše jako běžná úprava a odešle se dál.</source>
        <extracomment>the number of unresolved conflicts changed (for the tab title)</extracomment>
        <translation>These fields were edited in two places at once. The newer edit applies; you can bring back the overwritten value. Your choice is saved as an ordinary edit and sent on.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_view.py" line="81"/>
        <source>Žádné nevyřešené konflikty.</source>
        <translation>No unresolved conflicts.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_view.py" line="99"/>
        <source>Platná hodnota</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_view.py" line="100"/>
        <source>Přepsaná hodnota</source>
        <translation>Overwritten value</translation>
    </message>
</context>
<context>
    <name>CooperationView</name>
    <message>
        <location filename="../../obecdesk/ui/cooperation/view.py" line="77"/>
        <source>Uložit</source>
        <extracomment>the day the countdown counts from (a test may fix it)</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/view.py" line="79"/>
        <source>Vrátit změny</source>
        <translation>Revert changes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/view.py" line="81"/>
        <source>Závěrečná zpráva (PDF)…</source>
        <translation>Closing report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/view.py" line="123"/>
        <source>Nejdříve založte nebo vyberte lokalitu.</source>
        <translation>Create or choose a locality first.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="69"/>
        <source>dlouhodobá spolupráce: plán fází, bez pevného konce</source>
        <translation>long-term cooperation: a phase plan, no fixed end</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="71"/>
        <source>zatím neurčen</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="73"/>
        <source>{0} (určen ručně)</source>
        <translation>{0} (set by hand)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="75"/>
        <source>{0} (od memoranda)</source>
        <translation>{0} (from the memorandum)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="77"/>
        <source>{0} (od zahájení)</source>
        <translation>{0} (from the start)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="80"/>
        <source>; obec žádá: {0}, režim lokality změníte v Lokalitách</source>
        <translation>; the municipality asks for: {0}, change the locality&apos;s mode in Localities</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/view.py" line="167"/>
        <source>Neuložené změny.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/view.py" line="180"/>
        <source>Uloženo.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/closing_report.py" line="25"/>
        <source>Uložit závěrečnou zprávu</source>
        <translation>Save the closing report</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/closing_report.py" line="26"/>
        <source>zaverecna-zprava-{0}.pdf</source>
        <translation>closing-report-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/closing_report.py" line="27"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/closing_report.py" line="38"/>
        <source>Závěrečná zpráva uložena do {0}.</source>
        <translation>Closing report saved to {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/unsaved.py" line="16"/>
        <source>Rámec spolupráce má neuložené změny. Chcete je uložit?</source>
        <translation>The cooperation frame has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/unsaved.py" line="19"/>
        <source>Rámec spolupráce má neuložené změny. Uložit je před přepnutím lokality?</source>
        <translation>The cooperation frame has unsaved changes. Save them before switching the locality?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/unsaved.py" line="22"/>
        <source>Neuložené změny</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/correction_dialog.py" line="23"/>
        <source>Opravit schválený zápis</source>
        <translation>Correct approved minutes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/correction_dialog.py" line="24"/>
        <source>Zápis jednání „{0}“ je schválen. Oprava se zapíše do historie zápisu: kdo, kdy a proč ho opravil, i jeho dosavadní znění; na znovu vytištěném zápisu bude „opraveno dne …“.</source>
        <translation>The minutes of “{0}” are approved. The correction is recorded in the minutes&apos; history: who corrected them, when and why, and the text before; a reprint will say “corrected on …”.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/correction_dialog.py" line="31"/>
        <source>např. překlep v usnesení, schváleno na jednání PS 2. 7.</source>
        <translation>e.g. a typo in a decision, approved at the WG meeting on 2 July</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/correction_dialog.py" line="37"/>
        <source>Důvod opravy</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/correction_dialog.py" line="38"/>
        <source>Opravuje</source>
        <translation>Corrected by</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/correction_dialog.py" line="42"/>
        <source>Zahájit opravu</source>
        <translation>Start correction</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="16"/>
        <source>zbývá {0} den (do {1})</source>
        <extracomment>the three Czech forms of a day count (1, 2–4, 5 and more), each one whole phrase</extracomment>
        <translation>{0} day left (until {1})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="17"/>
        <source>zbývají {0} dny (do {1})</source>
        <translation>{0} days left (until {1})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="18"/>
        <source>zbývá {0} dní (do {1})</source>
        <translation>{0} days left (until {1})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="19"/>
        <source>{0} den po plánovaném konci ({1})</source>
        <translation>{0} day past the planned end ({1})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="20"/>
        <source>{0} dny po plánovaném konci ({1})</source>
        <translation>{0} days past the planned end ({1})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="21"/>
        <source>{0} dní po plánovaném konci ({1})</source>
        <translation>{0} days past the planned end ({1})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="22"/>
        <source>dnes je poslední den spolupráce ({0})</source>
        <translation>today is the last day of the cooperation ({0})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="44"/>
        <source>⚠ {0} – připravte závěrečnou zprávu</source>
        <translation>⚠ {0} – prepare the closing report</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="55"/>
        <source>Spolupráce s lokalitou {0} měla skončit: {1}. Připravte závěrečnou zprávu (Spolupráce).</source>
        <translation>The cooperation with {0} was due to end: {1}. Prepare the closing report (Cooperation).</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/countdown_text.py" line="58"/>
        <source>Spolupráce s lokalitou {0} se blíží ke konci: {1}. Připravte závěrečnou zprávu (Spolupráce).</source>
        <translation>The cooperation with {0} is nearing its end: {1}. Prepare the closing report (Cooperation).</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/dashboard.py" line="35"/>
        <source>Fáze spolupráce</source>
        <translation>Phase of the cooperation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/dashboard.py" line="36"/>
        <source>Strategický plán</source>
        <translation>Strategic plan</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/dashboard.py" line="37"/>
        <source>Ukazatele</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/dashboard.py" line="38"/>
        <source>Projekty</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/dashboard.py" line="48"/>
        <source>mimo 36měsíční plán (nebo bez data zahájení)</source>
        <translation>outside the 36-month plan (or no start date)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/dashboard.py" line="50"/>
        <source>{0}, verze {1}, schválen {2}</source>
        <translation>{0}, version {1}, adopted {2}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/dashboard.py" line="52"/>
        <source>Lokalita zatím nemá strategický plán.</source>
        <translation>The locality has no strategic plan yet.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/dashboard.py" line="63"/>
        <source>Žádný ukazatel není mimo plán.</source>
        <translation>No indicator is off track.</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../obecdesk/ui/cooperation/decision_form.py" line="28"/>
        <source>Rozhodnutí a termíny</source>
        <translation>Decision and dates</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/decision_form.py" line="35"/>
        <source>důvod (u odmítnutí povinný)</source>
        <translation>reason (required when declined)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/decision_form.py" line="40"/>
        <source>jiný konec:</source>
        <translation>other end:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/decision_form.py" line="53"/>
        <source>dne</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/decision_form.py" line="56"/>
        <source>Rozhodnutí</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/decision_form.py" line="57"/>
        <source>Důvod</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/decision_form.py" line="58"/>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/decision_form.py" line="59"/>
        <source>Plánovaný konec</source>
        <translation>Planned end</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/decisions_model.py" line="35"/>
        <source>Číslo</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/decisions_model.py" line="36"/>
        <source>Usnesení</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/decisions_model.py" line="37"/>
        <source>Jak rozhodnuto</source>
        <translation>How decided</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/decisions_model.py" line="38"/>
        <source>Pro</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/decisions_model.py" line="39"/>
        <source>Proti</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/decisions_model.py" line="40"/>
        <source>Zdrželo se</source>
        <translation>Abstained</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/decisions_model.py" line="77"/>
        <source>prozatímní</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/decisions_model.py" line="82"/>
        <source>po uložení</source>
        <translation>after saving</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/decisions_model.py" line="101"/>
        <source>Prozatímní číslo: konečné přidělí kopie obecdesk, která čísluje usnesení této lokality, až usnesení dostane.</source>
        <translation>Provisional number: the obecdesk copy that numbers this locality&apos;s decisions gives the final one when it receives the decision.</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <location filename="../../obecdesk/ui/discard_guard.py" line="18"/>
        <source>Zahodit změny</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/discard_guard.py" line="19"/>
        <source>Formulář obsahuje neuložené změny. Opravdu je zahodit?</source>
        <translation>The form has unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/header_bar.py" line="24"/>
        <source>Uložit</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/header_bar.py" line="26"/>
        <source>Uložit změny (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/header_bar.py" line="27"/>
        <source>Zahodit změny</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/header_bar.py" line="33"/>
        <source>Režim psaní</source>
        <translation>Writing mode</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/header_bar.py" line="37"/>
        <source>Skryje seznam jednání, aby byl zápis při jednání co největší (F11)</source>
        <translation>Hides the meeting list so the minutes get as much room as possible during the meeting (F11)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/header_bar.py" line="40"/>
        <source>Tisk:</source>
        <translation>Print:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/header_bar.py" line="42"/>
        <source>Program</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/header_bar.py" line="43"/>
        <source>Prezenční listina</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/header_bar.py" line="44"/>
        <source>Zápis</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/header_bar.py" line="47"/>
        <source>Vytvořit PDF a zobrazit náhled k uložení nebo tisku</source>
        <translation>Create a PDF and preview it to save or print</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../obecdesk/ui/errors.py" line="18"/>
        <source>Nelze provést</source>
        <translation>Cannot be done</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="23"/>
        <source>Upravit akci</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="23"/>
        <source>Nová akce</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="31"/>
        <source>(bez metody z katalogu)</source>
        <translation>(no method from the catalog)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="39"/>
        <source>Jak jste pozvali lidi, kteří na veřejné akce obvykle nechodí (terénní pracovník, letáky…)</source>
        <translation>How you invited people who do not usually come to public events (field worker, leaflets…)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="81"/>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="42"/>
        <source>Název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="80"/>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="42"/>
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="56"/>
        <source>Upravit událost</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="56"/>
        <source>Nová událost</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="70"/>
        <source>např. Facebooková skupina Lipová sobě</source>
        <translation>e.g. the Facebook group Lipová sobě</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="72"/>
        <source>odhad počtu lidí (čtenáři, sdílení, podpisy)</source>
        <translation>estimated number of people (readers, shares, signatures)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="80"/>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="43"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="82"/>
        <source>Popis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="83"/>
        <source>Zdroj</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="83"/>
        <source>Dosah</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="84"/>
        <source>Závažnost</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/event_dialog.py" line="85"/>
        <source>Zapojení aktéři</source>
        <translation>Actors involved</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="43"/>
        <source>Místo</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="44"/>
        <source>Metoda</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="45"/>
        <source>Účast celkem</source>
        <translation>Attendance in total</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="46"/>
        <source>Z cílových a zranitelných skupin</source>
        <translation>From target and vulnerable groups</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="47"/>
        <source>Oslovení zranitelných skupin</source>
        <translation>Outreach to vulnerable groups</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="48"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="18"/>
        <source>Oslovení zranitelných skupin: {0}</source>
        <translation>Outreach to vulnerable groups: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="19"/>
        <source>Metoda z katalogu: {0}</source>
        <translation>Method from the catalog: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="38"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="39"/>
        <source>Akce</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="40"/>
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="41"/>
        <source>Místo</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="42"/>
        <source>Účast</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="43"/>
        <source>Z cílových skupin</source>
        <translation>From target groups</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="44"/>
        <source>Návrhy</source>
        <translation>Proposals</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <location filename="../../obecdesk/ui/fault_dialog.py" line="25"/>
        <source>Nastala neočekávaná chyba a poslední akce se neprovedla. Uložená práce je v pořádku. Pokud se chyba opakuje, pošlete prosím podrobnosti na centrálu.</source>
        <translation>An unexpected error occurred and the last action was not carried out. Your saved work is safe. If the error happens again, please send the details to the central office.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/fault_dialog.py" line="29"/>
        <source>Záznam o chybě: {path}</source>
        <translation>Error log: {path}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/fault_dialog.py" line="31"/>
        <source>Neočekávaná chyba</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/fault_dialog.py" line="36"/>
        <source>Kopírovat podrobnosti</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="47"/>
        <source>Centrála</source>
        <translation>Central office</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="53"/>
        <source>adresa, na kterou posíláte balíčky</source>
        <translation>the address you send bundles to</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="56"/>
        <source>Načíst adresní kartu centrály…</source>
        <translation>Read the central office&apos;s address card…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="59"/>
        <source>Název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="60"/>
        <source>Otisk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="61"/>
        <source>E-mail centrály</source>
        <translation>Central office e-mail</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="66"/>
        <source>Výměna balíčků s centrálou</source>
        <translation>Bundle exchange with the central office</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="70"/>
        <source>Poslední odeslaný balíček</source>
        <translation>Last bundle sent</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="71"/>
        <source>Centrála potvrdila</source>
        <translation>Acknowledged by the central office</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="72"/>
        <source>Poslední přijatý balíček</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="74"/>
        <source>Připravit balíček pro centrálu</source>
        <translation>Prepare a bundle for the central office</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="77"/>
        <source>Načíst balíček…</source>
        <translation>Read a bundle…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="84"/>
        <source>Balíček od centrály sem můžete také přetáhnout myší.</source>
        <translation>You can also drag a bundle from the central office here.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="90"/>
        <source>Co čeká na odeslání centrále:</source>
        <translation>Waiting to be sent to the central office:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="96"/>
        <source>adresní karta zatím nenačtena</source>
        <translation>address card not read yet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="107"/>
        <source>zatím nic</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="108"/>
        <source>všechny změny do %1 (potvrzeno %2)</source>
        <translation>all changes up to %1 (confirmed %2)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="109"/>
        <source>změny do %1 (potvrzeno %2); novější čekají na další balíček</source>
        <translation>changes up to %1 (confirmed %2); newer ones wait for the next bundle</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="117"/>
        <source>Adresní karta centrály</source>
        <translation>Central office address card</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="120"/>
        <source>Načtena adresní karta „%1“ s otiskem %2. Porovnejte otisk s centrálou.</source>
        <translation>Address card “%1” with fingerprint %2 read. Compare the fingerprint with the central office.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="127"/>
        <source>Kam uložit balíček a e-mail</source>
        <translation>Where to save the bundle and the e-mail</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/field_panel.py" line="136"/>
        <source>Balíček %1 (%2 záznamů) a e-mail %3 jsou připraveny; otevřete e-mail v poštovním programu a odešlete ho.</source>
        <translation>Bundle %1 (%2 records) and e-mail %3 are ready; open the e-mail in your mail program and send it.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="29"/>
        <source>Název / jméno</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="30"/>
        <source>Název</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="31"/>
        <source>Kraj</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="32"/>
        <source>Počet obyvatel</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="33"/>
        <source>Typ spolupráce</source>
        <translation>Cooperation mode</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="34"/>
        <source>Začátek spolupráce</source>
        <translation>Start of cooperation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="35"/>
        <source>Témata</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="36"/>
        <source>Konzultant</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="37"/>
        <source>Poznámky</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="38"/>
        <source>Archivováno</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="39"/>
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="40"/>
        <location filename="../../obecdesk/sync/field_labels.py" line="41"/>
        <source>Organizace</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="42"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="43"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="44"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="45"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="46"/>
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="47"/>
        <source>Vliv</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="48"/>
        <source>Postoj k začleňování</source>
        <translation>Attitude to inclusion</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="49"/>
        <source>Zájem</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="50"/>
        <source>Rozhodovací pravomoc</source>
        <translation>Decision power</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="51"/>
        <source>Štítky</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="52"/>
        <source>Právní základ zpracování</source>
        <translation>Legal basis of processing</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="53"/>
        <source>Datum souhlasu</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="54"/>
        <source>Účel zpracování</source>
        <translation>Purpose of processing</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="55"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="56"/>
        <source>Označení</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="57"/>
        <source>Téma</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="58"/>
        <source>Členem od</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="59"/>
        <source>Členem do</source>
        <translation>Member until</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="60"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="61"/>
        <source>Začátek</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="62"/>
        <source>Konec</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="63"/>
        <source>Místo</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="64"/>
        <source>Facilitátor</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="65"/>
        <source>Zapisovatel</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="66"/>
        <source>Způsob rozhodování</source>
        <translation>Decision rule</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="67"/>
        <source>Cíl</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="68"/>
        <source>Počet účastníků</source>
        <translation>Head count</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="69"/>
        <source>Předkládá</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="70"/>
        <source>Plánovaná délka (min)</source>
        <translation>Planned length (min)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="71"/>
        <source>Metoda</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="72"/>
        <source>Očekávaný výstup</source>
        <translation>Expected output</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="73"/>
        <source>Zápis</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="74"/>
        <source>Jméno hosta</source>
        <translation>Guest name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="75"/>
        <source>Organizace hosta</source>
        <translation>Guest organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="76"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="77"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="78"/>
        <source>Jak bylo rozhodnuto</source>
        <translation>How it was decided</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="79"/>
        <source>Termín</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="80"/>
        <source>Splněno dne</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="81"/>
        <source>Smazáno</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="83"/>
        <source>Účast celkem</source>
        <translation>Attendance in total</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="84"/>
        <source>Účast z cílových skupin</source>
        <translation>Attendance from target groups</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="85"/>
        <source>Oslovení zranitelných skupin</source>
        <translation>Outreach to vulnerable groups</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="86"/>
        <source>Vyřízení</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="87"/>
        <source>Důvod</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="88"/>
        <source>Co se s návrhem stalo</source>
        <translation>What happened to the proposal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="89"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="90"/>
        <source>Mediátoři</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="91"/>
        <source>Pravidla jednání</source>
        <translation>Rules of negotiation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="92"/>
        <source>Výsledek</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="93"/>
        <source>Znění dohody</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="94"/>
        <source>Přítomni</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="95"/>
        <source>Výsledek setkání</source>
        <translation>Outcome of the session</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="96"/>
        <source>Sdílená</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="97"/>
        <source>Sdílený text poznámky</source>
        <translation>Shared text of the note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="99"/>
        <source>Kdo požádal</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="100"/>
        <source>Datum žádosti</source>
        <translation>Date of request</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="101"/>
        <source>Požadovaný režim</source>
        <translation>Requested mode</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="102"/>
        <source>Situace slovy obce</source>
        <translation>The situation in the municipality&apos;s words</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="103"/>
        <source>Rozhodnutí o žádosti</source>
        <translation>Decision on the request</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="104"/>
        <source>Důvod rozhodnutí</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="105"/>
        <source>Datum rozhodnutí</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="106"/>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="107"/>
        <source>Plánovaný konec (ručně)</source>
        <translation>Planned end (set by hand)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels.py" line="108"/>
        <source>Splněno</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="18"/>
        <source>Datum události</source>
        <translation>Date of the event</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="19"/>
        <source>Popis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="20"/>
        <source>Zdroj</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="21"/>
        <source>Dosah</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="22"/>
        <source>Závažnost</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="23"/>
        <source>Zapojení aktéři</source>
        <translation>Actors involved</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="24"/>
        <source>Název souboru</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="25"/>
        <source>Obsah souboru</source>
        <translation>File content</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="26"/>
        <source>Pravděpodobnost</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="27"/>
        <source>Dopad</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="28"/>
        <source>Varovné signály</source>
        <translation>Warning signals</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="29"/>
        <source>Připravená reakce</source>
        <translation>Prepared response</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="30"/>
        <source>Odpovídá</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="31"/>
        <source>Datum záznamu</source>
        <translation>Date of the reading</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="32"/>
        <source>Napětí</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="33"/>
        <source>Klíčová sdělení</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="34"/>
        <source>Mluvčí</source>
        <translation>Spokesperson</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="35"/>
        <source>Kanály</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="36"/>
        <source>Připravená prohlášení</source>
        <translation>Holding statements</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="37"/>
        <source>Znění textu</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="38"/>
        <source>Pro koho</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../obecdesk/sync/field_labels_communication.py" line="39"/>
        <source>Dáno</source>
        <translation>Given</translation>
    </message>
</context>
<context>
    <name>FindingEditors</name>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="31"/>
        <source>{0} (celá agenda)</source>
        <translation>{0} (whole agenda)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="34"/>
        <source>Kritické místo *</source>
        <translation>Critical point *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="35"/>
        <source>Agenda a krok</source>
        <translation>Agenda and step</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="36"/>
        <source>Závažnost</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="37"/>
        <source>Dopad</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="38"/>
        <source>Popis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="39"/>
        <source>Doklady</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="40"/>
        <source>dokumenty, rozhovory, čísla</source>
        <translation>documents, interviews, figures</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="53"/>
        <source>Upravit kritické místo</source>
        <translation>Edit critical point</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="54"/>
        <source>Nové kritické místo</source>
        <translation>New critical point</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="59"/>
        <source>Doporučení *</source>
        <translation>Recommendation *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="60"/>
        <source>Řeší kritická místa</source>
        <translation>Answers critical points</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="62"/>
        <source>Co doporučujeme</source>
        <translation>What we recommend</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="63"/>
        <source>Dohodnuté řešení</source>
        <translation>Negotiated solution</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="64"/>
        <source>Stav realizace</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="66"/>
        <source>Odpovídá</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="67"/>
        <source>Předat třetí straně</source>
        <translation>Refer to a third party</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="68"/>
        <source>(nikomu / jen název níže)</source>
        <translation>(nobody / only the name below)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="69"/>
        <source>…nebo organizace</source>
        <translation>…or organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="70"/>
        <source>Poznámka k předání</source>
        <translation>Referral note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="83"/>
        <source>Upravit doporučení</source>
        <translation>Edit recommendation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="83"/>
        <source>Nové doporučení</source>
        <translation>New recommendation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="87"/>
        <source>Datum konzultace *</source>
        <translation>Consultation date *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="88"/>
        <source>Co přinesla *</source>
        <translation>Outcome *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/finding_editors.py" line="90"/>
        <source>Konzultace: {0}</source>
        <translation>Consultation: {0}</translation>
    </message>
</context>
<context>
    <name>GdprActions</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/gdpr_actions.py" line="26"/>
        <source>Vymazat osobní údaje</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/gdpr_actions.py" line="27"/>
        <source>Opravdu vymazat všechny osobní údaje osoby {0}? Zůstane jen anonymní záznam, aby seděly počty účastníků jednání. Výmaz se při synchronizaci přenese na ostatní počítače a nelze ho vrátit.</source>
        <translation>Really erase all personal data of {0}? Only an anonymous record will remain so that meeting attendance counts stay correct. The erasure is passed on to other computers when syncing and cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/gdpr_actions.py" line="45"/>
        <source>Zkontrolujte zápisy</source>
        <translation>Review the minutes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/gdpr_actions.py" line="46"/>
        <source>Osobní údaje jsou vymazány. Jméno ještě zmiňuje text {0} zápisů, usnesení nebo úkolů; projděte je a upravte ručně.</source>
        <translation>The personal data have been erased. The name is still mentioned in the text of {0} minutes, decisions or action items; review and edit them by hand.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/gdpr_actions.py" line="59"/>
        <source>Starší zálohy</source>
        <translation>Older backups</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/gdpr_actions.py" line="60"/>
        <source>Zálohy databáze pořízené před výmazem ({0}) osobní údaje ještě obsahují. Smazat je? (Totéž udělá příkaz „{1}“.)</source>
        <translation>The database backups taken before the erasure ({0}) still contain the personal data. Delete them? (The command “{1}” does the same.)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/gdpr_actions.py" line="72"/>
        <source>Export všech údajů o osobě</source>
        <translation>Export all data about the person</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/gdpr_actions.py" line="73"/>
        <source>Čitelný text (*.txt);;JSON (*.json)</source>
        <translation>Plain text (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/gdpr_actions.py" line="78"/>
        <source>Export hotov</source>
        <translation>Export done</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/gdpr_actions.py" line="79"/>
        <source>Údaje o osobě jsou uloženy v {0}.</source>
        <translation>The person&apos;s data has been saved to {0}.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/goal_dialog.py" line="19"/>
        <source>Upravit cíl</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/goal_dialog.py" line="19"/>
        <source>Nový cíl</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/goal_dialog.py" line="24"/>
        <source>Oblast</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/goal_dialog.py" line="25"/>
        <source>Cíl *</source>
        <translation>Goal *</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="46"/>
        <source>Upravit skupinu</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="46"/>
        <source>Nová skupina publika</source>
        <translation>New audience group</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="49"/>
        <source>např. Rodiče žáků ZŠ</source>
        <translation>e.g. Parents of primary-school pupils</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="52"/>
        <source>Název *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="53"/>
        <source>Kdo to je</source>
        <translation>Who they are</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_models.py" line="36"/>
        <source>Skupina</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_models.py" line="37"/>
        <source>Postoj</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_models.py" line="38"/>
        <source>Napětí</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_models.py" line="39"/>
        <source>Od minula</source>
        <translation>Since last</translation>
    </message>
</context>
<context>
    <name>HqOverview</name>
    <message>
        <location filename="../../obecdesk/core/hq_overview_queries.py" line="33"/>
        <source>nikdo s rozhodovací pravomocí</source>
        <extracomment>meeting statuses that mean it took place a stamp is &quot;&lt;15-digit wall clock&gt;-&lt;6-digit counter&gt;-&lt;replica id&gt;&quot;: the replica starts here what makes a partnership weak (Czech source texts, shown and exported)</extracomment>
        <translation>nobody with decision-making power</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/hq_overview_queries.py" line="34"/>
        <source>bez zástupců cílové skupiny</source>
        <translation>no target-group representatives</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/hq_overview_queries.py" line="35"/>
        <source>žádné jednání za 90 dní</source>
        <translation>no meeting in 90 days</translation>
    </message>
</context>
<context>
    <name>HqOverviewModel</name>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="46"/>
        <source>Lokalita</source>
        <extracomment>the value a column sorts by (numbers as numbers, names in Czech order)</extracomment>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="47"/>
        <source>Režim</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="48"/>
        <source>Fáze</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="49"/>
        <source>Konzultant/ka</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="50"/>
        <source>Poslední balíček</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="51"/>
        <source>Čl.</source>
        <translation>Mem.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="52"/>
        <source>Rozh.</source>
        <translation>Dec.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="53"/>
        <source>CS</source>
        <translation>TG</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="54"/>
        <source>J 90 d</source>
        <translation>M 90 d</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="55"/>
        <source>Úkoly</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="56"/>
        <source>Mimo</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="57"/>
        <source>Proj.</source>
        <translation>Proj.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="58"/>
        <source>Získáno</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="62"/>
        <source>Současní členové orgánů partnerství</source>
        <extracomment>what an abbreviated header means (its tooltip)</extracomment>
        <translation>Current members of the partnership&apos;s bodies</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="63"/>
        <source>Členové s rozhodovací pravomocí</source>
        <translation>Members with decision-making power</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="64"/>
        <source>Zástupci cílové skupiny mezi členy</source>
        <translation>Target-group representatives among the members</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="65"/>
        <source>Jednání, která proběhla za posledních 90 dní</source>
        <translation>Meetings held in the last 90 days</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="66"/>
        <source>Otevřené úkoly / z toho po termínu</source>
        <translation>Open tasks / of them overdue</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="67"/>
        <source>Indikátory mimo plán</source>
        <translation>Indicators off track</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="68"/>
        <source>Projekty připravené / schválené</source>
        <translation>Projects prepared / approved</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="69"/>
        <source>Peníze získané schválenými projekty</source>
        <translation>Money obtained by approved projects</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="72"/>
        <source>akutní</source>
        <translation>acute</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="73"/>
        <source>systematická</source>
        <translation>systematic</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="74"/>
        <source>dlouhodobá</source>
        <translation>long-term</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="91"/>
        <source>{0}. měsíc</source>
        <translation>month {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="99"/>
        <source>vytvořeno zde</source>
        <translation>created here</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="100"/>
        <source>nikdy nepřijato</source>
        <translation>never received</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="101"/>
        <source>{0} ({1} d)</source>
        <translation>{0} ({1} d)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="109"/>
        <source>Poslední balíček přišel před {0} dny.</source>
        <translation>The last bundle came {0} days ago.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="112"/>
        <source>Partnerství bez zjevných slabin.</source>
        <translation>A partnership without evident weaknesses.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/model.py" line="146"/>
        <source>od {0}</source>
        <translation>from {0}</translation>
    </message>
</context>
<context>
    <name>HqOverviewView</name>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="54"/>
        <source>Hledat lokalitu nebo konzultanta…</source>
        <extracomment>the screen a double-click opens the locality in the day that decides phases, meetings in the last 90 days and overdue tasks</extracomment>
        <translation>Search a locality or a coordinator…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="56"/>
        <source>jen zastaralé</source>
        <translation>stale only</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="62"/>
        <source> dní</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="63"/>
        <source>Lokalita je zastaralá, když její poslední balíček je starší než tento počet dní.</source>
        <translation>A locality is stale when its last bundle is older than this many days.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="65"/>
        <source>Uložit do XLSX…</source>
        <translation>Save to XLSX…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="70"/>
        <source>Zastaralé po:</source>
        <translation>Stale after:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="124"/>
        <source>Lokalit: {0} (zobrazeno {1}); zastaralých: {2}; se slabým partnerstvím: {3}.</source>
        <translation>Localities: {0} ({1} shown); stale: {2}; with a weak partnership: {3}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="126"/>
        <source>Značka u názvu: červená – zastaralý balíček, oranžová – slabé partnerství, zelená – v pořádku. Čl. – členové orgánů, Rozh. – s rozhodovací pravomocí, CS – zástupci cílové skupiny, J 90 d – jednání za 90 dní, Úkoly – otevřené/po termínu, Mimo – indikátory mimo plán, Proj. – připravené/schválené. Dvojklik otevře lokalitu.</source>
        <translation>Marker by the name: red – stale bundle, orange – weak partnership, green – fine. Mem. – members of the bodies, Dec. – with decision-making power, TG – target-group representatives, M 90 d – meetings in 90 days, Tasks – open/overdue, Off – indicators off track, Proj. – prepared/approved. A double-click opens the locality.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="157"/>
        <source>Uložit přehled lokalit</source>
        <translation>Save the localities overview</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="158"/>
        <source>prehled-lokalit.xlsx</source>
        <translation>localities-overview.xlsx</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="159"/>
        <source>Tabulka Excel (*.xlsx)</source>
        <translation>Excel table (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/hq_overview/view.py" line="172"/>
        <source>Přehled uložen do {0}.</source>
        <translation>Overview saved to {0}.</translation>
    </message>
</context>
<context>
    <name>HqPanel</name>
    <message>
        <location filename="../../obecdesk/ui/sync/hq_panel.py" line="37"/>
        <source>Terénní repliky</source>
        <translation>Field replicas</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/hq_panel.py" line="41"/>
        <source>Načíst složku balíčků…</source>
        <translation>Read a folder of bundles…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/hq_panel.py" line="42"/>
        <source>Načíst balíček…</source>
        <translation>Read a bundle…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/hq_panel.py" line="43"/>
        <source>Připravit zpáteční balíčky…</source>
        <translation>Prepare return bundles…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/hq_panel.py" line="63"/>
        <source>Složka s balíčky terénních replik</source>
        <translation>Folder with the field replicas&apos; bundles</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/hq_panel.py" line="69"/>
        <source>Kam uložit zpáteční balíčky</source>
        <translation>Where to save the return bundles</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/hq_panel.py" line="72"/>
        <source>Zapsáno zpátečních balíčků: %1 (do %2).</source>
        <translation>Return bundles written: %1 (to %2).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_dialog.py" line="34"/>
        <source>Import aktérů z tabulky</source>
        <translation>Import stakeholders from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_dialog.py" line="197"/>
        <source>Zrušit</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_dialog.py" line="73"/>
        <source>Přiřazení sloupců (změnou se náhled přepočítá):</source>
        <extracomment>preview readers still running; only the newest one&apos;s answer is shown</extracomment>
        <translation>Column mapping (changing it updates the preview):</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_dialog.py" line="113"/>
        <source>Čtu soubor…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_dialog.py" line="172"/>
        <source>Přerušit import</source>
        <translation>Stop the import</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_dialog.py" line="176"/>
        <source>Importuji…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_dialog.py" line="190"/>
        <source>Přerušuji import…</source>
        <translation>Stopping the import…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_dialog.py" line="204"/>
        <source>Zavřít</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportFileRow</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_file_row.py" line="29"/>
        <source>CSV (i z českého Excelu) nebo XLSX</source>
        <translation>CSV (including from Czech Excel) or XLSX</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_file_row.py" line="30"/>
        <source>Vybrat soubor…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_file_row.py" line="35"/>
        <source>automaticky</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_file_row.py" line="36"/>
        <source>Kódování souboru CSV; u XLSX se nepoužije.</source>
        <translation>Encoding of a CSV file; not used for XLSX.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_file_row.py" line="40"/>
        <source>Soubor:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_file_row.py" line="43"/>
        <source>Kódování:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_file_row.py" line="48"/>
        <source>Vyberte tabulku s aktéry</source>
        <translation>Choose a spreadsheet with stakeholders</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_file_row.py" line="49"/>
        <source>Tabulky (*.csv *.xlsx *.txt);;Všechny soubory (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTabs</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="34"/>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="37"/>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="40"/>
        <source>Řádek</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="34"/>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="37"/>
        <source>Jméno / název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="34"/>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="37"/>
        <source>Organizace</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="34"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="35"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="35"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="35"/>
        <source>Upozornění</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="37"/>
        <source>Proč</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="40"/>
        <source>Důvod</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="40"/>
        <source>Obsah řádku</source>
        <translation>Row content</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="67"/>
        <source>Bude importováno ({0})</source>
        <translation>To be imported ({0})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="67"/>
        <source>Duplicity ({0})</source>
        <translation>Duplicates ({0})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_preview_tabs.py" line="68"/>
        <source>Odmítnuté řádky ({0})</source>
        <translation>Rejected rows ({0})</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../obecdesk/ui/sync/bundle_reader.py" line="59"/>
        <source>Načtené balíčky</source>
        <translation>Bundles read</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/bundle_reader.py" line="61"/>
        <source>Načteno: %1 · už načtené dříve: %2 · odmítnuto: %3</source>
        <translation>Read: %1 · read before: %2 · refused: %3</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/bundle_reader.py" line="66"/>
        <source>(přerušeno; zbylé soubory se nečetly)</source>
        <translation>(stopped; the remaining files were not read)</translation>
    </message>
</context>
<context>
    <name>ImportStatusBar</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_status.py" line="25"/>
        <source>Importovat</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_status.py" line="28"/>
        <source>Zrušit</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_status.py" line="40"/>
        <source>Aktérů k importu: {0}.</source>
        <translation>Stakeholders to import: {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_status.py" line="42"/>
        <source>Duplicit (přeskočí se): {0}.</source>
        <translation>Duplicates (will be skipped): {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_status.py" line="44"/>
        <location filename="../../obecdesk/ui/stakeholders/import_status.py" line="58"/>
        <source>Odmítnutých řádků: {0}.</source>
        <translation>Rejected rows: {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_status.py" line="46"/>
        <source>Vynechaných prázdných řádků: {0}.</source>
        <translation>Empty rows skipped: {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_status.py" line="53"/>
        <source>Importováno aktérů: {0}.</source>
        <translation>Stakeholders imported: {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/import_status.py" line="55"/>
        <source>Přeskočeno duplicit přidaných mezitím: {0}.</source>
        <translation>Skipped duplicates added in the meantime: {0}.</translation>
    </message>
</context>
<context>
    <name>IndicatorDetail</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="37"/>
        <source>Vyberte ukazatel v plánu.</source>
        <translation>Select an indicator in the plan.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="55"/>
        <source>Zapsat hodnotu</source>
        <extracomment>HQ&apos;s notes on the indicator&apos;s values, period by period</extracomment>
        <translation>Enter a value</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="56"/>
        <source>Opravy hodnot</source>
        <translation>Corrections of values</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="57"/>
        <source>Poznámky centrály</source>
        <translation>HQ notes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="70"/>
        <source> · vypočteno ze záznamů aplikace</source>
        <translation> · computed from the app&apos;s records</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="75"/>
        <source>{unit} · {result} · {aggregation} · výchozí hodnota {base}{computed}</source>
        <translation>{unit} · {result} · {aggregation} · baseline {base}{computed}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="88"/>
        <source>{when} {who}: {period} {old} → {new} ({why})</source>
        <translation>{when} {who}: {period} {old} → {new} ({why})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="106"/>
        <source>Zatím bez hodnot a cílů</source>
        <translation>No values or targets yet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="110"/>
        <source>Hodnota</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="116"/>
        <source>Cíl za období</source>
        <translation>Target for the period</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_detail.py" line="124"/>
        <source>Výchozí hodnota</source>
        <translation>Baseline</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="50"/>
        <source>Nový ukazatel</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="54"/>
        <source>vlastní ukazatel lokality</source>
        <translation>the locality&apos;s own indicator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="64"/>
        <source>(bez opatření)</source>
        <translation>(no measure)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="74"/>
        <source>Z katalogu</source>
        <translation>From the catalog</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="74"/>
        <source>Název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="75"/>
        <source>Jednotka</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="75"/>
        <source>Směr</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="76"/>
        <source>Souhrn za období</source>
        <translation>Aggregation over periods</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="77"/>
        <source>Typ výsledku</source>
        <translation>Result type</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="78"/>
        <source>Vykazuje se</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="79"/>
        <source>Opatření</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="80"/>
        <source>Výchozí hodnota</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="81"/>
        <source>Datum výchozí hodnoty</source>
        <translation>Baseline date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="82"/>
        <source>Platný rozsah od</source>
        <translation>Valid range from</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="83"/>
        <source>do</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="83"/>
        <source>Zdroj dat</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/indicator_dialog.py" line="84"/>
        <source>Cíle za období</source>
        <translation>Targets per period</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/view.py" line="83"/>
        <source>Ukazatele vykazované</source>
        <extracomment>entity kinds whose change this view shows</extracomment>
        <translation>Indicators reported</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/view.py" line="99"/>
        <source>Přehled</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/view.py" line="100"/>
        <source>Plán a ukazatele</source>
        <translation>Plan and indicators</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/view.py" line="101"/>
        <source>Zadávání hodnot</source>
        <translation>Value entry</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/view.py" line="102"/>
        <source>Projekty</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/view.py" line="103"/>
        <source>Činnost partnerství</source>
        <translation>Partnership activity</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/view.py" line="104"/>
        <source>Poznámky centrály</source>
        <translation>HQ notes</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="83"/>
        <source>Pozvat</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="86"/>
        <source>Pozvat všechny členy orgánu</source>
        <translation>Invite all members of the body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="89"/>
        <source>Odebrat z pozvaných</source>
        <translation>Remove from invitees</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="94"/>
        <source>Aktér:</source>
        <translation>Stakeholder:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="103"/>
        <source>Dnes</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="105"/>
        <source>Vymazat</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="107"/>
        <source>Pozvánky zatím nebyly rozeslány.</source>
        <translation>The invitations have not been sent yet.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="109"/>
        <source>E-mail s pozvánkou (.eml)</source>
        <translation>Invitation email (.eml)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="112"/>
        <source>Pozvánka do kalendáře (.ics)</source>
        <translation>Calendar invitation (.ics)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="116"/>
        <source>Pozvánky rozeslány dne:</source>
        <translation>Invitations sent on:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/invitations_tab.py" line="162"/>
        <source>Pozváno: {0}</source>
        <translation>Invited: {0}</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="44"/>
        <source>Lokality</source>
        <extracomment>the column that names a row of each kind, for rows whose model has no ``name``/``title`` Czech names of the entity kinds, for people (the plural codes stay the CLI&apos;s keys)</extracomment>
        <translation>Localities</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="45"/>
        <source>Aktéři</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="46"/>
        <source>Vztahy mezi aktéry</source>
        <translation>Relations between stakeholders</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="47"/>
        <source>Orgány partnerství</source>
        <translation>Partnership bodies</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="48"/>
        <source>Členství v orgánech</source>
        <translation>Body memberships</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="49"/>
        <source>Jednání</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="50"/>
        <source>Body programu</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="51"/>
        <source>Pozvaní a účast</source>
        <translation>Invitees and attendance</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="52"/>
        <source>Usnesení</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="53"/>
        <source>Úkoly</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="54"/>
        <source>Vlastní a aktualizované metody</source>
        <translation>Own and updated methods</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="55"/>
        <source>Hodnocení metod</source>
        <translation>Method ratings</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="56"/>
        <source>Verze strategického plánu</source>
        <translation>Strategic plan versions</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="57"/>
        <source>Oblasti plánu</source>
        <translation>Plan areas</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="58"/>
        <source>Cíle plánu</source>
        <translation>Plan goals</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="59"/>
        <source>Opatření</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="60"/>
        <source>Ukazatele</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="61"/>
        <source>Cílové hodnoty ukazatelů</source>
        <translation>Indicator targets</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="62"/>
        <source>Hodnoty ukazatelů</source>
        <translation>Indicator values</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="63"/>
        <source>Opravy hodnot</source>
        <translation>Corrections of values</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="64"/>
        <source>Projekty</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="65"/>
        <source>Projekty u opatření</source>
        <translation>Projects serving measures</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="66"/>
        <source>Žádosti o spolupráci</source>
        <translation>Cooperation requests</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="67"/>
        <source>Podmínky spolupráce</source>
        <translation>Conditions of cooperation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="68"/>
        <source>Participační akce</source>
        <translation>Participation events</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="69"/>
        <source>Návrhy a připomínky</source>
        <translation>Proposals and comments</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="70"/>
        <source>Mediace</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="71"/>
        <source>Strany mediace</source>
        <translation>Mediation parties</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="72"/>
        <source>Setkání mediace</source>
        <translation>Mediation sessions</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="73"/>
        <source>Poznámky k mediaci</source>
        <translation>Mediation notes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="74"/>
        <source>Události situace</source>
        <translation>Situation events</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="75"/>
        <source>Přílohy událostí</source>
        <translation>Event attachments</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="76"/>
        <source>Rizikové scénáře</source>
        <translation>Risk scenarios</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="77"/>
        <source>Skupiny publika</source>
        <translation>Audience groups</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="78"/>
        <source>Záznamy postojů</source>
        <translation>Attitude readings</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="79"/>
        <source>Komunikační plány</source>
        <translation>Communication plans</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="80"/>
        <source>Komunikační texty</source>
        <translation>Communication texts</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="81"/>
        <source>Verze textů</source>
        <translation>Text versions</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="82"/>
        <source>Komunikační doporučení</source>
        <translation>Communication recommendations</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/inventory.py" line="84"/>
        <source>Poznámky centrály</source>
        <translation>HQ notes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="47"/>
        <source>Mapované agendy</source>
        <extracomment>Czech names of the process-mapping entity kinds (``core/inventory.KIND_LABELS``)</extracomment>
        <translation>Mapped agendas</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="48"/>
        <source>Kroky postupů</source>
        <translation>Process steps</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="49"/>
        <source>Analyzované dokumenty</source>
        <translation>Documents analysed</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="50"/>
        <source>Rozhovory</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="51"/>
        <source>Kritická místa</source>
        <translation>Critical points</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="52"/>
        <source>Doporučení</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="53"/>
        <source>Konzultace k doporučením</source>
        <translation>Follow-ups of recommendations</translation>
    </message>
</context>
<context>
    <name>LocalitiesModel</name>
    <message>
        <location filename="../../obecdesk/ui/localities/table_model.py" line="30"/>
        <source>Lokalita</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/table_model.py" line="31"/>
        <source>Kraj</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/table_model.py" line="32"/>
        <source>Režim spolupráce</source>
        <translation>Cooperation mode</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/table_model.py" line="33"/>
        <source>Zahájení</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/table_model.py" line="34"/>
        <source>Obyvatel</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/table_model.py" line="35"/>
        <source>Konzultant/ka</source>
        <translation>Coordinator</translation>
    </message>
</context>
<context>
    <name>LocalitiesView</name>
    <message>
        <location filename="../../obecdesk/ui/localities/view.py" line="43"/>
        <source>Nová lokalita…</source>
        <extracomment>the countdown of an acute or systematic cooperation in the detail the day that decides the current phase (a test may fix it)</extracomment>
        <translation>New locality…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/view.py" line="45"/>
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/view.py" line="47"/>
        <location filename="../../obecdesk/ui/localities/view.py" line="119"/>
        <source>Archivovat</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/view.py" line="49"/>
        <source>zobrazit archivované</source>
        <translation>show archived</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/view.py" line="118"/>
        <source>Obnovit z archivu</source>
        <translation>Restore from archive</translation>
    </message>
</context>
<context>
    <name>LocalityDetail</name>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="40"/>
        <source>Kraj</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="40"/>
        <source>Počet obyvatel</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="41"/>
        <source>Režim spolupráce</source>
        <translation>Cooperation mode</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="41"/>
        <source>Zahájení</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="42"/>
        <source>Plánovaný konec</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="43"/>
        <source>Aktuální fáze</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="43"/>
        <source>Témata</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="44"/>
        <source>Konzultant/ka</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="44"/>
        <source>Poznámky</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="64"/>
        <source>Plán fází 36měsíční spolupráce</source>
        <translation>Phase plan of the 36-month cooperation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="83"/>
        <source>Zatím žádná lokalita. Založte ji tlačítkem „Nová lokalita…“.</source>
        <translation>No locality yet. Create one with “New locality…”.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_detail.py" line="91"/>
        <source> (archivováno)</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>LocalityDialog</name>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="47"/>
        <source>Upravit lokalitu</source>
        <translation>Edit locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="47"/>
        <source>Nová lokalita</source>
        <translation>New locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="60"/>
        <source>neuvedeno</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="67"/>
        <source>známé datum zahájení</source>
        <translation>start date known</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="85"/>
        <source>např. CZ.03.02.02/00/22_005/0001234</source>
        <translation>e.g. CZ.03.02.02/00/22_005/0001234</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="89"/>
        <source>např. Projekt je spolufinancován Evropskou unií.</source>
        <translation>e.g. The project is co-funded by the European Union.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="90"/>
        <source>Tiskne se na prezenční listinu spolu s číslem projektu (povinná publicita projektů EU).</source>
        <translation>Printed on the attendance sheet with the project number (mandatory publicity of EU projects).</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="104"/>
        <source>vlastní téma lokality</source>
        <translation>the locality&apos;s own theme</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="105"/>
        <source>Přidat téma</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="116"/>
        <source>Název obce *</source>
        <translation>Municipality name *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="117"/>
        <source>Kraj</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="118"/>
        <source>Počet obyvatel</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="119"/>
        <source>Režim spolupráce</source>
        <translation>Cooperation mode</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="120"/>
        <source>Zahájení spolupráce</source>
        <translation>Start of cooperation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="121"/>
        <source>Témata</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="122"/>
        <source>Lokální konzultant/ka</source>
        <translation>Field coordinator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="123"/>
        <source>Poznámky</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="124"/>
        <source>Číslo projektu</source>
        <translation>Project number</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/locality_dialog.py" line="125"/>
        <source>Publicita projektu</source>
        <translation>Project publicity</translation>
    </message>
</context>
<context>
    <name>LockBar</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/lock_bar.py" line="55"/>
        <source>Opravit schválený zápis…</source>
        <extracomment>minutes-tab buttons that change the minutes&apos; content (the tasks&apos; state still follows up)</extracomment>
        <translation>Correct approved minutes…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/lock_bar.py" line="76"/>
        <source>Zápis je zveřejněn {0}</source>
        <translation>The minutes were published {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/lock_bar.py" line="79"/>
        <source>Zápis je schválen {0}</source>
        <translation>The minutes were approved {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/lock_bar.py" line="81"/>
        <source>{0}. Opravujete ho – důvod: {1}. Uložením se dosavadní znění uloží do historie oprav.</source>
        <translation>{0}. You are correcting them – reason: {1}. Saving keeps the previous text in the history of corrections.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/lock_bar.py" line="84"/>
        <source>{0} a je uzamčen; změnit ho lze jen opravou s uvedením důvodu.</source>
        <translation>{0} and are locked; they can only be changed by a correction with a reason.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/lock_bar.py" line="89"/>
        <source>Historie oprav ({0})…</source>
        <translation>History of corrections ({0})…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="49"/>
        <source>obecdesk – lokální partnerství</source>
        <extracomment>handed to each capability view as it opens this run&apos;s language (``--lang`` may differ from the setting)</extracomment>
        <translation>obecdesk – local partnership</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="98"/>
        <source>Lokalita</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="101"/>
        <source>Lokalita: </source>
        <translation>Locality: </translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="115"/>
        <source>&amp;Soubor</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="116"/>
        <source>Nahrát &amp;ukázková data</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="117"/>
        <source>&amp;Zálohy…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="120"/>
        <source>&amp;Konec</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="123"/>
        <source>&amp;Nastavení</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="124"/>
        <source>&amp;Já…</source>
        <translation>&amp;Me…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="126"/>
        <source>&amp;Jazyk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="132"/>
        <source>&amp;Prezenční listina…</source>
        <translation>&amp;Attendance sheet…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="135"/>
        <source>Nápo&amp;věda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="136"/>
        <source>&amp;O aplikaci</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="213"/>
        <source>Ukázková lokalita {0} nahrána.</source>
        <translation>Demo locality {0} loaded.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="216"/>
        <source>Ukázková data už v databázi jsou.</source>
        <translation>The demo data is already in the database.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="229"/>
        <source>Jazyk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/main_window.py" line="230"/>
        <source>Jazyk rozhraní se změní při příštím spuštění aplikace.</source>
        <translation>The interface language changes the next time the application starts.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="45"/>
        <source>Upravit opatření</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="45"/>
        <source>Nové opatření</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="57"/>
        <source>(přímo pod oblastí)</source>
        <translation>(directly under the area)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="71"/>
        <source>např. Úřad práce, Charita, ZŠ Komenského</source>
        <translation>e.g. Labour Office, Charita, Komenského primary school</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="84"/>
        <source>Z katalogu</source>
        <translation>From the catalogue</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="84"/>
        <source>Název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="85"/>
        <source>Cíl</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="85"/>
        <source>Popis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="86"/>
        <source>Odpovídá</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="87"/>
        <source>Partneři</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="87"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="88"/>
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="88"/>
        <source>Rozpočet (Kč)</source>
        <translation>Budget (CZK)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="89"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/measure_dialog.py" line="102"/>
        <source>vlastní opatření lokality</source>
        <translation>the locality&apos;s own measure</translation>
    </message>
</context>
<context>
    <name>MediationView</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/view.py" line="48"/>
        <source>Nová mediace…</source>
        <translation>New mediation…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/view.py" line="50"/>
        <source>Smazat</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/view.py" line="65"/>
        <source>Nové setkání…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/view.py" line="67"/>
        <location filename="../../obecdesk/ui/mediation/view.py" line="160"/>
        <source>Smazat setkání</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/view.py" line="151"/>
        <source>Smazat mediaci</source>
        <translation>Delete mediation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/view.py" line="152"/>
        <source>Smazat mediaci {0} i se stranami, setkáními a poznámkami?</source>
        <translation>Delete the mediation {0} with its parties, sessions and notes?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/view.py" line="161"/>
        <source>Smazat záznam o setkání {0}?</source>
        <translation>Delete the record of the session of {0}?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/view.py" line="78"/>
        <source>Případ</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/view.py" line="79"/>
        <source>Setkání</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/view.py" line="80"/>
        <source>Poznámky</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/editor.py" line="112"/>
        <source>Vyberte jednání v seznamu nebo založte nové.</source>
        <extracomment>(reason, who) of a started correction of approved minutes</extracomment>
        <translation>Select a meeting in the list or create a new one.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/editor.py" line="116"/>
        <source> · neuloženo</source>
        <translation> · unsaved</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/editor.py" line="194"/>
        <location filename="../../obecdesk/ui/meetings/editor.py" line="211"/>
        <source>Neuložené změny</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/editor.py" line="195"/>
        <source>Jednání „{0}“ má neuložené změny. Chcete je uložit?</source>
        <translation>The meeting “{0}” has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/editor.py" line="196"/>
        <source>bez názvu</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/editor.py" line="212"/>
        <source>Jednání „{0}“ má neuložené změny. Uložit je před přepnutím lokality?</source>
        <translation>The meeting “{0}” has unsaved changes. Save them before switching locality?</translation>
    </message>
</context>
<context>
    <name>MeetingListPanel</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_panel.py" line="47"/>
        <source>Všechny stavy</source>
        <extracomment>the body filter entry for meetings without a body (public meetings, round tables)</extracomment>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_panel.py" line="70"/>
        <source>Nové jednání…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_panel.py" line="73"/>
        <source>Smazat</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_panel.py" line="83"/>
        <source>Orgán:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_panel.py" line="85"/>
        <source>Stav:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_panel.py" line="106"/>
        <source>Všechny orgány</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_panel.py" line="109"/>
        <source>Veřejná setkání a kulaté stoly</source>
        <translation>Public meetings and round tables</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_panel.py" line="133"/>
        <source>{0} jednání</source>
        <translation>Meetings: {0}</translation>
    </message>
</context>
<context>
    <name>MeetingOutputs</name>
    <message>
        <location filename="../../obecdesk/reports/printouts.py" line="40"/>
        <source>Program jednání</source>
        <extracomment>Czech title (translated in the UI in the &quot;MeetingOutputs&quot; context) the start of its file name: ``program-2025-05-12-ps-bydleni.pdf`` ``module:function`` writing ``(detail, path) -&gt; path``</extracomment>
        <translation>Meeting agenda</translation>
    </message>
    <message>
        <location filename="../../obecdesk/reports/printouts.py" line="42"/>
        <source>Prezenční listina</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/reports/printouts.py" line="44"/>
        <source>Zápis z jednání</source>
        <translation>Minutes of the meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="45"/>
        <source>Neuložené změny</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="46"/>
        <source>Jednání má neuložené změny. Tisk vychází z uložené verze.</source>
        <translation>The meeting has unsaved changes. Printing uses the saved version.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="48"/>
        <source>Uložit a tisknout</source>
        <translation>Save and print</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="49"/>
        <source>Tisknout uloženou verzi</source>
        <translation>Print the saved version</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="50"/>
        <source>Zrušit</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="84"/>
        <source>PDF se nepodařilo vytvořit: {0}</source>
        <translation>The PDF could not be created: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="98"/>
        <source>E-mail (*.eml)</source>
        <translation>Email (*.eml)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="99"/>
        <source>Kalendář iCalendar (*.ics)</source>
        <translation>iCalendar calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="102"/>
        <source>Uložit pozvánku</source>
        <translation>Save invitation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="114"/>
        <source>E-mail s pozvánkou je uložen. Otevřít ho v poštovním programu, kde ho zkontrolujete a odešlete?</source>
        <translation>The invitation email has been saved. Open it in your email program to check and send it?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="117"/>
        <source>Pozvánka do kalendáře je uložena. Otevřít ji v kalendáři?</source>
        <translation>The calendar invitation has been saved. Open it in your calendar?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="119"/>
        <source>Bez e-mailové adresy (pozvěte je jinak): {0}.</source>
        <translation>No email address (invite them another way): {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/outputs.py" line="121"/>
        <source>Pozvánka uložena</source>
        <translation>Invitation saved</translation>
    </message>
</context>
<context>
    <name>MeetingTabs</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/meeting_tabs.py" line="63"/>
        <source>Základní údaje</source>
        <extracomment>how many actors the invitee and owner pickers offer (a locality rarely has more)</extracomment>
        <translation>Basics</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/meeting_tabs.py" line="64"/>
        <source>Program</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/meeting_tabs.py" line="65"/>
        <source>Pozvánky</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/meeting_tabs.py" line="66"/>
        <source>Docházka</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/meeting_tabs.py" line="67"/>
        <source>Zápis</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/meeting_tabs.py" line="128"/>
        <source>já – {0}</source>
        <translation>me – {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/meeting_tabs.py" line="171"/>
        <source>Jednání nemá vybraný orgán, jehož členy by šlo pozvat.</source>
        <translation>The meeting has no body selected whose members could be invited.</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_model.py" line="33"/>
        <source>Datum</source>
        <extracomment>``fetch(offset, limit)`` → summaries with id, date, start_time, body_name, kind, title, status</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_model.py" line="34"/>
        <source>Čas</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_model.py" line="35"/>
        <source>Orgán</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_model.py" line="36"/>
        <source>Název</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/list_model.py" line="37"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/view.py" line="67"/>
        <source>Jednání</source>
        <extracomment>entity kinds whose change may alter what this view shows</extracomment>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/view.py" line="68"/>
        <source>Moje otevřené úkoly</source>
        <translation>My open action items</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/view.py" line="69"/>
        <source>Hledání v zápisech</source>
        <translation>Search minutes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/view.py" line="174"/>
        <source>Smazat jednání</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/view.py" line="175"/>
        <source>Opravdu smazat jednání „{0}“ i s programem, docházkou, usneseními a úkoly?</source>
        <translation>Really delete the meeting “{0}” with its agenda, attendance, decisions and action items?</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/member_dialog.py" line="47"/>
        <source>Člen orgánu {0}</source>
        <translation>Member of {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/member_dialog.py" line="58"/>
        <source>vstoupil/a dne</source>
        <translation>joined on</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/member_dialog.py" line="62"/>
        <source>odešel/odešla dne</source>
        <translation>left on</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/member_dialog.py" line="67"/>
        <source>Aktér</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/member_dialog.py" line="68"/>
        <source>Role v orgánu</source>
        <translation>Role in the body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/member_dialog.py" line="106"/>
        <source>Vyberte aktéra ze seznamu.</source>
        <translation>Choose a stakeholder from the list.</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_model.py" line="26"/>
        <source>Člen</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_model.py" line="27"/>
        <source>Organizace</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_model.py" line="28"/>
        <source>Role v orgánu</source>
        <translation>Role in the body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_model.py" line="29"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_model.py" line="30"/>
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_model.py" line="31"/>
        <source>Rozhoduje</source>
        <translation>Decision-maker</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_model.py" line="56"/>
        <source>ano</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>MembersAddDialog</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_add_dialog.py" line="47"/>
        <source>Přidat členy: {0}</source>
        <translation>Add members: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_add_dialog.py" line="62"/>
        <source>Hledat jméno, organizaci, roli…</source>
        <extracomment>every candidate when the locality is small enough to list, else None (search instead)</extracomment>
        <translation>Search name, organisation, role…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_add_dialog.py" line="71"/>
        <source>Vybrat zobrazené</source>
        <translation>Tick those shown</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_add_dialog.py" line="73"/>
        <source>Zrušit výběr</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_add_dialog.py" line="82"/>
        <source>vstoupili dne</source>
        <translation>joined on</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_add_dialog.py" line="99"/>
        <source>Role všech vybraných</source>
        <translation>Role of all ticked</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_add_dialog.py" line="170"/>
        <source>Vybráno: {0}</source>
        <translation>Ticked: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_add_dialog.py" line="171"/>
        <source>Přidat vybrané ({0})</source>
        <translation>Add ticked ({0})</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="43"/>
        <source>i bývalí členové</source>
        <translation>include former members</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="65"/>
        <source>Přidat člena…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="68"/>
        <source>Přidat více členů…</source>
        <translation>Add several members…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="70"/>
        <source>Zaškrtněte více aktérů lokality a přidejte je najednou se stejnou rolí.</source>
        <translation>Tick several stakeholders of the locality and add them at once with the same role.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="73"/>
        <source>Role a data…</source>
        <translation>Role and dates…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="75"/>
        <source>Ukončit členství</source>
        <translation>End membership</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="76"/>
        <source>Zapíše dnešní datum odchodu; záznam zůstane mezi bývalými členy.</source>
        <translation>Records today as the leaving date; the record stays among former members.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="79"/>
        <source>Odebrat (omyl)</source>
        <translation>Remove (mistake)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="80"/>
        <source>Smaže záznam o členství zadaný omylem; kdo odešel, tomu ukončete členství.</source>
        <translation>Deletes a membership entered by mistake; for someone who has left, end the membership instead.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="113"/>
        <source>Členové: {0}</source>
        <translation>Members: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="150"/>
        <source>Odebrat člena</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/members_panel.py" line="151"/>
        <source>Odebrat záznam o členství {0}? Použijte jen pro záznam zadaný omylem.</source>
        <translation>Remove the membership record of {0}? Use only for a record entered by mistake.</translation>
    </message>
</context>
<context>
    <name>MethodAssistant</name>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="62"/>
        <source>Vybrat metodu</source>
        <translation>Choose a method</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="84"/>
        <source>nízká gramotnost</source>
        <translation>low literacy</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="85"/>
        <source>malá důvěra</source>
        <translation>little trust</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="86"/>
        <source>jazyková bariéra</source>
        <translation>language barrier</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="91"/>
        <source>Účel bodu</source>
        <translation>Purpose of the item</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="92"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="93"/>
        <source>Účastníků</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="94"/>
        <source>Čas na bod</source>
        <translation>Time for the item</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="99"/>
        <source>Účastníci</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="100"/>
        <source>Předvyplněno z jednání: pozvaní, čas bodu, veřejnost či zástupci cílové skupiny. Doplňte účel a úroveň konfliktu.</source>
        <translation>Prefilled from the meeting: the invited, the item&apos;s time, the public or target-group members. Add the purpose and the conflict level.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="108"/>
        <source>Metoda</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="108"/>
        <source>Body</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="108"/>
        <source>Proč se hodí</source>
        <translation>Why it fits</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="108"/>
        <source>Co nesedí</source>
        <translation>What does not fit</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="125"/>
        <source>Vyřazené metody a proč</source>
        <translation>Excluded methods and why</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="134"/>
        <source>Vložit jako blok programu</source>
        <translation>Insert as an agenda block</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/assistant.py" line="141"/>
        <source>Bod programu: {0}</source>
        <translation>Agenda item: {0}</translation>
    </message>
</context>
<context>
    <name>MethodCatalog</name>
    <message>
        <location filename="../../obecdesk/ui/methods/catalog_model.py" line="50"/>
        <source>Metoda</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/catalog_model.py" line="51"/>
        <source>Účel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/catalog_model.py" line="52"/>
        <source>Participace</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/catalog_model.py" line="53"/>
        <source>Lidí</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/catalog_model.py" line="54"/>
        <source>Minut</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/catalog_model.py" line="55"/>
        <source>Unese</source>
        <translation>Bears</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/catalog_model.py" line="56"/>
        <source>V lokalitě</source>
        <translation>In this locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/catalog_model.py" line="67"/>
        <source> (blok)</source>
        <translation> (block)</translation>
    </message>
</context>
<context>
    <name>MethodDetail</name>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="32"/>
        <source>Účel</source>
        <extracomment>the detail&apos;s labels (translated in the &quot;MethodDetail&quot; context when shown)</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="33"/>
        <source>Participace (IAP2)</source>
        <translation>Participation (IAP2)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="34"/>
        <source>Skupina</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="35"/>
        <source>Délka</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="36"/>
        <source>Unese</source>
        <translation>Bears</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="37"/>
        <source>Facilitace</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="38"/>
        <source>Příprava</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="39"/>
        <source>Prostor</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="40"/>
        <source>Pomůcky</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="41"/>
        <source>Na co si dát pozor</source>
        <translation>Pitfalls</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="42"/>
        <source>Varianty</source>
        <translation>Variants</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="43"/>
        <source>Postup</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="95"/>
        <source>Použito v jednáních této lokality</source>
        <translation>Used in meetings of this locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="99"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="99"/>
        <source>Jednání</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="99"/>
        <source>Hodnocení</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="99"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="110"/>
        <source>Jak metoda proběhla?</source>
        <translation>How did the method go?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="111"/>
        <source>Uložit hodnocení</source>
        <translation>Save rating</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="116"/>
        <source>Hodnocení 1–5</source>
        <translation>Rating 1–5</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/detail.py" line="139"/>
        <source>Použito v jednáních této lokality: {0}×</source>
        <translation>Used in meetings of this locality: {0}×</translation>
    </message>
</context>
<context>
    <name>MethodsView</name>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="55"/>
        <source>Katalog facilitačních metod</source>
        <translation>Facilitation method catalog</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="60"/>
        <source>Hledat (např. konflikt, sousedé, hlasování)</source>
        <translation>Search (e.g. conflict, neighbours, voting)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="61"/>
        <source>účel: jakýkoli</source>
        <translation>purpose: any</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="62"/>
        <source>participace: jakákoli</source>
        <translation>participation: any</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="64"/>
        <source>konflikt: jakýkoli</source>
        <translation>conflict: any</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="68"/>
        <source>lidí: jakýkoli počet</source>
        <translation>people: any number</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="69"/>
        <source> lidí</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="74"/>
        <source>čas: jakýkoli</source>
        <translation>time: any</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="75"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="76"/>
        <source>nízká gramotnost</source>
        <translation>low literacy</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="101"/>
        <source>Vlastní metoda podle vybrané…</source>
        <translation>Own method based on the selected one…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="104"/>
        <source>Upravit vlastní…</source>
        <translation>Edit own…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="107"/>
        <source>Smazat vlastní</source>
        <translation>Delete own</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/view.py" line="157"/>
        <source>Metod: {0}</source>
        <translation>Methods: {0}</translation>
    </message>
</context>
<context>
    <name>MinutesHistory</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_history_dialog.py" line="23"/>
        <source>Opraveno</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_history_dialog.py" line="24"/>
        <source>Kdo</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_history_dialog.py" line="25"/>
        <source>Důvod</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>MinutesHistoryDialog</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_history_dialog.py" line="60"/>
        <source>Historie oprav zápisu – {0}</source>
        <translation>History of corrections – {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_history_dialog.py" line="91"/>
        <source>Znění před opravou:

{0}</source>
        <translation>Text before the correction:

{0}</translation>
    </message>
</context>
<context>
    <name>MinutesSearchPage</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="130"/>
        <source>Hledaná slova, např. přidělování bytů</source>
        <translation>Search words, e.g. allocation of flats</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="132"/>
        <source>Jen v této lokalitě</source>
        <translation>Only in this locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="133"/>
        <source>Hledat</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="136"/>
        <source>Hledá se v zápisech ke všem bodům programu a v usneseních; na diakritice nezáleží.</source>
        <translation>Searches the minutes of all agenda items and the decisions; diacritics do not matter.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="171"/>
        <source>Nalezeno: {0} (dvojklikem otevřete jednání)</source>
        <translation>Found: {0} (double-click to open the meeting)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="173"/>
        <source>Nic nenalezeno.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_tab.py" line="90"/>
        <source>Přidat usnesení</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_tab.py" line="93"/>
        <source>Odebrat usnesení</source>
        <translation>Remove decision</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_tab.py" line="111"/>
        <source>Přidat úkol</source>
        <translation>Add action item</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_tab.py" line="114"/>
        <source>Odebrat úkol</source>
        <translation>Remove action item</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_tab.py" line="139"/>
        <source>— nikdo —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_tab.py" line="158"/>
        <source>Vyberte bod programu vlevo.</source>
        <translation>Select an agenda item on the left.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_tab.py" line="185"/>
        <source>Nové usnesení</source>
        <translation>New decision</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_tab.py" line="194"/>
        <source>Nový úkol</source>
        <translation>New action item</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="110"/>
        <source>Lokality</source>
        <extracomment>builds the view, handing it the services it uses whether this store needs the entry (None: always)</extracomment>
        <translation>Localities</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="113"/>
        <source>Aktéři</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="116"/>
        <source>Jednání</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="119"/>
        <source>Metody</source>
        <translation>Methods</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="122"/>
        <source>Indikátory</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="125"/>
        <source>Spolupráce</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="129"/>
        <source>Komunikace</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="133"/>
        <source>Mapování procesů</source>
        <translation>Process mapping</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="137"/>
        <source>Participace</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="141"/>
        <source>Mediace</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="145"/>
        <source>Přehled lokalit</source>
        <translation>Localities overview</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/capabilities.py" line="149"/>
        <source>Synchronizace</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="40"/>
        <source>Nové jednání</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="66"/>
        <source>do</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="140"/>
        <source>Pozváni budou všichni současní členové orgánu; seznam pak upravíte na kartě Pozvánky.</source>
        <translation>All current members of the body will be invited; you can edit the list on the Invitations tab.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="82"/>
        <source>Druh setkání</source>
        <translation>Type of meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="83"/>
        <source>Orgán</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="84"/>
        <source>Název</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="85"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="86"/>
        <source>Čas od</source>
        <translation>Time from</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="92"/>
        <source>Založit</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="93"/>
        <source>Zrušit</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="117"/>
        <source>Převzít z posledního jednání ({0})</source>
        <translation>Start from the last meeting ({0})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="132"/>
        <source>místo</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="132"/>
        <source>čas</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="134"/>
        <source>facilitace</source>
        <translation>facilitation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="135"/>
        <source>zápis</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="137"/>
        <source>Pozváni budou pozvaní z posledního jednání a současní členové orgánu; seznam pak upravíte na kartě Pozvánky.</source>
        <translation>The last meeting&apos;s invitees and the body&apos;s current members will be invited; adjust the list on the Invitations tab.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/new_meeting_dialog.py" line="147"/>
        <source>Jednání: {0}</source>
        <translation>Meeting: {0}</translation>
    </message>
</context>
<context>
    <name>NoLocalityPage</name>
    <message>
        <location filename="../../obecdesk/ui/localities/gate.py" line="26"/>
        <source>Tady budou aktéři lokality – lidé a organizace, orgány partnerství s jejich členy, vztahy mezi aktéry a mapa vlivu.</source>
        <extracomment>what each screen will hold once a locality exists</extracomment>
        <translation>This is where the locality&apos;s stakeholders will be: people and organisations, the partnership&apos;s bodies with their members, relations between stakeholders and the power map.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/gate.py" line="29"/>
        <source>Tady budou jednání partnerství a jeho pracovních skupin – program, pozvánky, docházka, zápis, usnesení a úkoly.</source>
        <translation>This is where the meetings of the partnership and its working groups will be: agenda, invitations, attendance, minutes, decisions and action items.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/gate.py" line="45"/>
        <source>Nejprve založte lokalitu</source>
        <translation>Create a locality first</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/gate.py" line="51"/>
        <source>Lokalita je obec, město nebo mikroregion, se kterým spolupracujete; aktéři, orgány partnerství a jednání patří vždy k jedné z nich. Mezi lokalitami přepínáte nahoře.</source>
        <translation>A locality is the municipality, town or micro-region you work with; stakeholders, partnership bodies and meetings always belong to one of them. You switch between localities at the top.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/gate.py" line="55"/>
        <source>Nová lokalita…</source>
        <translation>New locality…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="119"/>
        <source>Nová poznámka</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="119"/>
        <source>Upravit poznámku</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="121"/>
        <source>Sdílet s centrálou a kolegy (text odejde v příštím synchronizačním balíčku)</source>
        <translation>Share with HQ and colleagues (the text leaves in the next sync bundle)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="124"/>
        <source>Poznámky z mediace jsou důvěrné: bez zaškrtnutí zůstane text jen v tomto počítači.</source>
        <translation>Mediation notes are confidential: unless ticked, the text stays on this computer only.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="128"/>
        <source>Poznámka *</source>
        <translation>Note *</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="19"/>
        <source>jen v tomto počítači</source>
        <translation>on this computer only</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="20"/>
        <source>sdílená (odchází v balíčku)</source>
        <translation>shared (leaves in bundles)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="21"/>
        <source>důvěrná poznámka z jiného počítače</source>
        <translation>confidential note from another computer</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="22"/>
        <source>Text zůstal v počítači autora.</source>
        <translation>The text stayed on the author&apos;s computer.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="23"/>
        <source>Text odchází v synchronizačním balíčku centrále a kolegům se sdílenou lokalitou.</source>
        <translation>The text leaves in the sync bundle to HQ and colleagues who share the locality.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="25"/>
        <source>Text nikdy neopustí tento počítač; v balíčku odchází jen datum a autor poznámky.</source>
        <translation>The text never leaves this computer; a bundle carries only the note&apos;s date and author.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="115"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="116"/>
        <source>Kde je text</source>
        <translation>Where the text is</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="117"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="118"/>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/notes_panel.py" line="29"/>
        <source>Nová poznámka…</source>
        <translation>New note…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/notes_panel.py" line="34"/>
        <location filename="../../obecdesk/ui/mediation/notes_panel.py" line="88"/>
        <source>Smazat poznámku</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/notes_panel.py" line="36"/>
        <source>Poznámky jsou důvěrné a zůstávají jen v tomto počítači. Sdílená poznámka odejde v příštím balíčku centrále a kolegům; do závěrečné zprávy se nedostane žádná.</source>
        <translation>Notes are confidential and stay on this computer only. A shared note leaves in the next bundle to HQ and colleagues; none goes into the closing report.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/notes_panel.py" line="63"/>
        <source>Přestat sdílet</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/notes_panel.py" line="64"/>
        <source>Sdílet poznámku</source>
        <translation>Share note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/notes_panel.py" line="89"/>
        <source>Smazat poznámku ze dne {0}? Její text zmizí i z tohoto počítače.</source>
        <translation>Delete the note of {0}? Its text disappears from this computer too.</translation>
    </message>
</context>
<context>
    <name>OpenTasksPage</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_view.py" line="62"/>
        <source>Jen úkoly po termínu</source>
        <extracomment>the owner filter&apos;s data for &quot;my tasks&quot; (an actor id otherwise, &quot;&quot; for everyone&apos;s)</extracomment>
        <translation>Only overdue action items</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_view.py" line="74"/>
        <source>Označit jako splněný</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_view.py" line="77"/>
        <source>Otevřít jednání</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_view.py" line="81"/>
        <source>Odpovídá:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_view.py" line="98"/>
        <source>moje</source>
        <translation>mine</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_view.py" line="99"/>
        <source>všichni</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_view.py" line="107"/>
        <source>Nastavte si profil v Nastavení → Já a uvidíte tu jen své úkoly.</source>
        <translation>Set up your profile in Settings → Me to see only your tasks here.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_view.py" line="120"/>
        <source>Mých otevřených úkolů: {0}, z toho po termínu: {1}</source>
        <translation>My open action items: {0}, of which overdue: {1}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_view.py" line="122"/>
        <source>Otevřených úkolů: {0}, z toho po termínu: {1}</source>
        <translation>Open action items: {0}, of which overdue: {1}</translation>
    </message>
</context>
<context>
    <name>OwnMethodDialog</name>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="56"/>
        <source>Vlastní metoda</source>
        <translation>Own method</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="75"/>
        <source>nízká gramotnost</source>
        <translation>low literacy</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="77"/>
        <source>malá důvěra</source>
        <translation>little trust</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="79"/>
        <source>jazyková bariéra</source>
        <translation>language barrier</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="86"/>
        <source>Název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="87"/>
        <source>Popis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="88"/>
        <source>Účel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="89"/>
        <source>Participace</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="93"/>
        <source>Lidí od–do, minut od–do</source>
        <translation>People from–to, minutes from–to</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="94"/>
        <source>Unese</source>
        <translation>Bears</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="95"/>
        <source>Facilitace</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="99"/>
        <source>Vhodná i pro</source>
        <translation>Also suits</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="100"/>
        <source>Kroky (minut | krok)</source>
        <translation>Steps (minutes | step)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="101"/>
        <source>Pomůcky (po řádcích)</source>
        <translation>Materials (one per line)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="102"/>
        <source>Na co si dát pozor</source>
        <translation>Pitfalls</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/methods/own_method_dialog.py" line="117"/>
        <source>Krok {0}: napište „minut | co se děje“.</source>
        <translation>Step {0}: write “minutes | what happens”.</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <location filename="../../obecdesk/ui/participation/view.py" line="45"/>
        <source>Nová akce…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/view.py" line="47"/>
        <source>Upravit akci…</source>
        <translation>Edit event…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/view.py" line="49"/>
        <location filename="../../obecdesk/ui/participation/view.py" line="120"/>
        <source>Smazat akci</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/view.py" line="121"/>
        <source>Smazat akci {0} i s jejími návrhy a připomínkami ({1})?</source>
        <translation>Delete the event {0} with its proposals and comments ({1})?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/view.py" line="91"/>
        <source>Akcí {0} · účastníků {1}, z cílových skupin {2}</source>
        <translation>Events {0} · participants {1}, from target groups {2}</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="61"/>
        <source>Strana sporu</source>
        <translation>Party to the dispute</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="62"/>
        <source>Zástupci</source>
        <translation>Representatives</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="74"/>
        <source>Strana sporu</source>
        <translation>Party to the dispute</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="77"/>
        <source>např. Petiční výbor</source>
        <translation>e.g. Petition committee</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="87"/>
        <source>Skupina *</source>
        <translation>Group *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="88"/>
        <source>Zástupci (aktéři)</source>
        <translation>Representatives (actors)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_preview.py" line="87"/>
        <source>Stran: {0}</source>
        <extracomment>rendering finer than this only costs memory (an A4 page at 1200 dpi is ~500 MB of pixels)</extracomment>
        <translation>Pages: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_preview.py" line="89"/>
        <source>Uložit PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_preview.py" line="91"/>
        <source>Tisk…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_preview.py" line="93"/>
        <source>Otevřít v prohlížeči PDF</source>
        <translation>Open in PDF viewer</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_preview.py" line="95"/>
        <source>Zavřít</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_preview.py" line="112"/>
        <source>Uložit PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_preview.py" line="112"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/print_preview.py" line="121"/>
        <source>PDF se nepodařilo uložit: {0}</source>
        <translation>The PDF could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/person_combo.py" line="24"/>
        <source>vyberte ze seznamu nebo napište jméno</source>
        <translation>choose from the list or type a name</translation>
    </message>
</context>
<context>
    <name>PersonalDataBox</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/personal_data_box.py" line="28"/>
        <source>Osobní údaje (GDPR)</source>
        <translation>Personal data (GDPR)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/personal_data_box.py" line="32"/>
        <source>souhlas udělen dne</source>
        <translation>consent given on</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/personal_data_box.py" line="40"/>
        <source>např. členství v pracovní skupině</source>
        <translation>e.g. membership of a working group</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/personal_data_box.py" line="41"/>
        <source>Vymazat osobní údaje…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/personal_data_box.py" line="43"/>
        <source>Exportovat vše o osobě…</source>
        <translation>Export everything about the person…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/personal_data_box.py" line="55"/>
        <source>Právní základ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/personal_data_box.py" line="56"/>
        <source>Souhlas</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/personal_data_box.py" line="57"/>
        <source>Účel zpracování</source>
        <translation>Purpose of processing</translation>
    </message>
</context>
<context>
    <name>PhasePlanModel</name>
    <message>
        <location filename="../../obecdesk/ui/localities/phase_plan_model.py" line="22"/>
        <source>Měsíce</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/phase_plan_model.py" line="22"/>
        <source>Fáze</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/phase_plan_model.py" line="22"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/phase_plan_model.py" line="22"/>
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/localities/phase_plan_model.py" line="69"/>
        <source>Probíhající fáze</source>
        <translation>Current phase</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../obecdesk/core/phases.py" line="12"/>
        <source>Ustavení lokálního partnerství</source>
        <translation>Setting up the local partnership</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/phases.py" line="13"/>
        <source>Situační analýza</source>
        <translation>Situational analysis</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/phases.py" line="14"/>
        <source>Strategický plán; start předem definovaných opatření</source>
        <translation>Strategic plan; start of pre-defined measures</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/phases.py" line="15"/>
        <location filename="../../obecdesk/core/phases.py" line="17"/>
        <source>Realizace plánu v terénu</source>
        <translation>Implementation in the field</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/phases.py" line="16"/>
        <source>Vyhodnocení a revize plánu</source>
        <translation>Evaluation and revision of the plan</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/phases.py" line="18"/>
        <source>Předání obci, udržitelnost</source>
        <translation>Handover to the municipality, sustainability</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/hq_overview.py" line="38"/>
        <source>před zahájením</source>
        <translation>before the start</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/hq_overview.py" line="39"/>
        <source>po skončení plánu (36 měsíců)</source>
        <translation>after the plan&apos;s end (36 months)</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_actions.py" line="30"/>
        <source>Přidat ukazatel…</source>
        <translation>Add indicator…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_actions.py" line="32"/>
        <source>Nová verze plánu…</source>
        <translation>New plan version…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_actions.py" line="45"/>
        <source>Stav vybraného opatření:</source>
        <translation>Status of the selected measure:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_actions.py" line="97"/>
        <source>Strategický plán {0}</source>
        <translation>Strategic plan {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_actions.py" line="99"/>
        <source>Nová verze plánu</source>
        <translation>New plan version</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_actions.py" line="100"/>
        <source>Založit verzi {0} jako kopii verze {1}? Verze {1} zůstane, jak je, k nahlédnutí a tisku.</source>
        <translation>Create version {0} as a copy of version {1}? Version {1} stays as it is, to read and print.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_dialog.py" line="45"/>
        <source>Upravit strategický plán</source>
        <translation>Edit strategic plan</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_dialog.py" line="46"/>
        <source>Nový strategický plán</source>
        <translation>New strategic plan</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_dialog.py" line="53"/>
        <source>prázdné, dokud jej rada neschválí</source>
        <translation>empty until the council adopts it</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_dialog.py" line="59"/>
        <source>Název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_dialog.py" line="59"/>
        <source>Verze</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_dialog.py" line="60"/>
        <source>Schválen radou dne</source>
        <translation>Adopted by the council on</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_dialog.py" line="61"/>
        <source>Platí od</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_dialog.py" line="62"/>
        <source>Platí do</source>
        <translation>Valid to</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="32"/>
        <source>Co má veřejnost slyšet vždy stejně, jedno sdělení na řádek</source>
        <translation>What the public should always hear the same way, one message per line</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="35"/>
        <source>web, Facebook a zpravodaj obce, úřední deska, setkání…</source>
        <translation>the municipality&apos;s website, Facebook and newsletter, notice board, meetings…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="38"/>
        <source>Krátké prohlášení pro první hodiny po události, než budou známa fakta</source>
        <translation>A short statement for the first hours after an event, before the facts are known</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="43"/>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="70"/>
        <source>(neurčen)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="44"/>
        <source>Uložit plán</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="48"/>
        <source>Klíčová sdělení</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="49"/>
        <source>Mluvčí</source>
        <translation>Spokesperson</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="50"/>
        <source>Kanály</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="51"/>
        <source>Připravená prohlášení</source>
        <translation>Holding statements</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_form.py" line="85"/>
        <source>Plán je uložen.</source>
        <translation>The plan is saved.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="35"/>
        <source>projekty</source>
        <translation>projects</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="36"/>
        <source>opatření plánu</source>
        <translation>plan measures</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="37"/>
        <source>hodnoty ukazatelů</source>
        <translation>indicator values</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="47"/>
        <source>Import do plánu a ukazatelů</source>
        <translation>Import into the plan and indicators</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="60"/>
        <source>CSV (i z českého Excelu) nebo XLSX</source>
        <translation>CSV (Czech Excel too) or XLSX</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="61"/>
        <source>Vybrat soubor…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="66"/>
        <source>automaticky</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="69"/>
        <source>Co importovat:</source>
        <translation>What to import:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="71"/>
        <source>Kódování:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="73"/>
        <source>Soubor:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="89"/>
        <source>Importovat</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="93"/>
        <source>Zrušit</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="112"/>
        <source>Sloupce, které import zná: {0} (viz docs/import-formats.md).</source>
        <translation>Columns the import knows: {0} (see docs/import-formats.md).</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="117"/>
        <source>Vyberte tabulku k importu</source>
        <translation>Choose a table to import</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="118"/>
        <source>Tabulky (*.csv *.xlsx *.txt);;Všechny soubory (*)</source>
        <translation>Tables (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="149"/>
        <source>{0}. Rozpoznané sloupce: {1}.</source>
        <translation>{0}. Recognised columns: {1}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="152"/>
        <source>Řádků k importu: {0}.</source>
        <translation>Rows to import: {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="154"/>
        <source>Chybných řádků (neimportují se): {0}.</source>
        <translation>Rows with errors (not imported): {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="157"/>
        <source>Vynechaných prázdných řádků: {0}.</source>
        <translation>Empty rows skipped: {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="173"/>
        <source>Importováno řádků: {0} ({1}).</source>
        <translation>Rows imported: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="176"/>
        <source>Chybné řádky ({0}) se neimportovaly; opravte je v souboru a importujte jen je.</source>
        <translation>The rows with errors ({0}) were not imported; correct them in the file and import just those.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_dialog.py" line="179"/>
        <source>Zavřít</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PlanImportPreview</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="34"/>
        <source>Název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="35"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="36"/>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="45"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="37"/>
        <source>Požadováno</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="39"/>
        <source>Schváleno</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="42"/>
        <source>Oblast</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="43"/>
        <source>Cíl</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="44"/>
        <source>Opatření</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="46"/>
        <source>Odpovídá</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="47"/>
        <source>aktér z adresáře</source>
        <translation>actor on record</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="49"/>
        <source>Rozpočet</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="51"/>
        <source>Období</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="52"/>
        <source>Hodnota</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="53"/>
        <source>Zdroj</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="54"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PlanImportTabs</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="78"/>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="101"/>
        <source>Řádek</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="78"/>
        <source>Chyba</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="79"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="87"/>
        <source>Bude importováno ({0})</source>
        <translation>To be imported ({0})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="87"/>
        <source>Chybné řádky ({0})</source>
        <translation>Rows with errors ({0})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="88"/>
        <source>Poznámky ({0})</source>
        <translation>Notes ({0})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="103"/>
        <source>Ukazatel</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_import_preview.py" line="105"/>
        <source>Upozornění</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>PlanRemoval</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_removal.py" line="21"/>
        <source>Smazat oblast „{0}“ i s jejími cíli ({1}) a opatřeními ({2})?</source>
        <translation>Delete the area “{0}” with its goals ({1}) and measures ({2})?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_removal.py" line="25"/>
        <source>Smazat cíl „{0}“ i s jeho opatřeními ({1})?</source>
        <translation>Delete the goal “{0}” with its measures ({1})?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_removal.py" line="28"/>
        <source>Smazat opatření „{0}“?</source>
        <translation>Delete the measure “{0}”?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_removal.py" line="30"/>
        <source>Jejich ukazatele ({0}) zůstanou; v této verzi plánu budou mezi ukazateli mimo opatření.</source>
        <translation>Their indicators ({0}) stay; in this version of the plan they are listed among the indicators outside measures.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_removal.py" line="33"/>
        <source>Dřívější verze plánu se nemění.</source>
        <translation>Earlier versions of the plan do not change.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_removal.py" line="34"/>
        <source>Smazat z plánu</source>
        <translation>Delete from the plan</translation>
    </message>
</context>
<context>
    <name>PlanStructure</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="40"/>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="65"/>
        <source>Založit plán…</source>
        <translation>Create plan…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="42"/>
        <source>Přidat oblast…</source>
        <translation>Add area…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="43"/>
        <source>Přidat cíl…</source>
        <translation>Add goal…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="44"/>
        <source>Přidat opatření…</source>
        <translation>Add measure…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="45"/>
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="46"/>
        <source>Smazat…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="48"/>
        <source>Importovat…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="49"/>
        <source>Projekty, opatření nebo hodnoty ukazatelů z tabulky CSV či XLSX, s náhledem</source>
        <translation>Projects, measures or indicator values from a CSV or XLSX table, with a preview</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="64"/>
        <source>Upravit plán…</source>
        <extracomment>``(menu, node)`` adds actions of another capability to the context menu</extracomment>
        <translation>Edit plan…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_structure.py" line="124"/>
        <source>Strategický plán {0}</source>
        <translation>Strategic plan {0}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_tab.py" line="27"/>
        <source>Plán</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_tab.py" line="28"/>
        <source>Texty</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/plan_tab.py" line="29"/>
        <source>Doporučení a jejich plnění</source>
        <translation>Recommendations and their implementation</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_tree.py" line="44"/>
        <source>Plán</source>
        <extracomment>the area and the goal a row lies in (an area&apos;s own id for the area row)</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_tree.py" line="44"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_tree.py" line="76"/>
        <source>Ukazatele mimo opatření</source>
        <translation>Indicators outside measures</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_tree.py" line="107"/>
        <source> (vypočteno)</source>
        <translation> (computed)</translation>
    </message>
</context>
<context>
    <name>PlanTreePanel</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_tree.py" line="139"/>
        <source>Verze plánu:</source>
        <extracomment>the selection or the shown version changed (see :meth:`current_node`) a measure was chosen (id, status), or nothing (&quot;&quot;, &quot;&quot;)</extracomment>
        <translation>Plan version:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_tree.py" line="152"/>
        <source>verze {0}</source>
        <translation>version {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_tree.py" line="162"/>
        <source>Lokalita zatím nemá strategický plán.</source>
        <translation>The locality has no strategic plan yet.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_tree.py" line="166"/>
        <source>zatím neschválen</source>
        <translation>not adopted yet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/plan_tree.py" line="167"/>
        <source>{0} – schválen {1}</source>
        <translation>{0} – adopted {1}</translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/points_panel.py" line="36"/>
        <source>Všechny závažnosti</source>
        <extracomment>agenda id, step id (&quot;&quot; for a point of the whole agenda) a point just added, selected when the refreshed map arrives</extracomment>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/points_panel.py" line="44"/>
        <source>Závažnost:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/points_panel.py" line="56"/>
        <source>Nové kritické místo…</source>
        <translation>New critical point…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/points_panel.py" line="57"/>
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/points_panel.py" line="58"/>
        <source>Přejít na krok</source>
        <translation>Go to step</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/points_panel.py" line="59"/>
        <source>Odstranit</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/points_panel.py" line="95"/>
        <source>Vyberte kritické místo.</source>
        <translation>Select a critical point.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/points_panel.py" line="96"/>
        <source>Zatím žádná kritická místa.</source>
        <translation>No critical points yet.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/points_panel.py" line="123"/>
        <source>Odstranit kritické místo</source>
        <translation>Remove critical point</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/points_panel.py" line="124"/>
        <source>Odstranit kritické místo „{0}“?</source>
        <translation>Remove the critical point “{0}”?</translation>
    </message>
</context>
<context>
    <name>PowerMap</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="36"/>
        <source>Přesun aktéra {0}</source>
        <extracomment>more dots than this do not make a readable map; the panel says so instead of freezing</extracomment>
        <translation>Move stakeholder {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map_grid.py" line="30"/>
        <source>Postoj k začleňování</source>
        <translation>Attitude to inclusion</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map_grid.py" line="31"/>
        <source>Zájem</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map_scene.py" line="59"/>
        <source>{0}
{1}
vliv {2}, postoj {3}, zájem {4}</source>
        <translation>{0}
{1}
influence {2}, attitude {3}, interest {4}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map_scene.py" line="168"/>
        <source>Vliv</source>
        <extracomment>actor id, old (x value, influence), new (x value, influence)</extracomment>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map_scene.py" line="176"/>
        <source>Sektory</source>
        <translation>Sectors</translation>
    </message>
</context>
<context>
    <name>PowerMapPanel</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="65"/>
        <source>Vliv × {0}</source>
        <translation>Influence × {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="76"/>
        <source>Uložit jako PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="78"/>
        <source>PDF mapa aktérů…</source>
        <translation>PDF stakeholder map…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="79"/>
        <source>Mapa a tabulka aktérů k tisku (s týmiž osami a orgánem).</source>
        <translation>Stakeholder map and table for printing (with the same axes and body).</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="81"/>
        <source>Zpět</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="84"/>
        <source>Znovu</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="88"/>
        <source>Zpět (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="95"/>
        <source>Osy:</source>
        <translation>Axes:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="98"/>
        <source>Orgán:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="107"/>
        <source>Přetažením tečky změníte vliv a postoj (zájem) aktéra; Ctrl+Z přesun vrátí.</source>
        <translation>Drag a dot to change a stakeholder&apos;s influence and attitude (interest); Ctrl+Z undoes the move.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="132"/>
        <source>Všichni aktéři</source>
        <translation>All stakeholders</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="158"/>
        <source>Mapa ukazuje prvních {0} z {1} aktérů; zužte výběr orgánem.</source>
        <translation>The map shows the first {0} of {1} stakeholders; narrow it down by body.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="186"/>
        <source>Uložit mapu aktérů</source>
        <translation>Save stakeholder map</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="186"/>
        <source>mapa-akteru.png</source>
        <translation>stakeholder-map.png</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="187"/>
        <source>Obrázek PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="193"/>
        <source>Obrázek se nepodařilo uložit do {0}.</source>
        <translation>The image could not be saved to {0}.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="199"/>
        <source>Uložit PDF mapu aktérů</source>
        <translation>Save PDF stakeholder map</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="199"/>
        <source>mapa-akteru.pdf</source>
        <translation>stakeholder-map.pdf</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="200"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/power_map.py" line="212"/>
        <source>PDF uloženo do {0}.</source>
        <translation>PDF saved to {0}.</translation>
    </message>
</context>
<context>
    <name>ProcessMappingView</name>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/view.py" line="50"/>
        <source>Agendy a postupy</source>
        <extracomment>entity kinds whose change this view shows (actors: the referral&apos;s name)</extracomment>
        <translation>Agendas and processes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/view.py" line="51"/>
        <source>Kritická místa</source>
        <translation>Critical points</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/view.py" line="52"/>
        <source>Doporučení</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/view.py" line="55"/>
        <source>Zpráva z mapování (PDF)…</source>
        <translation>Process mapping report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/view.py" line="70"/>
        <source>Vyberte lokalitu.</source>
        <translation>Select a locality.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/view.py" line="76"/>
        <source>{0}: agend {1}, kritických míst {2}, doporučení {3}</source>
        <translation>{0}: {1} agendas, {2} critical points, {3} recommendations</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/view.py" line="101"/>
        <source>Zpráva z mapování procesů – {0}</source>
        <translation>Process mapping report – {0}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../obecdesk/ui/profile/profile_dialog.py" line="39"/>
        <source>Já – můj profil</source>
        <translation>Me – my profile</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/profile/profile_dialog.py" line="46"/>
        <source>Vyberte sebe mezi aktéry lokality, nebo se jako aktér založte. Úkoly, za které odpovídáte, pak uvidíte v „Moje otevřené úkoly“ a při zadávání úkolu vám půjde úkol přidělit jako „já“. Volba platí jen na tomto počítači; aktér se synchronizuje jako každý jiný.</source>
        <translation>Pick yourself among the stakeholders of the locality, or create yourself as one. The tasks you own then appear in “My open tasks”, and a task can be given to “me”. The choice holds on this computer only; the stakeholder syncs like any other.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/profile/profile_dialog.py" line="56"/>
        <source>Založit mě jako aktéra…</source>
        <translation>Create me as a stakeholder…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/profile/profile_dialog.py" line="67"/>
        <source>Lokalita</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/profile/profile_dialog.py" line="68"/>
        <source>Já jsem</source>
        <translation>I am</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/profile/profile_dialog.py" line="97"/>
        <source>V dalších lokalitách: {0}</source>
        <translation>In other localities: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/profile/profile_dialog.py" line="118"/>
        <source>Vyberte se ze seznamu aktérů, nebo se jako aktér založte.</source>
        <translation>Pick yourself from the list of stakeholders, or create yourself as one.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="43"/>
        <source>Upravit projekt</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="43"/>
        <source>Nový projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="70"/>
        <source>Název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="70"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="71"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="72"/>
        <source>Požadováno (Kč)</source>
        <translation>Requested (CZK)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="73"/>
        <source>Schváleno (Kč)</source>
        <translation>Approved (CZK)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="74"/>
        <source>Podpořené osoby</source>
        <translation>People supported</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="75"/>
        <source>Podáno</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="76"/>
        <source>Rozhodnuto</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/project_dialog.py" line="77"/>
        <source>Slouží opatřením</source>
        <translation>Serves measures</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="44"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="45"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="46"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="47"/>
        <source>Požadováno</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="48"/>
        <source>Schváleno</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="49"/>
        <source>Podpořené osoby</source>
        <translation>People supported</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="50"/>
        <source>Podáno</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="51"/>
        <source>Centrála</source>
        <translation>HQ</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="81"/>
        <source>Připraveno {0} · podáno {1} · schváleno {2} · získáno {3} · v hodnocení {4} · podpořeno osob {5}</source>
        <extracomment>HQ&apos;s review of each reviewed item of the locality (``LocalityIndicators.reviews``)</extracomment>
        <translation>Prepared {0} · submitted {1} · approved {2} · obtained {3} · in evaluation {4} · people supported {5}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="101"/>
        <source>Nový projekt…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/projects_panel.py" line="103"/>
        <source>Importovat projekty…</source>
        <translation>Import projects…</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="64"/>
        <source>Upravit návrh</source>
        <translation>Edit proposal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="64"/>
        <source>Nový návrh</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="69"/>
        <source>např. obyvatelka Tovární ulice</source>
        <translation>e.g. a resident of Tovární street</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="72"/>
        <source>Povinné u zamítnutého návrhu</source>
        <translation>Required for a rejected proposal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="76"/>
        <source>Text *</source>
        <translation>Text *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="76"/>
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="77"/>
        <source>Kdo navrhl</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="78"/>
        <source>Vyřízení</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="79"/>
        <source>Důvod zamítnutí</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="80"/>
        <source>Co se s návrhem stalo</source>
        <translation>What happened to the proposal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/dialogs.py" line="81"/>
        <source>Vyřízeno dne</source>
        <translation>Decided on</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="91"/>
        <source>Návrh nebo připomínka</source>
        <extracomment>the colour of a disposition in the list (text colour, readable on white)</extracomment>
        <translation>Proposal or comment</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="92"/>
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="93"/>
        <source>Kdo navrhl</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="94"/>
        <source>Vyřízení</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="95"/>
        <source>Důvod / co se stalo</source>
        <translation>Reason / what happened</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/models.py" line="96"/>
        <source>Akce</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="65"/>
        <source>ze všech akcí</source>
        <translation>from all events</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="66"/>
        <source>z vybrané akce</source>
        <translation>from the chosen event</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="70"/>
        <source>jakkoli vyřízené</source>
        <translation>any disposition</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="74"/>
        <source>Nový návrh…</source>
        <translation>New proposal…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="75"/>
        <source>Návrh nebo připomínka z akce vybrané nahoře</source>
        <translation>A proposal or comment from the event chosen above</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="77"/>
        <source>Smazat</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="80"/>
        <source>Uložit seznam…</source>
        <translation>Save list…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="81"/>
        <source>Co se stalo s vašimi návrhy: tabulka XLSX nebo PDF</source>
        <translation>What happened to your proposals: an XLSX table or a PDF</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="84"/>
        <source>Návrhy a připomínky</source>
        <translation>Proposals and comments</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="122"/>
        <source>Smazat návrh</source>
        <translation>Delete proposal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="123"/>
        <source>Smazat návrh „{0}“?</source>
        <translation>Delete the proposal “{0}”?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="131"/>
        <source>Uložit seznam návrhů</source>
        <translation>Save list of proposals</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="131"/>
        <source>navrhy.xlsx</source>
        <translation>proposals.xlsx</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="132"/>
        <source>Tabulka Excel (*.xlsx);;Dokument PDF (*.pdf)</source>
        <translation>Excel table (*.xlsx);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/participation/proposals_panel.py" line="141"/>
        <source>Seznam návrhů uložen do {0}.</source>
        <translation>List of proposals saved to {0}.</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="66"/>
        <source>Upravit záznam postoje</source>
        <translation>Edit attitude reading</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="67"/>
        <source>Nový záznam postoje</source>
        <translation>New attitude reading</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="84"/>
        <source>např. rozhovory na ulici, terénní pracovník</source>
        <translation>e.g. conversations in the street, field worker</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="85"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="85"/>
        <source>Postoj</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="86"/>
        <source>Napětí</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="86"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_dialogs.py" line="87"/>
        <source>Zdroj</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_models.py" line="76"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_models.py" line="77"/>
        <source>Postoj</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_models.py" line="78"/>
        <source>Napětí</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_models.py" line="79"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/audience_models.py" line="80"/>
        <source>Zdroj</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="86"/>
        <source>Upravit doporučení</source>
        <translation>Edit recommendation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="86"/>
        <source>Nové doporučení</source>
        <translation>New recommendation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="98"/>
        <source>(nikdo)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="102"/>
        <source>Doporučení *</source>
        <translation>Recommendation *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="102"/>
        <source>Dáno</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="103"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="104"/>
        <source>Odpovídá</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="105"/>
        <source>Zjištění supervize</source>
        <translation>Supervision findings</translation>
    </message>
</context>
<context>
    <name>RecommendationsModel</name>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="54"/>
        <source>Dáno</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="55"/>
        <source>Doporučení</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="56"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="57"/>
        <source>Odpovídá</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="58"/>
        <source>Zjištění supervize</source>
        <translation>Supervision findings</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="146"/>
        <location filename="../../obecdesk/ui/process_mapping/recommendations_panel.py" line="53"/>
        <source>Nové doporučení…</source>
        <translation>New recommendation…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="147"/>
        <location filename="../../obecdesk/ui/process_mapping/recommendations_panel.py" line="54"/>
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="148"/>
        <source>Smazat</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="187"/>
        <source>Smazat doporučení</source>
        <translation>Delete recommendation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/recommendations_panel.py" line="188"/>
        <source>Smazat vybrané doporučení?</source>
        <translation>Delete the selected recommendation?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/recommendations_panel.py" line="35"/>
        <source>Všechny stavy</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/recommendations_panel.py" line="41"/>
        <source>Stav:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/recommendations_panel.py" line="55"/>
        <source>Zapsat konzultaci…</source>
        <translation>Record a follow-up…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/recommendations_panel.py" line="56"/>
        <source>Odstranit</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/recommendations_panel.py" line="81"/>
        <source>Vyberte doporučení.</source>
        <translation>Select a recommendation.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/recommendations_panel.py" line="82"/>
        <source>Zatím žádná doporučení. Nejdřív zapište kritická místa, na která doporučení odpovídají.</source>
        <translation>No recommendations yet. First record the critical points they answer.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/recommendations_panel.py" line="122"/>
        <source>Odstranit doporučení</source>
        <translation>Remove recommendation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/process_mapping/recommendations_panel.py" line="123"/>
        <source>Odstranit doporučení „{0}“ i s konzultacemi?</source>
        <translation>Remove the recommendation “{0}” with its follow-ups?</translation>
    </message>
</context>
<context>
    <name>RecordsTabs</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_records.py" line="96"/>
        <source>Usnesení ({0})</source>
        <translation>Decisions ({0})</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_records.py" line="98"/>
        <source>Úkoly ({0})</source>
        <translation>Tasks ({0})</translation>
    </message>
</context>
<context>
    <name>RelationTable</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_model.py" line="24"/>
        <source>Aktér</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_model.py" line="25"/>
        <source>Vztah</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_model.py" line="26"/>
        <source>K aktérovi</source>
        <translation>To stakeholder</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_model.py" line="27"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RelationsGraph</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_graph.py" line="44"/>
        <source>Zatím žádné vztahy. Přidejte je formulářem nahoře.</source>
        <extracomment>long organisation names are shortened (the full name is the dot&apos;s tooltip) kinds read in one direction get an arrow (&quot;works for&quot;, &quot;influences&quot;)</extracomment>
        <translation>No relations yet. Add them with the form above.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_graph.py" line="100"/>
        <source>Vztahy</source>
        <translation>Relations</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_panel.py" line="39"/>
        <source>kdo (aktér)</source>
        <translation>who (stakeholder)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_panel.py" line="46"/>
        <source>ke komu (aktér)</source>
        <translation>to whom (stakeholder)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_panel.py" line="48"/>
        <source>poznámka (nepovinná)</source>
        <translation>note (optional)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_panel.py" line="49"/>
        <source>Přidat vztah</source>
        <translation>Add relation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_panel.py" line="70"/>
        <source>Odebrat vybraný vztah</source>
        <translation>Remove selected relation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_panel.py" line="91"/>
        <source>Nový vztah: kdo – jaký vztah – ke komu</source>
        <translation>New relation: who – what relation – to whom</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/relations_panel.py" line="116"/>
        <source>Vyberte oba aktéry vztahu ze seznamu.</source>
        <translation>Choose both stakeholders of the relation from the list.</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../obecdesk/ui/cooperation/request_form.py" line="33"/>
        <source>Žádost obce</source>
        <translation>The municipality&apos;s request</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/request_form.py" line="59"/>
        <source>další témata, oddělená čárkou</source>
        <translation>other themes, separated by commas</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/request_form.py" line="62"/>
        <source>jak situaci popisuje obec</source>
        <translation>the situation as the municipality describes it</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/request_form.py" line="64"/>
        <source>Kdo požádal</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/request_form.py" line="65"/>
        <source>Datum žádosti</source>
        <translation>Date of request</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/request_form.py" line="66"/>
        <source>Požadovaný režim</source>
        <translation>Requested mode</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/request_form.py" line="67"/>
        <source>Témata</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/cooperation/request_form.py" line="69"/>
        <source>Situace slovy obce</source>
        <translation>The situation in the municipality&apos;s words</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_actions.py" line="21"/>
        <source>Schválit</source>
        <extracomment>state → (menu text, the question for its comment or &quot;&quot; for none)</extracomment>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_actions.py" line="22"/>
        <source>Vrátit k opravě…</source>
        <translation>Return for correction…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_actions.py" line="23"/>
        <source>Co je třeba opravit?</source>
        <translation>What needs correcting?</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_actions.py" line="24"/>
        <source>Komentovat…</source>
        <translation>Comment…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_actions.py" line="25"/>
        <source>Komentář:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_actions.py" line="26"/>
        <source>Opraveno…</source>
        <translation>Corrected…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_actions.py" line="27"/>
        <source>Co bylo opraveno?</source>
        <translation>What was corrected?</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/review_dialog.py" line="32"/>
        <source>Kontrola úkolu</source>
        <translation>Action item review</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/review_dialog.py" line="33"/>
        <source>bez termínu</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/review_dialog.py" line="34"/>
        <source>{0}
Odpovídá: {1} · termín: {2}</source>
        <translation>{0}
Owner: {1} · due: {2}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/review_dialog.py" line="48"/>
        <source>např. čeká se na vyjádření rady</source>
        <translation>e.g. waiting for the council&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/review_dialog.py" line="50"/>
        <source>Výsledek</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/review_dialog.py" line="51"/>
        <source>Nový termín</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/review_dialog.py" line="52"/>
        <source>Komentář</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ReviewNotesModel</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_panel.py" line="48"/>
        <source>Stav a komentář</source>
        <translation>State and comment</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_panel.py" line="49"/>
        <source>Položka</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_panel.py" line="50"/>
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_panel.py" line="51"/>
        <source>Kdo</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_panel.py" line="52"/>
        <source>Kdy</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_panel.py" line="79"/>
        <source>Jen otevřené (vrácené a opravené)</source>
        <extracomment>open an item: (kind, key, row id) — a measure&apos;s key is its lineage id</extracomment>
        <translation>Open only (returned and corrected)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_panel.py" line="102"/>
        <source>Centrála zatím nic nekomentovala. Její poznámky přijdou s balíčkem; položku lze komentovat z kontextové nabídky v plánu, v tabulce hodnot a v projektech.</source>
        <translation>HQ has not commented on anything yet. Its notes arrive with a bundle; an item can be commented on from the context menu in the plan, the value grid and the projects.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/review_panel.py" line="109"/>
        <source>Historie stavů vybrané položky</source>
        <translation>History of the selected item&apos;s states</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_editor.py" line="23"/>
        <source>T</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_editor.py" line="23"/>
        <source>Tučně (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_editor.py" line="29"/>
        <source>K</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_editor.py" line="29"/>
        <source>Kurzíva (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_editor.py" line="35"/>
        <source>• seznam</source>
        <translation>• list</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_editor.py" line="35"/>
        <source>Odrážky</source>
        <translation>Bullets</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_editor.py" line="38"/>
        <source>1. seznam</source>
        <translation>1. list</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/minutes_editor.py" line="38"/>
        <source>Číslovaný seznam</source>
        <translation>Numbered list</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_dialog.py" line="48"/>
        <source>Upravit scénář</source>
        <translation>Edit scenario</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_dialog.py" line="48"/>
        <source>Nový rizikový scénář</source>
        <translation>New risk scenario</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_dialog.py" line="59"/>
        <source>(nikdo)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_dialog.py" line="65"/>
        <source>Scénář *</source>
        <translation>Scenario *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_dialog.py" line="66"/>
        <source>Pravděpodobnost (1–5)</source>
        <translation>Likelihood (1–5)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_dialog.py" line="67"/>
        <source>Dopad (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_dialog.py" line="68"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_dialog.py" line="69"/>
        <source>Odpovídá</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_dialog.py" line="70"/>
        <source>Varovné signály</source>
        <translation>Warning signals</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_dialog.py" line="71"/>
        <source>Připravená reakce</source>
        <translation>Prepared response</translation>
    </message>
</context>
<context>
    <name>RiskListModel</name>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_models.py" line="43"/>
        <source>Č.</source>
        <extracomment>the matrix colours: green, yellow, orange, red</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_models.py" line="44"/>
        <source>Scénář</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_models.py" line="45"/>
        <source>Pravděp.</source>
        <translation>Likel.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_models.py" line="46"/>
        <source>Dopad</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_models.py" line="47"/>
        <source>Riziko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_models.py" line="48"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_models.py" line="49"/>
        <source>Odpovídá</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>RiskMatrixModel</name>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_models.py" line="116"/>
        <source>pravděpodobnost %1</source>
        <translation>likelihood %1</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risk_models.py" line="118"/>
        <source>dopad %1</source>
        <translation>impact %1</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="55"/>
        <source>Zobrazit všechny scénáře</source>
        <translation>Show all scenarios</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="57"/>
        <source>Svisle dopad, vodorovně pravděpodobnost (5 = nejvyšší). Čísla jsou scénáře ze seznamu vpravo; kliknutím na pole zobrazíte jen jeho scénáře.</source>
        <translation>Impact vertically, likelihood horizontally (5 = highest). The numbers are the scenarios of the list on the right; click a cell to show only its scenarios.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="62"/>
        <source>&lt;b&gt;Matice rizik&lt;/b&gt; (pravděpodobnost × dopad)</source>
        <translation>&lt;b&gt;Risk matrix&lt;/b&gt; (likelihood × impact)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="84"/>
        <source>Nový scénář…</source>
        <translation>New scenario…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="85"/>
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="86"/>
        <source>Smazat</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="141"/>
        <source>Vyberte scénář.</source>
        <translation>Select a scenario.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="146"/>
        <source>Varovné signály</source>
        <translation>Warning signals</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="147"/>
        <source>Připravená reakce</source>
        <translation>Prepared response</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="168"/>
        <source>Smazat scénář</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/risks_tab.py" line="169"/>
        <source>Smazat scénář „%1“?</source>
        <translation>Delete the scenario “%1”?</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../obecdesk/ui/sync/role_dialog.py" line="30"/>
        <source>Vítejte v obecdesk</source>
        <translation>Welcome to obecdesk</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/role_dialog.py" line="31"/>
        <source>Jak budete tuto instalaci používat? Podle toho se nastaví synchronizace (volbu lze později změnit příkazem obecdesk init).</source>
        <translation>How will you use this installation? Synchronisation is set up accordingly (you can change it later with the command obecdesk init).</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/role_dialog.py" line="34"/>
        <source>Terénní práce – notebook lokálního konzultanta, který posílá balíčky centrále</source>
        <translation>Field work – a local coordinator&apos;s laptop that sends bundles to the central office</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/role_dialog.py" line="37"/>
        <source>Centrála – přijímá balíčky terénních replik a posílá jim zpáteční</source>
        <translation>Central office – receives the field replicas&apos; bundles and sends return bundles</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/role_dialog.py" line="46"/>
        <source>např. Notebook – Jana Nováková</source>
        <translation>e.g. Laptop – Jana Nováková</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/role_dialog.py" line="48"/>
        <source>Název této instalace</source>
        <translation>Name of this installation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/role_dialog.py" line="67"/>
        <source>Centrála</source>
        <translation>Central office</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/role_dialog.py" line="68"/>
        <source>Terénní notebook</source>
        <translation>Field laptop</translation>
    </message>
</context>
<context>
    <name>SavedState</name>
    <message>
        <location filename="../../obecdesk/ui/saved_state.py" line="25"/>
        <source>Uloženo {0}</source>
        <extracomment>the clock it reads (tests set theirs)</extracomment>
        <translation>Saved {0}</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="51"/>
        <source>Jednání</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="52"/>
        <source>Lokalita</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="53"/>
        <source>Kde</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="54"/>
        <source>Nalezený text</source>
        <translation>Text found</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="56"/>
        <source>usnesení</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/search_view.py" line="56"/>
        <source>zápis k bodu</source>
        <translation>item minutes</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="100"/>
        <source>Setkání mediace</source>
        <translation>Mediation session</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="104"/>
        <source>Datum *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="105"/>
        <source>Kdo byl přítomen</source>
        <translation>Who attended</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/dialogs.py" line="106"/>
        <source>Výsledek setkání</source>
        <translation>Outcome of the session</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="86"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="87"/>
        <source>Kdo byl přítomen</source>
        <translation>Who attended</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/mediation/models.py" line="88"/>
        <source>Výsledek setkání</source>
        <translation>Outcome of the session</translation>
    </message>
</context>
<context>
    <name>SituationTab</name>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="47"/>
        <source>všechny druhy</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="54"/>
        <source>jakákoli</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="56"/>
        <source>alespoň %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="59"/>
        <source>Nová událost…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="60"/>
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="61"/>
        <source>Smazat</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="66"/>
        <source>Druh:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="68"/>
        <source>Závažnost:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="92"/>
        <source>Přílohy</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="131"/>
        <source>Vyberte událost na časové ose.</source>
        <translation>Select an event on the timeline.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="137"/>
        <source>závažnost %1</source>
        <translation>severity %1</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="139"/>
        <source>zdroj: %1</source>
        <translation>source: %1</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="141"/>
        <source>dosah %1</source>
        <translation>reach %1</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="168"/>
        <source>Smazat událost</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/situation_tab.py" line="169"/>
        <source>Smazat událost „%1“ i s jejími přílohami?</source>
        <translation>Delete the event “%1” with its attachments?</translation>
    </message>
</context>
<context>
    <name>StakeholdersView</name>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/view.py" line="40"/>
        <source>Aktéři</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/view.py" line="41"/>
        <source>Orgány a složení</source>
        <translation>Bodies and composition</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/view.py" line="42"/>
        <source>Vztahy</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/stakeholders/view.py" line="43"/>
        <source>Mapa vlivu</source>
        <translation>Power/interest map</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../obecdesk/ui/startup.py" line="79"/>
        <source>pracovní nástroj lokálního konzultanta</source>
        <translation>the local consultant&apos;s working tool</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/startup.py" line="83"/>
        <source>Otevírám databázi…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>SyncOverview</name>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="77"/>
        <source>Tato replika</source>
        <translation>This replica</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="84"/>
        <source>Název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="85"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="86"/>
        <source>Otisk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="87"/>
        <source>Identifikátor repliky</source>
        <translation>Replica id</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="89"/>
        <source>Kopie repliky</source>
        <translation>Copy of replica</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="90"/>
        <source>Pořadové číslo poslední změny</source>
        <translation>Number of the last change</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="93"/>
        <source>Zobrazit konflikty</source>
        <translation>Show conflicts</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="98"/>
        <source>Nevyřešené konflikty</source>
        <translation>Unresolved conflicts</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="99"/>
        <source>Uložit adresní kartu této repliky…</source>
        <translation>Save this replica&apos;s address card…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="106"/>
        <source>Jak centrála pracuje</source>
        <translation>How the central office works</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="108"/>
        <source>Terénní repliky posílají balíčky e-mailem. Uložte je do jedné složky a načtěte ji najednou; u nové repliky porovnejte otisk, který vám sdělí. Pak připravte každé replice zpáteční balíček. Adresní kartu centrály si terénní repliky načtou jednou.</source>
        <translation>Field replicas send their bundles by e-mail. Save them into one folder and read it in one go; for a new replica, compare the fingerprint it tells you. Then prepare a return bundle for each replica. Field replicas read the central office&apos;s address card once.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="119"/>
        <source>Synchronizace s centrálou</source>
        <translation>Synchronisation with the central office</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="120"/>
        <source>Centrála: balíčky terénních replik</source>
        <translation>Central office: field replicas&apos; bundles</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="121"/>
        <source>(bez názvu)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="122"/>
        <source>terénní replika</source>
        <translation>field replica</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="122"/>
        <source>centrála</source>
        <translation>central office</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="135"/>
        <source>Uložit adresní kartu</source>
        <translation>Save the address card</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="137"/>
        <source>Adresní karta uložena do %1.</source>
        <translation>Address card saved to %1.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="141"/>
        <source>Načíst balíček</source>
        <translation>Read a bundle</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/overview.py" line="149"/>
        <source>Načteno balíčků: %1 z %2.</source>
        <translation>Bundles read: %1 of %2.</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="24"/>
        <source>načten</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="25"/>
        <source>už byl načten dříve</source>
        <translation>read before</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="26"/>
        <source>odmítnut</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="28"/>
        <source>zatím ne</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="54"/>
        <source>Druh záznamu</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="55"/>
        <source>Čeká na odeslání</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="81"/>
        <source>Terénní replika</source>
        <translation>Field replica</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="82"/>
        <source>Otisk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="83"/>
        <source>Poslední přijatý balíček</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="84"/>
        <source>Poslední odeslaný balíček</source>
        <translation>Last bundle sent</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="85"/>
        <source>Záznamů k odeslání</source>
        <translation>Records to send</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="119"/>
        <source>Soubor</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="120"/>
        <source>Odesílatel</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="121"/>
        <source>Výsledek</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/sync_models.py" line="122"/>
        <source>Podrobnosti</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../obecdesk/ui/sync/view.py" line="30"/>
        <source>Přehled</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/view.py" line="40"/>
        <source>Konflikty (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/view.py" line="41"/>
        <source>Konflikty</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_model.py" line="38"/>
        <source>Termín</source>
        <extracomment>what the meeting showing the review list decided about the task</extracomment>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_model.py" line="39"/>
        <source>Úkol</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_model.py" line="40"/>
        <source>Odpovídá</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_model.py" line="41"/>
        <source>Stav</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_model.py" line="42"/>
        <source>Z jednání</source>
        <translation>From meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_model.py" line="43"/>
        <source>Lokalita</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_model.py" line="44"/>
        <source>Výsledek kontroly</source>
        <translation>Review outcome</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/tasks_model.py" line="94"/>
        <source>Po termínu</source>
        <extracomment>task id -&gt; what the meeting showing the list decided (``TaskReviewInfo``)</extracomment>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>TextsPanel</name>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="77"/>
        <source>Nový text…</source>
        <translation>New text…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="90"/>
        <source>Uložit text</source>
        <translation>Save text</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="92"/>
        <source>Starší verze…</source>
        <translation>Earlier versions…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="95"/>
        <source>Název</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="99"/>
        <source>Druh a stav</source>
        <translation>Kind and status</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="100"/>
        <source>Pro koho</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="151"/>
        <source>Starší verze (%1)…</source>
        <translation>Earlier versions (%1)…</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="167"/>
        <source>Nový text</source>
        <translation>New text</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="167"/>
        <source>Název textu:</source>
        <translation>Title of the text:</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../obecdesk/ui/communication/timeline_model.py" line="33"/>
        <source>Datum</source>
        <extracomment>a soft background per severity, so a glance down the timeline shows where it escalated</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/timeline_model.py" line="34"/>
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/timeline_model.py" line="35"/>
        <source>Událost</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/timeline_model.py" line="36"/>
        <source>Závažnost</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/timeline_model.py" line="37"/>
        <source>Dosah</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/timeline_model.py" line="38"/>
        <source>Přílohy</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../obecdesk/ui/communication/trend_chart.py" line="39"/>
        <source>Napětí (1–5)</source>
        <translation>Tension (1–5)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/trend_chart.py" line="40"/>
        <source>Postoj (−2 až +2)</source>
        <translation>Attitude (−2 to +2)</translation>
    </message>
</context>
<context>
    <name>ValueForm</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="31"/>
        <source>např. 2026-Q3 nebo Q3/2026</source>
        <translation>e.g. 2026-Q3 or Q3/2026</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="35"/>
        <source>k prověření</source>
        <translation>for follow-up</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="37"/>
        <source>proč hodnotu prověřit</source>
        <translation>why the value should be checked</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="39"/>
        <source>proč se dřívější hodnota mění</source>
        <translation>why the earlier value changes</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="43"/>
        <source>Uložit hodnotu</source>
        <translation>Save value</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="46"/>
        <source>Období</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="47"/>
        <source>Hodnota</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="48"/>
        <source>Zdroj</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="49"/>
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="51"/>
        <source>Důvod opravy</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="67"/>
        <source>Chybí hodnota.</source>
        <translation>The value is missing.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_form.py" line="78"/>
        <source>Uloženo.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ValueGrid</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_grid.py" line="84"/>
        <source>Pište hodnoty; Tab = další období, Enter = další ukazatel, Ctrl+V vloží sloupec zkopírovaný z Excelu.</source>
        <extracomment>HQ&apos;s review of the value in the current cell (&quot;vráceno k opravě: …&quot;)</extracomment>
        <translation>Type values; Tab = next period, Enter = next indicator, Ctrl+V pastes a column copied from Excel.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_grid.py" line="100"/>
        <source>Centrála: {0}</source>
        <translation>HQ: {0}</translation>
    </message>
</context>
<context>
    <name>ValueGridModel</name>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_grid_model.py" line="127"/>
        <source>cíl: {0}</source>
        <extracomment>a Czech sentence about the last refused input (&quot;&quot; when the last save went through) HQ&apos;s review of each reviewed item of the locality (``LocalityIndicators.reviews``)</extracomment>
        <translation>target: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_grid_model.py" line="131"/>
        <source>k prověření: {0}</source>
        <translation>for follow-up: {0}</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/indicators/value_grid_model.py" line="148"/>
        <source> Takovou hodnotu uložte v detailu s poznámkou.</source>
        <translation> Save such a value in the detail, with a note.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="43"/>
        <source>Starší verze: %1</source>
        <translation>Earlier versions: %1</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/communication/texts_panel.py" line="50"/>
        <source>verze %1 (do %2)</source>
        <translation>version %1 (until %2)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="8"/>
        <source>akutní komunikace (1–3 měsíce)</source>
        <translation>acute communication (1–3 months)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="9"/>
        <source>systematická spolupráce (do 12 měsíců)</source>
        <translation>systematic cooperation (up to 12 months)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="10"/>
        <source>dlouhodobá spolupráce (36 měsíců)</source>
        <translation>long-term cooperation (36 months)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="14"/>
        <source>bydlení</source>
        <translation>housing</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="15"/>
        <source>vzdělávání</source>
        <translation>education</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="16"/>
        <source>zaměstnanost</source>
        <translation>employment</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="17"/>
        <source>sociální služby</source>
        <translation>social services</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="18"/>
        <source>dluhy</source>
        <translation>debt</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="19"/>
        <source>sousedské soužití</source>
        <translation>neighbourhood coexistence</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="20"/>
        <source>bezpečnost a pocit bezpečí</source>
        <translation>security and sense of safety</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="21"/>
        <source>přístup ke zdravotní péči</source>
        <translation>access to health care</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/localities.py" line="22"/>
        <source>migrace a integrace</source>
        <translation>migration and integration</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="8"/>
        <source>jednání orgánu</source>
        <translation>meeting of a body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="9"/>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="9"/>
        <source>veřejné setkání</source>
        <translation>public meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="10"/>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="10"/>
        <source>kulatý stůl</source>
        <translation>round table</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="14"/>
        <source>konsenzus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="15"/>
        <source>prostá většina</source>
        <translation>simple majority</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="16"/>
        <source>dvoutřetinová většina</source>
        <translation>two-thirds majority</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="17"/>
        <source>rozhoduje předsedající</source>
        <translation>the chair decides</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="8"/>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="21"/>
        <source>plánováno</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="9"/>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="17"/>
        <source>v přípravě</source>
        <translation>in preparation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="10"/>
        <source>běží</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="11"/>
        <source>dokončeno</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="12"/>
        <source>zrušeno</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="16"/>
        <source>záměr</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="18"/>
        <source>podáno</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="9"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="10"/>
        <source>petice</source>
        <translation>petition</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="11"/>
        <source>protest</source>
        <translation>protest</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="12"/>
        <source>usnesení zastupitelstva</source>
        <translation>council resolution</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="13"/>
        <source>článek v médiích</source>
        <translation>media article</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="14"/>
        <source>příspěvek na sociálních sítích</source>
        <translation>social-media post</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="15"/>
        <source>vyjádření policie</source>
        <translation>police statement</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="16"/>
        <source>fáma</source>
        <translation>rumour</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="22"/>
        <source>nízké</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="23"/>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="59"/>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="9"/>
        <source>střední</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="24"/>
        <source>vysoké</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="25"/>
        <source>kritické</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="29"/>
        <source>sledujeme</source>
        <translation>watched</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="30"/>
        <source>reakce připravena</source>
        <translation>response prepared</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="31"/>
        <source>nastal</source>
        <translation>occurred</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="32"/>
        <source>uzavřeno</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="36"/>
        <source>tisková zpráva</source>
        <translation>press release</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="37"/>
        <source>dopis obyvatelům</source>
        <translation>letter to residents</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="38"/>
        <source>příspěvek</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="39"/>
        <source>krátké prohlášení</source>
        <translation>holding statement</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="40"/>
        <source>jiný text</source>
        <translation>other text</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="44"/>
        <source>koncept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="45"/>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="19"/>
        <location filename="../../obecdesk/core/vocabulary/reviews.py" line="9"/>
        <source>schváleno</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="46"/>
        <source>zveřejněno</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="50"/>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="22"/>
        <source>navrženo</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="51"/>
        <source>zavádí se</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="52"/>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="25"/>
        <source>zavedeno</source>
        <translation>implemented</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="53"/>
        <source>nezavedeno</source>
        <translation>not implemented</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="58"/>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="10"/>
        <source>nízká</source>
        <extracomment>how much an event escalates the situation, 1 (low) … 4 (critical)</extracomment>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="60"/>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="8"/>
        <source>vysoká</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="61"/>
        <source>kritická</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="65"/>
        <source>nepřátelský</source>
        <extracomment>the attitude of an audience group, -2 (hostile) … +2 (supportive)</extracomment>
        <translation>hostile</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="66"/>
        <source>odmítavý</source>
        <translation>dismissive</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="67"/>
        <source>neutrální</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="68"/>
        <source>vstřícný</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="69"/>
        <source>podporující</source>
        <translation>supportive</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="73"/>
        <source>klid</source>
        <extracomment>the tension felt in an audience group, 1 (calm) … 5 (explosive)</extracomment>
        <translation>calm</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="74"/>
        <source>mírné napětí</source>
        <translation>mild tension</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="76"/>
        <source>vysoké napětí</source>
        <translation>high tension</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="77"/>
        <source>výbušná situace</source>
        <translation>explosive</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="20"/>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="24"/>
        <source>v realizaci</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="21"/>
        <source>ukončeno</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="22"/>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="25"/>
        <source>zamítnuto</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="23"/>
        <source>staženo</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="27"/>
        <source>počet</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="28"/>
        <source>osoby</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="29"/>
        <source>Kč</source>
        <translation>CZK</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="30"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="31"/>
        <source>ano/ne</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="35"/>
        <source>více je lépe</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="36"/>
        <source>méně je lépe</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="40"/>
        <source>součet za období</source>
        <translation>sum over periods</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="41"/>
        <source>poslední hodnota</source>
        <translation>last value</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="42"/>
        <source>průměr</source>
        <translation>average</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="46"/>
        <source>výstup</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="47"/>
        <source>výsledek</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="48"/>
        <source>dopad</source>
        <translation>impact</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="52"/>
        <source>měsíčně</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="53"/>
        <source>čtvrtletně</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="54"/>
        <source>pololetně</source>
        <translation>half-yearly</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="55"/>
        <source>ročně</source>
        <translation>yearly</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="59"/>
        <source>podle plánu</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="60"/>
        <source>ohroženo</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="61"/>
        <source>mimo plán</source>
        <translation>off track</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/indicators.py" line="62"/>
        <source>bez údajů</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="22"/>
        <source>program rozeslán</source>
        <translation>agenda sent</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="23"/>
        <source>proběhlo</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="24"/>
        <source>zápis schválen</source>
        <translation>minutes approved</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="25"/>
        <source>zápis zveřejněn</source>
        <translation>minutes published</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="29"/>
        <source>nevyplněno</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="30"/>
        <source>přítomen</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="31"/>
        <source>omluven</source>
        <translation>excused</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="32"/>
        <source>nepřítomen</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="36"/>
        <source>otevřený</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="37"/>
        <source>splněný</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="38"/>
        <source>zrušený</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="44"/>
        <source>splněno</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="45"/>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="26"/>
        <source>odloženo</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/meetings.py" line="46"/>
        <source>trvá</source>
        <translation>continues</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="10"/>
        <source>organizace</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="11"/>
        <source>osoba</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="15"/>
        <source>veřejná správa</source>
        <translation>public administration</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="16"/>
        <source>komunální politika</source>
        <translation>municipal politics</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="17"/>
        <source>poskytovatel sociálních služeb</source>
        <translation>social services provider</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="18"/>
        <source>NNO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="19"/>
        <source>škola</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="20"/>
        <source>policie</source>
        <translation>police</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="21"/>
        <source>zaměstnavatel</source>
        <translation>employer</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="22"/>
        <source>úřad práce</source>
        <translation>labour office</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="23"/>
        <source>kraj</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="24"/>
        <source>zdravotnictví</source>
        <translation>health care</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="25"/>
        <source>církev</source>
        <translation>church</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="26"/>
        <source>zástupce cílové skupiny</source>
        <translation>target-group representative</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="27"/>
        <source>obyvatel</source>
        <translation>resident</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="28"/>
        <source>jiné</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="32"/>
        <source>pracuje pro</source>
        <translation>works for</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="33"/>
        <source>spolupracuje s</source>
        <translation>cooperates with</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="34"/>
        <source>v konfliktu s</source>
        <translation>in conflict with</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="35"/>
        <source>ovlivňuje</source>
        <translation>influences</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="39"/>
        <source>lokální partnerství / koalice</source>
        <translation>local partnership / coalition</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="40"/>
        <source>řídicí tým</source>
        <translation>steering group</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="41"/>
        <source>pracovní skupina</source>
        <translation>working group</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/stakeholders.py" line="42"/>
        <source>jiný orgán</source>
        <translation>other body</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="12"/>
        <source>sdílet informace</source>
        <translation>share information</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="13"/>
        <source>sebrat názory</source>
        <translation>collect views</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="14"/>
        <source>vytvořit nápady</source>
        <translation>generate ideas</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="15"/>
        <source>analyzovat</source>
        <translation>analyse</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="16"/>
        <source>stanovit priority</source>
        <translation>prioritise</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="17"/>
        <source>rozhodnout</source>
        <translation>decide</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="18"/>
        <source>plánovat</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="19"/>
        <source>řešit konflikt</source>
        <translation>resolve conflict</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="20"/>
        <source>budovat vztahy</source>
        <translation>build relationships</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="21"/>
        <source>vyhodnotit</source>
        <translation>evaluate</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="27"/>
        <source>informovat</source>
        <translation>inform</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="28"/>
        <source>konzultovat</source>
        <translation>consult</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="29"/>
        <source>zapojit</source>
        <translation>involve</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="30"/>
        <source>spolupracovat</source>
        <translation>collaborate</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="31"/>
        <source>svěřit rozhodnutí</source>
        <translation>empower</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="37"/>
        <source>bez konfliktu</source>
        <translation>no conflict</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/communication.py" line="75"/>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="38"/>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="17"/>
        <source>napětí</source>
        <translation>tension</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="39"/>
        <source>otevřený konflikt</source>
        <translation>open conflict</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="43"/>
        <source>základní</source>
        <translation>basic</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="44"/>
        <source>zkušený facilitátor</source>
        <translation>experienced facilitator</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/methods.py" line="45"/>
        <source>specialista</source>
        <translation>specialist</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/cooperation.py" line="11"/>
        <source>Dostatečné kapacity pro nezbytnou součinnost s realizačním týmem</source>
        <translation>Sufficient capacity to work with the project team</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/cooperation.py" line="13"/>
        <source>Aktivní přístup a motivace ke spolupráci</source>
        <translation>An active approach and motivation to cooperate</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/cooperation.py" line="15"/>
        <source>Obec vychází ze základních hodnot (lidská důstojnost, svoboda, demokracie, rovnost, právní stát, lidská práva včetně práv menšin)</source>
        <translation>The municipality upholds the basic values (human dignity, freedom, democracy, equality, the rule of law, human rights including the rights of minorities)</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/cooperation.py" line="18"/>
        <source>Soulad obce s proinkluzivními přístupy</source>
        <translation>The municipality is in line with pro-inclusive approaches</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/cooperation.py" line="20"/>
        <source>Otevřená komunikace a vůle k zapojování veřejnosti do rozvoje obce</source>
        <translation>Open communication and the will to involve the public in the municipality&apos;s development</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/cooperation.py" line="27"/>
        <source>zatím nerozhodnuto</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/cooperation.py" line="28"/>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="23"/>
        <source>přijato</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/cooperation.py" line="29"/>
        <source>odmítnuto</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="11"/>
        <source>plánovací setkání</source>
        <translation>planning meeting</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="12"/>
        <source>procházka po sousedství</source>
        <translation>neighbourhood walk</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="13"/>
        <source>anketa</source>
        <translation>survey</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="17"/>
        <source>návrh</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="18"/>
        <source>připomínka</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="22"/>
        <source>čeká na vyjádření</source>
        <translation>awaiting an answer</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="24"/>
        <source>v řešení</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="29"/>
        <source>probíhá</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="30"/>
        <source>dohoda</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="31"/>
        <source>částečná dohoda</source>
        <translation>partial agreement</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/participation.py" line="32"/>
        <source>bez dohody</source>
        <translation>no agreement</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="16"/>
        <source>nerovný přístup</source>
        <translation>unequal access</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="18"/>
        <source>nerovný přístup i napětí</source>
        <translation>unequal access and tension</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="23"/>
        <source>dohodnuto s obcí</source>
        <translation>agreed with the municipality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="27"/>
        <source>obec odmítla</source>
        <translation>rejected by the municipality</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="31"/>
        <source>obecně závazná vyhláška</source>
        <translation>municipal decree</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="32"/>
        <source>pravidla, směrnice</source>
        <translation>rules, guideline</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="33"/>
        <source>usnesení</source>
        <translation>resolution</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="34"/>
        <source>formulář</source>
        <translation>form</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="35"/>
        <source>statistika, přehled</source>
        <translation>statistics, overview</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="36"/>
        <source>smlouva</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="37"/>
        <source>jiný dokument</source>
        <translation>other document</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="41"/>
        <source>pracovník/ce úřadu</source>
        <translation>office staff</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/process_mapping.py" line="42"/>
        <source>příjemce služby</source>
        <translation>service recipient</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/reviews.py" line="8"/>
        <source>komentář</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/reviews.py" line="10"/>
        <source>vráceno k opravě</source>
        <translation>returned for correction</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/reviews.py" line="11"/>
        <source>opraveno</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/reviews.py" line="15"/>
        <source>hodnota ukazatele</source>
        <translation>indicator value</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/reviews.py" line="16"/>
        <source>projekt</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../obecdesk/core/vocabulary/reviews.py" line="17"/>
        <source>opatření</source>
        <translation>measure</translation>
    </message>
</context>
<context>
    <name>_SidePanel</name>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_view.py" line="50"/>
        <source>Ponechat tuto hodnotu</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_view.py" line="61"/>
        <source>Zapsal: %1, %2</source>
        <translation>Written by: %1, %2</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_view.py" line="62"/>
        <source>Tuto hodnotu záznam už obsahuje; konflikt se jen označí za vyřešený.</source>
        <translation>The record already holds this value; the conflict is only marked resolved.</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/sync/conflicts_view.py" line="64"/>
        <source>Hodnota se zapíše jako nová úprava a odešle se s příštím balíčkem.</source>
        <translation>The value is saved as a new edit and sent with the next bundle.</translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <location filename="../../obecdesk/ui/meetings/review_actions.py" line="21"/>
        <source>Splněno</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../obecdesk/ui/meetings/review_actions.py" line="23"/>
        <source>Odložit / komentovat…</source>
        <translation>Postpone / comment…</translation>
    </message>
</context>
</TS>
