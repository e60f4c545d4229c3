<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
    <context>
        <name>AcknowledgementDialog</name>
        <message>
            <source>&amp;Close</source>
            <translation>بند کریں (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print the slip… (Ctrl+P)</source>
            <translation>رسید پرنٹ کریں… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Application recorded</source>
            <translation>درخواست درج ہو گئی</translation>
        </message>
        <message>
            <source>Application reference</source>
            <translation>درخواست کا حوالہ نمبر</translation>
        </message>
        <message>
            <source>QR code of the application</source>
            <translation>درخواست کا QR کوڈ</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>حوالہ نمبر:</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>PDF کے طور پر محفوظ کریں… (&amp;D)</translation>
        </message>
        <message>
            <source>The application was recorded</source>
            <translation>درخواست درج کر لی گئی</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>&amp;Full name</source>
            <translation>پورا نام (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>پاس ورڈ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>کردار (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>صارف نام (&amp;U)</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>نیا صارف شامل کریں</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>صارف شامل کریں</translation>
        </message>
        <message>
            <source>At least 8 characters</source>
            <translation>کم از کم 8 حروف</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>پورا نام</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>پاس ورڈ</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>پاس ورڈ دوبارہ (&amp;A)</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>پاس ورڈ دوبارہ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>کردار</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>صارف نام</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Back up the key file</source>
            <translation>کلیدی فائل کا بیک اپ بنائیں</translation>
        </message>
        <message>
            <source>Setup is done. Now copy the key file onestop.keys from the folder below to a USB stick and keep it locked away. Without it the data cannot be opened.</source>
            <translation>سیٹ اپ مکمل ہو گیا۔ اب نیچے دیے گئے فولڈر سے کلیدی فائل onestop.keys کو USB اسٹک پر کاپی کریں اور اسے تالے میں محفوظ رکھیں۔ اس کے بغیر ڈیٹا نہیں کھل سکتا۔</translation>
        </message>
        <message>
            <source>The data folder cannot be read. Call your supervisor.</source>
            <translation>ڈیٹا فولڈر پڑھا نہیں جا سکتا۔ اپنے سپروائزر کو بلائیں۔</translation>
        </message>
    </context>
    <context>
        <name>Bundles</name>
        <message numerus="yes">
            <source>%Ln change(s) accepted by the registry.</source>
            <translation>
                <numerusform>رجسٹری نے %Ln تبدیلی قبول کر لی۔</numerusform>
                <numerusform>رجسٹری نے %Ln تبدیلیاں قبول کر لیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) held for the supervisor to decide.</source>
            <translation>
                <numerusform>%Ln تبدیلی سپروائزر کے فیصلے کے لیے روک لی گئی۔</numerusform>
                <numerusform>%Ln تبدیلیاں سپروائزر کے فیصلے کے لیے روک لی گئیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) refused by the registry; the supervisor sees them on the day page.</source>
            <translation>
                <numerusform>رجسٹری نے %Ln تبدیلی مسترد کر دی؛ سپروائزر اسے دن کے صفحے پر دیکھ سکتا ہے۔</numerusform>
                <numerusform>رجسٹری نے %Ln تبدیلیاں مسترد کر دیں؛ سپروائزر انہیں دن کے صفحے پر دیکھ سکتا ہے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) were written to the bundle file:</source>
            <translation>
                <numerusform>%Ln تبدیلی بنڈل فائل میں لکھ دی گئی:</numerusform>
                <numerusform>%Ln تبدیلیاں بنڈل فائل میں لکھ دی گئیں:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln result(s) were already known from an earlier import or a sync.</source>
            <translation>
                <numerusform>%Ln نتیجہ کسی پچھلی درآمد یا ہم آہنگی سے پہلے ہی معلوم تھا۔</numerusform>
                <numerusform>%Ln نتائج کسی پچھلی درآمد یا ہم آہنگی سے پہلے ہی معلوم تھے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Bundle written: %1</source>
            <translation>بنڈل لکھ دیا گیا: %1</translation>
        </message>
        <message>
            <source>Choose the USB drive for the bundle</source>
            <translation>بنڈل کے لیے USB ڈرائیو چنیں</translation>
        </message>
        <message>
            <source>Choose the field laptop's bundle</source>
            <translation>فیلڈ لیپ ٹاپ کا بنڈل چنیں</translation>
        </message>
        <message>
            <source>Choose the results bundle</source>
            <translation>نتائج کا بنڈل چنیں</translation>
        </message>
        <message>
            <source>OneStop bundles (*.onestop-bundle)</source>
            <translation>OneStop بنڈل (*.onestop-bundle)</translation>
        </message>
        <message>
            <source>Relaying a bundle needs a computer connected to the registry; this one works on its own.</source>
            <translation>بنڈل آگے بھیجنے کے لیے رجسٹری سے منسلک کمپیوٹر درکار ہے؛ یہ کمپیوٹر الگ سے کام کرتا ہے۔</translation>
        </message>
        <message>
            <source>Take the USB drive to a counter connected to the registry, or to the registry office. The changes stay on this computer until their results come back.</source>
            <translation>USB ڈرائیو رجسٹری سے منسلک کسی کاؤنٹر پر، یا رجسٹری کے دفتر لے جائیں۔ تبدیلیاں اس وقت تک اس کمپیوٹر پر رہتی ہیں جب تک ان کے نتائج واپس نہ آ جائیں۔</translation>
        </message>
        <message>
            <source>Take this file back to the field laptop and import it there (Import results bundle…).</source>
            <translation>یہ فائل واپس فیلڈ لیپ ٹاپ پر لے جائیں اور وہاں درآمد کریں (نتائج کا بنڈل درآمد کریں…)۔</translation>
        </message>
        <message>
            <source>The bundle could not be written to that folder. Check that the USB drive is plugged in, not full and not write-protected, then try again.</source>
            <translation>بنڈل اس فولڈر میں نہیں لکھا جا سکا۔ دیکھیں کہ USB ڈرائیو لگی ہوئی ہو، بھری ہوئی نہ ہو اور اس پر لکھنے کی پابندی (write-protect) نہ ہو، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The bundle held no results for this computer.</source>
            <translation>اس بنڈل میں اس کمپیوٹر کے لیے کوئی نتیجہ نہیں تھا۔</translation>
        </message>
        <message>
            <source>The file could not be read. Check the USB drive, then try again.</source>
            <translation>فائل پڑھی نہیں جا سکی۔ USB ڈرائیو دیکھیں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message numerus="yes">
            <source>The registry took the bundle's %Ln change(s). Its results were saved as:</source>
            <translation>
                <numerusform>رجسٹری نے بنڈل کی %Ln تبدیلی وصول کر لی۔ اس کے نتائج اس نام سے محفوظ ہوئے:</numerusform>
                <numerusform>رجسٹری نے بنڈل کی %Ln تبدیلیاں وصول کر لیں۔ ان کے نتائج اس نام سے محفوظ ہوئے:</numerusform>
            </translation>
        </message>
        <message>
            <source>The registry took the bundle, but its results could not be saved next to it. Check that the USB drive is not full or write-protected, then relay the same bundle again: nothing is applied twice.</source>
            <translation>رجسٹری نے بنڈل وصول کر لیا، مگر اس کے نتائج اس کے ساتھ محفوظ نہیں ہو سکے۔ دیکھیں کہ USB ڈرائیو بھری ہوئی نہ ہو اور اس پر لکھنے کی پابندی (write-protect) نہ ہو، پھر وہی بنڈل دوبارہ آگے بھیجیں: کوئی تبدیلی دو بار لاگو نہیں ہوتی۔</translation>
        </message>
        <message>
            <source>USB bundles</source>
            <translation>USB بنڈل</translation>
        </message>
        <message>
            <source>it comes from another district.</source>
            <translation>یہ کسی اور ضلع سے آئی ہے۔</translation>
        </message>
        <message>
            <source>it holds results for another computer.</source>
            <translation>اس میں کسی اور کمپیوٹر کے نتائج ہیں۔</translation>
        </message>
        <message>
            <source>it is incomplete (the copy was cut short).</source>
            <translation>یہ نامکمل ہے (کاپی بیچ میں ہی رک گئی تھی)۔</translation>
        </message>
        <message>
            <source>it is larger than any bundle can be.</source>
            <translation>یہ کسی بھی بنڈل کی زیادہ سے زیادہ حد سے بڑی ہے۔</translation>
        </message>
        <message>
            <source>it is not a OneStop bundle.</source>
            <translation>یہ OneStop بنڈل نہیں ہے۔</translation>
        </message>
        <message>
            <source>it was made for another computer.</source>
            <translation>یہ کسی اور کمپیوٹر کے لیے بنائی گئی تھی۔</translation>
        </message>
        <message>
            <source>it was not made by a computer this one knows.</source>
            <translation>یہ کسی ایسے کمپیوٹر نے بنائی ہے جسے یہ کمپیوٹر نہیں جانتا۔</translation>
        </message>
        <message>
            <source>its contents are damaged.</source>
            <translation>اس کا مواد خراب ہے۔</translation>
        </message>
        <message>
            <source>its contents were changed after it was made.</source>
            <translation>بننے کے بعد اس کا مواد تبدیل کیا گیا ہے۔</translation>
        </message>
        <message>
            <source>the computer that made it is no longer allowed to send changes.</source>
            <translation>جس کمپیوٹر نے یہ بنائی اسے اب تبدیلیاں بھیجنے کی اجازت نہیں۔</translation>
        </message>
    </context>
    <context>
        <name>CardActions</name>
        <message>
            <source>&amp;Export changes to a USB drive…</source>
            <translation>تبدیلیاں USB ڈرائیو پر برآمد کریں… (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Import results bundle…</source>
            <translation>نتائج کا بنڈل درآمد کریں… (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Relay a field laptop's bundle…</source>
            <translation>فیلڈ لیپ ٹاپ کا بنڈل آگے بھیجیں… (&amp;R)</translation>
        </message>
        <message>
            <source>Read a card from a &amp;picture…</source>
            <translation>تصویر سے کارڈ پڑھیں… (&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>CardPrintDialog</name>
        <message>
            <source>&amp;Close</source>
            <translation>بند کریں (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print… (Ctrl+P)</source>
            <translation>پرنٹ کریں… (&amp;P) (Ctrl+P)</translation>
        </message>
        <message>
            <source>Language of the card</source>
            <translation>کارڈ کی زبان</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>ترتیب</translation>
        </message>
        <message>
            <source>On an A4 sheet with cut marks (office printer)</source>
            <translation>A4 کاغذ پر، کاٹنے کے نشانات کے ساتھ (دفتری پرنٹر)</translation>
        </message>
        <message>
            <source>One card on its own page (card printer)</source>
            <translation>ایک صفحے پر ایک کارڈ (کارڈ پرنٹر)</translation>
        </message>
        <message>
            <source>Preview of the card</source>
            <translation>کارڈ کا پیش منظر</translation>
        </message>
        <message>
            <source>Print the card</source>
            <translation>کارڈ پرنٹ کریں</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>PDF کے طور پر محفوظ کریں… (&amp;D)</translation>
        </message>
        <message>
            <source>The card is ready to print</source>
            <translation>کارڈ پرنٹ کے لیے تیار ہے</translation>
        </message>
    </context>
    <context>
        <name>CardScan</name>
        <message>
            <source>Card expired</source>
            <translation>کارڈ کی میعاد ختم ہو چکی ہے</translation>
        </message>
        <message>
            <source>Card no longer valid</source>
            <translation>کارڈ اب کارآمد نہیں</translation>
        </message>
        <message>
            <source>Card not readable</source>
            <translation>کارڈ پڑھا نہیں جا سکا</translation>
        </message>
        <message>
            <source>Card verified</source>
            <translation>کارڈ کی تصدیق ہو گئی</translation>
        </message>
        <message>
            <source>Cards cannot be checked yet</source>
            <translation>ابھی کارڈ جانچے نہیں جا سکتے</translation>
        </message>
        <message>
            <source>Do not trust this card</source>
            <translation>اس کارڈ پر بھروسہ نہ کریں</translation>
        </message>
        <message>
            <source>No QR code was found in the picture. Take a sharper picture with the whole code in it, or search by name or ID number.</source>
            <translation>تصویر میں کوئی QR کوڈ نہیں ملا۔ زیادہ صاف تصویر لیں جس میں پورا کوڈ آئے، یا نام یا شناختی نمبر سے تلاش کریں۔</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
            <translation>تصاویر (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
        </message>
        <message>
            <source>Read a card from a picture</source>
            <translation>تصویر سے کارڈ پڑھیں</translation>
        </message>
        <message>
            <source>Reading the card</source>
            <translation>کارڈ پڑھنا</translation>
        </message>
        <message>
            <source>Signed by the registry. Issued %1, valid until %2. Compare the name and birth date with the person in front of you.</source>
            <translation>رجسٹری کا دستخط شدہ۔ %1 کو جاری ہوا، %2 تک کارآمد۔ نام اور تاریخ پیدائش کا اپنے سامنے موجود شخص سے موازنہ کریں۔</translation>
        </message>
        <message>
            <source>The card's details do not match the registry's signature: they were changed. Do not use anything printed on it. Identify the person by an ID document instead.</source>
            <translation>کارڈ کی تفصیلات رجسٹری کے دستخط سے مطابقت نہیں رکھتیں: انہیں تبدیل کیا گیا ہے۔ اس پر چھپی کوئی بھی چیز استعمال نہ کریں۔ اس کے بجائے شناختی دستاویز سے اس شخص کی شناخت کریں۔</translation>
        </message>
        <message>
            <source>The code could not be read as a OneStop card. Scan it again, or search by name or ID number.</source>
            <translation>یہ کوڈ OneStop کارڈ کے طور پر نہیں پڑھا جا سکا۔ اسے دوبارہ اسکین کریں، یا نام یا شناختی نمبر سے تلاش کریں۔</translation>
        </message>
        <message>
            <source>The code in this picture is not a OneStop card.</source>
            <translation>اس تصویر میں موجود کوڈ OneStop کارڈ نہیں ہے۔</translation>
        </message>
        <message>
            <source>The person with registry number %1 is not in this district's records on this computer.</source>
            <translation>رجسٹری نمبر %1 والا شخص اس کمپیوٹر پر اس ضلع کے ریکارڈ میں موجود نہیں۔</translation>
        </message>
        <message>
            <source>The registry issued this card, but it expired on %2. Print a new card for the person.</source>
            <translation>یہ کارڈ رجسٹری نے جاری کیا تھا، مگر اس کی میعاد %2 کو ختم ہو گئی۔ اس شخص کے لیے نیا کارڈ پرنٹ کریں۔</translation>
        </message>
        <message>
            <source>This card was not signed by the registry. Do not use anything printed on it. Identify the person by an ID document instead.</source>
            <translation>اس کارڈ پر رجسٹری کے دستخط نہیں ہیں۔ اس پر چھپی کوئی بھی چیز استعمال نہ کریں۔ اس کے بجائے شناختی دستاویز سے اس شخص کی شناخت کریں۔</translation>
        </message>
        <message>
            <source>This card was replaced by a newer one (the old card was reported lost). Do not accept it; the person's current card can be printed again.</source>
            <translation>اس کارڈ کی جگہ نیا کارڈ جاری ہو چکا ہے (پرانے کارڈ کے گم ہونے کی اطلاع دی گئی تھی)۔ اسے قبول نہ کریں؛ اس شخص کا موجودہ کارڈ دوبارہ پرنٹ کیا جا سکتا ہے۔</translation>
        </message>
        <message>
            <source>This computer has not received the registry's card keys yet. Sync once over a connection, then scan the card again.</source>
            <translation>اس کمپیوٹر کو ابھی رجسٹری کی کارڈ چابیاں نہیں ملیں۔ ایک بار رابطے پر ہم آہنگی کریں، پھر کارڈ دوبارہ اسکین کریں۔</translation>
        </message>
        <message>
            <source>This file is not a picture OneStop can open. Choose a PNG or JPEG file.</source>
            <translation>یہ فائل ایسی تصویر نہیں جو OneStop کھول سکے۔ PNG یا JPEG فائل چنیں۔</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message>
            <source>A card needs the person's birth date. Add it (Edit), let the change sync, then print the card.</source>
            <translation>کارڈ کے لیے اس شخص کی تاریخ پیدائش درکار ہے۔ اسے درج کریں (ترمیم)، تبدیلی کو ہم آہنگ ہونے دیں، پھر کارڈ پرنٹ کریں۔</translation>
        </message>
        <message>
            <source>A new card was issued; the old card no longer works.</source>
            <translation>نیا کارڈ جاری ہو گیا؛ پرانا کارڈ اب کام نہیں کرتا۔</translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>کارڈ %1</translation>
        </message>
        <message>
            <source>Card %1 for registry number %2, valid until %3.</source>
            <translation>رجسٹری نمبر %2 کے لیے کارڈ %1، %3 تک کارآمد۔</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>کارڈ</translation>
        </message>
        <message>
            <source>Cards are issued by the registry, and this computer works on its own. A card already issued can be printed again on a computer that has it.</source>
            <translation>کارڈ رجسٹری جاری کرتی ہے، اور یہ کمپیوٹر الگ سے کام کرتا ہے۔ پہلے سے جاری شدہ کارڈ اس کمپیوٹر پر دوبارہ پرنٹ ہو سکتا ہے جس پر وہ موجود ہو۔</translation>
        </message>
        <message>
            <source>Issue a new card</source>
            <translation>نیا کارڈ جاری کریں</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF دستاویزات (*.pdf)</translation>
        </message>
        <message>
            <source>Reprint a lost card</source>
            <translation>گم شدہ کارڈ دوبارہ پرنٹ کریں</translation>
        </message>
        <message>
            <source>Save the card as PDF</source>
            <translation>کارڈ PDF کے طور پر محفوظ کریں</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>%1 کے طور پر محفوظ ہوا</translation>
        </message>
        <message>
            <source>The card could not be printed. Check the printer, then try again.</source>
            <translation>کارڈ پرنٹ نہیں ہو سکا۔ پرنٹر دیکھیں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The card could not be saved there. Choose another folder, then try again.</source>
            <translation>کارڈ وہاں محفوظ نہیں ہو سکا۔ کوئی اور فولڈر چنیں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The card was saved as %1</source>
            <translation>کارڈ %1 کے طور پر محفوظ ہو گیا</translation>
        </message>
        <message>
            <source>The card was sent to the printer.</source>
            <translation>کارڈ پرنٹر کو بھیج دیا گیا۔</translation>
        </message>
        <message>
            <source>The registry cannot be reached, so no new card can be issued now. Cards are issued by the registry; a card already issued can be printed again without a connection. Try again when the connection is back.</source>
            <translation>رجسٹری سے رابطہ نہیں ہو پا رہا، اس لیے ابھی نیا کارڈ جاری نہیں ہو سکتا۔ کارڈ رجسٹری جاری کرتی ہے؛ پہلے سے جاری شدہ کارڈ رابطے کے بغیر بھی دوبارہ پرنٹ ہو سکتا ہے۔ رابطہ بحال ہونے پر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The registry does not know this person yet. Sync first, so the registration reaches the registry, then print the card.</source>
            <translation>رجسٹری ابھی اس شخص کو نہیں جانتی۔ پہلے ہم آہنگی کریں تاکہ رجسٹریشن رجسٹری تک پہنچ جائے، پھر کارڈ پرنٹ کریں۔</translation>
        </message>
        <message>
            <source>The registry will issue a new card. The old card stops working: a counter that scans it will be told it is no longer valid. Reprint only when the card was lost or stolen.</source>
            <translation>رجسٹری نیا کارڈ جاری کرے گی۔ پرانا کارڈ کام کرنا بند کر دے گا: جو کاؤنٹر اسے اسکین کرے گا اسے بتایا جائے گا کہ یہ اب کارآمد نہیں۔ دوبارہ پرنٹ صرف تب کریں جب کارڈ گم یا چوری ہو گیا ہو۔</translation>
        </message>
        <message>
            <source>The registry's record of this person is closed (merged or deleted), so no card can be issued for it.</source>
            <translation>رجسٹری میں اس شخص کا ریکارڈ بند ہو چکا ہے (ضم یا حذف)، اس لیے اس کے لیے کوئی کارڈ جاری نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>This person already has a valid card, issued at another counter. If that card was lost, use Reprint lost card.</source>
            <translation>اس شخص کے پاس پہلے سے ایک کارآمد کارڈ ہے، جو کسی اور کاؤنٹر پر جاری ہوا تھا۔ اگر وہ کارڈ گم ہو گیا ہے تو “گم شدہ کارڈ دوبارہ پرنٹ کریں” استعمال کریں۔</translation>
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
            <translation>%1 دن: %2 رجسٹریشن، %3 درخواستیں، %4 مسترد تبدیلیاں</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln دن</numerusform>
                <numerusform>%Ln دن</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s)</source>
            <translation>
                <numerusform>%Ln گھنٹے</numerusform>
                <numerusform>%Ln گھنٹے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln منٹ</numerusform>
                <numerusform>%Ln منٹ</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Correct and resubmit…</source>
            <translation>درست کر کے دوبارہ بھیجیں… (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>دن: (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>ترک کریں (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Edit the value…</source>
            <translation>قدر میں ترمیم کریں… (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Keep the registry's value</source>
            <translation>رجسٹری کی قدر برقرار رکھیں (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>نوٹ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>نوٹ: (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>وجہ: (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>تازہ کریں (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Resolve</source>
            <translation>فیصلہ کریں (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Resubmit</source>
            <translation>دوبارہ بھیجیں (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>دستخط کریں (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Sign off the day…</source>
            <translation>دن پر دستخط کریں… (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Take the proposal</source>
            <translation>تجویز قبول کریں (&amp;T)</translation>
        </message>
        <message>
            <source>(and %1 more)</source>
            <translation>(اور %1 مزید)</translation>
        </message>
        <message>
            <source>(from %1 computers)</source>
            <translation>(%1 کمپیوٹروں سے)</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>قبول شدہ</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>تسلیم شدہ</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>درخواست</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>درخواستیں</translation>
        </message>
        <message>
            <source>Arrived at the registry</source>
            <translation>رجسٹری تک پہنچیں</translation>
        </message>
        <message>
            <source>At the registry now</source>
            <translation>اس وقت رجسٹری میں</translation>
        </message>
        <message>
            <source>Before: %1</source>
            <translation>پہلے: %1</translation>
        </message>
        <message>
            <source>By: %1</source>
            <translation>از: %1</translation>
        </message>
        <message>
            <source>CSV files for spreadsheets (*.csv)</source>
            <translation>اسپریڈشیٹ کے لیے CSV فائلیں (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>تبدیلی</translation>
        </message>
        <message>
            <source>Change to a household</source>
            <translation>گھرانے میں تبدیلی</translation>
        </message>
        <message>
            <source>Change to a person</source>
            <translation>فرد میں تبدیلی</translation>
        </message>
        <message>
            <source>Change to an application</source>
            <translation>درخواست میں تبدیلی</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>موصول تبدیلیاں</translation>
        </message>
        <message>
            <source>Changes sent</source>
            <translation>بھیجی گئی تبدیلیاں</translation>
        </message>
        <message>
            <source>Choose a conflict in the list first.</source>
            <translation>پہلے فہرست میں سے کوئی تنازع چنیں۔</translation>
        </message>
        <message>
            <source>Choose a rejected change in the list first.</source>
            <translation>پہلے فہرست میں سے کوئی مسترد تبدیلی چنیں۔</translation>
        </message>
        <message>
            <source>Choose a rejected change to correct or discard it.</source>
            <translation>درست کرنے یا ترک کرنے کے لیے کوئی مسترد تبدیلی چنیں۔</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>کلرک</translation>
        </message>
        <message>
            <source>Clerks and records</source>
            <translation>کلرک اور ریکارڈ</translation>
        </message>
        <message>
            <source>Computer: %1</source>
            <translation>کمپیوٹر: %1</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>تنازعات</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>تنازعات (%1)</translation>
        </message>
        <message>
            <source>Correct and resubmit</source>
            <translation>درست کر کے دوبارہ بھیجیں</translation>
        </message>
        <message>
            <source>Correct the values below. They are sent to the registry as a new change; the refused one stays in the history.</source>
            <translation>نیچے دی گئی قدریں درست کریں۔ یہ رجسٹری کو نئی تبدیلی کے طور پر بھیجی جاتی ہیں؛ مسترد شدہ تبدیلی تاریخچے میں رہتی ہے۔</translation>
        </message>
        <message>
            <source>Corrected and sent again</source>
            <translation>درست کر کے دوبارہ بھیجی گئی</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>تعداد</translation>
        </message>
        <message>
            <source>D&amp;iscard…</source>
            <translation>ترک کریں… (&amp;I)</translation>
        </message>
        <message>
            <source>Data sent / received</source>
            <translation>بھیجا / موصول ڈیٹا</translation>
        </message>
        <message>
            <source>Data sent and received (KB)</source>
            <translation>بھیجا اور موصول ڈیٹا (KB)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>دن</translation>
        </message>
        <message>
            <source>Details of the day</source>
            <translation>دن کی تفصیلات</translation>
        </message>
        <message>
            <source>Did not finish</source>
            <translation>مکمل نہیں ہوا</translation>
        </message>
        <message>
            <source>Differ from the registry</source>
            <translation>رجسٹری سے مختلف</translation>
        </message>
        <message>
            <source>Differed; repaired from the registry</source>
            <translation>مختلف تھے؛ رجسٹری سے درست کر دیے گئے</translation>
        </message>
        <message>
            <source>Discard a rejected change</source>
            <translation>مسترد تبدیلی ترک کریں</translation>
        </message>
        <message>
            <source>Discarded</source>
            <translation>ترک کر دی گئی</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>ختم</translation>
        </message>
        <message>
            <source>Everything arrived, but %1 differ.</source>
            <translation>سب کچھ پہنچ گیا، لیکن %1 مختلف ہیں۔</translation>
        </message>
        <message>
            <source>Everything sent has arrived.</source>
            <translation>جو کچھ بھیجا گیا وہ پہنچ گیا۔</translation>
        </message>
        <message>
            <source>Everything sent has arrived. The records are compared again once the waiting changes are sent.</source>
            <translation>جو کچھ بھیجا گیا وہ پہنچ گیا۔ منتظر تبدیلیاں بھیجے جانے کے بعد ریکارڈ دوبارہ ملائے جائیں گے۔</translation>
        </message>
        <message>
            <source>Everything was sent.</source>
            <translation>سب کچھ بھیج دیا گیا۔</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>CSV برآمد کریں… (&amp;C)</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>PDF برآمد کریں… (&amp;P)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>خانہ</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>مکمل</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>گھرانہ</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>گھرانے</translation>
        </message>
        <message>
            <source>It reaches the registry with the next sync.</source>
            <translation>یہ اگلی ہم آہنگی کے ساتھ رجسٹری تک پہنچے گا۔</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>پچھلے 30 دن</translation>
        </message>
        <message>
            <source>Late entries after the sign-off: %1</source>
            <translation>دستخط کے بعد تاخیری اندراجات: %1</translation>
        </message>
        <message>
            <source>New household</source>
            <translation>نیا گھرانہ</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>نیا فرد</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <source>No conflicts are waiting for a decision.</source>
            <translation>کوئی تنازع فیصلے کا منتظر نہیں۔</translation>
        </message>
        <message>
            <source>None open.</source>
            <translation>کوئی باقی نہیں۔</translation>
        </message>
        <message>
            <source>Not compared</source>
            <translation>موازنہ نہیں ہوا</translation>
        </message>
        <message>
            <source>Not compared yet: the comparison runs with a sync.</source>
            <translation>ابھی موازنہ نہیں ہوا: موازنہ ہم آہنگی کے ساتھ ہوتا ہے۔</translation>
        </message>
        <message>
            <source>Not known: needs the connection.</source>
            <translation>معلوم نہیں: رابطہ درکار ہے۔</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>فیصلہ نہیں ہوا</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>محفوظ نہیں ہوا</translation>
        </message>
        <message>
            <source>Not signed off yet.</source>
            <translation>ابھی دستخط نہیں ہوئے۔</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>نوٹ</translation>
        </message>
        <message>
            <source>Note on the decision</source>
            <translation>فیصلے پر نوٹ</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>نوٹ: %1</translation>
        </message>
        <message>
            <source>Nothing to handle.</source>
            <translation>نمٹانے کو کچھ نہیں۔</translation>
        </message>
        <message>
            <source>Only a person's registration or edit can be corrected. Discard it instead.</source>
            <translation>صرف کسی فرد کی رجسٹریشن یا ترمیم درست کی جا سکتی ہے۔ اس کے بجائے اسے ترک کریں۔</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>باقی تنازعات</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF دستاویزات (*.pdf)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>افراد</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>تجویز کردہ</translation>
        </message>
        <message>
            <source>Proposed at</source>
            <translation>تجویز کا وقت</translation>
        </message>
        <message>
            <source>Proposed from</source>
            <translation>تجویز کہاں سے</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>ریکارڈ</translation>
        </message>
        <message>
            <source>Recorded after the sign-off at</source>
            <translation>دستخط کے بعد درج کیا گیا</translation>
        </message>
        <message>
            <source>Recorded for this day after the sign-off</source>
            <translation>دستخط کے بعد اس دن کے لیے درج کیا گیا</translation>
        </message>
        <message>
            <source>Records compared</source>
            <translation>ریکارڈ کا موازنہ</translation>
        </message>
        <message>
            <source>Records compared with the registry</source>
            <translation>رجسٹری سے ریکارڈ کا موازنہ</translation>
        </message>
        <message>
            <source>Records compared with the registry after the last sync</source>
            <translation>آخری ہم آہنگی کے بعد رجسٹری سے ریکارڈ کا موازنہ</translation>
        </message>
        <message>
            <source>Records that differ in %1: %2</source>
            <translation>%1 میں مختلف ریکارڈ: %2</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>رجسٹر کیے</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>رجسٹریشن</translation>
        </message>
        <message>
            <source>Registry: accepted</source>
            <translation>رجسٹری: قبول</translation>
        </message>
        <message>
            <source>Registry: conflicts</source>
            <translation>رجسٹری: تنازعات</translation>
        </message>
        <message>
            <source>Registry: received</source>
            <translation>رجسٹری: موصول</translation>
        </message>
        <message>
            <source>Registry: rejected</source>
            <translation>رجسٹری: مسترد</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>مسترد</translation>
        </message>
        <message>
            <source>Rejected (%1)</source>
            <translation>مسترد (%1)</translation>
        </message>
        <message>
            <source>Rejected by the registry</source>
            <translation>رجسٹری نے مسترد کیں</translation>
        </message>
        <message>
            <source>Rejected changes</source>
            <translation>مسترد تبدیلیاں</translation>
        </message>
        <message>
            <source>Removal of a person</source>
            <translation>فرد کا اخراج</translation>
        </message>
        <message>
            <source>Resolve with another value</source>
            <translation>کسی اور قدر سے فیصلہ کریں</translation>
        </message>
        <message>
            <source>Save the day as CSV</source>
            <translation>دن کو CSV کے طور پر محفوظ کریں</translation>
        </message>
        <message>
            <source>Save the day as PDF</source>
            <translation>دن کو PDF کے طور پر محفوظ کریں</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>بطور %1 محفوظ ہو گیا</translation>
        </message>
        <message>
            <source>Sent but not seen by the registry: %1</source>
            <translation>بھیجی گئیں مگر رجسٹری تک نہیں پہنچیں: %1</translation>
        </message>
        <message>
            <source>Sent from this computer</source>
            <translation>اس کمپیوٹر سے بھیجی گئیں</translation>
        </message>
        <message>
            <source>Sent from this computer but not counted by the registry yet: %1</source>
            <translation>اس کمپیوٹر سے بھیجی گئیں مگر رجسٹری نے ابھی شمار نہیں کیں: %1</translation>
        </message>
        <message>
            <source>Sign off %1 for office %2.</source>
            <translation>دفتر %2 کے لیے %1 پر دستخط کریں۔</translation>
        </message>
        <message>
            <source>Sign off the day</source>
            <translation>دن پر دستخط کریں</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>دستخط</translation>
        </message>
        <message>
            <source>Signed by %1 at %2</source>
            <translation>%1 نے %2 پر دستخط کیے</translation>
        </message>
        <message>
            <source>Signed off on this computer by %1 at %2.</source>
            <translation>اس کمپیوٹر پر %1 نے %2 پر دستخط کیے۔</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>شروع</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>صورتحال</translation>
        </message>
        <message>
            <source>Still open:</source>
            <translation>ابھی باقی:</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>ہم آہنگی کا ریکارڈ</translation>
        </message>
        <message>
            <source>Sync sessions of this computer</source>
            <translation>اس کمپیوٹر کی ہم آہنگی کی نشستیں</translation>
        </message>
        <message>
            <source>Sync sessions of this office recorded by the registry on this day: %1</source>
            <translation>اس دن رجسٹری میں درج اس دفتر کی ہم آہنگی کی نشستیں: %1</translation>
        </message>
        <message>
            <source>Sync volume of the last 30 days</source>
            <translation>پچھلے 30 دنوں میں ہم آہنگی کا حجم</translation>
        </message>
        <message>
            <source>T&amp;oday</source>
            <translation>آج (&amp;O)</translation>
        </message>
        <message>
            <source>The change arrived damaged at the registry. Send it again.</source>
            <translation>تبدیلی رجسٹری تک خراب حالت میں پہنچی۔ اسے دوبارہ بھیجیں۔</translation>
        </message>
        <message>
            <source>The change was discarded; the reason is kept.</source>
            <translation>تبدیلی ترک کر دی گئی؛ وجہ محفوظ ہے۔</translation>
        </message>
        <message>
            <source>The change will not be sent again. Write why: the reason is kept with the day's record.</source>
            <translation>یہ تبدیلی دوبارہ نہیں بھیجی جائے گی۔ وجہ لکھیں: وجہ دن کے ریکارڈ کے ساتھ محفوظ رہتی ہے۔</translation>
        </message>
        <message>
            <source>The conflict was resolved. The decision reaches this computer with the next sync.</source>
            <translation>تنازع کا فیصلہ ہو گیا۔ فیصلہ اگلی ہم آہنگی کے ساتھ اس کمپیوٹر تک پہنچے گا۔</translation>
        </message>
        <message>
            <source>The conflicts are kept at the registry: they need the connection.</source>
            <translation>تنازعات رجسٹری میں رکھے جاتے ہیں: ان کے لیے رابطہ درکار ہے۔</translation>
        </message>
        <message>
            <source>The corrected change will be sent with the next sync.</source>
            <translation>درست کی گئی تبدیلی اگلی ہم آہنگی کے ساتھ بھیجی جائے گی۔</translation>
        </message>
        <message>
            <source>The day was signed off. The registry receives it with the next sync.</source>
            <translation>دن پر دستخط ہو گئے۔ رجسٹری کو یہ اگلی ہم آہنگی کے ساتھ ملے گا۔</translation>
        </message>
        <message>
            <source>The day's work</source>
            <translation>دن کا کام</translation>
        </message>
        <message>
            <source>The file could not be saved there. Choose another folder, then try again.</source>
            <translation>فائل وہاں محفوظ نہیں ہو سکی۔ کوئی اور فولڈر چنیں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The oldest is from %1 (%2 ago).</source>
            <translation>سب سے پرانی %1 کی ہے (%2 پہلے)۔</translation>
        </message>
        <message>
            <source>The record belongs to another district, and this computer may not change it.</source>
            <translation>یہ ریکارڈ کسی اور ضلع کا ہے، اور یہ کمپیوٹر اسے تبدیل نہیں کر سکتا۔</translation>
        </message>
        <message>
            <source>The record had been deleted at the registry, so the change was not applied.</source>
            <translation>یہ ریکارڈ رجسٹری میں حذف ہو چکا تھا، اس لیے تبدیلی لاگو نہیں ہوئی۔</translation>
        </message>
        <message>
            <source>The registry cannot be reached now. This is the day as this computer knows it; the registry's view and the conflicts need the connection.</source>
            <translation>اس وقت رجسٹری سے رابطہ نہیں ہو پا رہا۔ یہ دن ویسا ہے جیسا یہ کمپیوٹر جانتا ہے؛ رجسٹری کا منظر اور تنازعات کے لیے رابطہ درکار ہے۔</translation>
        </message>
        <message>
            <source>The registry does not accept one of the values. Correct it and send it again.</source>
            <translation>رجسٹری ایک قدر قبول نہیں کرتی۔ اسے درست کر کے دوبارہ بھیجیں۔</translation>
        </message>
        <message>
            <source>The registry does not allow the user who made this change to make it.</source>
            <translation>رجسٹری اس صارف کو، جس نے یہ تبدیلی کی، یہ تبدیلی کرنے کی اجازت نہیں دیتی۔</translation>
        </message>
        <message>
            <source>The registry does not have the sign-off yet; it goes with a sync.</source>
            <translation>رجسٹری کے پاس ابھی دستخط نہیں پہنچے؛ یہ ہم آہنگی کے ساتھ جائیں گے۔</translation>
        </message>
        <message>
            <source>The registry had already received this change with other contents and kept the first. It was recorded for the registry operator.</source>
            <translation>رجسٹری کو یہ تبدیلی پہلے ہی مختلف مواد کے ساتھ مل چکی تھی اور اس نے پہلی رکھی۔ یہ رجسٹری آپریٹر کے لیے درج کر دیا گیا۔</translation>
        </message>
        <message>
            <source>The registry had merged this person into another record, so the change was not applied. Make it on the record that remains.</source>
            <translation>رجسٹری اس فرد کو کسی اور ریکارڈ میں ضم کر چکی تھی، اس لیے تبدیلی لاگو نہیں ہوئی۔ یہ تبدیلی باقی رہنے والے ریکارڈ پر کریں۔</translation>
        </message>
        <message>
            <source>The registry has the sign-off of %1 (%2).</source>
            <translation>رجسٹری کے پاس %1 کے دستخط ہیں (%2)۔</translation>
        </message>
        <message>
            <source>The registry refused nothing of this day.</source>
            <translation>رجسٹری نے اس دن کی کوئی چیز مسترد نہیں کی۔</translation>
        </message>
        <message>
            <source>The registry refused this change.</source>
            <translation>رجسٹری نے یہ تبدیلی مسترد کر دی۔</translation>
        </message>
        <message>
            <source>The registry said:</source>
            <translation>رجسٹری کا کہنا ہے:</translation>
        </message>
        <message>
            <source>The registry's columns count this office's work from every computer that synced it.</source>
            <translation>رجسٹری کے کالم اس دفتر کا وہ سارا کام گنتے ہیں جو کسی بھی کمپیوٹر سے ہم آہنگ ہوا۔</translation>
        </message>
        <message>
            <source>The registry's numbers are shown when the registry can be asked.</source>
            <translation>رجسٹری کے اعداد تب دکھائے جاتے ہیں جب رجسٹری سے رابطہ ہو سکے۔</translation>
        </message>
        <message>
            <source>The same as at the registry</source>
            <translation>رجسٹری جیسا</translation>
        </message>
        <message>
            <source>This change was already handled.</source>
            <translation>اس تبدیلی سے پہلے ہی نمٹا جا چکا ہے۔</translation>
        </message>
        <message>
            <source>This computer is not connected to a registry.</source>
            <translation>یہ کمپیوٹر کسی رجسٹری سے منسلک نہیں۔</translation>
        </message>
        <message>
            <source>This computer works on its own: there is no registry to compare the day with.</source>
            <translation>یہ کمپیوٹر الگ سے کام کرتا ہے: دن کا موازنہ کرنے کے لیے کوئی رجسٹری نہیں۔</translation>
        </message>
        <message>
            <source>This day is already signed off.</source>
            <translation>اس دن پر پہلے ہی دستخط ہو چکے ہیں۔</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>وقت</translation>
        </message>
        <message>
            <source>Time of the work</source>
            <translation>کام کا وقت</translation>
        </message>
        <message>
            <source>To correct or discard: %1</source>
            <translation>درست یا ترک کرنے کو: %1</translation>
        </message>
        <message>
            <source>To handle</source>
            <translation>نمٹانا ہے</translation>
        </message>
        <message>
            <source>To resolve: %1</source>
            <translation>فیصلہ طلب: %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>کل</translation>
        </message>
        <message>
            <source>Two computers changed the same identity detail differently. The registry kept its value; choose which one is right.</source>
            <translation>دو کمپیوٹروں نے شناخت کی ایک ہی تفصیل مختلف طرح سے تبدیل کی۔ رجسٹری نے اپنی قدر برقرار رکھی؛ چنیں کہ کون سی درست ہے۔</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>ترمیم شدہ</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>منتظر</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>بھیجے جانے کی منتظر: %1</translation>
        </message>
        <message>
            <source>When: %1</source>
            <translation>کب: %1</translation>
        </message>
        <message>
            <source>Why the registry refused it</source>
            <translation>رجسٹری نے کیوں مسترد کی</translation>
        </message>
        <message>
            <source>Why this value (kept with the decision)</source>
            <translation>یہ قدر کیوں (فیصلے کے ساتھ محفوظ رہتا ہے)</translation>
        </message>
        <message>
            <source>Work of the last 30 days</source>
            <translation>پچھلے 30 دنوں کا کام</translation>
        </message>
        <message>
            <source>Work per clerk</source>
            <translation>ہر کلرک کا کام</translation>
        </message>
        <message>
            <source>Write the reason first.</source>
            <translation>پہلے وجہ لکھیں۔</translation>
        </message>
        <message>
            <source>Write the right value. The registry keeps it, with your name and the note.</source>
            <translation>درست قدر لکھیں۔ رجسٹری اسے آپ کے نام اور نوٹ کے ساتھ محفوظ رکھتی ہے۔</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <source>Your name, the time and the note are kept with the day and sent to the registry. Anything recorded for this day afterwards shows as a late entry.</source>
            <translation>آپ کا نام، وقت اور نوٹ دن کے ساتھ محفوظ ہو کر رجسٹری کو بھیجے جاتے ہیں۔ اس کے بعد اس دن کے لیے درج کی گئی ہر چیز تاخیری اندراج کے طور پر دکھائی جاتی ہے۔</translation>
        </message>
        <message>
            <source>less than a minute</source>
            <translation>ایک منٹ سے کم</translation>
        </message>
        <message>
            <source>○ %1 (%2 here): not compared with the registry yet</source>
            <translation>○ %1 (یہاں %2): ابھی رجسٹری سے موازنہ نہیں ہوا</translation>
        </message>
        <message>
            <source>✓ %1 (%2): the same as at the registry</source>
            <translation>✓ %1 (%2): رجسٹری جیسے</translation>
        </message>
        <message>
            <source>✗ %1: they differ (%2 here, %3 at the registry)</source>
            <translation>✗ %1: مختلف ہیں (یہاں %2، رجسٹری میں %3)</translation>
        </message>
    </context>
    <context>
        <name>DayReport</name>
        <message>
            <source>At a glance</source>
            <translation>ایک نظر میں</translation>
        </message>
        <message>
            <source>Bytes received</source>
            <translation>موصول بائٹس</translation>
        </message>
        <message>
            <source>Bytes sent</source>
            <translation>بھیجے گئے بائٹس</translation>
        </message>
        <message>
            <source>Change id</source>
            <translation>تبدیلی کی شناخت</translation>
        </message>
        <message>
            <source>Conflicts waiting for a decision</source>
            <translation>فیصلے کے منتظر تنازعات</translation>
        </message>
        <message>
            <source>Day report</source>
            <translation>یومیہ رپورٹ</translation>
        </message>
        <message>
            <source>Day report %1</source>
            <translation>یومیہ رپورٹ %1</translation>
        </message>
        <message>
            <source>How it stands</source>
            <translation>صورتحال</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>کوئی نہیں۔</translation>
        </message>
        <message>
            <source>Not compared yet.</source>
            <translation>ابھی موازنہ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Not known: the registry could not be asked.</source>
            <translation>معلوم نہیں: رجسٹری سے پوچھا نہیں جا سکا۔</translation>
        </message>
        <message>
            <source>Not signed off yet.</source>
            <translation>ابھی دستخط نہیں ہوئے۔</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>نوٹ</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>نوٹ: %1</translation>
        </message>
        <message>
            <source>Office %1 · %2</source>
            <translation>دفتر %1 · %2</translation>
        </message>
        <message>
            <source>Printed at</source>
            <translation>پرنٹ کا وقت</translation>
        </message>
        <message>
            <source>Printed on %1 by %2</source>
            <translation>%1 کو %2 نے پرنٹ کیا</translation>
        </message>
        <message>
            <source>Reason code</source>
            <translation>وجہ کا کوڈ</translation>
        </message>
        <message>
            <source>Recorded for this day after the sign-off</source>
            <translation>دستخط کے بعد اس دن کے لیے درج کیا گیا</translation>
        </message>
        <message>
            <source>Records compared with the registry</source>
            <translation>رجسٹری سے ریکارڈ کا موازنہ</translation>
        </message>
        <message>
            <source>Records that differ: %1</source>
            <translation>مختلف ریکارڈ: %1</translation>
        </message>
        <message>
            <source>Rejected changes</source>
            <translation>مسترد تبدیلیاں</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>دستخط</translation>
        </message>
        <message>
            <source>Signed off by %1 at %2.</source>
            <translation>%1 نے %2 پر دستخط کیے۔</translation>
        </message>
        <message>
            <source>Supervisor's signature: ____________________    Date: ____________</source>
            <translation>سپروائزر کے دستخط: ____________________    تاریخ: ____________</translation>
        </message>
        <message>
            <source>Sync sessions of this computer</source>
            <translation>اس کمپیوٹر کی ہم آہنگی کی نشستیں</translation>
        </message>
        <message>
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <source>Work per clerk</source>
            <translation>ہر کلرک کا کام</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>&amp;Open existing record</source>
            <translation>موجودہ ریکارڈ کھولیں (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Register anyway</source>
            <translation>پھر بھی رجسٹر کریں (&amp;R)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>ممکنہ دہرے اندراج</translation>
        </message>
        <message>
            <source>These people may already be registered. Check with the person in front of you. Open the existing record if it is them; register anyway only if it is someone else.</source>
            <translation>ہو سکتا ہے یہ لوگ پہلے سے رجسٹرڈ ہوں۔ سامنے موجود شخص سے تصدیق کریں۔ اگر وہی ہیں تو موجودہ ریکارڈ کھولیں؛ صرف اسی صورت میں رجسٹر کریں جب یہ کوئی اور ہو۔</translation>
        </message>
    </context>
    <context>
        <name>EditPage</name>
        <message numerus="yes">
            <source>(and %Ln more)</source>
            <translation>
                <numerusform>(اور %Ln مزید)</numerusform>
                <numerusform>(اور %Ln مزید)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot edit</source>
            <translation>ترمیم نہیں ہو سکتی</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>محفوظ نہیں ہوا</translation>
        </message>
        <message>
            <source>Nothing was saved. Please correct: %1</source>
            <translation>کچھ محفوظ نہیں ہوا۔ براہِ کرم درست کریں: %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>محفوظ ہو رہا ہے…</translation>
        </message>
    </context>
    <context>
        <name>EditPersonView</name>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>محفوظ کریں (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>منسوخ کریں (Esc)</translation>
        </message>
        <message>
            <source>Correct or complete the answers, then save. Entitlements are checked again as soon as the record is saved.</source>
            <translation>جوابات درست یا مکمل کریں، پھر محفوظ کریں۔ ریکارڈ محفوظ ہوتے ہی اہلیت دوبارہ جانچی جاتی ہے۔</translation>
        </message>
        <message>
            <source>Edit a record</source>
            <translation>ریکارڈ میں ترمیم</translation>
        </message>
        <message>
            <source>Edit: %1</source>
            <translation>ترمیم: %1</translation>
        </message>
    </context>
    <context>
        <name>Enrol</name>
        <message>
            <source>(%1 of %2)</source>
            <translation>(%2 میں سے %1)</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved on this computer. If the registry had already accepted the code, ask the registry operator for a new one.</source>
            <translation>منسوخ کر دیا گیا۔ اس کمپیوٹر پر کچھ محفوظ نہیں ہوا۔ اگر رجسٹری نے کوڈ پہلے ہی قبول کر لیا تھا تو رجسٹری آپریٹر سے نیا کوڈ مانگیں۔</translation>
        </message>
        <message>
            <source>Contacting the registry…</source>
            <translation>رجسٹری سے رابطہ ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Enter a name for this computer.</source>
            <translation>اس کمپیوٹر کا نام درج کریں۔</translation>
        </message>
        <message>
            <source>Enter the office code.</source>
            <translation>دفتر کا کوڈ درج کریں۔</translation>
        </message>
        <message>
            <source>Enter the one-time code.</source>
            <translation>ایک بار استعمال ہونے والا کوڈ درج کریں۔</translation>
        </message>
        <message>
            <source>Enter the registry address.</source>
            <translation>رجسٹری کا پتہ درج کریں۔</translation>
        </message>
        <message>
            <source>One-time code: %1</source>
            <translation>ایک بار کا کوڈ: %1</translation>
        </message>
        <message>
            <source>Registry address: the registry cannot be reached there. Check the address and this computer's network connection, then try again.</source>
            <translation>رجسٹری کا پتہ: اس پتے پر رجسٹری سے رابطہ نہیں ہو سکا۔ پتہ اور اس کمپیوٹر کا نیٹ ورک کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>روکا جا رہا ہے…</translation>
        </message>
        <message>
            <source>The one-time code is too short. Type it as the registry operator gave it.</source>
            <translation>ایک بار کا کوڈ بہت چھوٹا ہے۔ اسے ویسے ہی لکھیں جیسے رجسٹری آپریٹر نے دیا تھا۔</translation>
        </message>
        <message>
            <source>The registry address must start with https:// (or http://) and name the registry's server, for example https://registry.example.org</source>
            <translation>رجسٹری کا پتہ https://‎ (یا http://‎) سے شروع ہونا چاہیے اور اس میں رجسٹری کے سرور کا نام ہونا چاہیے، مثلاً https://registry.example.org</translation>
        </message>
        <message>
            <source>This computer is connected, but the download of the records did not finish. Log in: it continues where it stopped.</source>
            <translation>یہ کمپیوٹر منسلک ہے، لیکن ریکارڈ کی ڈاؤن لوڈ مکمل نہیں ہوئی۔ لاگ ان کریں: یہ وہیں سے جاری رہے گی جہاں رکی تھی۔</translation>
        </message>
        <message>
            <source>This computer is now connected to the registry. Log in with your registry user name and password.</source>
            <translation>یہ کمپیوٹر اب رجسٹری سے منسلک ہے۔ اپنے رجسٹری یوزر نیم اور پاس ورڈ سے لاگ ان کریں۔</translation>
        </message>
    </context>
    <context>
        <name>EnrolView</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;واپس</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;منسوخ کریں</translation>
        </message>
        <message>
            <source>&amp;Name of this computer</source>
            <translation>اس کمپیوٹر کا &amp;نام</translation>
        </message>
        <message>
            <source>&amp;Office code</source>
            <translation>&amp;دفتر کا کوڈ</translation>
        </message>
        <message>
            <source>&amp;Registry address</source>
            <translation>&amp;رجسٹری کا پتہ</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>&amp;منسلک کریں</translation>
        </message>
        <message>
            <source>Connect to a registry</source>
            <translation>رجسٹری سے منسلک کریں</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>ڈاؤن لوڈ کی پیش رفت</translation>
        </message>
        <message>
            <source>Name of this computer</source>
            <translation>اس کمپیوٹر کا نام</translation>
        </message>
        <message>
            <source>Office code</source>
            <translation>دفتر کا کوڈ</translation>
        </message>
        <message>
            <source>One-time &amp;code</source>
            <translation>ایک بار کا &amp;کوڈ</translation>
        </message>
        <message>
            <source>One-time code</source>
            <translation>ایک بار کا کوڈ</translation>
        </message>
        <message>
            <source>Registry address</source>
            <translation>رجسٹری کا پتہ</translation>
        </message>
        <message>
            <source>The registry operator gives you the registry address and a one-time code. After connecting, the district's records are copied to this computer and your colleagues log in with their registry user names and passwords.</source>
            <translation>رجسٹری آپریٹر آپ کو رجسٹری کا پتہ اور ایک بار کا کوڈ دیتا ہے۔ منسلک ہونے کے بعد ضلع کے ریکارڈ اس کمپیوٹر پر کاپی ہو جاتے ہیں اور آپ کے ساتھی اپنے رجسٹری یوزر نیم اور پاس ورڈ سے لاگ ان کرتے ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>Entitlements</name>
        <message>
            <source>%1 of a household member</source>
            <translation>گھرانے کے ایک فرد کا %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the functioning questions</source>
            <translation>
                <numerusform>کارکردگی کے سوالات میں سے %Ln</numerusform>
                <numerusform>کارکردگی کے سوالات میں سے %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Already enrolled</source>
            <translation>پہلے سے شامل</translation>
        </message>
        <message>
            <source>Apply for %1</source>
            <translation>%1 کے لیے درخواست دیں</translation>
        </message>
        <message>
            <source>Apply for %1 for %2?</source>
            <translation>%2 کے لیے %1 کی درخواست دیں؟</translation>
        </message>
        <message>
            <source>Apply for a scheme</source>
            <translation>کسی اسکیم کے لیے درخواست</translation>
        </message>
        <message>
            <source>Benefit: %1</source>
            <translation>فائدہ: %1</translation>
        </message>
        <message>
            <source>Cannot be combined with %1.</source>
            <translation>%1 کے ساتھ نہیں مل سکتی۔</translation>
        </message>
        <message>
            <source>Catalog: %1, version %2</source>
            <translation>کیٹلاگ: %1، ورژن %2</translation>
        </message>
        <message>
            <source>Checking entitlements…</source>
            <translation>اہلیت جانچی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Complete the missing information first.</source>
            <translation>پہلے نامکمل معلومات پوری کریں۔</translation>
        </message>
        <message>
            <source>Could not be checked: the rule does not fit this record.</source>
            <translation>جانچ نہیں ہو سکی: قاعدہ اس ریکارڈ پر لاگو نہیں ہوتا۔</translation>
        </message>
        <message>
            <source>Data as of %1</source>
            <translation>ڈیٹا بتاریخ %1</translation>
        </message>
        <message>
            <source>Documents to bring: %1</source>
            <translation>ساتھ لانے والی دستاویزات: %1</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>اہل</translation>
        </message>
        <message>
            <source>Entitlements cannot be shown: the record was not found.</source>
            <translation>اہلیت نہیں دکھائی جا سکتی: ریکارڈ نہیں ملا۔</translation>
        </message>
        <message>
            <source>Excluded by %1</source>
            <translation>%1 کی وجہ سے خارج</translation>
        </message>
        <message>
            <source>Information missing</source>
            <translation>معلومات نامکمل</translation>
        </message>
        <message>
            <source>Needs a contribution record from the registry (%1). It comes with a sync; it cannot be entered at the counter.</source>
            <translation>رجسٹری سے کنٹریبیوشن کا ریکارڈ درکار ہے (%1)۔ یہ سنک کے ساتھ آتا ہے؛ کاؤنٹر پر درج نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <source>Needs “%1” for another household member: open their record from the household table.</source>
            <translation>گھرانے کے کسی دوسرے فرد کے لیے “%1” درکار ہے: گھرانے کی فہرست سے ان کا ریکارڈ کھولیں۔</translation>
        </message>
        <message>
            <source>Needs “%1” of the household, which comes from the household survey.</source>
            <translation>گھرانے کا “%1” درکار ہے، جو گھرانے کے سروے سے آتا ہے۔</translation>
        </message>
        <message>
            <source>Needs “%1”.</source>
            <translation>“%1” درکار ہے۔</translation>
        </message>
        <message>
            <source>No scheme is open for applications today.</source>
            <translation>آج کسی اسکیم میں درخواستیں نہیں لی جا رہیں۔</translation>
        </message>
        <message>
            <source>Not applied</source>
            <translation>درخواست نہیں دی</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>اہل نہیں</translation>
        </message>
        <message>
            <source>Not eligible: %1</source>
            <translation>اہل نہیں: %1</translation>
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation>درج نہیں: %1</translation>
        </message>
        <message>
            <source>Standalone: not yet synced with the registry</source>
            <translation>الگ تھلگ: ابھی رجسٹری سے سنک نہیں ہوا</translation>
        </message>
        <message>
            <source>The application was not recorded. %1</source>
            <translation>درخواست درج نہیں ہوئی۔ %1</translation>
        </message>
        <message numerus="yes">
            <source>The data is %Ln day(s) old. Sync with the registry before telling the applicant what they will receive.</source>
            <translation>
                <numerusform>ڈیٹا %Ln دن پرانا ہے۔ درخواست گزار کو یہ بتانے سے پہلے کہ انہیں کیا ملے گا، رجسٹری سے سنک کریں۔</numerusform>
                <numerusform>ڈیٹا %Ln دن پرانا ہے۔ درخواست گزار کو یہ بتانے سے پہلے کہ انہیں کیا ملے گا، رجسٹری سے سنک کریں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>There is already an application or enrolment for this scheme.</source>
            <translation>اس اسکیم کے لیے پہلے سے درخواست یا اندراج موجود ہے۔</translation>
        </message>
        <message>
            <source>To decide on %1, answer: %2. Then save (Ctrl+S).</source>
            <translation>%1 کا فیصلہ کرنے کے لیے جواب دیں: %2۔ پھر محفوظ کریں (Ctrl+S)۔</translation>
        </message>
        <message>
            <source>contribution record for %1</source>
            <translation>%1 کا کنٹریبیوشن ریکارڈ</translation>
        </message>
        <message>
            <source>the household</source>
            <translation>گھرانہ</translation>
        </message>
        <message>
            <source>the household's members</source>
            <translation>گھرانے کے افراد</translation>
        </message>
        <message>
            <source>“%1” is not asked for this person, so it stays unknown.</source>
            <translation>اس شخص سے “%1” نہیں پوچھا جاتا، اس لیے یہ نامعلوم رہتا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>EntitlementsPanel</name>
        <message>
            <source>Entitlements</source>
            <translation>اہلیت</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>A cache already exists in this folder; it will not be overwritten.</source>
            <translation>اس فولڈر میں کیش پہلے سے موجود ہے؛ اسے مٹایا نہیں جائے گا۔</translation>
        </message>
        <message>
            <source>A day that has not started yet cannot be signed off.</source>
            <translation>جو دن ابھی شروع نہیں ہوا اس پر دستخط نہیں ہو سکتے۔</translation>
        </message>
        <message>
            <source>A user with that name already exists. Choose another user name.</source>
            <translation>اس نام کا صارف پہلے سے موجود ہے۔ کوئی اور صارف نام چنیں۔</translation>
        </message>
        <message>
            <source>Could not finish</source>
            <translation>مکمل نہیں ہو سکا</translation>
        </message>
        <message>
            <source>Information is missing for {scheme}: {fields}. Complete the record first.</source>
            <translation>{scheme} کے لیے معلومات نامکمل ہیں: {fields}۔ پہلے ریکارڈ مکمل کریں۔</translation>
        </message>
        <message>
            <source>No scheme catalog is installed for '{catalog}', so entitlements cannot be checked. Ask your supervisor to choose the country catalog in settings.</source>
            <translation>'{catalog}' کے لیے کوئی اسکیم کیٹلاگ نصب نہیں، اس لیے اہلیت نہیں جانچی جا سکتی۔ اپنے سپروائزر سے کہیں کہ سیٹنگز میں ملک کا کیٹلاگ منتخب کریں۔</translation>
        </message>
        <message>
            <source>Not eligible for {scheme}: {criteria}.</source>
            <translation>{scheme} کے لیے اہل نہیں: {criteria}۔</translation>
        </message>
        <message>
            <source>Only a refused registration or edit of a person can be corrected and sent again. Discard this change instead, with the reason.</source>
            <translation>صرف کسی فرد کی مسترد رجسٹریشن یا ترمیم درست کر کے دوبارہ بھیجی جا سکتی ہے۔ اس کے بجائے یہ تبدیلی وجہ کے ساتھ ترک کریں۔</translation>
        </message>
        <message>
            <source>Part of the download arrived damaged. It will be fetched again; nothing damaged was saved.</source>
            <translation>ڈاؤن لوڈ کا کچھ حصہ خراب حالت میں پہنچا۔ اسے دوبارہ لایا جائے گا؛ کوئی خراب ڈیٹا محفوظ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Some answers need correcting. Nothing was saved.</source>
            <translation>کچھ جوابات درست کرنے ہیں۔ کچھ محفوظ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Someone has already resolved this conflict. The list has been refreshed.</source>
            <translation>کوئی پہلے ہی اس تنازع کا فیصلہ کر چکا ہے۔ فہرست تازہ کر دی گئی ہے۔</translation>
        </message>
        <message>
            <source>Sorry, OneStop met an unexpected problem and could not finish this step. Anything saved before is safe. Please tell your supervisor; the details were written to:</source>
            <translation>معذرت، OneStop کو ایک غیر متوقع مسئلہ پیش آیا اور یہ مرحلہ مکمل نہیں ہو سکا۔ جو کچھ پہلے محفوظ ہوا وہ محفوظ ہے۔ براہِ کرم اپنے سپروائزر کو بتائیں؛ تفصیلات یہاں لکھی گئی ہیں:</translation>
        </message>
        <message>
            <source>Sync could not finish. Your work is kept on this computer and will be sent later.</source>
            <translation>سنک مکمل نہیں ہو سکا۔ آپ کا کام اس کمپیوٹر پر محفوظ ہے اور بعد میں بھیج دیا جائے گا۔</translation>
        </message>
        <message>
            <source>The corrected values are the same as the registry's, so there is nothing to send. Discard the change instead, with the reason.</source>
            <translation>درست کی گئی قدریں رجسٹری جیسی ہیں، اس لیے بھیجنے کو کچھ نہیں۔ اس کے بجائے تبدیلی وجہ کے ساتھ ترک کریں۔</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space (or call your supervisor), then try again. What you typed is still on the screen.</source>
            <translation>ڈسک بھر گئی ہے، اس لیے کچھ محفوظ نہیں ہوا۔ کچھ جگہ خالی کریں (یا اپنے سپروائزر کو بلائیں)، پھر دوبارہ کوشش کریں۔ آپ نے جو لکھا وہ ابھی اسکرین پر موجود ہے۔</translation>
        </message>
        <message>
            <source>The key file of this cache is damaged, so the data cannot be opened. Do not set up a new cache: ask your supervisor to restore the key file (onestop.keys) from backup.</source>
            <translation>اس کیش کی کلیدی فائل خراب ہے، اس لیے ڈیٹا نہیں کھل سکتا۔ نیا کیش نہ بنائیں: اپنے سپروائزر سے کہیں کہ بیک اپ سے کلیدی فائل (onestop.keys) بحال کریں۔</translation>
        </message>
        <message>
            <source>The key file of this cache is missing, so the data cannot be opened. Do not set up a new cache: ask your supervisor to restore the key file (onestop.keys) from backup or to recover the device through the registry.</source>
            <translation>اس کیش کی کلیدی فائل موجود نہیں، اس لیے ڈیٹا نہیں کھل سکتا۔ نیا کیش نہ بنائیں: اپنے سپروائزر سے کہیں کہ بیک اپ سے کلیدی فائل (onestop.keys) بحال کریں یا رجسٹری کے ذریعے ڈیوائس بحال کریں۔</translation>
        </message>
        <message>
            <source>The last supervisor cannot be removed: add another supervisor first.</source>
            <translation>آخری سپروائزر کو ہٹایا نہیں جا سکتا: پہلے کوئی دوسرا سپروائزر شامل کریں۔</translation>
        </message>
        <message>
            <source>The local cache could not complete the operation.</source>
            <translation>مقامی کیش یہ کام مکمل نہیں کر سکا۔</translation>
        </message>
        <message>
            <source>The local data failed its integrity check and was not opened. Nothing was changed. Call your supervisor: the cache must be restored from backup or downloaded again.</source>
            <translation>مقامی ڈیٹا سالمیت کی جانچ میں ناکام رہا اور کھولا نہیں گیا۔ کچھ تبدیل نہیں ہوا۔ اپنے سپروائزر کو بلائیں: کیش کو بیک اپ سے بحال کرنا یا دوبارہ ڈاؤن لوڈ کرنا ہوگا۔</translation>
        </message>
        <message>
            <source>The local data is in use by another OneStop window or program. Close it, then try again.</source>
            <translation>مقامی ڈیٹا کسی دوسری OneStop ونڈو یا پروگرام میں استعمال ہو رہا ہے۔ اسے بند کریں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The note can have at most {count} characters. Nothing was changed.</source>
            <translation>نوٹ میں زیادہ سے زیادہ {count} حروف ہو سکتے ہیں۔ کچھ تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <source>The password must have at least {count} characters.</source>
            <translation>پاس ورڈ میں کم از کم {count} حروف ہونے چاہییں۔</translation>
        </message>
        <message>
            <source>The record this change was about is no longer on this device. Discard the change instead, with the reason.</source>
            <translation>جس ریکارڈ کے بارے میں یہ تبدیلی تھی وہ اب اس ڈیوائس پر نہیں۔ اس کے بجائے تبدیلی وجہ کے ساتھ ترک کریں۔</translation>
        </message>
        <message>
            <source>The registry cannot be reached. Keep working: changes are kept on this computer and are sent automatically when the connection is back.</source>
            <translation>رجسٹری سے رابطہ نہیں ہو پا رہا۔ کام جاری رکھیں: تبدیلیاں اس کمپیوٹر پر محفوظ ہیں اور رابطہ بحال ہونے پر خود بخود بھیج دی جائیں گی۔</translation>
        </message>
        <message>
            <source>The registry did not accept the value. Check it and try again.</source>
            <translation>رجسٹری نے قدر قبول نہیں کی۔ اسے جانچیں اور دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The registry did not accept this enrolment code. Check the code (it can be used once and expires), or ask the registry operator for a new one.</source>
            <translation>رجسٹری نے یہ اندراج کوڈ قبول نہیں کیا۔ کوڈ جانچیں (یہ صرف ایک بار استعمال ہو سکتا ہے اور اس کی میعاد ختم ہو جاتی ہے)، یا رجسٹری آپریٹر سے نیا کوڈ مانگیں۔</translation>
        </message>
        <message>
            <source>The registry did not issue a card for this person.</source>
            <translation>رجسٹری نے اس شخص کے لیے کارڈ جاری نہیں کیا۔</translation>
        </message>
        <message>
            <source>The registry does not allow your role to do this. Ask your supervisor or the registry operator.</source>
            <translation>رجسٹری آپ کے عہدے کو یہ کرنے کی اجازت نہیں دیتی۔ اپنے سپروائزر یا رجسٹری آپریٹر سے پوچھیں۔</translation>
        </message>
        <message>
            <source>The registry does not recognise this computer. Ask your supervisor to enrol it again. Your work stays on this computer.</source>
            <translation>رجسٹری اس کمپیوٹر کو نہیں پہچانتی۔ اپنے سپروائزر سے کہیں کہ اس کا دوبارہ اندراج کریں۔ آپ کا کام اسی کمپیوٹر پر رہے گا۔</translation>
        </message>
        <message>
            <source>The registry gave an answer this version of OneStop does not understand. Your work is kept on this computer. Tell your supervisor; an update may be needed.</source>
            <translation>رجسٹری نے ایسا جواب دیا جو OneStop کا یہ ورژن نہیں سمجھتا۔ آپ کا کام اس کمپیوٹر پر محفوظ ہے۔ اپنے سپروائزر کو بتائیں؛ شاید اپ ڈیٹ کی ضرورت ہو۔</translation>
        </message>
        <message>
            <source>The registry has no users for this district yet. Ask the registry operator to add users, then enrol this computer again.</source>
            <translation>رجسٹری میں ابھی اس ضلع کے لیے کوئی صارف نہیں۔ رجسٹری آپریٹر سے صارفین شامل کرنے کو کہیں، پھر اس کمپیوٹر کا دوبارہ اندراج کریں۔</translation>
        </message>
        <message>
            <source>The registry is busy. Keep working: sync will try again by itself in a few minutes.</source>
            <translation>رجسٹری مصروف ہے۔ کام جاری رکھیں: سنک چند منٹ میں خود دوبارہ کوشش کرے گا۔</translation>
        </message>
        <message>
            <source>The user name or password is not right. Check them and try again.</source>
            <translation>صارف نام یا پاس ورڈ درست نہیں۔ انہیں جانچیں اور دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>There are no changes waiting to be sent, so no bundle was written.</source>
            <translation>بھیجنے کے لیے کوئی تبدیلی منتظر نہیں، اس لیے کوئی بنڈل نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>There is a key file but no data file. Do not set up a new cache: ask your supervisor to restore the data file (onestop.db) from backup.</source>
            <translation>کلیدی فائل موجود ہے مگر ڈیٹا فائل نہیں۔ نیا کیش نہ بنائیں: اپنے سپروائزر سے کہیں کہ بیک اپ سے ڈیٹا فائل (onestop.db) بحال کریں۔</translation>
        </message>
        <message>
            <source>There is already an application or enrolment for {scheme}.</source>
            <translation>{scheme} کے لیے پہلے سے درخواست یا اندراج موجود ہے۔</translation>
        </message>
        <message>
            <source>There is no such user on this device.</source>
            <translation>اس ڈیوائس پر ایسا کوئی صارف نہیں۔</translation>
        </message>
        <message>
            <source>These answers cannot be corrected here: {fields}. Discard the change, with the reason, and make the change again on the record. Nothing was saved.</source>
            <translation>یہ جوابات یہاں درست نہیں کیے جا سکتے: {fields}۔ تبدیلی وجہ کے ساتھ ترک کریں، اور ریکارڈ پر تبدیلی دوبارہ کریں۔ کچھ محفوظ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>This address does not answer like a OneStop registry. Check the registry address with your supervisor.</source>
            <translation>یہ پتہ ون اسٹاپ رجسٹری کی طرح جواب نہیں دیتا۔ رجسٹری کا پتہ اپنے سپروائزر سے چیک کریں۔</translation>
        </message>
        <message>
            <source>This change was not refused by the registry (or is no longer on this device), so there is nothing to resolve. Refresh the list.</source>
            <translation>رجسٹری نے یہ تبدیلی مسترد نہیں کی (یا یہ اب اس ڈیوائس پر نہیں)، اس لیے نمٹانے کو کچھ نہیں۔ فہرست تازہ کریں۔</translation>
        </message>
        <message>
            <source>This computer has not received the registry's keys yet. Sync once over a connection (or at the office), then export bundles.</source>
            <translation>اس کمپیوٹر کو ابھی رجسٹری کی چابیاں نہیں ملیں۔ ایک بار رابطے پر (یا دفتر میں) ہم آہنگی کریں، پھر بنڈل برآمد کریں۔</translation>
        </message>
        <message>
            <source>This computer works on its own and is not connected to a registry, so there is nothing to sync.</source>
            <translation>یہ کمپیوٹر الگ تھلگ کام کرتا ہے اور کسی رجسٹری سے جڑا نہیں، اس لیے سنک کرنے کو کچھ نہیں۔</translation>
        </message>
        <message>
            <source>This computer's access to the registry has been withdrawn. Ask your supervisor or the registry operator. Nothing on this computer has been deleted.</source>
            <translation>اس کمپیوٹر کی رجسٹری تک رسائی واپس لے لی گئی ہے۔ اپنے سپروائزر یا رجسٹری آپریٹر سے رابطہ کریں۔ اس کمپیوٹر سے کچھ بھی حذف نہیں ہوا۔</translation>
        </message>
        <message>
            <source>This conflict is no longer on the registry. The list has been refreshed.</source>
            <translation>یہ تنازع اب رجسٹری میں نہیں۔ فہرست تازہ کر دی گئی ہے۔</translation>
        </message>
        <message>
            <source>This day has already been signed off at the registry.</source>
            <translation>اس دن پر رجسٹری میں پہلے ہی دستخط ہو چکے ہیں۔</translation>
        </message>
        <message>
            <source>This day has already been signed off on this device.</source>
            <translation>اس دن پر اس ڈیوائس پر پہلے ہی دستخط ہو چکے ہیں۔</translation>
        </message>
        <message>
            <source>This device has used all of its registry numbers. Connect to the registry and sync to receive a new block, then register again. Nothing was saved.</source>
            <translation>اس ڈیوائس کے تمام رجسٹری نمبر استعمال ہو چکے ہیں۔ نئے نمبر لینے کے لیے رجسٹری سے جڑ کر سنک کریں، پھر دوبارہ رجسٹر کریں۔ کچھ محفوظ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>This file cannot be used: {why} Nothing was changed. Ask for a new bundle from the computer that made it.</source>
            <translation>یہ فائل استعمال نہیں ہو سکتی: {why} کچھ تبدیل نہیں ہوا۔ جس کمپیوٹر نے یہ بنائی اس سے نیا بنڈل مانگیں۔</translation>
        </message>
        <message>
            <source>This person is not in the local records.</source>
            <translation>یہ شخص مقامی ریکارڈ میں موجود نہیں۔</translation>
        </message>
        <message>
            <source>This record was changed elsewhere while you were editing it. Open it again, check the new values, then make your change. Nothing was saved.</source>
            <translation>آپ کے ترمیم کرنے کے دوران یہ ریکارڈ کہیں اور تبدیل ہو گیا۔ اسے دوبارہ کھولیں، نئی معلومات دیکھیں، پھر اپنی تبدیلی کریں۔ کچھ محفوظ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>This refused change has already been resubmitted or discarded. Refresh the list.</source>
            <translation>یہ مسترد تبدیلی پہلے ہی دوبارہ بھیجی یا ترک کی جا چکی ہے۔ فہرست تازہ کریں۔</translation>
        </message>
        <message>
            <source>This scheme is not open for applications today.</source>
            <translation>آج اس اسکیم میں درخواستیں نہیں لی جا رہیں۔</translation>
        </message>
        <message>
            <source>Too many failed attempts. Wait {seconds} seconds, then try again.</source>
            <translation>بہت زیادہ ناکام کوششیں۔ {seconds} سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>غیر متوقع مسئلہ</translation>
        </message>
        <message>
            <source>Write the reason for discarding this change. Nothing was changed.</source>
            <translation>اس تبدیلی کو ترک کرنے کی وجہ لکھیں۔ کچھ تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <source>You cannot remove yourself.</source>
            <translation>آپ خود کو نہیں ہٹا سکتے۔</translation>
        </message>
        <message>
            <source>Your role does not allow this. Ask your supervisor.</source>
            <translation>آپ کے کردار میں اس کی اجازت نہیں۔ اپنے سپروائزر سے کہیں۔</translation>
        </message>
        <message>
            <source>the OneStop log file</source>
            <translation>OneStop کی لاگ فائل</translation>
        </message>
        <message>
            <source>{scheme} cannot be combined with {others}, which this person receives.</source>
            <translation>{scheme} کو {others} کے ساتھ نہیں ملایا جا سکتا، جو اس شخص کو پہلے سے مل رہی ہے۔</translation>
        </message>
    </context>
    <context>
        <name>FatalView</name>
        <message>
            <source>&amp;Quit</source>
            <translation>بند کریں (&amp;Q)</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>ڈیٹا فولڈر: %1</translation>
        </message>
        <message>
            <source>OneStop cannot open the data on this computer</source>
            <translation>OneStop اس کمپیوٹر پر ڈیٹا نہیں کھول سکتا</translation>
        </message>
    </context>
    <context>
        <name>FirstStartView</name>
        <message>
            <source>&amp;Connect to a registry</source>
            <translation>رجسٹری سے &amp;منسلک کریں</translation>
        </message>
        <message>
            <source>&amp;Work on this computer only</source>
            <translation>صرف اس &amp;کمپیوٹر پر کام کریں</translation>
        </message>
        <message>
            <source>For an office that shares its records with the district registry. You need the registry address and a one-time code from the registry operator.</source>
            <translation>اس دفتر کے لیے جو اپنے ریکارڈ ضلعی رجسٹری کے ساتھ شیئر کرتا ہے۔ آپ کو رجسٹری آپریٹر سے رجسٹری کا پتہ اور ایک بار کا کوڈ چاہیے۔</translation>
        </message>
        <message>
            <source>For an office without a registry. The records stay on this computer; the first supervisor adds the other users.</source>
            <translation>بغیر رجسٹری والے دفتر کے لیے۔ ریکارڈ اسی کمپیوٹر پر رہتے ہیں؛ پہلا سپروائزر باقی صارفین شامل کرتا ہے۔</translation>
        </message>
        <message>
            <source>Set up OneStop on this computer</source>
            <translation>اس کمپیوٹر پر OneStop سیٹ اپ کریں</translation>
        </message>
        <message>
            <source>This is the first start on this computer. Choose one:</source>
            <translation>اس کمپیوٹر پر یہ پہلی بار ہے۔ ایک منتخب کریں:</translation>
        </message>
    </context>
    <context>
        <name>FormWidget</name>
        <message>
            <source>Add member</source>
            <translation>فرد شامل کریں</translation>
        </message>
        <message>
            <source>Alt+Down opens a calendar</source>
            <translation>کیلنڈر کے لیے Alt+Down دبائیں</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>کیلنڈر</translation>
        </message>
        <message>
            <source>Member %1</source>
            <translation>فرد %1</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <source>Open calendar</source>
            <translation>کیلنڈر کھولیں</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>فرد ہٹائیں</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>لازمی</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ہاں</translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <source>Enter your password.</source>
            <translation>اپنا پاس ورڈ درج کریں۔</translation>
        </message>
    </context>
    <context>
        <name>LockView</name>
        <message>
            <source>&amp;Password</source>
            <translation>پاس ورڈ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>کھولیں (&amp;U)</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>لاگ آؤٹ (&amp;O)</translation>
        </message>
        <message>
            <source>OneStop is locked</source>
            <translation>OneStop مقفل ہے</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>پاس ورڈ</translation>
        </message>
        <message>
            <source>The screen was locked because nobody used it for a while. %1, enter your password to continue where you were.</source>
            <translation>اسکرین مقفل کر دی گئی کیونکہ کچھ دیر سے کسی نے اسے استعمال نہیں کیا۔ %1، جہاں تھے وہیں سے جاری رکھنے کے لیے اپنا پاس ورڈ درج کریں۔</translation>
        </message>
    </context>
    <context>
        <name>LoginController</name>
        <message>
            <source>Enter your user name and your password.</source>
            <translation>اپنا صارف نام اور پاس ورڈ درج کریں۔</translation>
        </message>
    </context>
    <context>
        <name>LoginView</name>
        <message>
            <source>&amp;Password</source>
            <translation>پاس ورڈ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>صارف نام (&amp;U)</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>لاگ اِن کریں</translation>
        </message>
        <message>
            <source>Log in with your own user name and password.</source>
            <translation>اپنے صارف نام اور پاس ورڈ سے لاگ اِن کریں۔</translation>
        </message>
        <message>
            <source>OneStop</source>
            <translation>OneStop</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>پاس ورڈ</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>صارف نام</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Account</source>
            <translation>اکاؤنٹ (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Change my password…</source>
            <translation>میرا پاس ورڈ تبدیل کریں… (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Day and sign-off</source>
            <translation>دن اور دستخط (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>جائیں (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مدد (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>زیادہ کنٹراسٹ (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>کی بورڈ شارٹ کٹس (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>بڑا متن (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Lock the screen</source>
            <translation>اسکرین مقفل کریں (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>متن کا عام سائز (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>بند کریں (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>رجسٹریشن (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>تلاش (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>چھوٹا متن (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>صارفین (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>منظر (&amp;V)</translation>
        </message>
        <message>
            <source>Ctrl++  Larger text</source>
            <translation>Ctrl++  بڑا متن</translation>
        </message>
        <message>
            <source>Ctrl+-  Smaller text</source>
            <translation>Ctrl+-  چھوٹا متن</translation>
        </message>
        <message>
            <source>Ctrl+0  Normal text size</source>
            <translation>Ctrl+0  متن کا عام سائز</translation>
        </message>
        <message>
            <source>Ctrl+D  The day's work and sign-off (supervisors)</source>
            <translation>Ctrl+D  دن کا کام اور دستخط (سپروائزر)</translation>
        </message>
        <message>
            <source>Ctrl+E  Edit the person shown</source>
            <translation>Ctrl+E  دکھائے گئے شخص میں ترمیم</translation>
        </message>
        <message>
            <source>Ctrl+F  Search</source>
            <translation>Ctrl+F  تلاش</translation>
        </message>
        <message>
            <source>Ctrl+L  Lock the screen</source>
            <translation>Ctrl+L  اسکرین مقفل کریں</translation>
        </message>
        <message>
            <source>Ctrl+N  Register a household</source>
            <translation>Ctrl+N  گھرانہ رجسٹر کریں</translation>
        </message>
        <message>
            <source>Ctrl+P  Print the slip after an application</source>
            <translation>Ctrl+P  درخواست کے بعد رسید پرنٹ کریں</translation>
        </message>
        <message>
            <source>Ctrl+S  Save the registration, or the record being edited</source>
            <translation>Ctrl+S  رجسٹریشن یا زیرِ ترمیم ریکارڈ محفوظ کریں</translation>
        </message>
        <message>
            <source>Ctrl+U  Users (supervisors)</source>
            <translation>Ctrl+U  صارفین (سپروائزر)</translation>
        </message>
        <message>
            <source>Down  From the search box into the results</source>
            <translation>Down  تلاش کے خانے سے نتائج میں</translation>
        </message>
        <message>
            <source>Enter  Search, or open the chosen person</source>
            <translation>Enter  تلاش کریں، یا منتخب شخص کھولیں</translation>
        </message>
        <message>
            <source>Esc  Leave the edit page without saving</source>
            <translation>Esc  محفوظ کیے بغیر ترمیم کا صفحہ چھوڑیں</translation>
        </message>
        <message>
            <source>F5  Sync now (computers connected to a registry)</source>
            <translation>F5  ابھی ہم آہنگ کریں (رجسٹری سے منسلک کمپیوٹر)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>کی بورڈ شارٹ کٹس</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>زبان (&amp;A)</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>لاگ آؤٹ (&amp;O)</translation>
        </message>
        <message>
            <source>OneStop</source>
            <translation>OneStop</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>ابھی &amp;ہم آہنگ کریں</translation>
        </message>
        <message>
            <source>Space  Open or close a scheme's conditions</source>
            <translation>Space  اسکیم کی شرائط کھولیں یا بند کریں</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>ابھی ہم آہنگ کریں</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>ابھی ہم آہنگ کریں (F5)</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>ہم آہنگی کی پیش رفت</translation>
        </message>
    </context>
    <context>
        <name>Models</name>
        <message>
            <source>Applied or enrolled</source>
            <translation>درخواست دی یا شامل</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>تاریخ پیدائش</translation>
        </message>
        <message>
            <source>Eligible now</source>
            <translation>ابھی اہل</translation>
        </message>
        <message>
            <source>Father/husband</source>
            <translation>والد/شوہر</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>شناختی نمبر</translation>
        </message>
        <message>
            <source>Information missing</source>
            <translation>معلومات نامکمل</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>فرد</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Registry number</source>
            <translation>رجسٹری نمبر</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>رشتہ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>کردار</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>جنس</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>صارف نام</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>گاؤں</translation>
        </message>
        <message>
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <source>When</source>
            <translation>کب</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>کس نے</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Current password</source>
            <translation>موجودہ پاس ورڈ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;New password</source>
            <translation>نیا پاس ورڈ (&amp;N)</translation>
        </message>
        <message>
            <source>At least 8 characters</source>
            <translation>کم از کم 8 حروف</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>پاس ورڈ تبدیل کریں</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>موجودہ پاس ورڈ</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>نیا پاس ورڈ</translation>
        </message>
        <message>
            <source>New password &amp;again</source>
            <translation>نیا پاس ورڈ دوبارہ (&amp;A)</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>نیا پاس ورڈ دوبارہ</translation>
        </message>
        <message>
            <source>User</source>
            <translation>صارف</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <source>Address</source>
            <translation>پتہ</translation>
        </message>
        <message>
            <source>Consent and registration</source>
            <translation>رضامندی اور رجسٹریشن</translation>
        </message>
        <message>
            <source>Consent recorded</source>
            <translation>رضامندی درج ہے</translation>
        </message>
        <message>
            <source>Consent recorded by</source>
            <translation>رضامندی درج کرنے والا</translation>
        </message>
        <message>
            <source>Functioning (disability)</source>
            <translation>جسمانی کارکردگی (معذوری)</translation>
        </message>
        <message>
            <source>Household %1, %2 member(s)</source>
            <translation>گھرانہ %1، %2 افراد</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>نہیں پوچھا گیا</translation>
        </message>
        <message>
            <source>Not in a household.</source>
            <translation>کسی گھرانے میں شامل نہیں۔</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Registered at office</source>
            <translation>رجسٹریشن کا دفتر</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>رجسٹر کرنے والا</translation>
        </message>
        <message>
            <source>Registry no. %1</source>
            <translation>رجسٹری نمبر %1</translation>
        </message>
        <message>
            <source>This record was not found.</source>
            <translation>یہ ریکارڈ نہیں ملا۔</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>اندازاً</translation>
        </message>
        <message>
            <source>poverty score %1</source>
            <translation>غربت اسکور %1</translation>
        </message>
    </context>
    <context>
        <name>PersonView</name>
        <message>
            <source>&amp;Edit (Ctrl+E)</source>
            <translation>ترمیم (Ctrl+E)</translation>
        </message>
        <message>
            <source>&amp;Print card…</source>
            <translation>کارڈ پرنٹ کریں… (&amp;P)</translation>
        </message>
        <message>
            <source>Back to search results</source>
            <translation>تلاش کے نتائج پر واپس</translation>
        </message>
        <message>
            <source>History</source>
            <translation>تاریخچہ</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>گھرانہ</translation>
        </message>
        <message>
            <source>Household members</source>
            <translation>گھرانے کے افراد</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>افراد</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Reprint &amp;lost card…</source>
            <translation>گم شدہ کارڈ دوبارہ پرنٹ کریں… (&amp;L)</translation>
        </message>
        <message>
            <source>Who in the household is entitled to what</source>
            <translation>گھرانے میں کون کس چیز کا حقدار ہے</translation>
        </message>
        <message>
            <source>Who is entitled to what</source>
            <translation>کون کس کا حقدار ہے</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message numerus="yes">
            <source>(and %Ln more)</source>
            <translation>
                <numerusform>(اور %Ln مزید)</numerusform>
                <numerusform>(اور %Ln مزید)</numerusform>
            </translation>
        </message>
        <message>
            <source>Household registry number: %1</source>
            <translation>گھرانے کا رجسٹری نمبر: %1</translation>
        </message>
        <message>
            <source>Looking for people already registered…</source>
            <translation>پہلے سے رجسٹرڈ لوگوں کو تلاش کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Member %1 — %2</source>
            <translation>فرد %1 — %2</translation>
        </message>
        <message>
            <source>Member %1: %2</source>
            <translation>فرد %1: %2</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>محفوظ نہیں ہوا</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>کچھ محفوظ نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Nothing was saved. Please correct: %1</source>
            <translation>کچھ محفوظ نہیں ہوا۔ براہِ کرم درست کریں: %1</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>رجسٹرڈ</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>محفوظ ہو رہا ہے…</translation>
        </message>
        <message>
            <source>The household was registered.</source>
            <translation>گھرانہ رجسٹر ہو گیا۔</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>یہ ایک ہی شخص کیوں ہو سکتا ہے</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>محفوظ کریں (Ctrl+S)</translation>
        </message>
        <message>
            <source>C&amp;lear the form</source>
            <translation>فارم صاف کریں (&amp;L)</translation>
        </message>
        <message>
            <source>Fill in where the household lives and each member, the head first. Possible duplicates are shown before anything is saved.</source>
            <translation>گھرانہ کہاں رہتا ہے اور ہر فرد کی معلومات بھریں، سربراہ سے شروع کریں۔ کچھ محفوظ کرنے سے پہلے ممکنہ دہرے اندراج دکھائے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Register a household</source>
            <translation>گھرانہ رجسٹر کریں</translation>
        </message>
    </context>
    <context>
        <name>SchemeCardWidget</name>
        <message>
            <source>Apply for %1</source>
            <translation>%1 کے لیے درخواست دیں</translation>
        </message>
        <message>
            <source>Apply…</source>
            <translation>درخواست دیں…</translation>
        </message>
        <message>
            <source>Benefit</source>
            <translation>فائدہ</translation>
        </message>
        <message>
            <source>Complete the record</source>
            <translation>ریکارڈ مکمل کریں</translation>
        </message>
        <message>
            <source>Complete the record for %1</source>
            <translation>%1 کے لیے ریکارڈ مکمل کریں</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>شرائط</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>تفصیل: %1</translation>
        </message>
        <message>
            <source>Documents to bring</source>
            <translation>ساتھ لانے والی دستاویزات</translation>
        </message>
    </context>
    <context>
        <name>SearchController</name>
        <message numerus="yes">
            <source>%Ln found</source>
            <translation>
                <numerusform>%Ln ملا</numerusform>
                <numerusform>%Ln ملے</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking the card…</source>
            <translation>کارڈ کی جانچ ہو رہی ہے…</translation>
        </message>
        <message>
            <source>Nothing found — register a new person?</source>
            <translation>کچھ نہیں ملا — نیا شخص رجسٹر کریں؟</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>تلاش جاری ہے…</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Find a person</source>
            <translation>کسی شخص کو تلاش کریں</translation>
        </message>
        <message>
            <source>Name, ID number, registry number or phone</source>
            <translation>نام، شناختی نمبر، رجسٹری نمبر یا فون</translation>
        </message>
        <message>
            <source>Read a card from a &amp;picture…</source>
            <translation>تصویر سے کارڈ پڑھیں… (&amp;P)</translation>
        </message>
        <message>
            <source>Register a new person</source>
            <translation>نیا شخص رجسٹر کریں</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>تلاش کریں</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>تلاش کا نتیجہ</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>تلاش کے نتائج</translation>
        </message>
    </context>
    <context>
        <name>SetupController</name>
        <message>
            <source>Creating the encrypted cache. This takes a moment…</source>
            <translation>خفیہ کیش بنایا جا رہا ہے۔ اس میں کچھ وقت لگتا ہے…</translation>
        </message>
        <message>
            <source>Enter a user name.</source>
            <translation>صارف نام درج کریں۔</translation>
        </message>
        <message>
            <source>Enter the district code.</source>
            <translation>ضلع کا کوڈ درج کریں۔</translation>
        </message>
        <message>
            <source>Enter the office code.</source>
            <translation>دفتر کا کوڈ درج کریں۔</translation>
        </message>
        <message>
            <source>Enter the supervisor's name.</source>
            <translation>سپروائزر کا نام درج کریں۔</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>پاس ورڈ میں کم از کم %1 حروف ہونے چاہییں۔</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>دونوں پاس ورڈ ایک جیسے نہیں ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>SetupView</name>
        <message>
            <source>&amp;District code</source>
            <translation>ضلع کا کوڈ (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Office code</source>
            <translation>دفتر کا کوڈ (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>پاس ورڈ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>صارف نام (&amp;U)</translation>
        </message>
        <message>
            <source>At least 8 characters</source>
            <translation>کم از کم 8 حروف</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>ملک (&amp;U)</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>ملک</translation>
        </message>
        <message>
            <source>Create the local cache</source>
            <translation>مقامی کیش بنائیں</translation>
        </message>
        <message>
            <source>District code</source>
            <translation>ضلع کا کوڈ</translation>
        </message>
        <message>
            <source>Office code</source>
            <translation>دفتر کا کوڈ</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>پاس ورڈ</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>پاس ورڈ دوبارہ (&amp;A)</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>پاس ورڈ دوبارہ</translation>
        </message>
        <message>
            <source>Set up OneStop on this computer</source>
            <translation>اس کمپیوٹر پر OneStop سیٹ اپ کریں</translation>
        </message>
        <message>
            <source>Supervisor's &amp;full name</source>
            <translation>سپروائزر کا پورا نام (&amp;F)</translation>
        </message>
        <message>
            <source>Supervisor's full name</source>
            <translation>سپروائزر کا پورا نام</translation>
        </message>
        <message>
            <source>The data on this computer is encrypted. Its key file, onestop.keys, will be in the folder below. Copy it to a USB stick kept locked away as soon as setup is done: without the key file the data cannot be opened, not even by you.</source>
            <translation>اس کمپیوٹر پر ڈیٹا خفیہ (encrypted) ہے۔ اس کی کلیدی فائل onestop.keys نیچے دیے گئے فولڈر میں ہوگی۔ سیٹ اپ مکمل ہوتے ہی اسے USB اسٹک پر کاپی کر کے تالے میں رکھیں: کلیدی فائل کے بغیر ڈیٹا نہیں کھل سکتا، آپ سے بھی نہیں۔</translation>
        </message>
        <message>
            <source>This is the first start on this computer. Enter the office details and the first supervisor, who can then add the other users.</source>
            <translation>یہ اس کمپیوٹر پر پہلی بار چلایا جا رہا ہے۔ دفتر کی تفصیلات اور پہلے سپروائزر کی معلومات درج کریں، جو بعد میں دوسرے صارفین شامل کر سکتا ہے۔</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>صارف نام</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Acknowledgement %1</source>
            <translation>رسید %1</translation>
        </message>
        <message>
            <source>Acknowledgement of application</source>
            <translation>درخواست کی رسید</translation>
        </message>
        <message>
            <source>Application reference</source>
            <translation>درخواست کا حوالہ نمبر</translation>
        </message>
        <message>
            <source>Benefit</source>
            <translation>فائدہ</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>کلرک</translation>
        </message>
        <message>
            <source>Date and time: %1</source>
            <translation>تاریخ اور وقت: %1</translation>
        </message>
        <message>
            <source>Documents to bring</source>
            <translation>ساتھ لانے والی دستاویزات</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>None</source>
            <translation>کوئی نہیں</translation>
        </message>
        <message>
            <source>Office: %1</source>
            <translation>دفتر: %1</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF دستاویزات (*.pdf)</translation>
        </message>
        <message>
            <source>Print the slip, or save it as PDF, for the applicant to keep.</source>
            <translation>درخواست گزار کے لیے رسید پرنٹ کریں یا PDF کے طور پر محفوظ کریں۔</translation>
        </message>
        <message>
            <source>Registry number</source>
            <translation>رجسٹری نمبر</translation>
        </message>
        <message>
            <source>Save the slip as PDF</source>
            <translation>رسید PDF کے طور پر محفوظ کریں</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>%1 کے طور پر محفوظ ہوا</translation>
        </message>
        <message>
            <source>Scheme</source>
            <translation>اسکیم</translation>
        </message>
        <message>
            <source>Signed card</source>
            <translation>دستخط شدہ کارڈ</translation>
        </message>
        <message>
            <source>The slip could not be printed. Check the printer, then try again.</source>
            <translation>رسید پرنٹ نہیں ہو سکی۔ پرنٹر دیکھیں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The slip could not be saved there. Choose another folder, then try again.</source>
            <translation>رسید وہاں محفوظ نہیں ہو سکی۔ کوئی اور فولڈر چنیں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The slip was saved as %1</source>
            <translation>رسید %1 کے طور پر محفوظ ہو گئی</translation>
        </message>
        <message>
            <source>The slip was sent to the printer.</source>
            <translation>رسید پرنٹر کو بھیج دی گئی۔</translation>
        </message>
        <message>
            <source>This slip confirms that the application was received. It is not a decision: you will be told the outcome. Keep this slip and bring it with the documents listed above.</source>
            <translation>یہ رسید تصدیق کرتی ہے کہ درخواست وصول ہو گئی ہے۔ یہ فیصلہ نہیں ہے: نتیجہ آپ کو بتایا جائے گا۔ یہ رسید سنبھال کر رکھیں اور اوپر درج دستاویزات کے ساتھ لائیں۔</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Building the search index</source>
            <translation>تلاش کا انڈیکس بن رہا ہے</translation>
        </message>
        <message>
            <source>Connecting to the registry…</source>
            <translation>رجسٹری سے رابطہ ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Downloading the district's records</source>
            <translation>ضلع کے ریکارڈ ڈاؤن لوڈ ہو رہے ہیں</translation>
        </message>
        <message>
            <source>Last sync: %1 ago</source>
            <translation>آخری ہم آہنگی: %1 پہلے</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>ابھی تک ہم آہنگی نہیں ہوئی</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>آف لائن</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>آن لائن</translation>
        </message>
        <message>
            <source>Preparing the records for use</source>
            <translation>ریکارڈ استعمال کے لیے تیار ہو رہے ہیں</translation>
        </message>
        <message>
            <source>Receiving changes</source>
            <translation>تبدیلیاں موصول ہو رہی ہیں</translation>
        </message>
        <message>
            <source>Registry busy</source>
            <translation>رجسٹری مصروف ہے</translation>
        </message>
        <message>
            <source>Registry: %1</source>
            <translation>رجسٹری: %1</translation>
        </message>
        <message>
            <source>Sending changes</source>
            <translation>تبدیلیاں بھیجی جا رہی ہیں</translation>
        </message>
        <message>
            <source>Standalone: not connected to a registry</source>
            <translation>الگ تھلگ: کسی رجسٹری سے منسلک نہیں</translation>
        </message>
        <message>
            <source>Sync needs attention</source>
            <translation>ہم آہنگی پر توجہ درکار ہے</translation>
        </message>
        <message>
            <source>Sync problem</source>
            <translation>ہم آہنگی میں مسئلہ</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>ہم آہنگی جاری ہے…</translation>
        </message>
        <message>
            <source>This computer works on its own; nothing is sent anywhere.</source>
            <translation>یہ کمپیوٹر الگ سے کام کرتا ہے؛ کہیں کچھ نہیں بھیجا جاتا۔</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Change my password</source>
            <translation>میرا پاس ورڈ تبدیل کریں</translation>
        </message>
        <message>
            <source>Choose a user in the list first.</source>
            <translation>پہلے فہرست میں سے کوئی صارف چنیں۔</translation>
        </message>
        <message>
            <source>Enter a user name.</source>
            <translation>صارف نام درج کریں۔</translation>
        </message>
        <message>
            <source>Enter the user's full name.</source>
            <translation>صارف کا پورا نام درج کریں۔</translation>
        </message>
        <message>
            <source>Remove %1? They will no longer be able to log in on this computer.</source>
            <translation>%1 کو ہٹا دیں؟ وہ اس کمپیوٹر پر مزید لاگ اِن نہیں کر سکیں گے۔</translation>
        </message>
        <message>
            <source>Remove user</source>
            <translation>صارف ہٹائیں</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>پاس ورڈ ری سیٹ کریں</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>پاس ورڈ میں کم از کم %1 حروف ہونے چاہییں۔</translation>
        </message>
        <message>
            <source>The password was reset.</source>
            <translation>پاس ورڈ ری سیٹ ہو گیا۔</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>دونوں پاس ورڈ ایک جیسے نہیں ہیں۔</translation>
        </message>
        <message>
            <source>The user was added.</source>
            <translation>صارف شامل ہو گیا۔</translation>
        </message>
        <message>
            <source>The user was removed.</source>
            <translation>صارف ہٹا دیا گیا۔</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>آپ کا پاس ورڈ تبدیل ہو گیا۔</translation>
        </message>
    </context>
    <context>
        <name>UsersView</name>
        <message>
            <source>&amp;Add a user…</source>
            <translation>صارف شامل کریں… (&amp;A)</translation>
        </message>
        <message>
            <source>Each person at the counter logs in with their own user name, so the history shows who did what.</source>
            <translation>کاؤنٹر پر ہر شخص اپنے صارف نام سے لاگ اِن کرتا ہے، تاکہ تاریخچے میں معلوم رہے کہ کس نے کیا کیا۔</translation>
        </message>
        <message>
            <source>Re&amp;move user…</source>
            <translation>صارف ہٹائیں… (&amp;M)</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>پاس ورڈ ری سیٹ کریں… (&amp;P)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>صارفین</translation>
        </message>
        <message>
            <source>Users of this computer</source>
            <translation>اس کمپیوٹر کے صارفین</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>%1 once</source>
            <translation>%1 ایک بار</translation>
        </message>
        <message>
            <source>%1 per month</source>
            <translation>%1 ماہانہ</translation>
        </message>
        <message>
            <source>%1 per quarter</source>
            <translation>%1 سہ ماہی</translation>
        </message>
        <message>
            <source>%1 per year</source>
            <translation>%1 سالانہ</translation>
        </message>
        <message>
            <source>%1, each month</source>
            <translation>%1، ہر ماہ</translation>
        </message>
        <message>
            <source>%1, each quarter</source>
            <translation>%1، ہر سہ ماہی</translation>
        </message>
        <message>
            <source>%1, each year</source>
            <translation>%1، ہر سال</translation>
        </message>
        <message>
            <source>%1, once</source>
            <translation>%1، ایک بار</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>نقد</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>تبدیل کیا</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>کلرک</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>حذف کیا</translation>
        </message>
        <message>
            <source>Field officer</source>
            <translation>فیلڈ افسر</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>جنس کی صورت میں</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>ضم کیا</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>رجسٹر کیا</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>خدمت</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>سپروائزر</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <source>same ID number</source>
            <translation>ایک ہی شناختی نمبر</translation>
        </message>
        <message>
            <source>same birth date</source>
            <translation>ایک ہی تاریخ پیدائش</translation>
        </message>
        <message>
            <source>same birth year</source>
            <translation>ایک ہی سالِ پیدائش</translation>
        </message>
        <message>
            <source>similar father's name</source>
            <translation>والد کا ملتا جلتا نام</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>ملتا جلتا نام</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message numerus="yes">
            <source>%Ln change(s) not yet sent</source>
            <translation>
                <numerusform>%Ln تبدیلی ابھی نہیں بھیجی گئی</numerusform>
                <numerusform>%Ln تبدیلیاں ابھی نہیں بھیجی گئیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln دن</numerusform>
                <numerusform>%Ln دن</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s)</source>
            <translation>
                <numerusform>%Ln گھنٹہ</numerusform>
                <numerusform>%Ln گھنٹے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln منٹ</numerusform>
                <numerusform>%Ln منٹ</numerusform>
            </translation>
        </message>
        <message>
            <source>Day and sign-off  (Ctrl+D)</source>
            <translation>دن اور دستخط  (Ctrl+D)</translation>
        </message>
        <message>
            <source>No changes waiting to be sent</source>
            <translation>بھیجنے کے لیے کوئی تبدیلی باقی نہیں</translation>
        </message>
        <message>
            <source>Office %1</source>
            <translation>دفتر %1</translation>
        </message>
        <message>
            <source>Register  (Ctrl+N)</source>
            <translation>رجسٹریشن  (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search  (Ctrl+F)</source>
            <translation>تلاش  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Standalone (no registry configured)</source>
            <translation>الگ تھلگ (کوئی رجسٹری ترتیب نہیں دی گئی)</translation>
        </message>
        <message>
            <source>The chosen scheme catalog could not be loaded; the device's own is used.</source>
            <translation>منتخب اسکیم کیٹلاگ لوڈ نہیں ہو سکا؛ ڈیوائس کا اپنا کیٹلاگ استعمال ہو رہا ہے۔</translation>
        </message>
        <message>
            <source>The record was saved.</source>
            <translation>ریکارڈ محفوظ ہو گیا۔</translation>
        </message>
        <message>
            <source>The registry published new scheme rules; they apply from now on.</source>
            <translation>رجسٹری نے اسکیموں کے نئے قواعد جاری کیے ہیں؛ یہ اب سے لاگو ہیں۔</translation>
        </message>
        <message>
            <source>Users  (Ctrl+U)</source>
            <translation>صارفین  (Ctrl+U)</translation>
        </message>
        <message>
            <source>less than a minute</source>
            <translation>ایک منٹ سے کم</translation>
        </message>
        <message>
            <source>oldest %1</source>
            <translation>سب سے پرانی %1</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceView</name>
        <message>
            <source>Pages</source>
            <translation>صفحات</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
    </context>
</TS>
