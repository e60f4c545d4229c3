<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
    <context>
        <name>AcknowledgementDialog</name>
        <message>
            <source>&amp;Close</source>
            <translation>បិទ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print the slip… (Ctrl+P)</source>
            <translation>បោះពុម្ពបង្កាន់ដៃ… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Application recorded</source>
            <translation>ពាក្យស្នើសុំត្រូវបានកត់ត្រា</translation>
        </message>
        <message>
            <source>Application reference</source>
            <translation>លេខយោងពាក្យស្នើសុំ</translation>
        </message>
        <message>
            <source>QR code of the application</source>
            <translation>កូដ QR នៃពាក្យស្នើសុំ</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>លេខយោង៖</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>រក្សាទុកជា PDF… (&amp;D)</translation>
        </message>
        <message>
            <source>The application was recorded</source>
            <translation>ពាក្យស្នើសុំត្រូវបានកត់ត្រារួចហើយ</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>&amp;Full name</source>
            <translation>ឈ្មោះពេញ (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>តួនាទី (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>ឈ្មោះអ្នកប្រើ (&amp;U)</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>បន្ថែមអ្នកប្រើ</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>បន្ថែមអ្នកប្រើ</translation>
        </message>
        <message>
            <source>At least 8 characters</source>
            <translation>យ៉ាងតិច 8 តួអក្សរ</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ឈ្មោះពេញ</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>ពាក្យសម្ងាត់</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>ពាក្យសម្ងាត់ម្ដងទៀត (&amp;A)</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>ពាក្យសម្ងាត់ម្ដងទៀត</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>តួនាទី</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ឈ្មោះអ្នកប្រើ</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Back up the key file</source>
            <translation>បម្រុងទុកឯកសារសោ</translation>
        </message>
        <message>
            <source>Setup is done. Now copy the key file onestop.keys from the folder below to a USB stick and keep it locked away. Without it the data cannot be opened.</source>
            <translation>ការរៀបចំបានបញ្ចប់។ ឥឡូវចម្លងឯកសារសោ onestop.keys ពីថតខាងក្រោមទៅ USB ហើយចាក់សោទុកឱ្យមានសុវត្ថិភាព។ បើគ្មានវាទេ ទិន្នន័យមិនអាចបើកបានឡើយ។</translation>
        </message>
        <message>
            <source>The data folder cannot be read. Call your supervisor.</source>
            <translation>មិនអាចអានថតទិន្នន័យបានទេ។ សូមហៅអ្នកគ្រប់គ្រងរបស់អ្នក។</translation>
        </message>
    </context>
    <context>
        <name>Bundles</name>
        <message numerus="yes">
            <source>%Ln change(s) accepted by the registry.</source>
            <translation>
                <numerusform>បញ្ជីកណ្តាលបានទទួលយកការផ្លាស់ប្ដូរចំនួន %Ln។</numerusform>
                <numerusform>បញ្ជីកណ្តាលបានទទួលយកការផ្លាស់ប្ដូរចំនួន %Ln។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) held for the supervisor to decide.</source>
            <translation>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %Ln ត្រូវបានរក្សាទុក ដើម្បីឱ្យអ្នកគ្រប់គ្រងសម្រេច។</numerusform>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %Ln ត្រូវបានរក្សាទុក ដើម្បីឱ្យអ្នកគ្រប់គ្រងសម្រេច។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) refused by the registry; the supervisor sees them on the day page.</source>
            <translation>
                <numerusform>បញ្ជីកណ្តាលបានបដិសេធការផ្លាស់ប្ដូរចំនួន %Ln។ អ្នកគ្រប់គ្រងអាចមើលវានៅលើទំព័រថ្ងៃ។</numerusform>
                <numerusform>បញ្ជីកណ្តាលបានបដិសេធការផ្លាស់ប្ដូរចំនួន %Ln។ អ្នកគ្រប់គ្រងអាចមើលវានៅលើទំព័រថ្ងៃ។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) were written to the bundle file:</source>
            <translation>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %Ln ត្រូវបានសរសេរទៅក្នុងឯកសារកញ្ចប់៖</numerusform>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %Ln ត្រូវបានសរសេរទៅក្នុងឯកសារកញ្ចប់៖</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln result(s) were already known from an earlier import or a sync.</source>
            <translation>
                <numerusform>លទ្ធផលចំនួន %Ln បានដឹងរួចហើយ ពីការនាំចូលមុន ឬពីសមកាលកម្ម។</numerusform>
                <numerusform>លទ្ធផលចំនួន %Ln បានដឹងរួចហើយ ពីការនាំចូលមុន ឬពីសមកាលកម្ម។</numerusform>
            </translation>
        </message>
        <message>
            <source>Bundle written: %1</source>
            <translation>បានសរសេរកញ្ចប់៖ %1</translation>
        </message>
        <message>
            <source>Choose the USB drive for the bundle</source>
            <translation>ជ្រើស USB សម្រាប់កញ្ចប់</translation>
        </message>
        <message>
            <source>Choose the field laptop's bundle</source>
            <translation>ជ្រើសកញ្ចប់របស់កុំព្យូទ័រយួរដៃចុះមូលដ្ឋាន</translation>
        </message>
        <message>
            <source>Choose the results bundle</source>
            <translation>ជ្រើសកញ្ចប់លទ្ធផល</translation>
        </message>
        <message>
            <source>OneStop bundles (*.onestop-bundle)</source>
            <translation>កញ្ចប់ OneStop (*.onestop-bundle)</translation>
        </message>
        <message>
            <source>Relaying a bundle needs a computer connected to the registry; this one works on its own.</source>
            <translation>ការបញ្ជូនបន្តកញ្ចប់ត្រូវការកុំព្យូទ័រដែលភ្ជាប់ទៅបញ្ជីកណ្តាល។ កុំព្យូទ័រនេះដំណើរការតែឯង។</translation>
        </message>
        <message>
            <source>Take the USB drive to a counter connected to the registry, or to the registry office. The changes stay on this computer until their results come back.</source>
            <translation>សូមយក USB ទៅបញ្ជរដែលភ្ជាប់ទៅបញ្ជីកណ្តាល ឬទៅការិយាល័យបញ្ជីកណ្តាល។ ការផ្លាស់ប្ដូរនៅតែលើកុំព្យូទ័រនេះ រហូតដល់លទ្ធផលរបស់វាត្រឡប់មកវិញ។</translation>
        </message>
        <message>
            <source>Take this file back to the field laptop and import it there (Import results bundle…).</source>
            <translation>សូមយកឯកសារនេះត្រឡប់ទៅកុំព្យូទ័រយួរដៃចុះមូលដ្ឋានវិញ ហើយនាំចូលវានៅទីនោះ (នាំចូលកញ្ចប់លទ្ធផល…)។</translation>
        </message>
        <message>
            <source>The bundle could not be written to that folder. Check that the USB drive is plugged in, not full and not write-protected, then try again.</source>
            <translation>មិនអាចសរសេរកញ្ចប់ទៅក្នុងថតនោះបានទេ។ សូមពិនិត្យថា USB ត្រូវបានដោតជាប់ មិនពេញ និងមិនត្រូវបានការពារមិនឱ្យសរសេរ រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The bundle held no results for this computer.</source>
            <translation>កញ្ចប់នេះគ្មានលទ្ធផលសម្រាប់កុំព្យូទ័រនេះទេ។</translation>
        </message>
        <message>
            <source>The file could not be read. Check the USB drive, then try again.</source>
            <translation>មិនអាចអានឯកសារបានទេ។ សូមពិនិត្យ USB រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message numerus="yes">
            <source>The registry took the bundle's %Ln change(s). Its results were saved as:</source>
            <translation>
                <numerusform>បញ្ជីកណ្តាលបានទទួលការផ្លាស់ប្ដូរចំនួន %Ln របស់កញ្ចប់។ លទ្ធផលរបស់វាត្រូវបានរក្សាទុកជា៖</numerusform>
                <numerusform>បញ្ជីកណ្តាលបានទទួលការផ្លាស់ប្ដូរចំនួន %Ln របស់កញ្ចប់។ លទ្ធផលរបស់វាត្រូវបានរក្សាទុកជា៖</numerusform>
            </translation>
        </message>
        <message>
            <source>The registry took the bundle, but its results could not be saved next to it. Check that the USB drive is not full or write-protected, then relay the same bundle again: nothing is applied twice.</source>
            <translation>បញ្ជីកណ្តាលបានទទួលកញ្ចប់ ប៉ុន្តែមិនអាចរក្សាទុកលទ្ធផលរបស់វានៅជាមួយវាបានទេ។ សូមពិនិត្យថា USB មិនពេញ និងមិនត្រូវបានការពារមិនឱ្យសរសេរ រួចបញ្ជូនបន្តកញ្ចប់ដដែលម្ដងទៀត៖ គ្មានអ្វីត្រូវបានអនុវត្តពីរដងទេ។</translation>
        </message>
        <message>
            <source>USB bundles</source>
            <translation>កញ្ចប់ USB</translation>
        </message>
        <message>
            <source>it comes from another district.</source>
            <translation>វាមកពីស្រុកផ្សេង។</translation>
        </message>
        <message>
            <source>it holds results for another computer.</source>
            <translation>វាមានលទ្ធផលសម្រាប់កុំព្យូទ័រផ្សេង។</translation>
        </message>
        <message>
            <source>it is incomplete (the copy was cut short).</source>
            <translation>វាមិនពេញលេញទេ (ការចម្លងបានដាច់ពាក់កណ្ដាលទី)។</translation>
        </message>
        <message>
            <source>it is larger than any bundle can be.</source>
            <translation>វាធំជាងទំហំដែលកញ្ចប់ណាមួយអាចមាន។</translation>
        </message>
        <message>
            <source>it is not a OneStop bundle.</source>
            <translation>វាមិនមែនជាកញ្ចប់ OneStop ទេ។</translation>
        </message>
        <message>
            <source>it was made for another computer.</source>
            <translation>វាត្រូវបានបង្កើតសម្រាប់កុំព្យូទ័រផ្សេង។</translation>
        </message>
        <message>
            <source>it was not made by a computer this one knows.</source>
            <translation>វាមិនត្រូវបានបង្កើតដោយកុំព្យូទ័រដែលកុំព្យូទ័រនេះស្គាល់ទេ។</translation>
        </message>
        <message>
            <source>its contents are damaged.</source>
            <translation>ខ្លឹមសាររបស់វាខូច។</translation>
        </message>
        <message>
            <source>its contents were changed after it was made.</source>
            <translation>ខ្លឹមសាររបស់វាត្រូវបានផ្លាស់ប្ដូរក្រោយពេលបង្កើត។</translation>
        </message>
        <message>
            <source>the computer that made it is no longer allowed to send changes.</source>
            <translation>កុំព្យូទ័រដែលបានបង្កើតវា លែងត្រូវបានអនុញ្ញាតឱ្យផ្ញើការផ្លាស់ប្ដូរទៀតហើយ។</translation>
        </message>
    </context>
    <context>
        <name>CardActions</name>
        <message>
            <source>&amp;Export changes to a USB drive…</source>
            <translation>នាំចេញការផ្លាស់ប្ដូរទៅ USB… (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Import results bundle…</source>
            <translation>នាំចូលកញ្ចប់លទ្ធផល… (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Relay a field laptop's bundle…</source>
            <translation>បញ្ជូនបន្តកញ្ចប់របស់កុំព្យូទ័រយួរដៃចុះមូលដ្ឋាន… (&amp;R)</translation>
        </message>
        <message>
            <source>Read a card from a &amp;picture…</source>
            <translation>អានប័ណ្ណពីរូបភាព… (&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>CardPrintDialog</name>
        <message>
            <source>&amp;Close</source>
            <translation>បិទ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print… (Ctrl+P)</source>
            <translation>បោះពុម្ព… (&amp;P) (Ctrl+P)</translation>
        </message>
        <message>
            <source>Language of the card</source>
            <translation>ភាសារបស់ប័ណ្ណ</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>ប្លង់</translation>
        </message>
        <message>
            <source>On an A4 sheet with cut marks (office printer)</source>
            <translation>នៅលើក្រដាស A4 មានសញ្ញាកាត់ (ម៉ាស៊ីនបោះពុម្ពការិយាល័យ)</translation>
        </message>
        <message>
            <source>One card on its own page (card printer)</source>
            <translation>ប័ណ្ណមួយនៅលើទំព័រមួយដាច់ដោយឡែក (ម៉ាស៊ីនបោះពុម្ពប័ណ្ណ)</translation>
        </message>
        <message>
            <source>Preview of the card</source>
            <translation>មើលប័ណ្ណជាមុន</translation>
        </message>
        <message>
            <source>Print the card</source>
            <translation>បោះពុម្ពប័ណ្ណ</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>រក្សាទុកជា PDF… (&amp;D)</translation>
        </message>
        <message>
            <source>The card is ready to print</source>
            <translation>ប័ណ្ណរួចរាល់សម្រាប់បោះពុម្ព</translation>
        </message>
    </context>
    <context>
        <name>CardScan</name>
        <message>
            <source>Card expired</source>
            <translation>ប័ណ្ណផុតកំណត់</translation>
        </message>
        <message>
            <source>Card no longer valid</source>
            <translation>ប័ណ្ណលែងមានសុពលភាព</translation>
        </message>
        <message>
            <source>Card not readable</source>
            <translation>មិនអាចអានប័ណ្ណបាន</translation>
        </message>
        <message>
            <source>Card verified</source>
            <translation>ប័ណ្ណត្រូវបានផ្ទៀងផ្ទាត់</translation>
        </message>
        <message>
            <source>Cards cannot be checked yet</source>
            <translation>មិនទាន់អាចពិនិត្យប័ណ្ណបាននៅឡើយទេ</translation>
        </message>
        <message>
            <source>Do not trust this card</source>
            <translation>កុំទុកចិត្តប័ណ្ណនេះ</translation>
        </message>
        <message>
            <source>No QR code was found in the picture. Take a sharper picture with the whole code in it, or search by name or ID number.</source>
            <translation>រកមិនឃើញកូដ QR នៅក្នុងរូបភាពទេ។ សូមថតរូបឱ្យច្បាស់ជាងមុន ដោយឱ្យឃើញកូដទាំងមូល ឬស្វែងរកតាមឈ្មោះ ឬលេខអត្តសញ្ញាណ។</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
            <translation>រូបភាព (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
        </message>
        <message>
            <source>Read a card from a picture</source>
            <translation>អានប័ណ្ណពីរូបភាព</translation>
        </message>
        <message>
            <source>Reading the card</source>
            <translation>ការអានប័ណ្ណ</translation>
        </message>
        <message>
            <source>Signed by the registry. Issued %1, valid until %2. Compare the name and birth date with the person in front of you.</source>
            <translation>បានចុះហត្ថលេខាដោយបញ្ជីកណ្តាល។ ចេញនៅ %1 មានសុពលភាពរហូតដល់ %2។ សូមប្រៀបធៀបឈ្មោះ និងថ្ងៃខែឆ្នាំកំណើត ជាមួយបុគ្គលដែលនៅមុខអ្នក។</translation>
        </message>
        <message>
            <source>The card's details do not match the registry's signature: they were changed. Do not use anything printed on it. Identify the person by an ID document instead.</source>
            <translation>ព័ត៌មានលើប័ណ្ណមិនត្រូវគ្នានឹងហត្ថលេខារបស់បញ្ជីកណ្តាលទេ៖ វាត្រូវបានកែប្រែ។ កុំប្រើអ្វីដែលបោះពុម្ពនៅលើវា។ សូមផ្ទៀងផ្ទាត់អត្តសញ្ញាណបុគ្គលនេះតាមឯកសារអត្តសញ្ញាណជំនួសវិញ។</translation>
        </message>
        <message>
            <source>The code could not be read as a OneStop card. Scan it again, or search by name or ID number.</source>
            <translation>មិនអាចអានកូដនេះជាប័ណ្ណ OneStop បានទេ។ សូមស្កេនវាម្ដងទៀត ឬស្វែងរកតាមឈ្មោះ ឬលេខអត្តសញ្ញាណ។</translation>
        </message>
        <message>
            <source>The code in this picture is not a OneStop card.</source>
            <translation>កូដក្នុងរូបភាពនេះមិនមែនជាប័ណ្ណ OneStop ទេ។</translation>
        </message>
        <message>
            <source>The person with registry number %1 is not in this district's records on this computer.</source>
            <translation>បុគ្គលដែលមានលេខបញ្ជី %1 មិនមាននៅក្នុងកំណត់ត្រារបស់ស្រុកនេះ នៅលើកុំព្យូទ័រនេះទេ។</translation>
        </message>
        <message>
            <source>The registry issued this card, but it expired on %2. Print a new card for the person.</source>
            <translation>បញ្ជីកណ្តាលបានចេញប័ណ្ណនេះ ប៉ុន្តែវាបានផុតកំណត់នៅ %2។ សូមបោះពុម្ពប័ណ្ណថ្មីសម្រាប់បុគ្គលនេះ។</translation>
        </message>
        <message>
            <source>This card was not signed by the registry. Do not use anything printed on it. Identify the person by an ID document instead.</source>
            <translation>ប័ណ្ណនេះមិនត្រូវបានចុះហត្ថលេខាដោយបញ្ជីកណ្តាលទេ។ កុំប្រើអ្វីដែលបោះពុម្ពនៅលើវា។ សូមផ្ទៀងផ្ទាត់អត្តសញ្ញាណបុគ្គលនេះតាមឯកសារអត្តសញ្ញាណជំនួសវិញ។</translation>
        </message>
        <message>
            <source>This card was replaced by a newer one (the old card was reported lost). Do not accept it; the person's current card can be printed again.</source>
            <translation>ប័ណ្ណនេះត្រូវបានជំនួសដោយប័ណ្ណថ្មី (ប័ណ្ណចាស់ត្រូវបានរាយការណ៍ថាបាត់)។ កុំទទួលយកវា។ ប័ណ្ណបច្ចុប្បន្នរបស់បុគ្គលនេះអាចបោះពុម្ពម្ដងទៀតបាន។</translation>
        </message>
        <message>
            <source>This computer has not received the registry's card keys yet. Sync once over a connection, then scan the card again.</source>
            <translation>កុំព្យូទ័រនេះមិនទាន់បានទទួលសោប័ណ្ណរបស់បញ្ជីកណ្តាលនៅឡើយទេ។ សូមធ្វើសមកាលកម្មម្ដងតាមការតភ្ជាប់ រួចស្កេនប័ណ្ណម្ដងទៀត។</translation>
        </message>
        <message>
            <source>This file is not a picture OneStop can open. Choose a PNG or JPEG file.</source>
            <translation>ឯកសារនេះមិនមែនជារូបភាពដែល OneStop អាចបើកបានទេ។ សូមជ្រើសឯកសារ PNG ឬ JPEG។</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message>
            <source>A card needs the person's birth date. Add it (Edit), let the change sync, then print the card.</source>
            <translation>ប័ណ្ណត្រូវការថ្ងៃខែឆ្នាំកំណើតរបស់បុគ្គលនេះ។ សូមបញ្ចូលវា (កែ) ទុកឱ្យការផ្លាស់ប្ដូរធ្វើសមកាលកម្ម រួចបោះពុម្ពប័ណ្ណ។</translation>
        </message>
        <message>
            <source>A new card was issued; the old card no longer works.</source>
            <translation>ប័ណ្ណថ្មីត្រូវបានចេញ ប័ណ្ណចាស់លែងប្រើបានទៀតហើយ។</translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>ប័ណ្ណ %1</translation>
        </message>
        <message>
            <source>Card %1 for registry number %2, valid until %3.</source>
            <translation>ប័ណ្ណ %1 សម្រាប់លេខបញ្ជី %2 មានសុពលភាពរហូតដល់ %3។</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>ប័ណ្ណ</translation>
        </message>
        <message>
            <source>Cards are issued by the registry, and this computer works on its own. A card already issued can be printed again on a computer that has it.</source>
            <translation>ប័ណ្ណត្រូវបានចេញដោយបញ្ជីកណ្តាល ហើយកុំព្យូទ័រនេះដំណើរការតែឯង។ ប័ណ្ណដែលបានចេញរួច អាចបោះពុម្ពម្ដងទៀតនៅលើកុំព្យូទ័រដែលមានវា។</translation>
        </message>
        <message>
            <source>Issue a new card</source>
            <translation>ចេញប័ណ្ណថ្មី</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>ឯកសារ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Reprint a lost card</source>
            <translation>បោះពុម្ពប័ណ្ណដែលបាត់ម្ដងទៀត</translation>
        </message>
        <message>
            <source>Save the card as PDF</source>
            <translation>រក្សាទុកប័ណ្ណជា PDF</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>បានរក្សាទុកជា %1</translation>
        </message>
        <message>
            <source>The card could not be printed. Check the printer, then try again.</source>
            <translation>មិនអាចបោះពុម្ពប័ណ្ណបានទេ។ សូមពិនិត្យម៉ាស៊ីនបោះពុម្ព រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The card could not be saved there. Choose another folder, then try again.</source>
            <translation>មិនអាចរក្សាទុកប័ណ្ណនៅទីនោះបានទេ។ សូមជ្រើសថតផ្សេង រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The card was saved as %1</source>
            <translation>ប័ណ្ណត្រូវបានរក្សាទុកជា %1</translation>
        </message>
        <message>
            <source>The card was sent to the printer.</source>
            <translation>ប័ណ្ណត្រូវបានផ្ញើទៅម៉ាស៊ីនបោះពុម្ព។</translation>
        </message>
        <message>
            <source>The registry cannot be reached, so no new card can be issued now. Cards are issued by the registry; a card already issued can be printed again without a connection. Try again when the connection is back.</source>
            <translation>មិនអាចភ្ជាប់ទៅបញ្ជីកណ្តាលបានទេ ដូច្នេះមិនអាចចេញប័ណ្ណថ្មីបានឥឡូវនេះទេ។ ប័ណ្ណត្រូវបានចេញដោយបញ្ជីកណ្តាល ប័ណ្ណដែលបានចេញរួច អាចបោះពុម្ពម្ដងទៀតបាន ទោះគ្មានការតភ្ជាប់ក៏ដោយ។ សូមព្យាយាមម្ដងទៀត នៅពេលការតភ្ជាប់មកវិញ។</translation>
        </message>
        <message>
            <source>The registry does not know this person yet. Sync first, so the registration reaches the registry, then print the card.</source>
            <translation>បញ្ជីកណ្តាលមិនទាន់ស្គាល់បុគ្គលនេះនៅឡើយទេ។ សូមធ្វើសមកាលកម្មជាមុនសិន ដើម្បីឱ្យការចុះឈ្មោះទៅដល់បញ្ជីកណ្តាល រួចបោះពុម្ពប័ណ្ណ។</translation>
        </message>
        <message>
            <source>The registry will issue a new card. The old card stops working: a counter that scans it will be told it is no longer valid. Reprint only when the card was lost or stolen.</source>
            <translation>បញ្ជីកណ្តាលនឹងចេញប័ណ្ណថ្មី។ ប័ណ្ណចាស់នឹងលែងប្រើបាន៖ បញ្ជរណាដែលស្កេនវា នឹងត្រូវបានប្រាប់ថាវាលែងមានសុពលភាព។ សូមបោះពុម្ពម្ដងទៀត តែនៅពេលប័ណ្ណបាត់ ឬត្រូវគេលួចប៉ុណ្ណោះ។</translation>
        </message>
        <message>
            <source>The registry's record of this person is closed (merged or deleted), so no card can be issued for it.</source>
            <translation>កំណត់ត្រារបស់បុគ្គលនេះនៅបញ្ជីកណ្តាលត្រូវបានបិទ (បានបញ្ចូលគ្នា ឬលុប) ដូច្នេះមិនអាចចេញប័ណ្ណសម្រាប់វាបានទេ។</translation>
        </message>
        <message>
            <source>This person already has a valid card, issued at another counter. If that card was lost, use Reprint lost card.</source>
            <translation>បុគ្គលនេះមានប័ណ្ណដែលមានសុពលភាពរួចហើយ ដែលបានចេញនៅបញ្ជរផ្សេង។ ប្រសិនបើប័ណ្ណនោះបាត់ សូមប្រើ “បោះពុម្ពប័ណ្ណដែលបាត់ម្ដងទៀត”។</translation>
        </message>
    </context>
    <context>
        <name>DayPage</name>
        <message>
            <source>%1 / %2 KB</source>
            <translation>%1 / %2 KB</translation>
        </message>
        <message>
            <source>%1 days: %2 registrations, %3 applications, %4 rejected changes</source>
            <translation>%1 ថ្ងៃ៖ ការចុះឈ្មោះ %2 ពាក្យស្នើសុំ %3 ការផ្លាស់ប្ដូរត្រូវបានបដិសេធ %4</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln ថ្ងៃ</numerusform>
                <numerusform>%Ln ថ្ងៃ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s)</source>
            <translation>
                <numerusform>%Ln ម៉ោង</numerusform>
                <numerusform>%Ln ម៉ោង</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln នាទី</numerusform>
                <numerusform>%Ln នាទី</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Correct and resubmit…</source>
            <translation>កែតម្រូវ ហើយផ្ញើម្ដងទៀត… (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>ថ្ងៃ៖ (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>បោះបង់ចោល (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Edit the value…</source>
            <translation>កែតម្លៃ… (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Keep the registry's value</source>
            <translation>រក្សាតម្លៃរបស់បញ្ជីកណ្តាល (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>កំណត់សម្គាល់ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>កំណត់សម្គាល់៖ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>មូលហេតុ៖ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>ផ្ទុកឡើងវិញ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Resolve</source>
            <translation>ដោះស្រាយ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Resubmit</source>
            <translation>ផ្ញើម្ដងទៀត (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>ចុះហត្ថលេខា (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Sign off the day…</source>
            <translation>ចុះហត្ថលេខាបិទថ្ងៃ… (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Take the proposal</source>
            <translation>យកសំណើ (&amp;T)</translation>
        </message>
        <message>
            <source>(and %1 more)</source>
            <translation>(និង %1 ទៀត)</translation>
        </message>
        <message>
            <source>(from %1 computers)</source>
            <translation>(ពីកុំព្យូទ័រ %1)</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>បានទទួលយក</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>បានទទួលស្គាល់</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>ពាក្យស្នើសុំ</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>ពាក្យស្នើសុំ</translation>
        </message>
        <message>
            <source>Arrived at the registry</source>
            <translation>បានទៅដល់បញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>At the registry now</source>
            <translation>នៅបញ្ជីកណ្តាលឥឡូវនេះ</translation>
        </message>
        <message>
            <source>Before: %1</source>
            <translation>មុន៖ %1</translation>
        </message>
        <message>
            <source>By: %1</source>
            <translation>ដោយ៖ %1</translation>
        </message>
        <message>
            <source>CSV files for spreadsheets (*.csv)</source>
            <translation>ឯកសារ CSV សម្រាប់តារាងគណនា (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>ការផ្លាស់ប្ដូរ</translation>
        </message>
        <message>
            <source>Change to a household</source>
            <translation>ការផ្លាស់ប្ដូរលើគ្រួសារ</translation>
        </message>
        <message>
            <source>Change to a person</source>
            <translation>ការផ្លាស់ប្ដូរលើបុគ្គល</translation>
        </message>
        <message>
            <source>Change to an application</source>
            <translation>ការផ្លាស់ប្ដូរលើពាក្យស្នើសុំ</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>ការផ្លាស់ប្ដូរបានទទួល</translation>
        </message>
        <message>
            <source>Changes sent</source>
            <translation>ការផ្លាស់ប្ដូរបានផ្ញើ</translation>
        </message>
        <message>
            <source>Choose a conflict in the list first.</source>
            <translation>សូមជ្រើសជម្លោះមួយក្នុងបញ្ជីជាមុនសិន។</translation>
        </message>
        <message>
            <source>Choose a rejected change in the list first.</source>
            <translation>សូមជ្រើសការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធមួយក្នុងបញ្ជីជាមុនសិន។</translation>
        </message>
        <message>
            <source>Choose a rejected change to correct or discard it.</source>
            <translation>ជ្រើសការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធ ដើម្បីកែតម្រូវ ឬបោះបង់ចោល។</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>បុគ្គលិកបញ្ជរ</translation>
        </message>
        <message>
            <source>Clerks and records</source>
            <translation>បុគ្គលិកបញ្ជរ និងកំណត់ត្រា</translation>
        </message>
        <message>
            <source>Computer: %1</source>
            <translation>កុំព្យូទ័រ៖ %1</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>ជម្លោះ</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>ជម្លោះ (%1)</translation>
        </message>
        <message>
            <source>Correct and resubmit</source>
            <translation>កែតម្រូវ ហើយផ្ញើម្ដងទៀត</translation>
        </message>
        <message>
            <source>Correct the values below. They are sent to the registry as a new change; the refused one stays in the history.</source>
            <translation>កែតម្រូវតម្លៃខាងក្រោម។ វានឹងត្រូវផ្ញើទៅបញ្ជីកណ្តាលជាការផ្លាស់ប្ដូរថ្មី ហើយការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធនៅតែមានក្នុងប្រវត្តិ។</translation>
        </message>
        <message>
            <source>Corrected and sent again</source>
            <translation>បានកែតម្រូវ ហើយផ្ញើម្ដងទៀត</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>ចំនួន</translation>
        </message>
        <message>
            <source>D&amp;iscard…</source>
            <translation>បោះបង់ចោល… (&amp;I)</translation>
        </message>
        <message>
            <source>Data sent / received</source>
            <translation>ទិន្នន័យបានផ្ញើ / បានទទួល</translation>
        </message>
        <message>
            <source>Data sent and received (KB)</source>
            <translation>ទិន្នន័យបានផ្ញើ និងបានទទួល (KB)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>ថ្ងៃ</translation>
        </message>
        <message>
            <source>Details of the day</source>
            <translation>ព័ត៌មានលម្អិតនៃថ្ងៃ</translation>
        </message>
        <message>
            <source>Did not finish</source>
            <translation>មិនបានបញ្ចប់</translation>
        </message>
        <message>
            <source>Differ from the registry</source>
            <translation>ខុសពីបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>Differed; repaired from the registry</source>
            <translation>ធ្លាប់ខុសគ្នា ហើយបានជួសជុលពីបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>Discard a rejected change</source>
            <translation>បោះបង់ចោលការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធ</translation>
        </message>
        <message>
            <source>Discarded</source>
            <translation>បានបោះបង់ចោល</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>បានបញ្ចប់</translation>
        </message>
        <message>
            <source>Everything arrived, but %1 differ.</source>
            <translation>អ្វីៗទាំងអស់បានទៅដល់ ប៉ុន្តែ %1 ខុសគ្នា។</translation>
        </message>
        <message>
            <source>Everything sent has arrived.</source>
            <translation>អ្វីដែលបានផ្ញើទាំងអស់បានទៅដល់ហើយ។</translation>
        </message>
        <message>
            <source>Everything sent has arrived. The records are compared again once the waiting changes are sent.</source>
            <translation>អ្វីដែលបានផ្ញើទាំងអស់ បានទៅដល់ហើយ។ កំណត់ត្រានឹងប្រៀបធៀបម្ដងទៀត ក្រោយពេលផ្ញើ ការផ្លាស់ប្ដូរ ដែលកំពុងរង់ចាំ។</translation>
        </message>
        <message>
            <source>Everything was sent.</source>
            <translation>អ្វីៗទាំងអស់ត្រូវបានផ្ញើហើយ។</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>នាំចេញ CSV… (&amp;C)</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>នាំចេញ PDF… (&amp;P)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>វាល</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>បានបញ្ចប់</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>គ្រួសារ</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>គ្រួសារ</translation>
        </message>
        <message>
            <source>It reaches the registry with the next sync.</source>
            <translation>វានឹងទៅដល់បញ្ជីកណ្តាល ជាមួយសមកាលកម្មបន្ទាប់។</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>៣០ ថ្ងៃចុងក្រោយ</translation>
        </message>
        <message>
            <source>Late entries after the sign-off: %1</source>
            <translation>ការបញ្ចូលយឺត ក្រោយការចុះហត្ថលេខា៖ %1</translation>
        </message>
        <message>
            <source>New household</source>
            <translation>គ្រួសារថ្មី</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>បុគ្គលថ្មី</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ទេ</translation>
        </message>
        <message>
            <source>No conflicts are waiting for a decision.</source>
            <translation>គ្មានជម្លោះណាកំពុងរង់ចាំការសម្រេចទេ។</translation>
        </message>
        <message>
            <source>None open.</source>
            <translation>គ្មានអ្វីនៅសល់ទេ។</translation>
        </message>
        <message>
            <source>Not compared</source>
            <translation>មិនបានប្រៀបធៀប</translation>
        </message>
        <message>
            <source>Not compared yet: the comparison runs with a sync.</source>
            <translation>មិនទាន់បានប្រៀបធៀបទេ៖ ការប្រៀបធៀបធ្វើឡើងជាមួយសមកាលកម្ម។</translation>
        </message>
        <message>
            <source>Not known: needs the connection.</source>
            <translation>មិនទាន់ដឹង៖ ត្រូវការការតភ្ជាប់។</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>មិនបានដោះស្រាយ</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>មិនបានរក្សាទុក</translation>
        </message>
        <message>
            <source>Not signed off yet.</source>
            <translation>មិនទាន់ចុះហត្ថលេខាទេ។</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>កំណត់សម្គាល់</translation>
        </message>
        <message>
            <source>Note on the decision</source>
            <translation>កំណត់សម្គាល់លើការសម្រេច</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>កំណត់សម្គាល់៖ %1</translation>
        </message>
        <message>
            <source>Nothing to handle.</source>
            <translation>គ្មានអ្វីត្រូវដោះស្រាយទេ។</translation>
        </message>
        <message>
            <source>Only a person's registration or edit can be corrected. Discard it instead.</source>
            <translation>មានតែការចុះឈ្មោះ ឬការកែប្រែបុគ្គលប៉ុណ្ណោះដែលអាចកែតម្រូវបាន។ សូមបោះបង់ចោលវាជំនួសវិញ។</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>ជម្លោះដែលនៅសល់</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>លទ្ធផល</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>ឯកសារ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>បុគ្គល</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>បុគ្គល</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>បានស្នើ</translation>
        </message>
        <message>
            <source>Proposed at</source>
            <translation>ពេលវេលាស្នើ</translation>
        </message>
        <message>
            <source>Proposed from</source>
            <translation>ស្នើពី</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>កំណត់ត្រា</translation>
        </message>
        <message>
            <source>Recorded after the sign-off at</source>
            <translation>បានកត់ត្រាក្រោយការចុះហត្ថលេខានៅ</translation>
        </message>
        <message>
            <source>Recorded for this day after the sign-off</source>
            <translation>បានកត់ត្រាសម្រាប់ថ្ងៃនេះក្រោយការចុះហត្ថលេខា</translation>
        </message>
        <message>
            <source>Records compared</source>
            <translation>ការប្រៀបធៀបកំណត់ត្រា</translation>
        </message>
        <message>
            <source>Records compared with the registry</source>
            <translation>កំណត់ត្រាដែលបានប្រៀបធៀបជាមួយបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>Records compared with the registry after the last sync</source>
            <translation>កំណត់ត្រាដែលបានប្រៀបធៀបជាមួយបញ្ជីកណ្តាលក្រោយសមកាលកម្មចុងក្រោយ</translation>
        </message>
        <message>
            <source>Records that differ in %1: %2</source>
            <translation>កំណត់ត្រាដែលខុសគ្នាក្នុង %1៖ %2</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>បានចុះឈ្មោះ</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>ការចុះឈ្មោះ</translation>
        </message>
        <message>
            <source>Registry: accepted</source>
            <translation>បញ្ជីកណ្តាល៖ បានទទួលយក</translation>
        </message>
        <message>
            <source>Registry: conflicts</source>
            <translation>បញ្ជីកណ្តាល៖ ជម្លោះ</translation>
        </message>
        <message>
            <source>Registry: received</source>
            <translation>បញ្ជីកណ្តាល៖ បានទទួល</translation>
        </message>
        <message>
            <source>Registry: rejected</source>
            <translation>បញ្ជីកណ្តាល៖ បានបដិសេធ</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>បានបដិសេធ</translation>
        </message>
        <message>
            <source>Rejected (%1)</source>
            <translation>បានបដិសេធ (%1)</translation>
        </message>
        <message>
            <source>Rejected by the registry</source>
            <translation>ត្រូវបានបញ្ជីកណ្តាលបដិសេធ</translation>
        </message>
        <message>
            <source>Rejected changes</source>
            <translation>ការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធ</translation>
        </message>
        <message>
            <source>Removal of a person</source>
            <translation>ការដកបុគ្គលចេញ</translation>
        </message>
        <message>
            <source>Resolve with another value</source>
            <translation>ដោះស្រាយដោយតម្លៃផ្សេង</translation>
        </message>
        <message>
            <source>Save the day as CSV</source>
            <translation>រក្សាទុកថ្ងៃជា CSV</translation>
        </message>
        <message>
            <source>Save the day as PDF</source>
            <translation>រក្សាទុកថ្ងៃជា PDF</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>បានរក្សាទុកជា %1</translation>
        </message>
        <message>
            <source>Sent but not seen by the registry: %1</source>
            <translation>បានផ្ញើ ប៉ុន្តែបញ្ជីកណ្តាលមិនទាន់ឃើញ៖ %1</translation>
        </message>
        <message>
            <source>Sent from this computer</source>
            <translation>បានផ្ញើពីកុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>Sent from this computer but not counted by the registry yet: %1</source>
            <translation>បានផ្ញើពីកុំព្យូទ័រនេះ ប៉ុន្តែបញ្ជីកណ្តាលមិនទាន់រាប់៖ %1</translation>
        </message>
        <message>
            <source>Sign off %1 for office %2.</source>
            <translation>ចុះហត្ថលេខាបិទថ្ងៃ %1 សម្រាប់ការិយាល័យ %2។</translation>
        </message>
        <message>
            <source>Sign off the day</source>
            <translation>ចុះហត្ថលេខាបិទថ្ងៃ</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>ការចុះហត្ថលេខា</translation>
        </message>
        <message>
            <source>Signed by %1 at %2</source>
            <translation>ចុះហត្ថលេខាដោយ %1 នៅ %2</translation>
        </message>
        <message>
            <source>Signed off on this computer by %1 at %2.</source>
            <translation>ចុះហត្ថលេខានៅលើកុំព្យូទ័រនេះដោយ %1 នៅ %2។</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>បានចាប់ផ្ដើម</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ស្ថានភាព</translation>
        </message>
        <message>
            <source>Still open:</source>
            <translation>នៅសល់៖</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>កំណត់ហេតុសមកាលកម្ម</translation>
        </message>
        <message>
            <source>Sync sessions of this computer</source>
            <translation>វគ្គសមកាលកម្មរបស់កុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>Sync sessions of this office recorded by the registry on this day: %1</source>
            <translation>វគ្គសមកាលកម្មរបស់ការិយាល័យនេះដែលបញ្ជីកណ្តាលបានកត់ត្រានៅថ្ងៃនេះ៖ %1</translation>
        </message>
        <message>
            <source>Sync volume of the last 30 days</source>
            <translation>បរិមាណសមកាលកម្មក្នុង ៣០ ថ្ងៃចុងក្រោយ</translation>
        </message>
        <message>
            <source>T&amp;oday</source>
            <translation>ថ្ងៃនេះ (&amp;O)</translation>
        </message>
        <message>
            <source>The change arrived damaged at the registry. Send it again.</source>
            <translation>ការផ្លាស់ប្ដូរបានទៅដល់បញ្ជីកណ្តាលដោយខូច។ សូមផ្ញើវាម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The change was discarded; the reason is kept.</source>
            <translation>ការផ្លាស់ប្ដូរត្រូវបានបោះបង់ចោល ហើយមូលហេតុត្រូវបានរក្សាទុក។</translation>
        </message>
        <message>
            <source>The change will not be sent again. Write why: the reason is kept with the day's record.</source>
            <translation>ការផ្លាស់ប្ដូរនេះនឹងមិនត្រូវផ្ញើម្ដងទៀតទេ។ សូមសរសេរមូលហេតុ៖ មូលហេតុត្រូវបានរក្សាទុកជាមួយកំណត់ត្រានៃថ្ងៃ។</translation>
        </message>
        <message>
            <source>The conflict was resolved. The decision reaches this computer with the next sync.</source>
            <translation>ជម្លោះត្រូវបានដោះស្រាយ។ ការសម្រេចនឹងមកដល់កុំព្យូទ័រនេះជាមួយសមកាលកម្មបន្ទាប់។</translation>
        </message>
        <message>
            <source>The conflicts are kept at the registry: they need the connection.</source>
            <translation>ជម្លោះត្រូវបានរក្សាទុកនៅបញ្ជីកណ្តាល៖ វាត្រូវការការតភ្ជាប់។</translation>
        </message>
        <message>
            <source>The corrected change will be sent with the next sync.</source>
            <translation>ការផ្លាស់ប្ដូរដែលបានកែតម្រូវនឹងត្រូវផ្ញើជាមួយសមកាលកម្មបន្ទាប់។</translation>
        </message>
        <message>
            <source>The day was signed off. The registry receives it with the next sync.</source>
            <translation>ថ្ងៃត្រូវបានចុះហត្ថលេខាបិទ។ បញ្ជីកណ្តាលនឹងទទួលវាជាមួយសមកាលកម្មបន្ទាប់។</translation>
        </message>
        <message>
            <source>The day's work</source>
            <translation>ការងារប្រចាំថ្ងៃ</translation>
        </message>
        <message>
            <source>The file could not be saved there. Choose another folder, then try again.</source>
            <translation>មិនអាចរក្សាទុកឯកសារនៅទីនោះបានទេ។ សូមជ្រើសថតផ្សេង រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The oldest is from %1 (%2 ago).</source>
            <translation>ចាស់ជាងគេគឺពី %1 (%2 មុន)។</translation>
        </message>
        <message>
            <source>The record belongs to another district, and this computer may not change it.</source>
            <translation>កំណត់ត្រានេះជារបស់ស្រុកផ្សេង ហើយកុំព្យូទ័រនេះមិនអាចកែប្រែវាបានទេ។</translation>
        </message>
        <message>
            <source>The record had been deleted at the registry, so the change was not applied.</source>
            <translation>កំណត់ត្រានេះត្រូវបានលុបនៅបញ្ជីកណ្តាលរួចហើយ ដូច្នេះការផ្លាស់ប្ដូរមិនត្រូវបានអនុវត្តទេ។</translation>
        </message>
        <message>
            <source>The registry cannot be reached now. This is the day as this computer knows it; the registry's view and the conflicts need the connection.</source>
            <translation>មិនអាចភ្ជាប់ទៅបញ្ជីកណ្តាលបានឥឡូវនេះទេ។ នេះជាថ្ងៃដូចដែលកុំព្យូទ័រនេះដឹង។ ទិដ្ឋភាពរបស់បញ្ជីកណ្តាល និងជម្លោះត្រូវការការតភ្ជាប់។</translation>
        </message>
        <message>
            <source>The registry does not accept one of the values. Correct it and send it again.</source>
            <translation>បញ្ជីកណ្តាលមិនទទួលយកតម្លៃមួយក្នុងចំណោមតម្លៃទាំងនេះទេ។ សូមកែតម្រូវ ហើយផ្ញើម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The registry does not allow the user who made this change to make it.</source>
            <translation>បញ្ជីកណ្តាលមិនអនុញ្ញាតឱ្យអ្នកប្រើដែលបានធ្វើការផ្លាស់ប្ដូរនេះ ធ្វើវាទេ។</translation>
        </message>
        <message>
            <source>The registry does not have the sign-off yet; it goes with a sync.</source>
            <translation>បញ្ជីកណ្តាលមិនទាន់មានការចុះហត្ថលេខានៅឡើយទេ វានឹងទៅជាមួយសមកាលកម្ម។</translation>
        </message>
        <message>
            <source>The registry had already received this change with other contents and kept the first. It was recorded for the registry operator.</source>
            <translation>បញ្ជីកណ្តាលបានទទួលការផ្លាស់ប្ដូរនេះរួចហើយ ដោយមានខ្លឹមសារផ្សេង ហើយបានរក្សាទុកលើកទីមួយ។ វាត្រូវបានកត់ត្រាសម្រាប់ប្រតិបត្តិករបញ្ជីកណ្តាល។</translation>
        </message>
        <message>
            <source>The registry had merged this person into another record, so the change was not applied. Make it on the record that remains.</source>
            <translation>បញ្ជីកណ្តាលបានបញ្ចូលបុគ្គលនេះទៅក្នុងកំណត់ត្រាមួយផ្សេងរួចហើយ ដូច្នេះការផ្លាស់ប្ដូរមិនត្រូវបានអនុវត្តទេ។ សូមធ្វើវានៅលើកំណត់ត្រាដែលនៅសល់។</translation>
        </message>
        <message>
            <source>The registry has the sign-off of %1 (%2).</source>
            <translation>បញ្ជីកណ្តាលមានការចុះហត្ថលេខារបស់ %1 (%2)។</translation>
        </message>
        <message>
            <source>The registry refused nothing of this day.</source>
            <translation>បញ្ជីកណ្តាលមិនបានបដិសេធអ្វីនៃថ្ងៃនេះទេ។</translation>
        </message>
        <message>
            <source>The registry refused this change.</source>
            <translation>បញ្ជីកណ្តាលបានបដិសេធការផ្លាស់ប្ដូរនេះ។</translation>
        </message>
        <message>
            <source>The registry said:</source>
            <translation>បញ្ជីកណ្តាលបាននិយាយថា៖</translation>
        </message>
        <message>
            <source>The registry's columns count this office's work from every computer that synced it.</source>
            <translation>ជួរឈររបស់បញ្ជីកណ្តាលរាប់ការងាររបស់ការិយាល័យនេះពីគ្រប់កុំព្យូទ័រដែលបានធ្វើសមកាលកម្មវា។</translation>
        </message>
        <message>
            <source>The registry's numbers are shown when the registry can be asked.</source>
            <translation>លេខរបស់បញ្ជីកណ្តាលត្រូវបានបង្ហាញ នៅពេលអាចសួរបញ្ជីកណ្តាលបាន។</translation>
        </message>
        <message>
            <source>The same as at the registry</source>
            <translation>ដូចគ្នានឹងបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>This change was already handled.</source>
            <translation>ការផ្លាស់ប្ដូរនេះត្រូវបានដោះស្រាយរួចហើយ។</translation>
        </message>
        <message>
            <source>This computer is not connected to a registry.</source>
            <translation>កុំព្យូទ័រនេះមិនបានភ្ជាប់ទៅបញ្ជីកណ្តាលទេ។</translation>
        </message>
        <message>
            <source>This computer works on its own: there is no registry to compare the day with.</source>
            <translation>កុំព្យូទ័រនេះដំណើរការតែឯង៖ គ្មានបញ្ជីកណ្តាលសម្រាប់ប្រៀបធៀបថ្ងៃទេ។</translation>
        </message>
        <message>
            <source>This day is already signed off.</source>
            <translation>ថ្ងៃនេះត្រូវបានចុះហត្ថលេខាបិទរួចហើយ។</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>ម៉ោង</translation>
        </message>
        <message>
            <source>Time of the work</source>
            <translation>ម៉ោងនៃការងារ</translation>
        </message>
        <message>
            <source>To correct or discard: %1</source>
            <translation>ត្រូវកែតម្រូវ ឬបោះបង់ចោល៖ %1</translation>
        </message>
        <message>
            <source>To handle</source>
            <translation>ត្រូវដោះស្រាយ</translation>
        </message>
        <message>
            <source>To resolve: %1</source>
            <translation>ត្រូវដោះស្រាយ៖ %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>សរុប</translation>
        </message>
        <message>
            <source>Two computers changed the same identity detail differently. The registry kept its value; choose which one is right.</source>
            <translation>កុំព្យូទ័រពីរបានផ្លាស់ប្ដូរព័ត៌មានអត្តសញ្ញាណដូចគ្នាខុសៗគ្នា។ បញ្ជីកណ្តាលបានរក្សាតម្លៃរបស់ខ្លួន។ សូមជ្រើសថាតើមួយណាត្រឹមត្រូវ។</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>បានកែប្រែ</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>កំពុងរង់ចាំ</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>កំពុងរង់ចាំផ្ញើ៖ %1</translation>
        </message>
        <message>
            <source>When: %1</source>
            <translation>ពេលណា៖ %1</translation>
        </message>
        <message>
            <source>Why the registry refused it</source>
            <translation>មូលហេតុដែលបញ្ជីកណ្តាលបដិសេធ</translation>
        </message>
        <message>
            <source>Why this value (kept with the decision)</source>
            <translation>ហេតុអ្វីតម្លៃនេះ (រក្សាទុកជាមួយការសម្រេច)</translation>
        </message>
        <message>
            <source>Work of the last 30 days</source>
            <translation>ការងារក្នុង ៣០ ថ្ងៃចុងក្រោយ</translation>
        </message>
        <message>
            <source>Work per clerk</source>
            <translation>ការងាររបស់បុគ្គលិកបញ្ជរម្នាក់ៗ</translation>
        </message>
        <message>
            <source>Write the reason first.</source>
            <translation>សូមសរសេរមូលហេតុជាមុនសិន។</translation>
        </message>
        <message>
            <source>Write the right value. The registry keeps it, with your name and the note.</source>
            <translation>សរសេរតម្លៃត្រឹមត្រូវ។ បញ្ជីកណ្តាលរក្សាទុកវា ជាមួយឈ្មោះរបស់អ្នក និងកំណត់សម្គាល់។</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>បាទ/ចាស</translation>
        </message>
        <message>
            <source>Your name, the time and the note are kept with the day and sent to the registry. Anything recorded for this day afterwards shows as a late entry.</source>
            <translation>ឈ្មោះរបស់អ្នក ពេលវេលា និងកំណត់សម្គាល់ត្រូវបានរក្សាទុកជាមួយថ្ងៃ ហើយផ្ញើទៅបញ្ជីកណ្តាល។ អ្វីដែលកត់ត្រាសម្រាប់ថ្ងៃនេះបន្ទាប់ពីនោះ នឹងបង្ហាញជាការបញ្ចូលយឺត។</translation>
        </message>
        <message>
            <source>less than a minute</source>
            <translation>តិចជាងមួយនាទី</translation>
        </message>
        <message>
            <source>○ %1 (%2 here): not compared with the registry yet</source>
            <translation>○ %1 (នៅទីនេះ %2)៖ មិនទាន់បានប្រៀបធៀបជាមួយបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>✓ %1 (%2): the same as at the registry</source>
            <translation>✓ %1 (%2)៖ ដូចគ្នានឹងបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>✗ %1: they differ (%2 here, %3 at the registry)</source>
            <translation>✗ %1៖ ខុសគ្នា (នៅទីនេះ %2 នៅបញ្ជីកណ្តាល %3)</translation>
        </message>
    </context>
    <context>
        <name>DayReport</name>
        <message>
            <source>At a glance</source>
            <translation>ក្រឡេកមើលភ្លាមៗ</translation>
        </message>
        <message>
            <source>Bytes received</source>
            <translation>បៃបានទទួល</translation>
        </message>
        <message>
            <source>Bytes sent</source>
            <translation>បៃបានផ្ញើ</translation>
        </message>
        <message>
            <source>Change id</source>
            <translation>លេខសម្គាល់ការផ្លាស់ប្ដូរ</translation>
        </message>
        <message>
            <source>Conflicts waiting for a decision</source>
            <translation>ជម្លោះដែលកំពុងរង់ចាំការសម្រេច</translation>
        </message>
        <message>
            <source>Day report</source>
            <translation>របាយការណ៍ប្រចាំថ្ងៃ</translation>
        </message>
        <message>
            <source>Day report %1</source>
            <translation>របាយការណ៍ប្រចាំថ្ងៃ %1</translation>
        </message>
        <message>
            <source>How it stands</source>
            <translation>ស្ថានភាព</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>គ្មាន។</translation>
        </message>
        <message>
            <source>Not compared yet.</source>
            <translation>មិនទាន់បានប្រៀបធៀបទេ។</translation>
        </message>
        <message>
            <source>Not known: the registry could not be asked.</source>
            <translation>មិនទាន់ដឹង៖ មិនអាចសួរបញ្ជីកណ្តាលបានទេ។</translation>
        </message>
        <message>
            <source>Not signed off yet.</source>
            <translation>មិនទាន់ចុះហត្ថលេខាទេ។</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>កំណត់សម្គាល់</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>កំណត់សម្គាល់៖ %1</translation>
        </message>
        <message>
            <source>Office %1 · %2</source>
            <translation>ការិយាល័យ %1 · %2</translation>
        </message>
        <message>
            <source>Printed at</source>
            <translation>បោះពុម្ពនៅ</translation>
        </message>
        <message>
            <source>Printed on %1 by %2</source>
            <translation>បោះពុម្ពនៅ %1 ដោយ %2</translation>
        </message>
        <message>
            <source>Reason code</source>
            <translation>លេខកូដមូលហេតុ</translation>
        </message>
        <message>
            <source>Recorded for this day after the sign-off</source>
            <translation>បានកត់ត្រាសម្រាប់ថ្ងៃនេះក្រោយការចុះហត្ថលេខា</translation>
        </message>
        <message>
            <source>Records compared with the registry</source>
            <translation>កំណត់ត្រាដែលបានប្រៀបធៀបជាមួយបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>Records that differ: %1</source>
            <translation>កំណត់ត្រាដែលខុសគ្នា៖ %1</translation>
        </message>
        <message>
            <source>Rejected changes</source>
            <translation>ការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធ</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>ការចុះហត្ថលេខា</translation>
        </message>
        <message>
            <source>Signed off by %1 at %2.</source>
            <translation>ចុះហត្ថលេខាដោយ %1 នៅ %2។</translation>
        </message>
        <message>
            <source>Supervisor's signature: ____________________    Date: ____________</source>
            <translation>ហត្ថលេខាអ្នកគ្រប់គ្រង៖ ____________________    កាលបរិច្ឆេទ៖ ____________</translation>
        </message>
        <message>
            <source>Sync sessions of this computer</source>
            <translation>វគ្គសមកាលកម្មរបស់កុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>អ្វី</translation>
        </message>
        <message>
            <source>Work per clerk</source>
            <translation>ការងាររបស់បុគ្គលិកបញ្ជរម្នាក់ៗ</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>&amp;Open existing record</source>
            <translation>បើកកំណត់ត្រាដែលមានស្រាប់ (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Register anyway</source>
            <translation>ចុះឈ្មោះទោះយ៉ាងណាក៏ដោយ (&amp;R)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>អាចជាការចុះឈ្មោះស្ទួន</translation>
        </message>
        <message>
            <source>These people may already be registered. Check with the person in front of you. Open the existing record if it is them; register anyway only if it is someone else.</source>
            <translation>មនុស្សទាំងនេះប្រហែលជាបានចុះឈ្មោះរួចហើយ។ សូមផ្ទៀងផ្ទាត់ជាមួយអ្នកដែលនៅមុខអ្នក។ បើជាគាត់ សូមបើកកំណត់ត្រាដែលមានស្រាប់ ចុះឈ្មោះថ្មីតែក្នុងករណីជាមនុស្សផ្សេងប៉ុណ្ណោះ។</translation>
        </message>
    </context>
    <context>
        <name>EditPage</name>
        <message numerus="yes">
            <source>(and %Ln more)</source>
            <translation>
                <numerusform>(និង %Ln ទៀត)</numerusform>
                <numerusform>(និង %Ln ទៀត)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot edit</source>
            <translation>មិនអាចកែបានទេ</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>មិនបានរក្សាទុក</translation>
        </message>
        <message>
            <source>Nothing was saved. Please correct: %1</source>
            <translation>គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមកែ៖ %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>កំពុងរក្សាទុក…</translation>
        </message>
    </context>
    <context>
        <name>EditPersonView</name>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>រក្សាទុក (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>បោះបង់ (Esc)</translation>
        </message>
        <message>
            <source>Correct or complete the answers, then save. Entitlements are checked again as soon as the record is saved.</source>
            <translation>កែ ឬបំពេញចម្លើយ រួចរក្សាទុក។ សិទ្ធិទទួលបានត្រូវពិនិត្យម្ដងទៀតភ្លាមៗនៅពេលកំណត់ត្រាត្រូវបានរក្សាទុក។</translation>
        </message>
        <message>
            <source>Edit a record</source>
            <translation>កែកំណត់ត្រា</translation>
        </message>
        <message>
            <source>Edit: %1</source>
            <translation>កែ៖ %1</translation>
        </message>
    </context>
    <context>
        <name>Enrol</name>
        <message>
            <source>(%1 of %2)</source>
            <translation>(%1 នៃ %2)</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved on this computer. If the registry had already accepted the code, ask the registry operator for a new one.</source>
            <translation>បានបោះបង់។ គ្មានអ្វីត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះទេ។ ប្រសិនបើបញ្ជីកណ្តាលបានទទួលយកលេខកូដរួចហើយ សូមស្នើលេខកូដថ្មីពីប្រតិបត្តិករបញ្ជីកណ្តាល។</translation>
        </message>
        <message>
            <source>Contacting the registry…</source>
            <translation>កំពុងទាក់ទងបញ្ជីកណ្តាល…</translation>
        </message>
        <message>
            <source>Enter a name for this computer.</source>
            <translation>បញ្ចូលឈ្មោះកុំព្យូទ័រនេះ។</translation>
        </message>
        <message>
            <source>Enter the office code.</source>
            <translation>បញ្ចូលលេខកូដការិយាល័យ។</translation>
        </message>
        <message>
            <source>Enter the one-time code.</source>
            <translation>បញ្ចូលលេខកូដប្រើតែម្តង។</translation>
        </message>
        <message>
            <source>Enter the registry address.</source>
            <translation>បញ្ចូលអាសយដ្ឋានបញ្ជីកណ្តាល។</translation>
        </message>
        <message>
            <source>One-time code: %1</source>
            <translation>លេខកូដប្រើតែម្តង៖ %1</translation>
        </message>
        <message>
            <source>Registry address: the registry cannot be reached there. Check the address and this computer's network connection, then try again.</source>
            <translation>អាសយដ្ឋានបញ្ជីកណ្តាល៖ មិនអាចភ្ជាប់ទៅបញ្ជីកណ្តាលនៅទីនោះបានទេ។ ពិនិត្យអាសយដ្ឋាន និងការតភ្ជាប់បណ្តាញរបស់កុំព្យូទ័រនេះ រួចព្យាយាមម្តងទៀត។</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>កំពុងបញ្ឈប់…</translation>
        </message>
        <message>
            <source>The one-time code is too short. Type it as the registry operator gave it.</source>
            <translation>លេខកូដប្រើតែម្តងខ្លីពេក។ វាយវាដូចដែលប្រតិបត្តិករបញ្ជីកណ្តាលបានផ្តល់ឲ្យ។</translation>
        </message>
        <message>
            <source>The registry address must start with https:// (or http://) and name the registry's server, for example https://registry.example.org</source>
            <translation>អាសយដ្ឋានបញ្ជីកណ្តាលត្រូវចាប់ផ្តើមដោយ https:// (ឬ http://) ហើយដាក់ឈ្មោះម៉ាស៊ីនមេរបស់បញ្ជីកណ្តាល ឧទាហរណ៍ https://registry.example.org</translation>
        </message>
        <message>
            <source>This computer is connected, but the download of the records did not finish. Log in: it continues where it stopped.</source>
            <translation>កុំព្យូទ័រនេះបានភ្ជាប់ហើយ ប៉ុន្តែការទាញយកកំណត់ត្រាមិនទាន់បញ្ចប់ទេ។ សូមចូល៖ វានឹងបន្តពីកន្លែងដែលវាឈប់។</translation>
        </message>
        <message>
            <source>This computer is now connected to the registry. Log in with your registry user name and password.</source>
            <translation>កុំព្យូទ័រនេះឥឡូវបានភ្ជាប់ទៅបញ្ជីកណ្តាលហើយ។ សូមចូលដោយប្រើឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់បញ្ជីកណ្តាលរបស់អ្នក។</translation>
        </message>
    </context>
    <context>
        <name>EnrolView</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;ត្រឡប់ក្រោយ</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;បោះបង់</translation>
        </message>
        <message>
            <source>&amp;Name of this computer</source>
            <translation>&amp;ឈ្មោះកុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>&amp;Office code</source>
            <translation>លេខកូដ&amp;ការិយាល័យ</translation>
        </message>
        <message>
            <source>&amp;Registry address</source>
            <translation>អាសយដ្ឋាន&amp;បញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>&amp;ភ្ជាប់</translation>
        </message>
        <message>
            <source>Connect to a registry</source>
            <translation>ភ្ជាប់ទៅបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>វឌ្ឍនភាពនៃការទាញយក</translation>
        </message>
        <message>
            <source>Name of this computer</source>
            <translation>ឈ្មោះកុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>Office code</source>
            <translation>លេខកូដការិយាល័យ</translation>
        </message>
        <message>
            <source>One-time &amp;code</source>
            <translation>លេខ&amp;កូដប្រើតែម្តង</translation>
        </message>
        <message>
            <source>One-time code</source>
            <translation>លេខកូដប្រើតែម្តង</translation>
        </message>
        <message>
            <source>Registry address</source>
            <translation>អាសយដ្ឋានបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>The registry operator gives you the registry address and a one-time code. After connecting, the district's records are copied to this computer and your colleagues log in with their registry user names and passwords.</source>
            <translation>ប្រតិបត្តិករបញ្ជីកណ្តាលផ្តល់ឲ្យអ្នកនូវអាសយដ្ឋានបញ្ជីកណ្តាល និងលេខកូដប្រើតែម្តង។ បន្ទាប់ពីភ្ជាប់ កំណត់ត្រារបស់ស្រុកត្រូវបានចម្លងមកកុំព្យូទ័រនេះ ហើយសហការីរបស់អ្នកចូលដោយប្រើឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់បញ្ជីកណ្តាលរបស់ពួកគេ។</translation>
        </message>
    </context>
    <context>
        <name>Entitlements</name>
        <message>
            <source>%1 of a household member</source>
            <translation>%1 របស់សមាជិកគ្រួសារម្នាក់</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the functioning questions</source>
            <translation>
                <numerusform>សំណួរអំពីសមត្ថភាពចំនួន %Ln</numerusform>
                <numerusform>សំណួរអំពីសមត្ថភាពចំនួន %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Already enrolled</source>
            <translation>បានចុះឈ្មោះរួចហើយ</translation>
        </message>
        <message>
            <source>Apply for %1</source>
            <translation>ដាក់ពាក្យសុំ %1</translation>
        </message>
        <message>
            <source>Apply for %1 for %2?</source>
            <translation>ដាក់ពាក្យសុំ %1 សម្រាប់ %2 ឬ?</translation>
        </message>
        <message>
            <source>Apply for a scheme</source>
            <translation>ដាក់ពាក្យសុំកម្មវិធី</translation>
        </message>
        <message>
            <source>Benefit: %1</source>
            <translation>អត្ថប្រយោជន៍៖ %1</translation>
        </message>
        <message>
            <source>Cannot be combined with %1.</source>
            <translation>មិនអាចទទួលរួមជាមួយ %1 បានទេ។</translation>
        </message>
        <message>
            <source>Catalog: %1, version %2</source>
            <translation>បញ្ជីកម្មវិធី៖ %1 កំណែ %2</translation>
        </message>
        <message>
            <source>Checking entitlements…</source>
            <translation>កំពុងពិនិត្យសិទ្ធិ…</translation>
        </message>
        <message>
            <source>Complete the missing information first.</source>
            <translation>សូមបំពេញព័ត៌មានដែលខ្វះជាមុនសិន។</translation>
        </message>
        <message>
            <source>Could not be checked: the rule does not fit this record.</source>
            <translation>មិនអាចពិនិត្យបាន៖ លក្ខខណ្ឌមិនត្រូវនឹងកំណត់ត្រានេះទេ។</translation>
        </message>
        <message>
            <source>Data as of %1</source>
            <translation>ទិន្នន័យគិតត្រឹម %1</translation>
        </message>
        <message>
            <source>Documents to bring: %1</source>
            <translation>ឯកសារត្រូវយកមក៖ %1</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>មានសិទ្ធិ</translation>
        </message>
        <message>
            <source>Entitlements cannot be shown: the record was not found.</source>
            <translation>មិនអាចបង្ហាញសិទ្ធិបានទេ៖ រកមិនឃើញកំណត់ត្រា។</translation>
        </message>
        <message>
            <source>Excluded by %1</source>
            <translation>ត្រូវបានដកចេញដោយសារ %1</translation>
        </message>
        <message>
            <source>Information missing</source>
            <translation>ខ្វះព័ត៌មាន</translation>
        </message>
        <message>
            <source>Needs a contribution record from the registry (%1). It comes with a sync; it cannot be entered at the counter.</source>
            <translation>ត្រូវការកំណត់ត្រាការបង់វិភាគទានពីបញ្ជីកណ្ដាល (%1)។ វាមកជាមួយការធ្វើសមកាលកម្ម មិនអាចបញ្ចូលនៅបញ្ជរបានទេ។</translation>
        </message>
        <message>
            <source>Needs “%1” for another household member: open their record from the household table.</source>
            <translation>ត្រូវការ “%1” សម្រាប់សមាជិកគ្រួសារម្នាក់ទៀត៖ សូមបើកកំណត់ត្រារបស់គាត់ពីតារាងគ្រួសារ។</translation>
        </message>
        <message>
            <source>Needs “%1” of the household, which comes from the household survey.</source>
            <translation>ត្រូវការ “%1” របស់គ្រួសារ ដែលមកពីការស្ទង់មតិគ្រួសារ។</translation>
        </message>
        <message>
            <source>Needs “%1”.</source>
            <translation>ត្រូវការ “%1”។</translation>
        </message>
        <message>
            <source>No scheme is open for applications today.</source>
            <translation>ថ្ងៃនេះគ្មានកម្មវិធីណាបើកទទួលពាក្យទេ។</translation>
        </message>
        <message>
            <source>Not applied</source>
            <translation>មិនទាន់ដាក់ពាក្យ</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>មិនមានសិទ្ធិ</translation>
        </message>
        <message>
            <source>Not eligible: %1</source>
            <translation>មិនមានសិទ្ធិ៖ %1</translation>
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation>មិនបានកត់ត្រា៖ %1</translation>
        </message>
        <message>
            <source>Standalone: not yet synced with the registry</source>
            <translation>ដំណើរការតែឯង៖ មិនទាន់ធ្វើសមកាលកម្មជាមួយបញ្ជីកណ្ដាល</translation>
        </message>
        <message>
            <source>The application was not recorded. %1</source>
            <translation>ពាក្យស្នើសុំមិនត្រូវបានកត់ត្រាទេ។ %1</translation>
        </message>
        <message numerus="yes">
            <source>The data is %Ln day(s) old. Sync with the registry before telling the applicant what they will receive.</source>
            <translation>
                <numerusform>ទិន្នន័យមានអាយុ %Ln ថ្ងៃ។ សូមធ្វើសមកាលកម្មជាមួយបញ្ជីកណ្ដាល មុននឹងប្រាប់អ្នកដាក់ពាក្យពីអ្វីដែលគាត់នឹងទទួលបាន។</numerusform>
                <numerusform>ទិន្នន័យមានអាយុ %Ln ថ្ងៃ។ សូមធ្វើសមកាលកម្មជាមួយបញ្ជីកណ្ដាល មុននឹងប្រាប់អ្នកដាក់ពាក្យពីអ្វីដែលគាត់នឹងទទួលបាន។</numerusform>
            </translation>
        </message>
        <message>
            <source>There is already an application or enrolment for this scheme.</source>
            <translation>មានពាក្យស្នើសុំ ឬការចុះឈ្មោះសម្រាប់កម្មវិធីនេះរួចហើយ។</translation>
        </message>
        <message>
            <source>To decide on %1, answer: %2. Then save (Ctrl+S).</source>
            <translation>ដើម្បីសម្រេចលើ %1 សូមឆ្លើយ៖ %2។ រួចរក្សាទុក (Ctrl+S)។</translation>
        </message>
        <message>
            <source>contribution record for %1</source>
            <translation>កំណត់ត្រាវិភាគទានសម្រាប់ %1</translation>
        </message>
        <message>
            <source>the household</source>
            <translation>គ្រួសារ</translation>
        </message>
        <message>
            <source>the household's members</source>
            <translation>សមាជិកគ្រួសារ</translation>
        </message>
        <message>
            <source>“%1” is not asked for this person, so it stays unknown.</source>
            <translation>“%1” មិនត្រូវបានសួរសម្រាប់អ្នកនេះទេ ដូច្នេះវានៅតែមិនដឹង។</translation>
        </message>
    </context>
    <context>
        <name>EntitlementsPanel</name>
        <message>
            <source>Entitlements</source>
            <translation>សិទ្ធិទទួលបាន</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>A cache already exists in this folder; it will not be overwritten.</source>
            <translation>មានឃ្លាំងទិន្នន័យក្នុងថតនេះរួចហើយ វានឹងមិនត្រូវបានសរសេរជាន់ទេ។</translation>
        </message>
        <message>
            <source>A day that has not started yet cannot be signed off.</source>
            <translation>មិនអាចចុះហត្ថលេខាបិទថ្ងៃដែលមិនទាន់ចាប់ផ្ដើមបានទេ។</translation>
        </message>
        <message>
            <source>A user with that name already exists. Choose another user name.</source>
            <translation>មានអ្នកប្រើដែលមានឈ្មោះនេះរួចហើយ។ សូមជ្រើសឈ្មោះអ្នកប្រើផ្សេង។</translation>
        </message>
        <message>
            <source>Could not finish</source>
            <translation>មិនអាចបញ្ចប់បានទេ</translation>
        </message>
        <message>
            <source>Information is missing for {scheme}: {fields}. Complete the record first.</source>
            <translation>ខ្វះព័ត៌មានសម្រាប់ {scheme}៖ {fields}។ សូមបំពេញកំណត់ត្រាជាមុនសិន។</translation>
        </message>
        <message>
            <source>No scheme catalog is installed for '{catalog}', so entitlements cannot be checked. Ask your supervisor to choose the country catalog in settings.</source>
            <translation>មិនមានបញ្ជីកម្មវិធីសម្រាប់ '{catalog}' ទេ ដូច្នេះមិនអាចពិនិត្យសិទ្ធិបានទេ។ សូមឱ្យអ្នកគ្រប់គ្រងជ្រើសបញ្ជីកម្មវិធីរបស់ប្រទេសក្នុងការកំណត់។</translation>
        </message>
        <message>
            <source>Not eligible for {scheme}: {criteria}.</source>
            <translation>មិនមានសិទ្ធិទទួល {scheme} ទេ៖ {criteria}។</translation>
        </message>
        <message>
            <source>Only a refused registration or edit of a person can be corrected and sent again. Discard this change instead, with the reason.</source>
            <translation>មានតែការចុះឈ្មោះ ឬការកែប្រែបុគ្គលដែលត្រូវបានបដិសេធប៉ុណ្ណោះ ដែលអាចកែតម្រូវ ហើយផ្ញើម្ដងទៀតបាន។ សូមបោះបង់ចោលការផ្លាស់ប្ដូរនេះជំនួសវិញ ដោយមានមូលហេតុ។</translation>
        </message>
        <message>
            <source>Part of the download arrived damaged. It will be fetched again; nothing damaged was saved.</source>
            <translation>ផ្នែកខ្លះនៃការទាញយកបានមកដល់ដោយខូច។ វានឹងត្រូវទាញយកម្ដងទៀត គ្មានអ្វីដែលខូចត្រូវបានរក្សាទុកទេ។</translation>
        </message>
        <message>
            <source>Some answers need correcting. Nothing was saved.</source>
            <translation>ចម្លើយខ្លះត្រូវកែ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
        </message>
        <message>
            <source>Someone has already resolved this conflict. The list has been refreshed.</source>
            <translation>មានគេបានដោះស្រាយជម្លោះនេះរួចហើយ។ បញ្ជីត្រូវបានផ្ទុកឡើងវិញ។</translation>
        </message>
        <message>
            <source>Sorry, OneStop met an unexpected problem and could not finish this step. Anything saved before is safe. Please tell your supervisor; the details were written to:</source>
            <translation>សូមទោស OneStop ជួបបញ្ហាមិនបានរំពឹងទុក ហើយមិនអាចបញ្ចប់ជំហាននេះបានទេ។ អ្វីដែលបានរក្សាទុកពីមុននៅមានសុវត្ថិភាព។ សូមប្រាប់អ្នកគ្រប់គ្រងរបស់អ្នក ព័ត៌មានលម្អិតត្រូវបានសរសេរទៅ៖</translation>
        </message>
        <message>
            <source>Sync could not finish. Your work is kept on this computer and will be sent later.</source>
            <translation>ការធ្វើសមកាលកម្មមិនអាចបញ្ចប់បានទេ។ ការងាររបស់អ្នកត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះ ហើយនឹងត្រូវផ្ញើនៅពេលក្រោយ។</translation>
        </message>
        <message>
            <source>The corrected values are the same as the registry's, so there is nothing to send. Discard the change instead, with the reason.</source>
            <translation>តម្លៃដែលបានកែតម្រូវដូចគ្នានឹងរបស់បញ្ជីកណ្តាល ដូច្នេះគ្មានអ្វីត្រូវផ្ញើទេ។ សូមបោះបង់ចោលការផ្លាស់ប្ដូរជំនួសវិញ ដោយមានមូលហេតុ។</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space (or call your supervisor), then try again. What you typed is still on the screen.</source>
            <translation>ថាសពេញ ដូច្នេះគ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមបង្កើតទំហំទំនេរ (ឬហៅអ្នកគ្រប់គ្រង) រួចព្យាយាមម្ដងទៀត។ អ្វីដែលអ្នកបានវាយនៅលើអេក្រង់នៅឡើយ។</translation>
        </message>
        <message>
            <source>The key file of this cache is damaged, so the data cannot be opened. Do not set up a new cache: ask your supervisor to restore the key file (onestop.keys) from backup.</source>
            <translation>ឯកសារសោនៃឃ្លាំងទិន្នន័យនេះខូច ដូច្នេះមិនអាចបើកទិន្នន័យបានទេ។ កុំរៀបចំឃ្លាំងថ្មី៖ សូមឱ្យអ្នកគ្រប់គ្រងស្ដារឯកសារសោ (onestop.keys) ពីការបម្រុងទុក។</translation>
        </message>
        <message>
            <source>The key file of this cache is missing, so the data cannot be opened. Do not set up a new cache: ask your supervisor to restore the key file (onestop.keys) from backup or to recover the device through the registry.</source>
            <translation>បាត់ឯកសារសោនៃឃ្លាំងទិន្នន័យនេះ ដូច្នេះមិនអាចបើកទិន្នន័យបានទេ។ កុំរៀបចំឃ្លាំងថ្មី៖ សូមឱ្យអ្នកគ្រប់គ្រងស្ដារឯកសារសោ (onestop.keys) ពីការបម្រុងទុក ឬស្ដារឧបករណ៍តាមរយៈបញ្ជីកណ្ដាល។</translation>
        </message>
        <message>
            <source>The last supervisor cannot be removed: add another supervisor first.</source>
            <translation>មិនអាចដកអ្នកគ្រប់គ្រងចុងក្រោយចេញបានទេ៖ សូមបន្ថែមអ្នកគ្រប់គ្រងម្នាក់ទៀតជាមុនសិន។</translation>
        </message>
        <message>
            <source>The local cache could not complete the operation.</source>
            <translation>ឃ្លាំងទិន្នន័យក្នុងម៉ាស៊ីនមិនអាចបញ្ចប់ប្រតិបត្តិការនេះបានទេ។</translation>
        </message>
        <message>
            <source>The local data failed its integrity check and was not opened. Nothing was changed. Call your supervisor: the cache must be restored from backup or downloaded again.</source>
            <translation>ទិន្នន័យក្នុងម៉ាស៊ីនមិនឆ្លងកាត់ការពិនិត្យភាពត្រឹមត្រូវ ហើយមិនត្រូវបានបើកទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមហៅអ្នកគ្រប់គ្រង៖ ឃ្លាំងទិន្នន័យត្រូវស្ដារពីការបម្រុងទុក ឬទាញយកម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The local data is in use by another OneStop window or program. Close it, then try again.</source>
            <translation>ទិន្នន័យក្នុងម៉ាស៊ីនកំពុងប្រើដោយបង្អួច OneStop ឬកម្មវិធីផ្សេង។ សូមបិទវា រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The note can have at most {count} characters. Nothing was changed.</source>
            <translation>កំណត់សម្គាល់អាចមានតួអក្សរយ៉ាងច្រើន {count}។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
        </message>
        <message>
            <source>The password must have at least {count} characters.</source>
            <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងតិច {count} តួអក្សរ។</translation>
        </message>
        <message>
            <source>The record this change was about is no longer on this device. Discard the change instead, with the reason.</source>
            <translation>កំណត់ត្រាដែលការផ្លាស់ប្ដូរនេះពាក់ព័ន្ធ លែងមាននៅលើឧបករណ៍នេះទៀតហើយ។ សូមបោះបង់ចោលការផ្លាស់ប្ដូរជំនួសវិញ ដោយមានមូលហេតុ។</translation>
        </message>
        <message>
            <source>The registry cannot be reached. Keep working: changes are kept on this computer and are sent automatically when the connection is back.</source>
            <translation>មិនអាចភ្ជាប់ទៅបញ្ជីកណ្ដាលបានទេ។ សូមបន្តធ្វើការ៖ ការផ្លាស់ប្ដូរត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះ ហើយនឹងត្រូវផ្ញើដោយស្វ័យប្រវត្តិពេលការតភ្ជាប់មកវិញ។</translation>
        </message>
        <message>
            <source>The registry did not accept the value. Check it and try again.</source>
            <translation>បញ្ជីកណ្តាលមិនបានទទួលយកតម្លៃនេះទេ។ សូមពិនិត្យវា ហើយព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The registry did not accept this enrolment code. Check the code (it can be used once and expires), or ask the registry operator for a new one.</source>
            <translation>បញ្ជីកណ្ដាលមិនទទួលយកលេខកូដចុះឈ្មោះនេះទេ។ សូមពិនិត្យលេខកូដ (វាប្រើបានតែម្ដង ហើយផុតកំណត់) ឬសុំលេខកូដថ្មីពីប្រតិបត្តិករបញ្ជីកណ្ដាល។</translation>
        </message>
        <message>
            <source>The registry did not issue a card for this person.</source>
            <translation>បញ្ជីកណ្តាលមិនបានចេញប័ណ្ណសម្រាប់បុគ្គលនេះទេ។</translation>
        </message>
        <message>
            <source>The registry does not allow your role to do this. Ask your supervisor or the registry operator.</source>
            <translation>បញ្ជីកណ្តាលមិនអនុញ្ញាតឱ្យតួនាទីរបស់អ្នកធ្វើការនេះទេ។ សូមសួរអ្នកគ្រប់គ្រង ឬប្រតិបត្តិករបញ្ជីកណ្តាល។</translation>
        </message>
        <message>
            <source>The registry does not recognise this computer. Ask your supervisor to enrol it again. Your work stays on this computer.</source>
            <translation>បញ្ជីកណ្ដាលមិនស្គាល់កុំព្យូទ័រនេះទេ។ សូមឱ្យអ្នកគ្រប់គ្រងចុះឈ្មោះវាម្ដងទៀត។ ការងាររបស់អ្នកនៅតែលើកុំព្យូទ័រនេះ។</translation>
        </message>
        <message>
            <source>The registry gave an answer this version of OneStop does not understand. Your work is kept on this computer. Tell your supervisor; an update may be needed.</source>
            <translation>បញ្ជីកណ្ដាលបានផ្ដល់ចម្លើយដែលកំណែ OneStop នេះមិនយល់។ ការងាររបស់អ្នកត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះ។ សូមប្រាប់អ្នកគ្រប់គ្រង ប្រហែលជាត្រូវការធ្វើបច្ចុប្បន្នភាព។</translation>
        </message>
        <message>
            <source>The registry has no users for this district yet. Ask the registry operator to add users, then enrol this computer again.</source>
            <translation>បញ្ជីកណ្ដាលមិនទាន់មានអ្នកប្រើសម្រាប់ស្រុកនេះទេ។ សូមឱ្យប្រតិបត្តិករបញ្ជីកណ្ដាលបន្ថែមអ្នកប្រើ រួចចុះឈ្មោះកុំព្យូទ័រនេះម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The registry is busy. Keep working: sync will try again by itself in a few minutes.</source>
            <translation>បញ្ជីកណ្ដាលកំពុងរវល់។ សូមបន្តធ្វើការ៖ ការធ្វើសមកាលកម្មនឹងព្យាយាមម្ដងទៀតដោយខ្លួនឯងក្នុងរយៈពេលប៉ុន្មាននាទីទៀត។</translation>
        </message>
        <message>
            <source>The user name or password is not right. Check them and try again.</source>
            <translation>ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។ សូមពិនិត្យ ហើយព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>There are no changes waiting to be sent, so no bundle was written.</source>
            <translation>គ្មានការផ្លាស់ប្ដូរណាកំពុងរង់ចាំផ្ញើទេ ដូច្នេះគ្មានកញ្ចប់ណាត្រូវបានសរសេរទេ។</translation>
        </message>
        <message>
            <source>There is a key file but no data file. Do not set up a new cache: ask your supervisor to restore the data file (onestop.db) from backup.</source>
            <translation>មានឯកសារសោ ប៉ុន្តែគ្មានឯកសារទិន្នន័យទេ។ កុំរៀបចំឃ្លាំងថ្មី៖ សូមឱ្យអ្នកគ្រប់គ្រងស្ដារឯកសារទិន្នន័យ (onestop.db) ពីការបម្រុងទុក។</translation>
        </message>
        <message>
            <source>There is already an application or enrolment for {scheme}.</source>
            <translation>មានពាក្យស្នើសុំ ឬការចុះឈ្មោះសម្រាប់ {scheme} រួចហើយ។</translation>
        </message>
        <message>
            <source>There is no such user on this device.</source>
            <translation>គ្មានអ្នកប្រើបែបនេះនៅលើឧបករណ៍នេះទេ។</translation>
        </message>
        <message>
            <source>These answers cannot be corrected here: {fields}. Discard the change, with the reason, and make the change again on the record. Nothing was saved.</source>
            <translation>ចម្លើយទាំងនេះមិនអាចកែតម្រូវនៅទីនេះបានទេ៖ {fields}។ សូមបោះបង់ចោលការផ្លាស់ប្ដូរ ដោយមានមូលហេតុ ហើយធ្វើការផ្លាស់ប្ដូរម្ដងទៀតនៅលើកំណត់ត្រា។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
        </message>
        <message>
            <source>This address does not answer like a OneStop registry. Check the registry address with your supervisor.</source>
            <translation>អាសយដ្ឋាននេះមិនឆ្លើយតបដូចបញ្ជីកណ្ដាល OneStop ទេ។ សូមពិនិត្យអាសយដ្ឋានបញ្ជីកណ្ដាលជាមួយអ្នកគ្រប់គ្រងរបស់អ្នក។</translation>
        </message>
        <message>
            <source>This change was not refused by the registry (or is no longer on this device), so there is nothing to resolve. Refresh the list.</source>
            <translation>បញ្ជីកណ្តាលមិនបានបដិសេធការផ្លាស់ប្ដូរនេះទេ (ឬវាលែងមាននៅលើឧបករណ៍នេះ) ដូច្នេះគ្មានអ្វីត្រូវដោះស្រាយទេ។ សូមផ្ទុកបញ្ជីឡើងវិញ។</translation>
        </message>
        <message>
            <source>This computer has not received the registry's keys yet. Sync once over a connection (or at the office), then export bundles.</source>
            <translation>កុំព្យូទ័រនេះមិនទាន់បានទទួលសោរបស់បញ្ជីកណ្តាលនៅឡើយទេ។ សូមធ្វើសមកាលកម្មម្ដងតាមការតភ្ជាប់ (ឬនៅការិយាល័យ) រួចនាំចេញកញ្ចប់។</translation>
        </message>
        <message>
            <source>This computer works on its own and is not connected to a registry, so there is nothing to sync.</source>
            <translation>កុំព្យូទ័រនេះដំណើរការតែឯង ហើយមិនបានភ្ជាប់ទៅបញ្ជីកណ្ដាលទេ ដូច្នេះគ្មានអ្វីត្រូវធ្វើសមកាលកម្មទេ។</translation>
        </message>
        <message>
            <source>This computer's access to the registry has been withdrawn. Ask your supervisor or the registry operator. Nothing on this computer has been deleted.</source>
            <translation>សិទ្ធិចូលប្រើបញ្ជីកណ្ដាលរបស់កុំព្យូទ័រនេះត្រូវបានដកហូត។ សូមសួរអ្នកគ្រប់គ្រង ឬប្រតិបត្តិករបញ្ជីកណ្ដាល។ គ្មានអ្វីនៅលើកុំព្យូទ័រនេះត្រូវបានលុបទេ។</translation>
        </message>
        <message>
            <source>This conflict is no longer on the registry. The list has been refreshed.</source>
            <translation>ជម្លោះនេះលែងមាននៅបញ្ជីកណ្តាលទៀតហើយ។ បញ្ជីត្រូវបានផ្ទុកឡើងវិញ។</translation>
        </message>
        <message>
            <source>This day has already been signed off at the registry.</source>
            <translation>ថ្ងៃនេះត្រូវបានចុះហត្ថលេខាបិទនៅបញ្ជីកណ្តាលរួចហើយ។</translation>
        </message>
        <message>
            <source>This day has already been signed off on this device.</source>
            <translation>ថ្ងៃនេះត្រូវបានចុះហត្ថលេខាបិទនៅលើឧបករណ៍នេះរួចហើយ។</translation>
        </message>
        <message>
            <source>This device has used all of its registry numbers. Connect to the registry and sync to receive a new block, then register again. Nothing was saved.</source>
            <translation>ឧបករណ៍នេះបានប្រើលេខបញ្ជីអស់ហើយ។ សូមភ្ជាប់ទៅបញ្ជីកណ្ដាល ហើយធ្វើសមកាលកម្មដើម្បីទទួលលេខថ្មី រួចចុះឈ្មោះម្ដងទៀត។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
        </message>
        <message>
            <source>This file cannot be used: {why} Nothing was changed. Ask for a new bundle from the computer that made it.</source>
            <translation>មិនអាចប្រើឯកសារនេះបានទេ៖ {why} គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមស្នើកញ្ចប់ថ្មីពីកុំព្យូទ័រដែលបានបង្កើតវា។</translation>
        </message>
        <message>
            <source>This person is not in the local records.</source>
            <translation>បុគ្គលនេះមិនមាននៅក្នុងកំណត់ត្រាក្នុងម៉ាស៊ីនទេ។</translation>
        </message>
        <message>
            <source>This record was changed elsewhere while you were editing it. Open it again, check the new values, then make your change. Nothing was saved.</source>
            <translation>កំណត់ត្រានេះត្រូវបានកែនៅកន្លែងផ្សេង ខណៈអ្នកកំពុងកែវា។ សូមបើកវាម្ដងទៀត ពិនិត្យតម្លៃថ្មី រួចធ្វើការកែប្រែរបស់អ្នក។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
        </message>
        <message>
            <source>This refused change has already been resubmitted or discarded. Refresh the list.</source>
            <translation>ការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធនេះ ត្រូវបានផ្ញើម្ដងទៀត ឬបោះបង់ចោលរួចហើយ។ សូមផ្ទុកបញ្ជីឡើងវិញ។</translation>
        </message>
        <message>
            <source>This scheme is not open for applications today.</source>
            <translation>ថ្ងៃនេះកម្មវិធីនេះមិនបើកទទួលពាក្យទេ។</translation>
        </message>
        <message>
            <source>Too many failed attempts. Wait {seconds} seconds, then try again.</source>
            <translation>ព្យាយាមខុសច្រើនដងពេក។ សូមរង់ចាំ {seconds} វិនាទី រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>បញ្ហាមិនបានរំពឹងទុក</translation>
        </message>
        <message>
            <source>Write the reason for discarding this change. Nothing was changed.</source>
            <translation>សូមសរសេរមូលហេតុនៃការបោះបង់ចោលការផ្លាស់ប្ដូរនេះ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
        </message>
        <message>
            <source>You cannot remove yourself.</source>
            <translation>អ្នកមិនអាចដកខ្លួនឯងចេញបានទេ។</translation>
        </message>
        <message>
            <source>Your role does not allow this. Ask your supervisor.</source>
            <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យធ្វើការនេះទេ។ សូមសួរអ្នកគ្រប់គ្រង។</translation>
        </message>
        <message>
            <source>the OneStop log file</source>
            <translation>ឯកសារកំណត់ហេតុ OneStop</translation>
        </message>
        <message>
            <source>{scheme} cannot be combined with {others}, which this person receives.</source>
            <translation>{scheme} មិនអាចទទួលរួមជាមួយ {others} ដែលបុគ្គលនេះកំពុងទទួលបានទេ។</translation>
        </message>
    </context>
    <context>
        <name>FatalView</name>
        <message>
            <source>&amp;Quit</source>
            <translation>ចាកចេញ (&amp;Q)</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>ថតទិន្នន័យ៖ %1</translation>
        </message>
        <message>
            <source>OneStop cannot open the data on this computer</source>
            <translation>OneStop មិនអាចបើកទិន្នន័យនៅលើកុំព្យូទ័រនេះបានទេ</translation>
        </message>
    </context>
    <context>
        <name>FirstStartView</name>
        <message>
            <source>&amp;Connect to a registry</source>
            <translation>&amp;ភ្ជាប់ទៅបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>&amp;Work on this computer only</source>
            <translation>&amp;ធ្វើការលើកុំព្យូទ័រនេះតែប៉ុណ្ណោះ</translation>
        </message>
        <message>
            <source>For an office that shares its records with the district registry. You need the registry address and a one-time code from the registry operator.</source>
            <translation>សម្រាប់ការិយាល័យដែលចែករំលែកកំណត់ត្រាជាមួយបញ្ជីកណ្តាលស្រុក។ អ្នកត្រូវការអាសយដ្ឋានបញ្ជីកណ្តាល និងលេខកូដប្រើតែម្តងពីប្រតិបត្តិករបញ្ជីកណ្តាល។</translation>
        </message>
        <message>
            <source>For an office without a registry. The records stay on this computer; the first supervisor adds the other users.</source>
            <translation>សម្រាប់ការិយាល័យដែលគ្មានបញ្ជីកណ្តាល។ កំណត់ត្រានៅលើកុំព្យូទ័រនេះ ហើយអ្នកគ្រប់គ្រងដំបូងបន្ថែមអ្នកប្រើផ្សេងទៀត។</translation>
        </message>
        <message>
            <source>Set up OneStop on this computer</source>
            <translation>រៀបចំ OneStop លើកុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>This is the first start on this computer. Choose one:</source>
            <translation>នេះជាការចាប់ផ្តើមលើកដំបូងលើកុំព្យូទ័រនេះ។ សូមជ្រើសរើសមួយ៖</translation>
        </message>
    </context>
    <context>
        <name>FormWidget</name>
        <message>
            <source>Add member</source>
            <translation>បន្ថែមសមាជិក</translation>
        </message>
        <message>
            <source>Alt+Down opens a calendar</source>
            <translation>ចុច Alt+Down ដើម្បីបើកប្រតិទិន</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>ប្រតិទិន</translation>
        </message>
        <message>
            <source>Member %1</source>
            <translation>សមាជិក %1</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ទេ</translation>
        </message>
        <message>
            <source>Open calendar</source>
            <translation>បើកប្រតិទិន</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>ដកសមាជិកចេញ</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>ត្រូវតែបំពេញ</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>បាទ/ចាស</translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <source>Enter your password.</source>
            <translation>សូមបញ្ចូលពាក្យសម្ងាត់របស់អ្នក។</translation>
        </message>
    </context>
    <context>
        <name>LockView</name>
        <message>
            <source>&amp;Password</source>
            <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>ដោះសោ (&amp;U)</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>ចេញពីគណនី (&amp;O)</translation>
        </message>
        <message>
            <source>OneStop is locked</source>
            <translation>OneStop ត្រូវបានចាក់សោ</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>ពាក្យសម្ងាត់</translation>
        </message>
        <message>
            <source>The screen was locked because nobody used it for a while. %1, enter your password to continue where you were.</source>
            <translation>អេក្រង់ត្រូវបានចាក់សោ ព្រោះគ្មាននរណាប្រើវាមួយរយៈ។ %1 សូមបញ្ចូលពាក្យសម្ងាត់ ដើម្បីបន្តពីកន្លែងដែលអ្នកនៅ។</translation>
        </message>
    </context>
    <context>
        <name>LoginController</name>
        <message>
            <source>Enter your user name and your password.</source>
            <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់របស់អ្នក។</translation>
        </message>
    </context>
    <context>
        <name>LoginView</name>
        <message>
            <source>&amp;Password</source>
            <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>ឈ្មោះអ្នកប្រើ (&amp;U)</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>ចូល</translation>
        </message>
        <message>
            <source>Log in with your own user name and password.</source>
            <translation>ចូលដោយប្រើឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់ផ្ទាល់ខ្លួនរបស់អ្នក។</translation>
        </message>
        <message>
            <source>OneStop</source>
            <translation>OneStop</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>ពាក្យសម្ងាត់</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ឈ្មោះអ្នកប្រើ</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Account</source>
            <translation>គណនី (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Change my password…</source>
            <translation>ប្ដូរពាក្យសម្ងាត់របស់ខ្ញុំ… (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Day and sign-off</source>
            <translation>ថ្ងៃ និងការចុះហត្ថលេខា (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ទៅកាន់ (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ជំនួយ (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>កម្រិតពណ៌ខ្ពស់ (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>ផ្លូវកាត់ក្ដារចុច (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>អក្សរធំជាងមុន (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Lock the screen</source>
            <translation>ចាក់សោអេក្រង់ (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>ទំហំអក្សរធម្មតា (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>ចាកចេញ (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>ចុះឈ្មោះ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>ស្វែងរក (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>អក្សរតូចជាងមុន (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>អ្នកប្រើ (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>បង្ហាញ (&amp;V)</translation>
        </message>
        <message>
            <source>Ctrl++  Larger text</source>
            <translation>Ctrl++  អក្សរធំជាងមុន</translation>
        </message>
        <message>
            <source>Ctrl+-  Smaller text</source>
            <translation>Ctrl+-  អក្សរតូចជាងមុន</translation>
        </message>
        <message>
            <source>Ctrl+0  Normal text size</source>
            <translation>Ctrl+0  ទំហំអក្សរធម្មតា</translation>
        </message>
        <message>
            <source>Ctrl+D  The day's work and sign-off (supervisors)</source>
            <translation>Ctrl+D  ការងារប្រចាំថ្ងៃ និងការចុះហត្ថលេខា (អ្នកគ្រប់គ្រង)</translation>
        </message>
        <message>
            <source>Ctrl+E  Edit the person shown</source>
            <translation>Ctrl+E  កែព័ត៌មានអ្នកដែលកំពុងបង្ហាញ</translation>
        </message>
        <message>
            <source>Ctrl+F  Search</source>
            <translation>Ctrl+F  ស្វែងរក</translation>
        </message>
        <message>
            <source>Ctrl+L  Lock the screen</source>
            <translation>Ctrl+L  ចាក់សោអេក្រង់</translation>
        </message>
        <message>
            <source>Ctrl+N  Register a household</source>
            <translation>Ctrl+N  ចុះឈ្មោះគ្រួសារ</translation>
        </message>
        <message>
            <source>Ctrl+P  Print the slip after an application</source>
            <translation>Ctrl+P  បោះពុម្ពបង្កាន់ដៃក្រោយដាក់ពាក្យ</translation>
        </message>
        <message>
            <source>Ctrl+S  Save the registration, or the record being edited</source>
            <translation>Ctrl+S  រក្សាទុកការចុះឈ្មោះ ឬកំណត់ត្រាដែលកំពុងកែ</translation>
        </message>
        <message>
            <source>Ctrl+U  Users (supervisors)</source>
            <translation>Ctrl+U  អ្នកប្រើ (អ្នកគ្រប់គ្រង)</translation>
        </message>
        <message>
            <source>Down  From the search box into the results</source>
            <translation>Down  ពីប្រអប់ស្វែងរកចូលទៅលទ្ធផល</translation>
        </message>
        <message>
            <source>Enter  Search, or open the chosen person</source>
            <translation>Enter  ស្វែងរក ឬបើកអ្នកដែលបានជ្រើស</translation>
        </message>
        <message>
            <source>Esc  Leave the edit page without saving</source>
            <translation>Esc  ចាកចេញពីទំព័រកែដោយមិនរក្សាទុក</translation>
        </message>
        <message>
            <source>F5  Sync now (computers connected to a registry)</source>
            <translation>F5  ធ្វើសមកាលកម្មឥឡូវ (កុំព្យូទ័រដែលភ្ជាប់ទៅបញ្ជីកណ្តាល)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>ផ្លូវកាត់ក្ដារចុច</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>ភាសា (&amp;A)</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>ចេញពីគណនី (&amp;O)</translation>
        </message>
        <message>
            <source>OneStop</source>
            <translation>OneStop</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>ធ្វើ&amp;សមកាលកម្មឥឡូវ</translation>
        </message>
        <message>
            <source>Space  Open or close a scheme's conditions</source>
            <translation>Space  បើក ឬបិទលក្ខខណ្ឌរបស់កម្មវិធី</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>ធ្វើសមកាលកម្មឥឡូវ</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>ធ្វើសមកាលកម្មឥឡូវ (F5)</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>វឌ្ឍនភាពនៃសមកាលកម្ម</translation>
        </message>
    </context>
    <context>
        <name>Models</name>
        <message>
            <source>Applied or enrolled</source>
            <translation>បានដាក់ពាក្យ ឬបានចុះឈ្មោះ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
        </message>
        <message>
            <source>Eligible now</source>
            <translation>មានសិទ្ធិឥឡូវ</translation>
        </message>
        <message>
            <source>Father/husband</source>
            <translation>ឪពុក/ប្ដី</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>លេខអត្តសញ្ញាណ</translation>
        </message>
        <message>
            <source>Information missing</source>
            <translation>ខ្វះព័ត៌មាន</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>សមាជិក</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ឈ្មោះ</translation>
        </message>
        <message>
            <source>Registry number</source>
            <translation>លេខបញ្ជី</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>ទំនាក់ទំនង</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>តួនាទី</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ភេទ</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ឈ្មោះអ្នកប្រើ</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>ភូមិ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>អ្វី</translation>
        </message>
        <message>
            <source>When</source>
            <translation>ពេលណា</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>អ្នកណា</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Current password</source>
            <translation>ពាក្យសម្ងាត់បច្ចុប្បន្ន (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;New password</source>
            <translation>ពាក្យសម្ងាត់ថ្មី (&amp;N)</translation>
        </message>
        <message>
            <source>At least 8 characters</source>
            <translation>យ៉ាងតិច 8 តួអក្សរ</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>ប្ដូរពាក្យសម្ងាត់</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>ពាក្យសម្ងាត់បច្ចុប្បន្ន</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>ពាក្យសម្ងាត់ថ្មី</translation>
        </message>
        <message>
            <source>New password &amp;again</source>
            <translation>ពាក្យសម្ងាត់ថ្មីម្ដងទៀត (&amp;A)</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>ពាក្យសម្ងាត់ថ្មីម្ដងទៀត</translation>
        </message>
        <message>
            <source>User</source>
            <translation>អ្នកប្រើ</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <source>Address</source>
            <translation>អាសយដ្ឋាន</translation>
        </message>
        <message>
            <source>Consent and registration</source>
            <translation>ការយល់ព្រម និងការចុះឈ្មោះ</translation>
        </message>
        <message>
            <source>Consent recorded</source>
            <translation>បានកត់ត្រាការយល់ព្រម</translation>
        </message>
        <message>
            <source>Consent recorded by</source>
            <translation>កត់ត្រាការយល់ព្រមដោយ</translation>
        </message>
        <message>
            <source>Functioning (disability)</source>
            <translation>សមត្ថភាព (ពិការភាព)</translation>
        </message>
        <message>
            <source>Household %1, %2 member(s)</source>
            <translation>គ្រួសារ %1 សមាជិក %2 នាក់</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>មិនបានសួរ</translation>
        </message>
        <message>
            <source>Not in a household.</source>
            <translation>មិនស្ថិតក្នុងគ្រួសារណាមួយទេ។</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>បុគ្គល</translation>
        </message>
        <message>
            <source>Registered at office</source>
            <translation>ចុះឈ្មោះនៅការិយាល័យ</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>ចុះឈ្មោះដោយ</translation>
        </message>
        <message>
            <source>Registry no. %1</source>
            <translation>លេខបញ្ជី %1</translation>
        </message>
        <message>
            <source>This record was not found.</source>
            <translation>រកមិនឃើញកំណត់ត្រានេះទេ។</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>ប៉ាន់ស្មាន</translation>
        </message>
        <message>
            <source>poverty score %1</source>
            <translation>ពិន្ទុភាពក្រីក្រ %1</translation>
        </message>
    </context>
    <context>
        <name>PersonView</name>
        <message>
            <source>&amp;Edit (Ctrl+E)</source>
            <translation>កែ (Ctrl+E)</translation>
        </message>
        <message>
            <source>&amp;Print card…</source>
            <translation>បោះពុម្ពប័ណ្ណ… (&amp;P)</translation>
        </message>
        <message>
            <source>Back to search results</source>
            <translation>ត្រឡប់ទៅលទ្ធផលស្វែងរក</translation>
        </message>
        <message>
            <source>History</source>
            <translation>ប្រវត្តិ</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>គ្រួសារ</translation>
        </message>
        <message>
            <source>Household members</source>
            <translation>សមាជិកគ្រួសារ</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>សមាជិក</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ឈ្មោះ</translation>
        </message>
        <message>
            <source>Reprint &amp;lost card…</source>
            <translation>បោះពុម្ពប័ណ្ណដែលបាត់ម្ដងទៀត… (&amp;L)</translation>
        </message>
        <message>
            <source>Who in the household is entitled to what</source>
            <translation>នរណាក្នុងគ្រួសារមានសិទ្ធិទទួលអ្វី</translation>
        </message>
        <message>
            <source>Who is entitled to what</source>
            <translation>នរណាមានសិទ្ធិទទួលអ្វី</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message numerus="yes">
            <source>(and %Ln more)</source>
            <translation>
                <numerusform>(និង %Ln ទៀត)</numerusform>
                <numerusform>(និង %Ln ទៀត)</numerusform>
            </translation>
        </message>
        <message>
            <source>Household registry number: %1</source>
            <translation>លេខបញ្ជីគ្រួសារ៖ %1</translation>
        </message>
        <message>
            <source>Looking for people already registered…</source>
            <translation>កំពុងរកមើលអ្នកដែលបានចុះឈ្មោះរួច…</translation>
        </message>
        <message>
            <source>Member %1 — %2</source>
            <translation>សមាជិក %1 — %2</translation>
        </message>
        <message>
            <source>Member %1: %2</source>
            <translation>សមាជិក %1៖ %2</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>មិនបានរក្សាទុក</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
        </message>
        <message>
            <source>Nothing was saved. Please correct: %1</source>
            <translation>គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមកែ៖ %1</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>បានចុះឈ្មោះ</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>កំពុងរក្សាទុក…</translation>
        </message>
        <message>
            <source>The household was registered.</source>
            <translation>គ្រួសារត្រូវបានចុះឈ្មោះរួចហើយ។</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>ហេតុអ្វីអាចជាមនុស្សតែមួយ</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>រក្សាទុក (Ctrl+S)</translation>
        </message>
        <message>
            <source>C&amp;lear the form</source>
            <translation>សម្អាតទម្រង់ (&amp;L)</translation>
        </message>
        <message>
            <source>Fill in where the household lives and each member, the head first. Possible duplicates are shown before anything is saved.</source>
            <translation>បំពេញទីកន្លែងដែលគ្រួសាររស់នៅ និងសមាជិកម្នាក់ៗ ដោយចាប់ផ្ដើមពីមេគ្រួសារ។ ការចុះឈ្មោះដែលអាចស្ទួនត្រូវបង្ហាញមុនពេលរក្សាទុក។</translation>
        </message>
        <message>
            <source>Register a household</source>
            <translation>ចុះឈ្មោះគ្រួសារ</translation>
        </message>
    </context>
    <context>
        <name>SchemeCardWidget</name>
        <message>
            <source>Apply for %1</source>
            <translation>ដាក់ពាក្យសុំ %1</translation>
        </message>
        <message>
            <source>Apply…</source>
            <translation>ដាក់ពាក្យ…</translation>
        </message>
        <message>
            <source>Benefit</source>
            <translation>អត្ថប្រយោជន៍</translation>
        </message>
        <message>
            <source>Complete the record</source>
            <translation>បំពេញកំណត់ត្រា</translation>
        </message>
        <message>
            <source>Complete the record for %1</source>
            <translation>បំពេញកំណត់ត្រាសម្រាប់ %1</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>លក្ខខណ្ឌ</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>ព័ត៌មានលម្អិត៖ %1</translation>
        </message>
        <message>
            <source>Documents to bring</source>
            <translation>ឯកសារត្រូវយកមក</translation>
        </message>
    </context>
    <context>
        <name>SearchController</name>
        <message numerus="yes">
            <source>%Ln found</source>
            <translation>
                <numerusform>រកឃើញ %Ln</numerusform>
                <numerusform>រកឃើញ %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking the card…</source>
            <translation>កំពុងពិនិត្យប័ណ្ណ…</translation>
        </message>
        <message>
            <source>Nothing found — register a new person?</source>
            <translation>រកមិនឃើញទេ — ចុះឈ្មោះអ្នកថ្មី?</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>កំពុងស្វែងរក…</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Find a person</source>
            <translation>ស្វែងរកបុគ្គល</translation>
        </message>
        <message>
            <source>Name, ID number, registry number or phone</source>
            <translation>ឈ្មោះ លេខអត្តសញ្ញាណ លេខបញ្ជី ឬទូរស័ព្ទ</translation>
        </message>
        <message>
            <source>Read a card from a &amp;picture…</source>
            <translation>អានប័ណ្ណពីរូបភាព… (&amp;P)</translation>
        </message>
        <message>
            <source>Register a new person</source>
            <translation>ចុះឈ្មោះអ្នកថ្មី</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>ស្វែងរក</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>លទ្ធផលស្វែងរក</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>លទ្ធផលស្វែងរក</translation>
        </message>
    </context>
    <context>
        <name>SetupController</name>
        <message>
            <source>Creating the encrypted cache. This takes a moment…</source>
            <translation>កំពុងបង្កើតឃ្លាំងទិន្នន័យដែលបានអ៊ិនគ្រីប។ វាចំណាយពេលបន្តិច…</translation>
        </message>
        <message>
            <source>Enter a user name.</source>
            <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើ។</translation>
        </message>
        <message>
            <source>Enter the district code.</source>
            <translation>សូមបញ្ចូលលេខកូដស្រុក។</translation>
        </message>
        <message>
            <source>Enter the office code.</source>
            <translation>សូមបញ្ចូលលេខកូដការិយាល័យ។</translation>
        </message>
        <message>
            <source>Enter the supervisor's name.</source>
            <translation>សូមបញ្ចូលឈ្មោះអ្នកគ្រប់គ្រង។</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងតិច %1 តួអក្សរ។</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
        </message>
    </context>
    <context>
        <name>SetupView</name>
        <message>
            <source>&amp;District code</source>
            <translation>លេខកូដស្រុក (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Office code</source>
            <translation>លេខកូដការិយាល័យ (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>ឈ្មោះអ្នកប្រើ (&amp;U)</translation>
        </message>
        <message>
            <source>At least 8 characters</source>
            <translation>យ៉ាងតិច 8 តួអក្សរ</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>ប្រទេស (&amp;U)</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>ប្រទេស</translation>
        </message>
        <message>
            <source>Create the local cache</source>
            <translation>បង្កើតឃ្លាំងទិន្នន័យក្នុងម៉ាស៊ីន</translation>
        </message>
        <message>
            <source>District code</source>
            <translation>លេខកូដស្រុក</translation>
        </message>
        <message>
            <source>Office code</source>
            <translation>លេខកូដការិយាល័យ</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>ពាក្យសម្ងាត់</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>ពាក្យសម្ងាត់ម្ដងទៀត (&amp;A)</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>ពាក្យសម្ងាត់ម្ដងទៀត</translation>
        </message>
        <message>
            <source>Set up OneStop on this computer</source>
            <translation>រៀបចំ OneStop នៅលើកុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>Supervisor's &amp;full name</source>
            <translation>ឈ្មោះពេញរបស់អ្នកគ្រប់គ្រង (&amp;F)</translation>
        </message>
        <message>
            <source>Supervisor's full name</source>
            <translation>ឈ្មោះពេញរបស់អ្នកគ្រប់គ្រង</translation>
        </message>
        <message>
            <source>The data on this computer is encrypted. Its key file, onestop.keys, will be in the folder below. Copy it to a USB stick kept locked away as soon as setup is done: without the key file the data cannot be opened, not even by you.</source>
            <translation>ទិន្នន័យនៅលើកុំព្យូទ័រនេះត្រូវបានអ៊ិនគ្រីប។ ឯកសារសោ onestop.keys នឹងនៅក្នុងថតខាងក្រោម។ ចម្លងវាទៅ USB ហើយចាក់សោទុកភ្លាមៗបន្ទាប់ពីការរៀបចំ៖ បើគ្មានឯកសារសោ ទិន្នន័យមិនអាចបើកបានទេ សូម្បីតែដោយអ្នកផ្ទាល់។</translation>
        </message>
        <message>
            <source>This is the first start on this computer. Enter the office details and the first supervisor, who can then add the other users.</source>
            <translation>នេះជាការចាប់ផ្ដើមលើកដំបូងនៅលើកុំព្យូទ័រនេះ។ សូមបញ្ចូលព័ត៌មានការិយាល័យ និងអ្នកគ្រប់គ្រងដំបូង ដែលអាចបន្ថែមអ្នកប្រើផ្សេងទៀតនៅពេលក្រោយ។</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ឈ្មោះអ្នកប្រើ</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Acknowledgement %1</source>
            <translation>បង្កាន់ដៃ %1</translation>
        </message>
        <message>
            <source>Acknowledgement of application</source>
            <translation>បង្កាន់ដៃទទួលពាក្យស្នើសុំ</translation>
        </message>
        <message>
            <source>Application reference</source>
            <translation>លេខយោងពាក្យស្នើសុំ</translation>
        </message>
        <message>
            <source>Benefit</source>
            <translation>អត្ថប្រយោជន៍</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>បុគ្គលិកបញ្ជរ</translation>
        </message>
        <message>
            <source>Date and time: %1</source>
            <translation>កាលបរិច្ឆេទ និងម៉ោង៖ %1</translation>
        </message>
        <message>
            <source>Documents to bring</source>
            <translation>ឯកសារត្រូវយកមក</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ឈ្មោះ</translation>
        </message>
        <message>
            <source>None</source>
            <translation>គ្មាន</translation>
        </message>
        <message>
            <source>Office: %1</source>
            <translation>ការិយាល័យ៖ %1</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>ឯកសារ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Print the slip, or save it as PDF, for the applicant to keep.</source>
            <translation>បោះពុម្ពបង្កាន់ដៃ ឬរក្សាទុកជា PDF ឱ្យអ្នកដាក់ពាក្យទុក។</translation>
        </message>
        <message>
            <source>Registry number</source>
            <translation>លេខបញ្ជី</translation>
        </message>
        <message>
            <source>Save the slip as PDF</source>
            <translation>រក្សាទុកបង្កាន់ដៃជា PDF</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>បានរក្សាទុកជា %1</translation>
        </message>
        <message>
            <source>Scheme</source>
            <translation>កម្មវិធី</translation>
        </message>
        <message>
            <source>Signed card</source>
            <translation>ប័ណ្ណមានហត្ថលេខា</translation>
        </message>
        <message>
            <source>The slip could not be printed. Check the printer, then try again.</source>
            <translation>មិនអាចបោះពុម្ពបង្កាន់ដៃបានទេ។ សូមពិនិត្យម៉ាស៊ីនបោះពុម្ព រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The slip could not be saved there. Choose another folder, then try again.</source>
            <translation>មិនអាចរក្សាទុកបង្កាន់ដៃនៅទីនោះបានទេ។ សូមជ្រើសថតផ្សេង រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The slip was saved as %1</source>
            <translation>បង្កាន់ដៃត្រូវបានរក្សាទុកជា %1</translation>
        </message>
        <message>
            <source>The slip was sent to the printer.</source>
            <translation>បង្កាន់ដៃត្រូវបានផ្ញើទៅម៉ាស៊ីនបោះពុម្ព។</translation>
        </message>
        <message>
            <source>This slip confirms that the application was received. It is not a decision: you will be told the outcome. Keep this slip and bring it with the documents listed above.</source>
            <translation>បង្កាន់ដៃនេះបញ្ជាក់ថាពាក្យស្នើសុំត្រូវបានទទួល។ វាមិនមែនជាការសម្រេចទេ៖ អ្នកនឹងត្រូវបានជូនដំណឹងពីលទ្ធផល។ សូមរក្សាបង្កាន់ដៃនេះ ហើយយកវាមកជាមួយឯកសារដែលបានរាយខាងលើ។</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Building the search index</source>
            <translation>កំពុងបង្កើតលិបិក្រមស្វែងរក</translation>
        </message>
        <message>
            <source>Connecting to the registry…</source>
            <translation>កំពុងភ្ជាប់ទៅបញ្ជីកណ្តាល…</translation>
        </message>
        <message>
            <source>Downloading the district's records</source>
            <translation>កំពុងទាញយកកំណត់ត្រារបស់ស្រុក</translation>
        </message>
        <message>
            <source>Last sync: %1 ago</source>
            <translation>សមកាលកម្មចុងក្រោយ៖ %1 មុន</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>មិនទាន់ធ្វើសមកាលកម្ម</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>គ្មានការតភ្ជាប់</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>មានការតភ្ជាប់</translation>
        </message>
        <message>
            <source>Preparing the records for use</source>
            <translation>កំពុងរៀបចំកំណត់ត្រាសម្រាប់ប្រើ</translation>
        </message>
        <message>
            <source>Receiving changes</source>
            <translation>កំពុងទទួលការផ្លាស់ប្តូរ</translation>
        </message>
        <message>
            <source>Registry busy</source>
            <translation>បញ្ជីកណ្តាលរវល់</translation>
        </message>
        <message>
            <source>Registry: %1</source>
            <translation>បញ្ជីកណ្តាល៖ %1</translation>
        </message>
        <message>
            <source>Sending changes</source>
            <translation>កំពុងផ្ញើការផ្លាស់ប្តូរ</translation>
        </message>
        <message>
            <source>Standalone: not connected to a registry</source>
            <translation>ដាច់ដោយឡែក៖ មិនបានភ្ជាប់ទៅបញ្ជីកណ្តាល</translation>
        </message>
        <message>
            <source>Sync needs attention</source>
            <translation>សមកាលកម្មត្រូវការការយកចិត្តទុកដាក់</translation>
        </message>
        <message>
            <source>Sync problem</source>
            <translation>បញ្ហាសមកាលកម្ម</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>កំពុងធ្វើសមកាលកម្ម…</translation>
        </message>
        <message>
            <source>This computer works on its own; nothing is sent anywhere.</source>
            <translation>កុំព្យូទ័រនេះធ្វើការដោយខ្លួនឯង គ្មានអ្វីត្រូវបានផ្ញើទៅណាទេ។</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Change my password</source>
            <translation>ប្ដូរពាក្យសម្ងាត់របស់ខ្ញុំ</translation>
        </message>
        <message>
            <source>Choose a user in the list first.</source>
            <translation>សូមជ្រើសអ្នកប្រើក្នុងបញ្ជីជាមុនសិន។</translation>
        </message>
        <message>
            <source>Enter a user name.</source>
            <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើ។</translation>
        </message>
        <message>
            <source>Enter the user's full name.</source>
            <translation>សូមបញ្ចូលឈ្មោះពេញរបស់អ្នកប្រើ។</translation>
        </message>
        <message>
            <source>Remove %1? They will no longer be able to log in on this computer.</source>
            <translation>ដក %1 ចេញ? គាត់នឹងមិនអាចចូលនៅលើកុំព្យូទ័រនេះទៀតទេ។</translation>
        </message>
        <message>
            <source>Remove user</source>
            <translation>ដកអ្នកប្រើចេញ</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងតិច %1 តួអក្សរ។</translation>
        </message>
        <message>
            <source>The password was reset.</source>
            <translation>ពាក្យសម្ងាត់ត្រូវបានកំណត់ឡើងវិញ។</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
        </message>
        <message>
            <source>The user was added.</source>
            <translation>អ្នកប្រើត្រូវបានបន្ថែម។</translation>
        </message>
        <message>
            <source>The user was removed.</source>
            <translation>អ្នកប្រើត្រូវបានដកចេញ។</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>ពាក្យសម្ងាត់របស់អ្នកត្រូវបានប្ដូរ។</translation>
        </message>
    </context>
    <context>
        <name>UsersView</name>
        <message>
            <source>&amp;Add a user…</source>
            <translation>បន្ថែមអ្នកប្រើ… (&amp;A)</translation>
        </message>
        <message>
            <source>Each person at the counter logs in with their own user name, so the history shows who did what.</source>
            <translation>បុគ្គលម្នាក់ៗនៅបញ្ជរចូលដោយឈ្មោះអ្នកប្រើផ្ទាល់ខ្លួន ដូច្នេះប្រវត្តិបង្ហាញថានរណាបានធ្វើអ្វី។</translation>
        </message>
        <message>
            <source>Re&amp;move user…</source>
            <translation>ដកអ្នកប្រើចេញ… (&amp;M)</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ… (&amp;P)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>អ្នកប្រើ</translation>
        </message>
        <message>
            <source>Users of this computer</source>
            <translation>អ្នកប្រើកុំព្យូទ័រនេះ</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>%1 once</source>
            <translation>%1 ម្ដង</translation>
        </message>
        <message>
            <source>%1 per month</source>
            <translation>%1 ក្នុងមួយខែ</translation>
        </message>
        <message>
            <source>%1 per quarter</source>
            <translation>%1 ក្នុងមួយត្រីមាស</translation>
        </message>
        <message>
            <source>%1 per year</source>
            <translation>%1 ក្នុងមួយឆ្នាំ</translation>
        </message>
        <message>
            <source>%1, each month</source>
            <translation>%1 រៀងរាល់ខែ</translation>
        </message>
        <message>
            <source>%1, each quarter</source>
            <translation>%1 រៀងរាល់ត្រីមាស</translation>
        </message>
        <message>
            <source>%1, each year</source>
            <translation>%1 រៀងរាល់ឆ្នាំ</translation>
        </message>
        <message>
            <source>%1, once</source>
            <translation>%1 ម្ដង</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>សាច់ប្រាក់</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>បានកែប្រែ</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>បុគ្គលិកបញ្ជរ</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>បានលុប</translation>
        </message>
        <message>
            <source>Field officer</source>
            <translation>មន្ត្រីមូលដ្ឋាន</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>ជាវត្ថុ</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>បានបញ្ចូលគ្នា</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ទេ</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>បានចុះឈ្មោះ</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>សេវា</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>អ្នកគ្រប់គ្រង</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>បាទ/ចាស</translation>
        </message>
        <message>
            <source>same ID number</source>
            <translation>លេខអត្តសញ្ញាណដូចគ្នា</translation>
        </message>
        <message>
            <source>same birth date</source>
            <translation>ថ្ងៃកំណើតដូចគ្នា</translation>
        </message>
        <message>
            <source>same birth year</source>
            <translation>ឆ្នាំកំណើតដូចគ្នា</translation>
        </message>
        <message>
            <source>similar father's name</source>
            <translation>ឈ្មោះឪពុកស្រដៀងគ្នា</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>ឈ្មោះស្រដៀងគ្នា</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message numerus="yes">
            <source>%Ln change(s) not yet sent</source>
            <translation>
                <numerusform>ការផ្លាស់ប្ដូរ %Ln មិនទាន់ផ្ញើ</numerusform>
                <numerusform>ការផ្លាស់ប្ដូរ %Ln មិនទាន់ផ្ញើ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln ថ្ងៃ</numerusform>
                <numerusform>%Ln ថ្ងៃ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s)</source>
            <translation>
                <numerusform>%Ln ម៉ោង</numerusform>
                <numerusform>%Ln ម៉ោង</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln នាទី</numerusform>
                <numerusform>%Ln នាទី</numerusform>
            </translation>
        </message>
        <message>
            <source>Day and sign-off  (Ctrl+D)</source>
            <translation>ថ្ងៃ និងការចុះហត្ថលេខា  (Ctrl+D)</translation>
        </message>
        <message>
            <source>No changes waiting to be sent</source>
            <translation>គ្មានការផ្លាស់ប្ដូររង់ចាំផ្ញើទេ</translation>
        </message>
        <message>
            <source>Office %1</source>
            <translation>ការិយាល័យ %1</translation>
        </message>
        <message>
            <source>Register  (Ctrl+N)</source>
            <translation>ចុះឈ្មោះ  (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search  (Ctrl+F)</source>
            <translation>ស្វែងរក  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Standalone (no registry configured)</source>
            <translation>ដំណើរការតែឯង (មិនបានកំណត់បញ្ជីកណ្ដាល)</translation>
        </message>
        <message>
            <source>The chosen scheme catalog could not be loaded; the device's own is used.</source>
            <translation>មិនអាចផ្ទុកបញ្ជីកម្មវិធីដែលបានជ្រើសបានទេ កំពុងប្រើបញ្ជីរបស់ឧបករណ៍ផ្ទាល់។</translation>
        </message>
        <message>
            <source>The record was saved.</source>
            <translation>កំណត់ត្រាត្រូវបានរក្សាទុក។</translation>
        </message>
        <message>
            <source>The registry published new scheme rules; they apply from now on.</source>
            <translation>បញ្ជីកណ្ដាលបានផ្សព្វផ្សាយច្បាប់កម្មវិធីថ្មី ដែលអនុវត្តចាប់ពីពេលនេះតទៅ។</translation>
        </message>
        <message>
            <source>Users  (Ctrl+U)</source>
            <translation>អ្នកប្រើ  (Ctrl+U)</translation>
        </message>
        <message>
            <source>less than a minute</source>
            <translation>តិចជាងមួយនាទី</translation>
        </message>
        <message>
            <source>oldest %1</source>
            <translation>ចាស់ជាងគេ %1</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceView</name>
        <message>
            <source>Pages</source>
            <translation>ទំព័រ</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
    </context>
</TS>
