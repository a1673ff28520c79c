<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation>تعذّر تنفيذ العبارة</translation>
    </message>
    <message>
        <source>The database connection was closed; prepare the query again</source>
        <translation>أُغلق الاتصال بقاعدة البيانات؛ حضّر الاستعلام مجددًا</translation>
    </message>
    <message>
        <source>Database is not open</source>
        <translation>قاعدة البيانات غير مفتوحة</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>تعذّر تنفيذ عدة عبارات دفعة واحدة</translation>
    </message>
    <message>
        <source>No statement prepared</source>
        <translation>لا توجد عبارة محضّرة</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>عدد المعاملات غير متطابق</translation>
    </message>
    <message>
        <source>execBatch() needs one QVariantList of equal length per placeholder</source>
        <translation>تتطلب execBatch()‎ قائمة QVariantList بطول متساوٍ لكل عنصر نائب</translation>
    </message>
    <message>
        <source>%1 placeholders, %2 values</source>
        <translation>%1 عناصر نائبة، %2 قيم</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>تعذّر ربط المعاملات</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>تعذّر جلب الصف</translation>
    </message>
</context>
<context>
    <name>spoke::AuditLog</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>تتعذّر قراءة سجل التدقيق.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>إدخالات التدقيق من %1 إلى %2 مفقودة.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation>إدخال التدقيق %1 لا يتبع الإدخال الذي قبله.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>عُدّل إدخال التدقيق %1 بعد كتابته.</translation>
    </message>
    <message>
        <source>The newest audit entries (after %1) were removed.</source>
        <translation>حُذفت أحدث إدخالات التدقيق (بعد %1).</translation>
    </message>
    <message>
        <source>Your role does not allow viewing the audit log.</source>
        <translation>دورك لا يسمح بعرض سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>spoke::BackupService</name>
    <message>
        <source>Only an owner can make backups.</source>
        <translation>المالك وحده يستطيع إنشاء نسخ احتياطية.</translation>
    </message>
    <message>
        <source>The backup passphrase must have at least 8 characters.</source>
        <translation>يجب أن تتكون عبارة مرور النسخة الاحتياطية من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية إلى %1.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>النسخة الاحتياطية %1 غير موجودة.</translation>
    </message>
    <message>
        <source>The backup cannot be opened: the passphrase is wrong or the file is not a Spoke backup.</source>
        <translation>يتعذّر فتح النسخة الاحتياطية: عبارة المرور خاطئة أو الملف ليس نسخة احتياطية من Spoke.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>يجب أن تتكون عبارة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>يتعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The restored file cannot be read back.</source>
        <translation>تتعذّر قراءة الملف المستعاد.</translation>
    </message>
    <message>
        <source>The current database could not be moved aside; nothing changed.</source>
        <translation>تعذّر نقل قاعدة البيانات الحالية جانبًا؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The restored database could not be moved into place.</source>
        <translation>تعذّر نقل قاعدة البيانات المستعادة إلى مكانها.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>النسخة الاحتياطية تالفة: %1</translation>
    </message>
    <message>
        <source>The backup is damaged: its integrity check failed.</source>
        <translation>النسخة الاحتياطية تالفة: فشل فحص السلامة.</translation>
    </message>
    <message>
        <source>The file is not a Spoke backup.</source>
        <translation>الملف ليس نسخة احتياطية من Spoke.</translation>
    </message>
    <message>
        <source>The backup is damaged: its version cannot be read.</source>
        <translation>النسخة الاحتياطية تالفة: تعذّرت قراءة إصدارها.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Spoke (schema %1). Update Spoke first.</source>
        <translation>أُنشئت النسخة الاحتياطية بإصدار أحدث من Spoke (المخطط %1). حدّث Spoke أولًا.</translation>
    </message>
</context>
<context>
    <name>spoke::Billing</name>
    <message>
        <source>The amount is too large to be handled exactly.</source>
        <translation>المبلغ أكبر من أن يُعالَج بدقة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, such as CAD).</source>
        <translation>&quot;%1&quot; ليس رمز عملة (ثلاثة أحرف كبيرة، مثل CAD).</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined; every amount must be in the same currency.</source>
        <translation>لا يمكن الجمع بين مبالغ بعملة %1 ومبالغ بعملة %2؛ يجب أن تكون كل المبالغ بالعملة نفسها.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as 9.975.</source>
        <translation>&quot;%1&quot; ليست نسبة مئوية مثل 9.975.</translation>
    </message>
    <message>
        <source>A rate must have a positive denominator.</source>
        <translation>يجب أن يكون مقام النسبة موجبًا.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>لا يمكن أن تكون النسبة سالبة.</translation>
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation>لا يمكن أن تكون الحصة سالبة.</translation>
    </message>
    <message>
        <source>There is nothing to split the amount by.</source>
        <translation>لا يوجد ما يُقسَّم المبلغ على أساسه.</translation>
    </message>
    <message>
        <source>An amount can only be split into one part or more.</source>
        <translation>لا يمكن تقسيم المبلغ إلا إلى جزء واحد أو أكثر.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like 129.50 (digits and one &apos;.&apos;).</source>
        <translation>&quot;%1&quot; ليس مبلغًا؛ اكتبه مثل 129.50 (أرقام ونقطة &apos;.&apos; واحدة).</translation>
    </message>
    <message>
        <source>%1 has no decimals; &quot;%2&quot; cannot be charged exactly.</source>
        <translation>لا تقبل %1 منازل عشرية؛ لا يمكن فوترة &quot;%2&quot; بدقة.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n decimal(s); &quot;%2&quot; has more.</source>
        <translation>
            <numerusform>لا تقبل %1 منازل عشرية؛ و&quot;%2&quot; فيه أكثر من ذلك.</numerusform>
            <numerusform>تقبل %1 منزلة عشرية واحدة؛ و&quot;%2&quot; فيه أكثر من ذلك.</numerusform>
            <numerusform>تقبل %1 منزلتين عشريتين؛ و&quot;%2&quot; فيه أكثر من ذلك.</numerusform>
            <numerusform>تقبل %1 %n منازل عشرية؛ و&quot;%2&quot; فيه أكثر من ذلك.</numerusform>
            <numerusform>تقبل %1 %n منزلة عشرية؛ و&quot;%2&quot; فيه أكثر من ذلك.</numerusform>
            <numerusform>تقبل %1 %n منزلة عشرية؛ و&quot;%2&quot; فيه أكثر من ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invoice amounts are too large to be handled exactly.</source>
        <translation>مبالغ الفاتورة أكبر من أن تُعالَج بدقة.</translation>
    </message>
    <message>
        <source>The discount on %1 cannot be negative.</source>
        <translation>لا يمكن أن يكون الخصم على %1 سالبًا.</translation>
    </message>
    <message>
        <source>The discount on %1 cannot be more than 100%.</source>
        <translation>لا يمكن أن يتجاوز الخصم على %1 نسبة 100%.</translation>
    </message>
    <message>
        <source>The discount on %1 is larger than the amount it discounts.</source>
        <translation>الخصم على %1 أكبر من المبلغ الذي يُطبَّق عليه.</translation>
    </message>
    <message>
        <source>A tax class needs a code.</source>
        <translation>تحتاج الفئة الضريبية إلى رمز.</translation>
    </message>
    <message>
        <source>Tax class %1 has more than %2 rates.</source>
        <translation>عدد النسب في الفئة الضريبية %1 يتجاوز %2.</translation>
    </message>
    <message>
        <source>A rate of tax class %1 has no code.</source>
        <translation>إحدى النسب في الفئة الضريبية %1 بلا رمز.</translation>
    </message>
    <message>
        <source>Tax class %1 lists %2 twice.</source>
        <translation>تذكر الفئة الضريبية %1 الضريبة %2 مرتين.</translation>
    </message>
    <message>
        <source>Tax %1 in class %2 must be between 0% and 100%.</source>
        <translation>يجب أن تكون الضريبة %1 في الفئة %2 بين 0% و100%.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>تحتاج الفاتورة إلى سطر واحد على الأقل.</translation>
    </message>
    <message>
        <source>Tax class %1 is defined twice.</source>
        <translation>الفئة الضريبية %1 معرَّفة مرتين.</translation>
    </message>
    <message>
        <source>Tax %1 has two different rates in the tax classes.</source>
        <translation>للضريبة %1 نسبتان مختلفتان في الفئات الضريبية.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>Line %1 is priced in %2 but the invoice is in %3; an invoice has one currency.</source>
        <translation>سعر السطر %1 بعملة %2 لكن الفاتورة بعملة %3؛ للفاتورة عملة واحدة.</translation>
    </message>
    <message>
        <source>Line %1 has a negative price; corrections are made with a credit note.</source>
        <translation>سعر السطر %1 سالب؛ تتم التصحيحات بإشعار دائن.</translation>
    </message>
    <message>
        <source>Line %1 has a quantity below 1; remove the line instead.</source>
        <translation>كمية السطر %1 أقل من 1؛ احذف السطر بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Line %1 uses tax class &quot;%2&quot;, which does not exist.</source>
        <translation>يستخدم السطر %1 الفئة الضريبية &quot;%2&quot; وهي غير موجودة.</translation>
    </message>
    <message>
        <source>the invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>The invoice total is zero; an invoice must be for a positive amount.</source>
        <translation>إجمالي الفاتورة صفر؛ يجب أن تكون الفاتورة بمبلغ موجب.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>قياسية</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معفاة</translation>
    </message>
    <message>
        <source>The numbering of %1 is missing.</source>
        <translation>ترقيم «%1» مفقود.</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>العميل غير موجود.</translation>
    </message>
    <message>
        <source>The invoice does not exist.</source>
        <translation>الفاتورة غير موجودة.</translation>
    </message>
    <message>
        <source>The payment does not exist.</source>
        <translation>الدفعة غير موجودة.</translation>
    </message>
    <message>
        <source>A job on the invoice is no longer %1.</source>
        <translation>إحدى مهام الفاتورة لم تعد في حالة «%1».</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل مصرفي</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>غير متأخرة</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 يومًا</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 يومًا</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 يومًا</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>أكثر من 90 يومًا</translation>
    </message>
    <message>
        <source>Choose the customer to invoice.</source>
        <translation>اختر العميل الذي ستصدر له الفاتورة.</translation>
    </message>
    <message>
        <source>Invoices are in %1, the location&apos;s currency; %2 cannot be used.</source>
        <translation>تصدر الفواتير بعملة الفرع، %1؛ لا يمكن استخدام %2.</translation>
    </message>
    <message>
        <source>Payment terms are from 0 to 365 days.</source>
        <translation>تتراوح مدة السداد بين 0 و365 يومًا.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>لا يمكن أن يكون الخصم سالبًا.</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>يحتاج السطر %1 إلى وصف.</translation>
    </message>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>العميل غير موجود أو حُذف.</translation>
    </message>
    <message>
        <source>A job on the invoice does not exist or was removed.</source>
        <translation>إحدى مهام الفاتورة غير موجودة أو أُزيلت.</translation>
    </message>
    <message>
        <source>A job on the invoice belongs to another customer.</source>
        <translation>إحدى مهام الفاتورة تخص عميلًا آخر.</translation>
    </message>
    <message>
        <source>A job on the invoice is already invoiced.</source>
        <translation>إحدى مهام الفاتورة مُفوترة بالفعل.</translation>
    </message>
    <message>
        <source>Only completed jobs can be invoiced; a job on the invoice is %1.</source>
        <translation>لا تُفوتَر إلا المهام المكتملة؛ إحدى مهام الفاتورة في حالة «%1».</translation>
    </message>
    <message>
        <source>A job on the invoice is already on another draft invoice.</source>
        <translation>إحدى مهام الفاتورة موجودة بالفعل في مسودة فاتورة أخرى.</translation>
    </message>
    <message>
        <source>A job on the invoice is already on invoice %1.</source>
        <translation>إحدى مهام الفاتورة موجودة بالفعل في الفاتورة %1.</translation>
    </message>
    <message>
        <source>The draft does not exist or was deleted.</source>
        <translation>المسودة غير موجودة أو حُذفت.</translation>
    </message>
    <message>
        <source>A job on the invoice is already on another invoice.</source>
        <translation>إحدى مهام الفاتورة موجودة بالفعل في فاتورة أخرى.</translation>
    </message>
    <message>
        <source>The invoice was issued meanwhile.</source>
        <translation>صدرت الفاتورة في هذه الأثناء.</translation>
    </message>
    <message>
        <source>Only a manager can issue invoices.</source>
        <translation>المدير وحده يستطيع إصدار الفواتير.</translation>
    </message>
    <message>
        <source>A credit note is issued with the invoice it corrects.</source>
        <translation>يصدر الإشعار الدائن من الفاتورة التي يصحّحها.</translation>
    </message>
    <message>
        <source>Invoice %1 is already issued.</source>
        <translation>الفاتورة %1 صادرة بالفعل.</translation>
    </message>
    <message>
        <source>The invoice is in %1 but the location bills in %2.</source>
        <translation>الفاتورة بعملة %1 لكن الفرع يصدر فواتيره بعملة %2.</translation>
    </message>
    <message>
        <source>An invoice must be for a positive amount.</source>
        <translation>يجب أن تكون الفاتورة بمبلغ موجب.</translation>
    </message>
    <message>
        <source>Invoice %1 issued: %2</source>
        <translation>صدرت الفاتورة %1: %2</translation>
    </message>
    <message>
        <source>Only a manager can issue credit notes.</source>
        <translation>المدير وحده يستطيع إصدار الإشعارات الدائنة.</translation>
    </message>
    <message>
        <source>Say why the invoice is credited.</source>
        <translation>اذكر سبب إصدار إشعار دائن على الفاتورة.</translation>
    </message>
    <message>
        <source>Every credited line needs a description.</source>
        <translation>يحتاج كل سطر دائن إلى وصف.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>لا يمكن إصدار إشعار دائن على إشعار دائن.</translation>
    </message>
    <message>
        <source>A draft has not been issued: change it instead of crediting it.</source>
        <translation>المسودة لم تصدر بعد: عدّلها بدلًا من إصدار إشعار دائن عليها.</translation>
    </message>
    <message>
        <source>Invoice %1 is void: there is nothing to credit.</source>
        <translation>الفاتورة %1 ملغاة: لا يوجد ما يُصدر عنه إشعار دائن.</translation>
    </message>
    <message>
        <source>Invoice %1 is already credited in full.</source>
        <translation>صدرت على الفاتورة %1 إشعارات دائنة بكامل قيمتها بالفعل.</translation>
    </message>
    <message>
        <source>The credit note (%1) is more than what is left to credit on invoice %2 (%3).</source>
        <translation>الإشعار الدائن (%1) أكبر من المتبقي القابل للقيد على الفاتورة %2 (%3).</translation>
    </message>
    <message>
        <source>The invoice&apos;s balance changed meanwhile.</source>
        <translation>تغيّر رصيد الفاتورة في هذه الأثناء.</translation>
    </message>
    <message>
        <source>Credit note %1 for invoice %2: %3 (%4)</source>
        <translation>الإشعار الدائن %1 على الفاتورة %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice.</source>
        <translation>المدير وحده يستطيع إلغاء فاتورة.</translation>
    </message>
    <message>
        <source>Say why the invoice is voided.</source>
        <translation>اذكر سبب إلغاء الفاتورة.</translation>
    </message>
    <message>
        <source>A credit note cannot be voided.</source>
        <translation>لا يمكن إلغاء إشعار دائن.</translation>
    </message>
    <message>
        <source>A draft has no number yet: delete it instead of voiding it.</source>
        <translation>ليس للمسودة رقم بعد: احذفها بدلًا من إلغائها.</translation>
    </message>
    <message>
        <source>Invoice %1 is already void.</source>
        <translation>الفاتورة %1 ملغاة بالفعل.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot be voided: %2 of it is already paid or credited. Issue a credit note to correct it, then refund the customer if needed.</source>
        <translation>لا يمكن إلغاء الفاتورة %1: دُفع منها %2 أو قُيّد بإشعار دائن بالفعل. أصدر إشعارًا دائنًا لتصحيحها، ثم ردّ المبلغ إلى العميل عند الحاجة.</translation>
    </message>
    <message>
        <source>The invoice changed meanwhile; look at it again.</source>
        <translation>تغيّرت الفاتورة في هذه الأثناء؛ راجعها مرة أخرى.</translation>
    </message>
    <message>
        <source>(invoice %1 voided)</source>
        <translation>(أُلغيت الفاتورة %1)</translation>
    </message>
    <message>
        <source>Invoice %1 voided: %2</source>
        <translation>أُلغيت الفاتورة %1: %2</translation>
    </message>
    <message>
        <source>Your role does not allow seeing invoices.</source>
        <translation>دورك لا يسمح بعرض الفواتير.</translation>
    </message>
    <message>
        <source>Tax class %1 is listed twice.</source>
        <translation>الفئة الضريبية %1 مذكورة مرتين.</translation>
    </message>
    <message>
        <source>There must be a tax class with the code &quot;standard&quot; (what services use by default).</source>
        <translation>يجب أن توجد فئة ضريبية رمزها &quot;standard&quot; (وهي التي تستخدمها الخدمات افتراضيًا).</translation>
    </message>
    <message>
        <source>A number prefix has at most %1 characters on one line.</source>
        <translation>تتكون بادئة الرقم من %1 حرفًا على الأكثر في سطر واحد.</translation>
    </message>
    <message>
        <source>Invoices and credit notes need different number prefixes (for example &quot;INV-&quot; and &quot;CN-&quot;).</source>
        <translation>تحتاج الفواتير والإشعارات الدائنة إلى بادئتي ترقيم مختلفتين (مثل &quot;INV-&quot; و&quot;CN-&quot;).</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>يجب أن يكون الشعار صورة PNG.</translation>
    </message>
    <message>
        <source>The logo is too large (at most %1 KB).</source>
        <translation>الشعار كبير جدًا (الحد الأقصى %1 كيلوبايت).</translation>
    </message>
    <message>
        <source>Your role does not allow changing the billing settings.</source>
        <translation>دورك لا يسمح بتغيير إعدادات الفوترة.</translation>
    </message>
    <message>
        <source>Services in the catalog use the tax class %1; keep it or change those services first.</source>
        <translation>تستخدم خدمات في الكتالوج الفئة الضريبية %1؛ أبقِ عليها أو غيّر تلك الخدمات أولًا.</translation>
    </message>
    <message>
        <source>Set up the location&apos;s profile before its billing settings.</source>
        <translation>اضبط ملف الفرع قبل إعدادات الفوترة الخاصة به.</translation>
    </message>
    <message>
        <source>Your role does not allow preparing invoices.</source>
        <translation>دورك لا يسمح بإعداد الفواتير.</translation>
    </message>
    <message>
        <source>Choose at least one completed job to invoice.</source>
        <translation>اختر مهمة مكتملة واحدة على الأقل لإصدار فاتورة بها.</translation>
    </message>
    <message>
        <source>A job is priced in %1 but the location bills in %2.</source>
        <translation>سعر إحدى المهام بعملة %1 لكن الفرع يصدر فواتيره بعملة %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>A job has no services to invoice.</source>
        <translation>إحدى المهام ليس فيها خدمات لإصدار فاتورة بها.</translation>
    </message>
    <message>
        <source>%1 is issued and can no longer change; correct it with a credit note.</source>
        <translation>الفاتورة %1 صادرة ولم يعد ممكنًا تغييرها؛ صحّحها بإشعار دائن.</translation>
    </message>
    <message>
        <source>%1 is issued: an issued invoice is never deleted (void it or credit it instead).</source>
        <translation>الفاتورة %1 صادرة: لا تُحذف الفاتورة الصادرة أبدًا (ألغِها أو أصدر عليها إشعارًا دائنًا بدلًا من ذلك).</translation>
    </message>
    <message>
        <source>Your role does not allow seeing payments.</source>
        <translation>دورك لا يسمح بعرض المدفوعات.</translation>
    </message>
    <message>
        <source>Your role does not allow the cash-up.</source>
        <translation>دورك لا يسمح بإقفال الصندوق.</translation>
    </message>
    <message>
        <source>Choose the day to count.</source>
        <translation>اختر اليوم المراد إقفاله.</translation>
    </message>
    <message>
        <source>Money is taken and given back in %1, the location&apos;s currency; an amount in %2 cannot be recorded.</source>
        <translation>تُقبض الأموال وتُردّ بعملة الفرع، %1؛ لا يمكن تسجيل مبلغ بعملة %2.</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>دون عملة</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <source>%1 is a credit note: payments settle invoices.</source>
        <translation>%1 إشعار دائن: المدفوعات تسدّد الفواتير.</translation>
    </message>
    <message>
        <source>Issue the invoice before taking payment for it.</source>
        <translation>أصدر الفاتورة قبل قبض دفعة عليها.</translation>
    </message>
    <message>
        <source>Invoice %1 is void: nothing is owed on it.</source>
        <translation>الفاتورة %1 ملغاة: لا يُستحق عليها شيء.</translation>
    </message>
    <message>
        <source>The customer&apos;s credit changed meanwhile.</source>
        <translation>تغيّر الرصيد الدائن للعميل في هذه الأثناء.</translation>
    </message>
    <message>
        <source>Your role does not allow taking payments.</source>
        <translation>دورك لا يسمح بقبض المدفوعات.</translation>
    </message>
    <message>
        <source>Choose the customer who pays.</source>
        <translation>اختر العميل الذي يدفع.</translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الدفعة في المستقبل.</translation>
    </message>
    <message>
        <source>Invoice %1 belongs to another customer.</source>
        <translation>الفاتورة %1 تخص عميلًا آخر.</translation>
    </message>
    <message>
        <source>Invoice %1 is already paid in full. Record the money as customer credit instead.</source>
        <translation>الفاتورة %1 مدفوعة بالكامل بالفعل. سجّل المبلغ رصيدًا دائنًا للعميل بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The payment (%1) is more than the balance of invoice %2 (%3). Take %3, or keep the difference as customer credit.</source>
        <translation>الدفعة (%1) أكبر من رصيد الفاتورة %2 (%3). اقبض %3، أو احتفظ بالفرق رصيدًا دائنًا للعميل.</translation>
    </message>
    <message>
        <source>Payment %1 received: %2 (%3), kept as credit</source>
        <translation>استُلمت الدفعة %1: %2 (%3)، واحتُفظ بها رصيدًا دائنًا</translation>
    </message>
    <message>
        <source>Payment %1 received: %2 (%3) for invoice %4</source>
        <translation>استُلمت الدفعة %1: %2 (%3) عن الفاتورة %4</translation>
    </message>
    <message>
        <source>%1 is more than the balance of invoice %2 (%3).</source>
        <translation>%1 أكبر من رصيد الفاتورة %2 (%3).</translation>
    </message>
    <message>
        <source>The customer has no credit to apply.</source>
        <translation>ليس لدى العميل رصيد دائن لتطبيقه.</translation>
    </message>
    <message>
        <source>The customer has only %1 of credit.</source>
        <translation>ليس لدى العميل سوى %1 من الرصيد الدائن.</translation>
    </message>
    <message>
        <source>Credit of %1 applied to invoice %2</source>
        <translation>طُبّق رصيد دائن بقيمة %1 على الفاتورة %2</translation>
    </message>
    <message>
        <source>Only a manager can give refunds.</source>
        <translation>المدير وحده يستطيع رد المبالغ.</translation>
    </message>
    <message>
        <source>Say why the money is refunded.</source>
        <translation>اذكر سبب رد المبلغ.</translation>
    </message>
    <message>
        <source>Refunds are made from a payment or a credit note.</source>
        <translation>يُرد المبلغ من دفعة أو من إشعار دائن.</translation>
    </message>
    <message>
        <source>The credit note does not exist.</source>
        <translation>الإشعار الدائن غير موجود.</translation>
    </message>
    <message>
        <source>A refund cannot itself be refunded.</source>
        <translation>لا يمكن رد مبلغ مردود.</translation>
    </message>
    <message>
        <source>Only an issued credit note can be refunded.</source>
        <translation>لا يمكن الرد إلا من إشعار دائن صادر.</translation>
    </message>
    <message>
        <source>Nothing of %1 is unused: money that settles an invoice cannot be refunded. Credit the invoice first; that makes the money unused.</source>
        <translation>لا يوجد مبلغ غير مستخدَم في %1: المال الذي يسدّد فاتورة لا يمكن رده. أصدر أولًا إشعارًا دائنًا على الفاتورة؛ فيصبح المبلغ غير مستخدَم.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is unused and can be refunded; money that settles an invoice cannot be refunded until the invoice is credited.</source>
        <translation>المبلغ غير المستخدَم القابل للرد من %2 هو %1 فقط؛ لا يمكن رد المال الذي يسدّد فاتورة حتى يصدر عليها إشعار دائن.</translation>
    </message>
    <message>
        <source>Refund %1: %2 (%3) from %4: %5</source>
        <translation>الرد %1: %2 (%3) من %4: %5</translation>
    </message>
    <message>
        <source>Only a manager can see receivables and statements.</source>
        <translation>المدير وحده يستطيع عرض الذمم المدينة وكشوف الحساب.</translation>
    </message>
    <message>
        <source>Choose the day to age receivables on.</source>
        <translation>اختر اليوم الذي تُحسب عنده أعمار الذمم المدينة.</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>اختر فترة لا تسبق نهايتُها بدايتَها.</translation>
    </message>
    <message>
        <source>Invoice, due %1</source>
        <translation>فاتورة، تستحق في %1</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>إشعار دائن على الفاتورة %1</translation>
    </message>
    <message>
        <source>Refund, %1</source>
        <translation>رد مبلغ، %1</translation>
    </message>
    <message>
        <source>Payment, %1</source>
        <translation>دفعة، %1</translation>
    </message>
</context>
<context>
    <name>spoke::BillingDocuments</name>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation>لفافة إيصالات 80 مم</translation>
    </message>
    <message>
        <source>Choose a folder to save the PDF files in.</source>
        <translation>اختر مجلدًا لحفظ ملفات PDF فيه.</translation>
    </message>
    <message>
        <source>“%1” is not a file name for a PDF document.</source>
        <translation>«%1» ليس اسم ملف صالحًا لمستند PDF.</translation>
    </message>
    <message>
        <source>Two documents would both be saved as “%1”.</source>
        <translation>سيُحفظ مستندان كلاهما باسم «%1».</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and could not be created.</source>
        <translation>المجلد %1 غير موجود وتعذّر إنشاؤه.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: %2</source>
        <translation>تتعذّر الكتابة في المجلد %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled: %1 of %2 documents were saved in %3.</source>
        <translation>أُلغي التصدير: عدد المستندات المحفوظة في %3 هو %1 من أصل %2.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 documents were saved before this.)</source>
        <translation>%1 (كان عدد المستندات المحفوظة قبل ذلك %2 من أصل %3.)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>tax name and rate</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>tax code and amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Payment is due on receipt.</source>
        <translation>يُستحق الدفع فور استلام الفاتورة.</translation>
    </message>
    <message numerus="yes">
        <source>Payment is due within %n day(s) of the invoice date.</source>
        <translation>
            <numerusform>يُستحق الدفع خلال %n يوم من تاريخ الفاتورة.</numerusform>
            <numerusform>يُستحق الدفع خلال يوم واحد من تاريخ الفاتورة.</numerusform>
            <numerusform>يُستحق الدفع خلال يومين من تاريخ الفاتورة.</numerusform>
            <numerusform>يُستحق الدفع خلال %n أيام من تاريخ الفاتورة.</numerusform>
            <numerusform>يُستحق الدفع خلال %n يومًا من تاريخ الفاتورة.</numerusform>
            <numerusform>يُستحق الدفع خلال %n يوم من تاريخ الفاتورة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <comment>document kind</comment>
        <translation>%1 (مسودة)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>document kind and number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>document and customer</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>VOID — %1</source>
        <translation>ملغى — %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>على الفاتورة</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Voided on %1</source>
        <translation>أُلغي في %1</translation>
    </message>
    <message>
        <source>This credit note is cancelled and has no value.</source>
        <translation>هذا الإشعار الدائن ملغى ولا قيمة له.</translation>
    </message>
    <message>
        <source>This invoice is cancelled: nothing is owed on it.</source>
        <translation>هذه الفاتورة ملغاة: لا يُستحق عليها شيء.</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Not issued yet: this is not a valid invoice.</source>
        <translation>لم تصدر بعد: هذه ليست فاتورة صالحة.</translation>
    </message>
    <message>
        <source>Credit to</source>
        <translation>لصالح</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>فاتورة إلى</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>يصحّح الفاتورة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>يُستحق في موعد أقصاه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>مدفوعة بالكامل</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>quantity times unit price</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>الخصم (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Includes %1</source>
        <translation>يشمل %1</translation>
    </message>
    <message>
        <source>Total before tax</source>
        <translation>الإجمالي قبل الضريبة</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>الإجمالي الصافي</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>الرصيد المستخدَم</translation>
    </message>
    <message>
        <source>Credit remaining</source>
        <translation>الرصيد المتبقي</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>المقيّد بإشعارات دائنة</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>الرصيد المستحق</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>شروط الدفع</translation>
    </message>
    <message>
        <source>Prices include tax.</source>
        <translation>الأسعار شاملة الضريبة.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>Refunded to</source>
        <translation>رُدّ المبلغ إلى</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>استُلم من</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>المبلغ المردود</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>المبلغ المدفوع</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Invoices paid</source>
        <translation>الفواتير المسددة</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>المبلغ المطبّق</translation>
    </message>
    <message>
        <source>Not applied, kept as credit</source>
        <translation>غير مطبّق، محفوظ رصيدًا دائنًا</translation>
    </message>
    <message>
        <source>Balance still owing</source>
        <translation>المتبقي المستحق</translation>
    </message>
    <message>
        <source>Credit on account</source>
        <translation>الرصيد الدائن في الحساب</translation>
    </message>
    <message>
        <source>Your account after this refund</source>
        <translation>حسابك بعد هذا الاسترداد</translation>
    </message>
    <message>
        <source>Your account after this payment</source>
        <translation>حسابك بعد هذه الدفعة</translation>
    </message>
    <message>
        <source>Please keep this refund slip.</source>
        <translation>يُرجى الاحتفاظ بإيصال الاسترداد هذا.</translation>
    </message>
    <message>
        <source>Thank you for your payment.</source>
        <translation>شكرًا لك على الدفع.</translation>
    </message>
    <message>
        <source>Daily cash-up</source>
        <translation>الإقفال اليومي للصندوق</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>document kind and day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>حسب طريقة الدفع</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>لا دفعات</numerusform>
            <numerusform>دفعة واحدة</numerusform>
            <numerusform>دفعتان</numerusform>
            <numerusform>%n دفعات</numerusform>
            <numerusform>%n دفعةً</numerusform>
            <numerusform>%n دفعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>لا استردادات</numerusform>
            <numerusform>استرداد واحد</numerusform>
            <numerusform>استردادان</numerusform>
            <numerusform>%n استردادات</numerusform>
            <numerusform>%n استردادًا</numerusform>
            <numerusform>%n استرداد</numerusform>
        </translation>
    </message>
    <message>
        <source>Total net</source>
        <translation>إجمالي الصافي</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>المقبوض</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>الاستردادات</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>المردود</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>المدفوعات والاستردادات</translation>
    </message>
    <message>
        <source>No payments were taken on this day.</source>
        <translation>لم تُقبض أي دفعات في هذا اليوم.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>النقد المعدود</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>قام بالعد</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>قام بالمراجعة</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>كشف حساب</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>رصيد دائن</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>الحركات</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>الرصيد الافتتاحي</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>الرصيد الختامي</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>المدين</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>الدائن</translation>
    </message>
    <message>
        <source>Open invoices by age</source>
        <translation>الفواتير غير المسددة حسب مدة التأخر</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>إجمالي غير المسدد</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>الفواتير غير المسددة</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>تستحق في %1</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
</context>
<context>
    <name>spoke::CalendarExport</name>
    <message>
        <source>Your role does not allow seeing the schedule.</source>
        <translation>دورك لا يسمح بعرض الجدول.</translation>
    </message>
    <message>
        <source>Technicians can export only their own calendar.</source>
        <translation>لا يستطيع الفني تصدير إلا تقويمه الخاص.</translation>
    </message>
    <message>
        <source>Choose a date range that ends after it starts.</source>
        <translation>اختر فترة تنتهي بعد بدايتها.</translation>
    </message>
    <message>
        <source>Export at most a year at a time.</source>
        <translation>صدِّر سنة واحدة على الأكثر في كل مرة.</translation>
    </message>
    <message>
        <source>Arrival window: %1 – %2</source>
        <translation>فترة الوصول: %1 – %2</translation>
    </message>
    <message>
        <source>Customer prefers: %1</source>
        <translation>يفضّل العميل: %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>الخدمات: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>Phone (%1): %2</source>
        <translation>الهاتف (%1): %2</translation>
    </message>
    <message>
        <source>Preferences:</source>
        <translation>التفضيلات:</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>الوصول: %1</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>الدخول: %1</translation>
    </message>
    <message>
        <source>Parking: %1</source>
        <translation>ركن السيارة: %1</translation>
    </message>
    <message>
        <source>Pets: %1</source>
        <translation>الحيوانات الأليفة: %1</translation>
    </message>
    <message>
        <source>Crew notes: %1</source>
        <translation>ملاحظات للطاقم: %1</translation>
    </message>
    <message>
        <source>Gate and alarm codes: on the printed work order only.</source>
        <translation>رموز البوابة والإنذار: في أمر العمل المطبوع فقط.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Spoke — %1</source>
        <translation>Spoke — %1</translation>
    </message>
</context>
<context>
    <name>spoke::CatalogService</name>
    <message>
        <source>Give the service a name.</source>
        <translation>أعطِ الخدمة اسمًا.</translation>
    </message>
    <message>
        <source>A service takes at least one minute.</source>
        <translation>تستغرق الخدمة دقيقة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>A service can&apos;t take longer than a day; book several visits instead.</source>
        <translation>لا يمكن أن تستغرق الخدمة أكثر من يوم؛ احجز عدة زيارات بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A price can&apos;t be negative.</source>
        <translation>لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code, such as USD.</source>
        <translation>يجب أن تكون العملة رمز ISO من ثلاثة أحرف، مثل USD.</translation>
    </message>
    <message>
        <source>Your role does not allow seeing the catalog.</source>
        <translation>دورك لا يسمح بعرض كتالوج الخدمات.</translation>
    </message>
    <message>
        <source>The service does not exist.</source>
        <translation>الخدمة غير موجودة.</translation>
    </message>
    <message>
        <source>Only a manager can change the service catalog.</source>
        <translation>المدير وحده يستطيع تغيير كتالوج الخدمات.</translation>
    </message>
    <message>
        <source>“%1” comes from head office: its name, price and duration are set there. You can only switch it off for this location.</source>
        <translation>«%1» مصدرها المقر الرئيسي: يُحدَّد هناك اسمها وسعرها ومدتها. يمكنك فقط إيقافها في هذا الفرع.</translation>
    </message>
    <message>
        <source>There is already a service called “%1”.</source>
        <translation>توجد خدمة باسم «%1» بالفعل.</translation>
    </message>
    <message>
        <source>“%1” comes from head office and can&apos;t be deleted here; switch it off instead.</source>
        <translation>«%1» مصدرها المقر الرئيسي ولا يمكن حذفها هنا؛ أوقفها بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>spoke::CrewService</name>
    <message>
        <source>Only a manager can change crews, hours and skills.</source>
        <translation>المدير وحده يستطيع تغيير الطواقم وساعات العمل والمهارات.</translation>
    </message>
    <message>
        <source>Your role does not allow seeing the schedule.</source>
        <translation>دورك لا يسمح بعرض الجدول.</translation>
    </message>
    <message>
        <source>That staff member does not exist.</source>
        <translation>هذا الموظف غير موجود.</translation>
    </message>
    <message>
        <source>Give the crew a name.</source>
        <translation>أعطِ الطاقم اسمًا.</translation>
    </message>
    <message>
        <source>There is already a crew called “%1”.</source>
        <translation>يوجد طاقم باسم «%1» بالفعل.</translation>
    </message>
    <message>
        <source>A crew member does not exist.</source>
        <translation>أحد أفراد الطاقم غير موجود.</translation>
    </message>
    <message>
        <source>Only technicians can be crew members.</source>
        <translation>لا يكون أفراد الطاقم إلا من الفنيين.</translation>
    </message>
    <message>
        <source>The crew does not exist.</source>
        <translation>الطاقم غير موجود.</translation>
    </message>
    <message>
        <source>%1: the hours must end after they start.</source>
        <translation>%1: يجب أن تنتهي ساعات العمل بعد بدايتها.</translation>
    </message>
    <message>
        <source>%1: two sets of hours overlap.</source>
        <translation>%1: فترتا عمل متداخلتان.</translation>
    </message>
    <message>
        <source>A skill names a service that does not exist.</source>
        <translation>تشير إحدى المهارات إلى خدمة غير موجودة.</translation>
    </message>
    <message>
        <source>Time off must end after it starts.</source>
        <translation>يجب أن تنتهي الإجازة بعد بدايتها.</translation>
    </message>
    <message>
        <source>That time off does not exist.</source>
        <translation>هذه الإجازة غير موجودة.</translation>
    </message>
</context>
<context>
    <name>spoke::Csv</name>
    <message>
        <source>The file is not text (it looks like a spreadsheet or another binary file). Save it as CSV first.</source>
        <translation>الملف ليس نصًا (يبدو جدول بيانات أو ملفًا ثنائيًا آخر). احفظه بصيغة CSV أولًا.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Spoke imports files of up to %2 MB. Split it into smaller files.</source>
        <translation>حجم الملف %1 ميغابايت، ويستورد Spoke ملفات حتى %2 ميغابايت. قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing). Nothing was imported.</source>
        <translation>السطر %1: حقل بين علامتي تنصيص لم يُغلق (تنقص علامة &quot;). لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerImporter</name>
    <message>
        <source>(ignore)</source>
        <translation>(تجاهل)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>هاتف العمل</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>الولاية أو المقاطعة</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>عميل منذ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>ملاحظات الدخول</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3.</source>
        <translation>السطر %1: ‏%2 حقول بينما في الترويسة %3.</translation>
    </message>
    <message>
        <source>Line %1: the birthday &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>السطر %1: تاريخ الميلاد &quot;%2&quot; ليس تاريخًا (استخدم YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Line %1: &quot;customer since&quot; &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>السطر %1: &quot;عميل منذ&quot; &quot;%2&quot; ليس تاريخًا (استخدم YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation>لا يحتوي الملف على أي بطاقة vCard.</translation>
    </message>
    <message>
        <source>Your role does not allow importing customers.</source>
        <translation>دورك لا يسمح باستيراد العملاء.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported.</source>
        <translation>
            <numerusform>لا توجد صفوف بها مشكلات.</numerusform>
            <numerusform>صف واحد به مشكلة، لذا لم يُستورد شيء.</numerusform>
            <numerusform>صفّان بهما مشكلات، لذا لم يُستورد شيء.</numerusform>
            <numerusform>%n صفوف بها مشكلات، لذا لم يُستورد شيء.</numerusform>
            <numerusform>%n صفًا بها مشكلات، لذا لم يُستورد شيء.</numerusform>
            <numerusform>%n صف بها مشكلات، لذا لم يُستورد شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no valid row to import.</source>
        <translation>لا يوجد صف صالح للاستيراد.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>أعطِ التطابق اسمًا.</translation>
    </message>
    <message>
        <source>Only a manager can export customers.</source>
        <translation>المدير وحده يستطيع تصدير العملاء.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerListModel</name>
    <message>
        <source>Do not service</source>
        <translation>عدم تقديم الخدمة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerSearch</name>
    <message>
        <source>Your role does not allow viewing customers.</source>
        <translation>دورك لا يسمح بعرض العملاء.</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerService</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>أدخل اسم الشركة.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>أدخل اسم العميل.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>Say why this customer must not be serviced.</source>
        <translation>اذكر سبب عدم تقديم الخدمة لهذا العميل.</translation>
    </message>
    <message>
        <source>A preference needs some text.</source>
        <translation>يحتاج التفضيل إلى نص.</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>العميل غير موجود.</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>أُنشئ العميل</translation>
    </message>
    <message>
        <source>Customer created (source: %1)</source>
        <translation>أُنشئ العميل (المصدر: %1)</translation>
    </message>
    <message>
        <source>Your role does not allow adding customers.</source>
        <translation>دورك لا يسمح بإضافة عملاء.</translation>
    </message>
    <message>
        <source>Your role does not allow editing customers.</source>
        <translation>دورك لا يسمح بتعديل العملاء.</translation>
    </message>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>العميل غير موجود أو حُذف.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing customers.</source>
        <translation>دورك لا يسمح بعرض العملاء.</translation>
    </message>
    <message>
        <source>Only a manager can delete customers.</source>
        <translation>المدير وحده يستطيع حذف العملاء.</translation>
    </message>
    <message>
        <source>The customer does not exist or was already deleted.</source>
        <translation>العميل غير موجود أو حُذف من قبل.</translation>
    </message>
    <message>
        <source>Only a manager can erase a customer&apos;s personal data.</source>
        <translation>المدير وحده يستطيع محو البيانات الشخصية للعميل.</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>عميل ممحو</translation>
    </message>
    <message>
        <source>The customer does not exist or was already erased.</source>
        <translation>العميل غير موجود أو مُحي من قبل.</translation>
    </message>
    <message>
        <source>Your role does not allow adding calls or notes.</source>
        <translation>دورك لا يسمح بإضافة مكالمات أو ملاحظات.</translation>
    </message>
    <message>
        <source>Only calls and notes can be added by hand.</source>
        <translation>المكالمات والملاحظات وحدها تُضاف يدويًا.</translation>
    </message>
    <message>
        <source>Write what was said or noted.</source>
        <translation>اكتب ما قيل أو ما دُوّن.</translation>
    </message>
    <message>
        <source>Say how the consent was given or withdrawn.</source>
        <translation>اذكر كيف أُعطيت الموافقة أو سُحبت.</translation>
    </message>
    <message>
        <source>Marketing consent given for %1 (%2)</source>
        <translation>أُعطيت موافقة التسويق لـ %1 (%2)</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn for %1 (%2)</source>
        <translation>سُحبت موافقة التسويق لـ %1 (%2)</translation>
    </message>
    <message>
        <source>Your role does not allow reviewing duplicates.</source>
        <translation>دورك لا يسمح بمراجعة التكرارات.</translation>
    </message>
    <message>
        <source>Only a manager can merge customers.</source>
        <translation>المدير وحده يستطيع دمج العملاء.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>لا يمكن دمج العميل مع نفسه.</translation>
    </message>
    <message>
        <source>Erased customers cannot be merged.</source>
        <translation>لا يمكن دمج العملاء الممحوّين.</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>دُمج مع %1</translation>
    </message>
    <message>
        <source>A restored customer needs its id.</source>
        <translation>يحتاج العميل المستعاد إلى معرّفه.</translation>
    </message>
</context>
<context>
    <name>spoke::JobService</name>
    <message>
        <source>Your role does not allow seeing the schedule.</source>
        <translation>دورك لا يسمح بعرض الجدول.</translation>
    </message>
    <message>
        <source>The job does not exist or was removed.</source>
        <translation>المهمة غير موجودة أو أُزيلت.</translation>
    </message>
    <message>
        <source>Choose a day or a week to show.</source>
        <translation>اختر يومًا أو أسبوعًا لعرضه.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <source>Your role does not allow booking jobs.</source>
        <translation>دورك لا يسمح بحجز المهام.</translation>
    </message>
    <message>
        <source>A recurring service needs the time of its first visit.</source>
        <translation>تحتاج الخدمة المتكررة إلى موعد زيارتها الأولى.</translation>
    </message>
    <message>
        <source>This rule gives no visits at all.</source>
        <translation>لا ينتج عن هذه القاعدة أي زيارة.</translation>
    </message>
    <message>
        <source>Recurring service booked: %1</source>
        <translation>حُجزت خدمة متكررة: %1</translation>
    </message>
    <message>
        <source>Your role does not allow changing jobs.</source>
        <translation>دورك لا يسمح بتغيير المهام.</translation>
    </message>
    <message>
        <source>Only a visit of a recurring service can be skipped.</source>
        <translation>لا يمكن تخطي إلا زيارة من خدمة متكررة.</translation>
    </message>
    <message>
        <source>A visit that is %1 can&apos;t be skipped.</source>
        <translation>لا يمكن تخطي زيارة حالتها «%1».</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>The recurring service does not exist.</source>
        <translation>الخدمة المتكررة غير موجودة.</translation>
    </message>
    <message>
        <source>A visit of a recurring service needs a time.</source>
        <translation>تحتاج زيارة الخدمة المتكررة إلى موعد.</translation>
    </message>
    <message>
        <source>This visit is under way: change it on its own, and the series from the next visit.</source>
        <translation>هذه الزيارة جارية: عدّلها وحدها، ثم عدّل السلسلة بدءًا من الزيارة التالية.</translation>
    </message>
    <message>
        <source>Choose the customer the job is for.</source>
        <translation>اختر العميل الذي تخصه المهمة.</translation>
    </message>
    <message>
        <source>Pick at least one service.</source>
        <translation>اختر خدمة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>A quantity must be at least 1.</source>
        <translation>يجب ألا تقل الكمية عن 1.</translation>
    </message>
    <message>
        <source>Describe the work on each line.</source>
        <translation>صِف العمل في كل سطر.</translation>
    </message>
    <message>
        <source>A price can&apos;t be negative.</source>
        <translation>لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
    <message>
        <source>A job needs both a start and an end.</source>
        <translation>تحتاج المهمة إلى بداية ونهاية.</translation>
    </message>
    <message>
        <source>The job ends before it starts.</source>
        <translation>تنتهي المهمة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>A job can&apos;t take zero minutes.</source>
        <translation>لا يمكن أن تستغرق المهمة صفر دقيقة.</translation>
    </message>
    <message>
        <source>A job can&apos;t be longer than a day; book several visits instead.</source>
        <translation>لا يمكن أن تتجاوز المهمة يومًا واحدًا؛ احجز عدة زيارات بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>An arrival window needs both a start and an end.</source>
        <translation>تحتاج فترة الوصول إلى بداية ونهاية.</translation>
    </message>
    <message>
        <source>The arrival window ends before it starts.</source>
        <translation>تنتهي فترة الوصول قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>A scheduled job needs a time.</source>
        <translation>تحتاج المهمة المجدولة إلى موعد.</translation>
    </message>
    <message>
        <source>Prices must be in %1, the location&apos;s currency.</source>
        <translation>يجب أن تكون الأسعار بعملة الفرع، %1.</translation>
    </message>
    <message>
        <source>A service on the job is not in the catalog.</source>
        <translation>إحدى خدمات المهمة غير موجودة في الكتالوج.</translation>
    </message>
    <message>
        <source>“%1” is switched off in the catalog.</source>
        <translation>«%1» موقوفة في الكتالوج.</translation>
    </message>
    <message>
        <source>Only a manager can change a price from the catalog&apos;s.</source>
        <translation>المدير وحده يستطيع تغيير السعر عن سعر الكتالوج.</translation>
    </message>
    <message>
        <source>A technician on the job does not exist.</source>
        <translation>أحد فنيي المهمة غير موجود.</translation>
    </message>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>العميل غير موجود أو حُذف.</translation>
    </message>
    <message>
        <source>…and more.</source>
        <translation>…وغيرها.</translation>
    </message>
    <message>
        <source>Only a manager can book over a conflict:
%1</source>
        <translation>المدير وحده يستطيع الحجز رغم التعارض:
%1</translation>
    </message>
    <message>
        <source>time to be arranged</source>
        <translation>موعد يُحدَّد لاحقًا</translation>
    </message>
    <message>
        <source>Booked %1 for %2</source>
        <translation>حُجز %1 (%2)</translation>
    </message>
    <message>
        <source>Your role does not allow moving jobs.</source>
        <translation>دورك لا يسمح بنقل المهام.</translation>
    </message>
    <message>
        <source>A job that is %1 can&apos;t be moved.</source>
        <translation>لا يمكن نقل مهمة حالتها «%1».</translation>
    </message>
    <message>
        <source>Choose when the job starts.</source>
        <translation>اختر موعد بدء المهمة.</translation>
    </message>
    <message>
        <source>A job that is %1 can&apos;t be changed.</source>
        <translation>لا يمكن تغيير مهمة حالتها «%1».</translation>
    </message>
    <message>
        <source>Your role does not allow changing a job&apos;s status.</source>
        <translation>دورك لا يسمح بتغيير حالة المهمة.</translation>
    </message>
    <message>
        <source>Only the front desk or a manager can cancel or reschedule a job.</source>
        <translation>لا يستطيع إلغاء المهمة أو إعادة جدولتها إلا الاستقبال أو المدير.</translation>
    </message>
    <message>
        <source>Say why the job is cancelled.</source>
        <translation>اذكر سبب إلغاء المهمة.</translation>
    </message>
    <message>
        <source>Say what happened (for example, nobody was home).</source>
        <translation>اذكر ما حدث (مثلًا: لم يكن أحد في المنزل).</translation>
    </message>
    <message>
        <source>Give the job a time before scheduling it.</source>
        <translation>حدّد موعدًا للمهمة قبل جدولتها.</translation>
    </message>
    <message>
        <source>Technicians can update only their own jobs.</source>
        <translation>لا يستطيع الفني تحديث إلا مهامه الخاصة.</translation>
    </message>
    <message>
        <source>Job completed: %1</source>
        <translation>اكتملت المهمة: %1</translation>
    </message>
    <message>
        <source>Job cancelled: %1 (%2)</source>
        <translation>أُلغيت المهمة: %1 (%2)</translation>
    </message>
    <message>
        <source>No-show: %1 (%2)</source>
        <translation>غياب العميل: %1 (%2)</translation>
    </message>
    <message>
        <source>A job becomes invoiced when an invoice for it is issued.</source>
        <translation>تصبح المهمة مُفوترة عند إصدار فاتورة لها.</translation>
    </message>
</context>
<context>
    <name>spoke::KeyStore</name>
    <message>
        <source>The system keychain did not answer (%1). Unlock it, or use a passphrase instead.</source>
        <translation>لم تستجب سلسلة مفاتيح النظام (%1). افتح قفلها أو استخدم عبارة مرور بدلًا منها.</translation>
    </message>
    <message>
        <source>The keychain has no entry for %1.</source>
        <translation>لا يوجد في سلسلة المفاتيح إدخال لـ %1.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>سلسلة مفاتيح النظام</translation>
    </message>
</context>
<context>
    <name>spoke::LocationDatabase</name>
    <message>
        <source>%1 already holds a Spoke location; it was left untouched.</source>
        <translation>يحتوي %1 على فرع Spoke بالفعل؛ تُرك دون تغيير.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>يجب أن تتكون عبارة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>its first page does not match its descriptor</source>
        <translation>صفحته الأولى لا تطابق ملف الوصف</translation>
    </message>
    <message>
        <source>The key of this location is not in %1. Restore the keychain, or restore the location from a backup.</source>
        <translation>مفتاح هذا الفرع غير موجود في %1. استعد سلسلة المفاتيح أو استعد الفرع من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>This location is protected by a passphrase. Enter it.</source>
        <translation>هذا الفرع محمي بعبارة مرور. أدخلها.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>عبارة المرور خاطئة.</translation>
    </message>
    <message>
        <source>The key in %1 does not open this location (wrong key).</source>
        <translation>المفتاح الموجود في %1 لا يفتح هذا الفرع (مفتاح خاطئ).</translation>
    </message>
    <message>
        <source>%1 is not a Spoke database.</source>
        <translation>%1 ليست قاعدة بيانات Spoke.</translation>
    </message>
    <message>
        <source>This database has schema version %1, but this version of Spoke knows only up to %2. Update Spoke to open it; the file was not changed.</source>
        <translation>إصدار مخطط قاعدة البيانات هذه %1، لكن هذا الإصدار من Spoke يعرف حتى %2 فقط. حدّث Spoke لفتحها؛ لم يتغيّر الملف.</translation>
    </message>
    <message>
        <source>The database could not be written (disk full?).</source>
        <translation>تعذّرت الكتابة إلى قاعدة البيانات (هل القرص ممتلئ؟).</translation>
    </message>
    <message>
        <source>Only an owner can change the database key.</source>
        <translation>المالك وحده يستطيع تغيير مفتاح قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database driver cannot change keys.</source>
        <translation>لا يستطيع برنامج تشغيل قاعدة البيانات تغيير المفاتيح.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation>يتعذّر إنشاء مجلد البيانات %1. اختر مجلدًا تستطيع الكتابة فيه.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Spoke needs to write there to keep your data safe.</source>
        <translation>مجلد البيانات %1 غير قابل للكتابة (%2). يحتاج Spoke إلى الكتابة فيه للحفاظ على بياناتك.</translation>
    </message>
    <message>
        <source>There is no Spoke database in %1.</source>
        <translation>لا توجد قاعدة بيانات Spoke في %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Spoke database.</source>
        <translation>%1 ملف SQLite غير مشفّر، وليس قاعدة بيانات Spoke.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it is truncated). Restore it from a backup.</source>
        <translation>ملف قاعدة البيانات %1 تالف (مبتور). استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Restore it from a backup.</source>
        <translation>ملف قاعدة البيانات %1 تالف (%2). استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>أبلغت قاعدة البيانات عن خطأ: %1</translation>
    </message>
</context>
<context>
    <name>spoke::LocationService</name>
    <message>
        <source>Enter the business name.</source>
        <translation>أدخل اسم النشاط التجاري.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>&quot;%1&quot; ليست منطقة زمنية معروفة.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD, EUR or KRW.</source>
        <translation>العملة رمز ISO من ثلاثة أحرف مثل USD أو EUR أو KRW.</translation>
    </message>
    <message>
        <source>The invoice prefix has at most 12 characters.</source>
        <translation>بادئة الفواتير 12 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>This location already has a profile.</source>
        <translation>لهذا الفرع ملف تعريف بالفعل.</translation>
    </message>
    <message>
        <source>Your role does not allow changing settings.</source>
        <translation>دورك لا يسمح بتغيير الإعدادات.</translation>
    </message>
    <message>
        <source>The location profile was not found.</source>
        <translation>لم يُعثر على ملف تعريف الفرع.</translation>
    </message>
    <message>
        <source>This location has no profile yet.</source>
        <translation>ليس لهذا الفرع ملف تعريف بعد.</translation>
    </message>
</context>
<context>
    <name>spoke::PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>أدخل رقم هاتف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown country code.</source>
        <translation>رمز الدولة في &quot;%1&quot; غير معروف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number.</source>
        <translation>&quot;%1&quot; أقصر من أن يكون رقم هاتف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number.</source>
        <translation>&quot;%1&quot; أطول من أن يكون رقم هاتف.</translation>
    </message>
</context>
<context>
    <name>spoke::Preference</name>
    <message>
        <source>DO</source>
        <translation>افعل</translation>
    </message>
    <message>
        <source>DON&apos;T</source>
        <translation>لا تفعل</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>spoke::PrintedDocument</name>
    <message>
        <source>The page is too small to print on.</source>
        <translation>الصفحة أصغر من أن يُطبع عليها.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>تعذّر فتح الطابعة أو الملف للطباعة.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>رفضت الطابعة صفحة جديدة.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>تعذّر إكمال المستند.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>spoke::ProfileDescriptor</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>The profile descriptor %1 is missing, so this is not a Spoke location folder.</source>
        <translation>ملف وصف الملف التعريفي %1 مفقود، لذا هذا ليس مجلد فرع Spoke.</translation>
    </message>
    <message>
        <source>The profile descriptor %1 is damaged or belongs to another program.</source>
        <translation>ملف وصف الملف التعريفي %1 تالف أو يخص برنامجًا آخر.</translation>
    </message>
    <message>
        <source>This location was made by a newer version of Spoke. Update Spoke to open it.</source>
        <translation>أُنشئ هذا الفرع بإصدار أحدث من Spoke. حدّث Spoke لفتحه.</translation>
    </message>
</context>
<context>
    <name>spoke::Recurrence</name>
    <message numerus="yes">
        <source>Every %n week(s) is not a schedule.</source>
        <translation>
            <numerusform>لا يصلح التكرار كل %n أسبوع.</numerusform>
            <numerusform>لا يصلح التكرار كل %n أسبوع.</numerusform>
            <numerusform>لا يصلح التكرار كل %n أسبوع.</numerusform>
            <numerusform>لا يصلح التكرار كل %n أسابيع.</numerusform>
            <numerusform>لا يصلح التكرار كل %n أسبوعًا.</numerusform>
            <numerusform>لا يصلح التكرار كل %n أسبوع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) is not a schedule.</source>
        <translation>
            <numerusform>لا يصلح التكرار كل %n شهر.</numerusform>
            <numerusform>لا يصلح التكرار كل %n شهر.</numerusform>
            <numerusform>لا يصلح التكرار كل %n شهر.</numerusform>
            <numerusform>لا يصلح التكرار كل %n أشهر.</numerusform>
            <numerusform>لا يصلح التكرار كل %n شهرًا.</numerusform>
            <numerusform>لا يصلح التكرار كل %n شهر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A weekly schedule can repeat at most every %n week(s).</source>
        <translation>
            <numerusform>يمكن أن يتكرر الجدول الأسبوعي كل %n أسبوع على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكرر الجدول الأسبوعي كل أسبوع على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكرر الجدول الأسبوعي كل أسبوعين على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكرر الجدول الأسبوعي كل %n أسابيع على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكرر الجدول الأسبوعي كل %n أسبوعًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكرر الجدول الأسبوعي كل %n أسبوع على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A monthly schedule can repeat at most every %n month(s).</source>
        <translation>
            <numerusform>يمكن أن يتكرر الجدول الشهري كل %n شهر على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكرر الجدول الشهري كل شهر على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكرر الجدول الشهري كل شهرين على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكرر الجدول الشهري كل %n أشهر على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكرر الجدول الشهري كل %n شهرًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكرر الجدول الشهري كل %n شهر على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of visits cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد الزيارات سالبًا.</translation>
    </message>
    <message numerus="yes">
        <source>A series can have at most %n visit(s).</source>
        <translation>
            <numerusform>يمكن أن تضم السلسلة %n زيارة على الأكثر.</numerusform>
            <numerusform>يمكن أن تضم السلسلة زيارة واحدة على الأكثر.</numerusform>
            <numerusform>يمكن أن تضم السلسلة زيارتين على الأكثر.</numerusform>
            <numerusform>يمكن أن تضم السلسلة %n زيارات على الأكثر.</numerusform>
            <numerusform>يمكن أن تضم السلسلة %n زيارةً على الأكثر.</numerusform>
            <numerusform>يمكن أن تضم السلسلة %n زيارة على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose either an end date or a number of visits, not both.</source>
        <translation>اختر تاريخ انتهاء أو عدد زيارات، لا كليهما.</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>تنتهي السلسلة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Choose the weekdays from Monday to Sunday.</source>
        <translation>اختر أيام الأسبوع من الاثنين إلى الأحد.</translation>
    </message>
    <message>
        <source>Choose a day of the month from 1 to 31.</source>
        <translation>اختر يومًا من الشهر بين 1 و31.</translation>
    </message>
    <message>
        <source>Choose the first, second, third, fourth or last weekday of the month.</source>
        <translation>اختر يوم الأسبوع الأول أو الثاني أو الثالث أو الرابع أو الأخير من الشهر.</translation>
    </message>
    <message>
        <source>The repeat rule is empty.</source>
        <translation>قاعدة التكرار فارغة.</translation>
    </message>
    <message>
        <source>The repeat rule cannot be read near &quot;%1&quot;.</source>
        <translation>تتعذّر قراءة قاعدة التكرار قرب &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Spoke cannot use %1 in a repeat rule; only weekly and monthly repeats on set days are supported.</source>
        <translation>لا يستطيع Spoke استخدام %1 في قاعدة تكرار؛ لا يُدعم إلا التكرار الأسبوعي والشهري في أيام محددة.</translation>
    </message>
    <message>
        <source>The repeat rule says %1 twice.</source>
        <translation>تذكر قاعدة التكرار %1 مرتين.</translation>
    </message>
    <message>
        <source>The repeat rule has no value for %1.</source>
        <translation>لا تحتوي قاعدة التكرار على قيمة لـ %1.</translation>
    </message>
    <message>
        <source>The repeat rule does not say how often it repeats (FREQ).</source>
        <translation>لا تذكر قاعدة التكرار عدد مرات التكرار (FREQ).</translation>
    </message>
    <message>
        <source>Only weekly and monthly repeats are supported, not %1.</source>
        <translation>لا يُدعم إلا التكرار الأسبوعي والشهري، وليس %1.</translation>
    </message>
    <message>
        <source>The repeat interval must be a whole number of at least 1.</source>
        <translation>يجب أن يكون فاصل التكرار عددًا صحيحًا لا يقل عن 1.</translation>
    </message>
    <message>
        <source>The number of visits must be a whole number of at least 1.</source>
        <translation>يجب أن يكون عدد الزيارات عددًا صحيحًا لا يقل عن 1.</translation>
    </message>
    <message>
        <source>The end date of the repeat rule cannot be read.</source>
        <translation>تتعذّر قراءة تاريخ انتهاء قاعدة التكرار.</translation>
    </message>
    <message>
        <source>A repeat rule cannot have both an end date and a number of visits.</source>
        <translation>لا يمكن أن تحتوي قاعدة التكرار على تاريخ انتهاء وعدد زيارات معًا.</translation>
    </message>
    <message>
        <source>The repeat rule names an unknown first day of the week.</source>
        <translation>تذكر قاعدة التكرار يومًا أول للأسبوع غير معروف.</translation>
    </message>
    <message>
        <source>Spoke cannot repeat on this pattern: %1.</source>
        <translation>لا يستطيع Spoke التكرار وفق هذا النمط: %1.</translation>
    </message>
    <message>
        <source>Spoke&apos;s weeks start on Monday; this rule needs weeks that start on another day.</source>
        <translation>يبدأ الأسبوع في Spoke يوم الاثنين؛ وتحتاج هذه القاعدة إلى أسابيع تبدأ في يوم آخر.</translation>
    </message>
    <message>
        <source>The day of the month in the repeat rule cannot be read.</source>
        <translation>تتعذّر قراءة يوم الشهر في قاعدة التكرار.</translation>
    </message>
    <message>
        <source>This rule skips the months that have no day %1; Spoke moves such visits to the last day of the month instead.</source>
        <translation>تتخطى هذه القاعدة الأشهر التي ليس فيها اليوم %1؛ أما Spoke فينقل هذه الزيارات إلى آخر يوم في الشهر بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The monthly repeat rule does not say on which day (BYMONTHDAY or BYDAY).</source>
        <translation>لا تذكر قاعدة التكرار الشهري اليوم المقصود (BYMONTHDAY أو BYDAY).</translation>
    </message>
    <message>
        <source>Spoke repeats on the first, second, third, fourth or last weekday of the month only.</source>
        <translation>لا يكرر Spoke إلا في يوم الأسبوع الأول أو الثاني أو الثالث أو الرابع أو الأخير من الشهر.</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>أسبوعيًا: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>كل %n أسبوع</numerusform>
            <numerusform>كل أسبوع</numerusform>
            <numerusform>كل أسبوعين</numerusform>
            <numerusform>كل %n أسابيع</numerusform>
            <numerusform>كل %n أسبوعًا</numerusform>
            <numerusform>كل %n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s) on %1</source>
        <translation>
            <numerusform>كل %n أسبوع: %1</numerusform>
            <numerusform>كل أسبوع: %1</numerusform>
            <numerusform>كل أسبوعين: %1</numerusform>
            <numerusform>كل %n أسابيع: %1</numerusform>
            <numerusform>كل %n أسبوعًا: %1</numerusform>
            <numerusform>كل %n أسبوع: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1 (the last day in shorter months)</source>
        <translation>اليوم %1 (آخر يوم في الأشهر الأقصر)</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>اليوم %1</translation>
    </message>
    <message>
        <source>the first %1</source>
        <translation>%1 الأول</translation>
    </message>
    <message>
        <source>the second %1</source>
        <translation>%1 الثاني</translation>
    </message>
    <message>
        <source>the third %1</source>
        <translation>%1 الثالث</translation>
    </message>
    <message>
        <source>the fourth %1</source>
        <translation>%1 الرابع</translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation>%1 الأخير</translation>
    </message>
    <message>
        <source>Monthly on %1</source>
        <translation>شهريًا: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on %1</source>
        <translation>
            <numerusform>كل %n شهر: %1</numerusform>
            <numerusform>كل شهر: %1</numerusform>
            <numerusform>كل شهرين: %1</numerusform>
            <numerusform>كل %n أشهر: %1</numerusform>
            <numerusform>كل %n شهرًا: %1</numerusform>
            <numerusform>كل %n شهر: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1، %n مرة</numerusform>
            <numerusform>%1، مرة واحدة</numerusform>
            <numerusform>%1، مرتان</numerusform>
            <numerusform>%1، %n مرات</numerusform>
            <numerusform>%1، %n مرةً</numerusform>
            <numerusform>%1، %n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1، حتى %2</translation>
    </message>
</context>
<context>
    <name>spoke::Role</name>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>الفني</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>بلا دور</translation>
    </message>
</context>
<context>
    <name>spoke::SalesJournal</name>
    <message>
        <source>The sales journal cannot be read.</source>
        <translation>تتعذّر قراءة دفتر المبيعات.</translation>
    </message>
    <message>
        <source>Sales journal entries %1 to %2 are missing.</source>
        <translation>قيود دفتر المبيعات من %1 إلى %2 مفقودة.</translation>
    </message>
    <message>
        <source>Sales journal entry %1 is out of order.</source>
        <translation>قيد دفتر المبيعات %1 ليس في موضعه من الترتيب.</translation>
    </message>
    <message>
        <source>Sales journal entry %1 does not follow the entry before it.</source>
        <translation>قيد دفتر المبيعات %1 لا يتبع القيد الذي قبله.</translation>
    </message>
    <message>
        <source>Sales journal entry %1 was changed after it was written.</source>
        <translation>عُدّل قيد دفتر المبيعات %1 بعد كتابته.</translation>
    </message>
    <message>
        <source>The newest sales journal entries (after %1) were removed.</source>
        <translation>أُزيلت أحدث قيود دفتر المبيعات (بعد %1).</translation>
    </message>
    <message>
        <source>The sales journal&apos;s head does not match its last entry (%1).</source>
        <translation>رأس دفتر المبيعات لا يطابق آخر قيد فيه (%1).</translation>
    </message>
</context>
<context>
    <name>spoke::Schedule</name>
    <message>
        <source>Requested</source>
        <translation>بانتظار موعد</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>في الطريق</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>مُفوترة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>غياب العميل</translation>
    </message>
    <message>
        <source>The job is already %1.</source>
        <translation>المهمة بالفعل في حالة «%1».</translation>
    </message>
    <message>
        <source>An invoiced job is closed; correct it with a credit note instead.</source>
        <translation>المهمة المُفوترة مغلقة؛ صحّحها بإشعار دائن بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A cancelled job is closed; book a new job instead.</source>
        <translation>المهمة الملغاة مغلقة؛ احجز مهمة جديدة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A no-show is closed; book a new job instead.</source>
        <translation>المهمة المسجَّل فيها غياب العميل مغلقة؛ احجز مهمة جديدة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A completed job can only be invoiced.</source>
        <translation>لا يمكن إلا إصدار فاتورة للمهمة المكتملة.</translation>
    </message>
    <message>
        <source>Work has started: the job can only be completed.</source>
        <translation>بدأ العمل: لا يمكن إلا إكمال المهمة.</translation>
    </message>
    <message>
        <source>Only a completed job can be invoiced.</source>
        <translation>لا يمكن إصدار فاتورة إلا لمهمة مكتملة.</translation>
    </message>
    <message>
        <source>A job must be in progress before it is completed.</source>
        <translation>يجب أن تكون المهمة قيد التنفيذ قبل إكمالها.</translation>
    </message>
    <message>
        <source>The crew must be en route before work starts.</source>
        <translation>يجب أن يكون الطاقم في الطريق قبل بدء العمل.</translation>
    </message>
    <message>
        <source>A job must be scheduled before the crew sets off.</source>
        <translation>يجب جدولة المهمة قبل انطلاق الطاقم.</translation>
    </message>
    <message>
        <source>A no-show is recorded only for a scheduled job.</source>
        <translation>لا يُسجَّل غياب العميل إلا لمهمة مجدولة.</translation>
    </message>
    <message>
        <source>A job can&apos;t go from %1 to %2.</source>
        <translation>لا يمكن أن تنتقل المهمة من «%1» إلى «%2».</translation>
    </message>
    <message>
        <source>The customer is marked “do not service”.</source>
        <translation>العميل مُعلَّم بـ«عدم تقديم الخدمة».</translation>
    </message>
    <message>
        <source>A technician</source>
        <translation>أحد الفنيين</translation>
    </message>
    <message>
        <source>%1 is already on another job from %2 to %3.</source>
        <translation>لدى %1 مهمة أخرى بالفعل من %2 إلى %3.</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t work at that time (outside working hours).</source>
        <translation>%1 لا يعمل في ذلك الوقت (خارج ساعات العمل).</translation>
    </message>
    <message>
        <source>%1 is off at that time.</source>
        <translation>%1 في إجازة في ذلك الوقت.</translation>
    </message>
    <message>
        <source>%1 is off at that time (%2).</source>
        <translation>%1 في إجازة في ذلك الوقت (%2).</translation>
    </message>
    <message>
        <source>Nobody on this job is trained for “%1”.</source>
        <translation>لا أحد في هذه المهمة مدرَّب على «%1».</translation>
    </message>
    <message>
        <source>The customer asked for %1.</source>
        <translation>طلب العميل %1.</translation>
    </message>
</context>
<context>
    <name>spoke::StaffService</name>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>يتكون رمز PIN من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>تتكون كلمة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Only an owner can manage owner accounts.</source>
        <translation>المالك وحده يستطيع إدارة حسابات الملاك.</translation>
    </message>
    <message>
        <source>This location already has an owner.</source>
        <translation>لهذا الفرع مالك بالفعل.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>أدخل اسم الشخص.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>اختر دورًا.</translation>
    </message>
    <message>
        <source>The PIN or password could not be protected (out of memory).</source>
        <translation>تعذّرت حماية رمز PIN أو كلمة المرور (نفدت الذاكرة).</translation>
    </message>
    <message>
        <source>There is already a staff member called %1.</source>
        <translation>يوجد موظف باسم %1 بالفعل.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>لا يمكنك تعطيل حسابك.</translation>
    </message>
    <message>
        <source>Unknown staff member.</source>
        <translation>موظف غير معروف.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong attempts. Ask a manager to unlock it.</source>
        <translation>هذا الحساب مقفل بعد محاولات خاطئة كثيرة. اطلب من المدير فتحه.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة الآن.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is not active.</source>
        <translation>هذا الحساب غير نشط.</translation>
    </message>
    <message>
        <source>Wrong PIN or password. The account is now locked; ask a manager to unlock it.</source>
        <translation>رمز PIN أو كلمة المرور خاطئة. الحساب مقفل الآن؛ اطلب من المدير فتحه.</translation>
    </message>
    <message>
        <source>Wrong PIN or password.</source>
        <translation>رمز PIN أو كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>لا يوجد موظف كهذا.</translation>
    </message>
    <message>
        <source>Your role does not allow managing staff accounts.</source>
        <translation>دورك لا يسمح بإدارة حسابات الموظفين.</translation>
    </message>
    <message>
        <source>A location always keeps at least one active owner.</source>
        <translation>يجب أن يبقى للفرع مالك نشط واحد على الأقل.</translation>
    </message>
</context>
<context>
    <name>spoke::VCard</name>
    <message>
        <source>Line %1: text outside BEGIN:VCARD ... END:VCARD.</source>
        <translation>السطر %1: نص خارج BEGIN:VCARD ... END:VCARD.</translation>
    </message>
    <message>
        <source>vCard version %1 is not supported (3.0 and 4.0 are).</source>
        <translation>إصدار vCard ‏%1 غير مدعوم (المدعوم 3.0 و4.0).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>The card has no name.</source>
        <translation>البطاقة بلا اسم.</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; is not a date.</source>
        <translation>تاريخ الميلاد &quot;%1&quot; ليس تاريخًا.</translation>
    </message>
    <message>
        <source>The card is not closed with END:VCARD.</source>
        <translation>البطاقة لم تُغلق بـ END:VCARD.</translation>
    </message>
</context>
<context>
    <name>spoke::WorkOrders</name>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة و%2 دقيقة</translation>
    </message>
    <message>
        <source>LOCAL ONLY — do not share; shred after the job</source>
        <translation>محلي فقط — لا تشاركه؛ أتلفه بعد انتهاء المهمة</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>الطاقم</translation>
    </message>
    <message>
        <source>Technicians can print only their own jobs.</source>
        <translation>لا يستطيع الفني طباعة إلا مهامه الخاصة.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Printed %1 %2 by %3</source>
        <translation>طبعه %3 في %1 %2</translation>
    </message>
    <message>
        <source>Work order — %1</source>
        <translation>أمر عمل — %1</translation>
    </message>
    <message>
        <source>WORK ORDER</source>
        <translation>أمر عمل</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Time to be arranged</source>
        <translation>موعد يُحدَّد لاحقًا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>DO NOT SERVICE this customer</source>
        <translation>عدم تقديم الخدمة لهذا العميل</translation>
    </message>
    <message>
        <source>DO NOT SERVICE this customer: %1</source>
        <translation>عدم تقديم الخدمة لهذا العميل: %1</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>الموعد المحدد</translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation>فترة الوصول</translation>
    </message>
    <message>
        <source>Customer prefers</source>
        <translation>تفضيل العميل</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>عنوان الخدمة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>ملاحظات الدخول</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>ركن السيارة</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>الحيوانات الأليفة</translation>
    </message>
    <message>
        <source>GATE CODE</source>
        <translation>رمز البوابة</translation>
    </message>
    <message>
        <source>ALARM CODE</source>
        <translation>رمز الإنذار</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>لم يُسجَّل شيء</translation>
    </message>
    <message>
        <source>Customer preferences</source>
        <translation>تفضيلات العميل</translation>
    </message>
    <message>
        <source>No preferences recorded.</source>
        <translation>لا توجد تفضيلات مسجّلة.</translation>
    </message>
    <message>
        <source>Crew notes</source>
        <translation>ملاحظات للطاقم</translation>
    </message>
    <message>
        <source>Services and checklist</source>
        <translation>الخدمات وقائمة التحقق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>الوقت المقدَّر</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>الأحرف الأولى</translation>
    </message>
    <message>
        <source>Preferences respected</source>
        <translation>رُوعيت التفضيلات</translation>
    </message>
    <message>
        <source>Photos taken</source>
        <translation>التُقطت الصور</translation>
    </message>
    <message>
        <source>Customer signed</source>
        <translation>وقّع العميل</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>توقيع العميل</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>الفني</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>Choose the day to print.</source>
        <translation>اختر اليوم المراد طباعته.</translation>
    </message>
    <message>
        <source>Route sheets are printed for a crew or a technician.</source>
        <translation>تُطبع أوراق خط السير لطاقم أو لفني.</translation>
    </message>
    <message>
        <source>The crew does not exist or was removed.</source>
        <translation>الطاقم غير موجود أو أُزيل.</translation>
    </message>
    <message>
        <source>Technicians can print only their own route sheet.</source>
        <translation>لا يستطيع الفني طباعة إلا ورقة خط السير الخاصة به.</translation>
    </message>
    <message>
        <source>Route sheet — %1 — %2</source>
        <translation>ورقة خط السير — %1 — %2</translation>
    </message>
    <message>
        <source>ROUTE SHEET</source>
        <translation>ورقة خط السير</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>ملخص اليوم</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>إجمالي الساعات</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>أول بدء</translation>
    </message>
    <message>
        <source>Last finish</source>
        <translation>آخر انتهاء</translation>
    </message>
    <message>
        <source>No jobs on this day.</source>
        <translation>لا توجد مهام في هذا اليوم.</translation>
    </message>
    <message>
        <source>arrive %1</source>
        <translation>الوصول %1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>GATE</source>
        <translation>البوابة</translation>
    </message>
    <message>
        <source>ALARM</source>
        <translation>الإنذار</translation>
    </message>
    <message>
        <source>LOCAL ONLY — do not share</source>
        <translation>محلي فقط — لا تشاركه</translation>
    </message>
    <message>
        <source>The codes on this sheet are local only: keep it with you and shred it at the end of the day.</source>
        <translation>الرموز في هذه الورقة محلية فقط: احتفظ بها معك وأتلفها في نهاية اليوم.</translation>
    </message>
</context>
<context>
    <name>spoke::WriteTx</name>
    <message>
        <source>The database could not be written (disk full?).</source>
        <translation>تعذّرت الكتابة إلى قاعدة البيانات (هل القرص ممتلئ؟).</translation>
    </message>
</context>
<context>
    <name>spoke::app::Cli</name>
    <message>
        <source>There is no location in %1. Start Spoke once to create it.</source>
        <translation>لا يوجد فرع في %1. شغّل Spoke مرة لإنشائه.</translation>
    </message>
    <message>
        <source>Location passphrase</source>
        <translation>عبارة مرور الفرع</translation>
    </message>
    <message>
        <source>PIN or password of %1</source>
        <translation>رمز PIN أو كلمة مرور %1</translation>
    </message>
    <message>
        <source>No active staff member is called %1.</source>
        <translation>لا يوجد موظف نشط باسم %1.</translation>
    </message>
    <message>
        <source>New database passphrase</source>
        <translation>عبارة مرور جديدة لقاعدة البيانات</translation>
    </message>
    <message>
        <source>The system keychain cannot keep the key: %1 Use --to-passphrase to protect the database with a passphrase instead.</source>
        <translation>لا تستطيع سلسلة مفاتيح النظام الاحتفاظ بالمفتاح: %1 استخدم ‎--to-passphrase لحماية قاعدة البيانات بعبارة مرور بدلًا منها.</translation>
    </message>
    <message>
        <source>Only an owner can make backups.</source>
        <translation>المالك وحده يستطيع إنشاء نسخ احتياطية.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>كُتبت النسخة الاحتياطية إلى %1</translation>
    </message>
    <message>
        <source>%1 already holds a location: restoring over it needs --user NAME (an owner).</source>
        <translation>يحتوي %1 على فرع بالفعل: الاستعادة فوقه تتطلب ‎--user NAME (مالك).</translation>
    </message>
    <message>
        <source>Only an owner can restore backups.</source>
        <translation>المالك وحده يستطيع استعادة النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>%1 holds a location that cannot be opened (%2). Add --force to replace it with the backup.</source>
        <translation>يحتوي %1 على فرع لا يمكن فتحه (%2). أضف ‎--force لاستبداله بالنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation>استُعيد %1 إلى %2</translation>
    </message>
    <message>
        <source>Only an owner can change the database key.</source>
        <translation>المالك وحده يستطيع تغيير مفتاح قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database key is now kept in %1.</source>
        <translation>يُحفظ مفتاح قاعدة البيانات الآن في %1.</translation>
    </message>
    <message>
        <source>The database is now protected by the new passphrase.</source>
        <translation>قاعدة البيانات محمية الآن بعبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>The demo location could not be created: %1</source>
        <translation>تعذّر إنشاء الفرع التجريبي: %1</translation>
    </message>
    <message>
        <source>No system keychain answered; the demo location uses the passphrase &quot;%1&quot;.</source>
        <translation>لم تستجب أي سلسلة مفاتيح للنظام؛ يستخدم الفرع التجريبي عبارة المرور &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can enroll this location.</source>
        <translation>لا يستطيع تسجيل هذا الفرع إلا المدير أو المالك.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Cannot read the hub&apos;s CA certificate %1.</source>
        <translation>تتعذّر قراءة شهادة جهة التصديق (CA) الخاصة بالخادم المركزي %1.</translation>
    </message>
    <message>
        <source>The first sync did not finish (%1); Spoke retries on its own.</source>
        <translation>لم تكتمل المزامنة الأولى (%1)؛ سيعيد Spoke المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>First sync: changes sent %1, received %2.</source>
        <translation>المزامنة الأولى: التغييرات المرسلة %1، والمستلمة %2.</translation>
    </message>
</context>
<context>
    <name>spoke::app::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>اعرض هذه المساعدة واخرج.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>اعرض الإصدار واخرج.</translation>
    </message>
    <message>
        <source>Keep locations under DIR (default: the system&apos;s application data folder).</source>
        <translation>احفظ الفروع تحت DIR (الافتراضي: مجلد بيانات التطبيقات في النظام).</translation>
    </message>
    <message>
        <source>Use the location profile NAME (default: main).</source>
        <translation>استخدم ملف الفرع NAME (الافتراضي: main).</translation>
    </message>
    <message>
        <source>Use the demo location, creating it if absent.</source>
        <translation>استخدم الفرع التجريبي، وأنشئه إن لم يوجد.</translation>
    </message>
    <message>
        <source>Act as the staff member NAME (commands that need an owner).</source>
        <translation>تصرّف بصفة الموظف NAME (للأوامر التي تتطلب مالكًا).</translation>
    </message>
    <message>
        <source>Write the backup to FILE.</source>
        <translation>اكتب النسخة الاحتياطية إلى FILE.</translation>
    </message>
    <message>
        <source>Read the backup passphrase from FILE instead of standard input.</source>
        <translation>اقرأ عبارة مرور النسخة الاحتياطية من FILE بدلًا من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Read the new database passphrase from FILE (rekey and restore with --to-passphrase).</source>
        <translation>اقرأ عبارة مرور قاعدة البيانات الجديدة من FILE (مع rekey وrestore عند ‎--to-passphrase).</translation>
    </message>
    <message>
        <source>Read the passphrase of a passphrase-protected location from FILE.</source>
        <translation>اقرأ عبارة مرور الفرع المحمي بعبارة مرور من FILE.</translation>
    </message>
    <message>
        <source>Protect the database with a passphrase instead of a key in the system keychain.</source>
        <translation>احمِ قاعدة البيانات بعبارة مرور بدلًا من مفتاح في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Let restore replace a location that cannot be opened.</source>
        <translation>اسمح للاستعادة باستبدال فرع لا يمكن فتحه.</translation>
    </message>
    <message>
        <source>Render every main screen of a throwaway demo to DIR/&lt;screen&gt;.png and exit.</source>
        <translation>ارسم كل شاشة رئيسية من عرض تجريبي مؤقت إلى DIR/&lt;screen&gt;.png واخرج.</translation>
    </message>
    <message>
        <source>Show Spoke in LANG (en, ko, fr, ar) this time.</source>
        <translation>اعرض Spoke بلغة LANG (en وko وfr وar) هذه المرة.</translation>
    </message>
    <message>
        <source>backup, restore or rekey (optional).</source>
        <translation>backup أو restore أو rekey (اختياري).</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>ملف النسخة الاحتياطية المراد استعادته.</translation>
    </message>
    <message>
        <source>A profile name is a plain name such as main or demo.</source>
        <translation>اسم الملف التعريفي اسم بسيط مثل main أو demo.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>يتطلب backup الخيار ‎--out FILE.</translation>
    </message>
    <message>
        <source>restore needs the backup FILE.</source>
        <translation>يتطلب restore ملف النسخة الاحتياطية FILE.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>وسائط كثيرة جدًا.</translation>
    </message>
    <message>
        <source>This command needs --user NAME (an owner).</source>
        <translation>يتطلب هذا الأمر ‎--user NAME (مالك).</translation>
    </message>
    <message>
        <source>Spoke, the CRM of a home-service franchise location.

Commands (without one, Spoke opens its window):
  backup --out FILE     write an encrypted backup (owner)
  restore FILE          replace the location with a verified backup
  rekey                 re-encrypt the database under a new key (owner)
  enroll --hub URL --code CODE
                        enroll this location with head office&apos;s hub and sync once
                        (manager or owner; --hub-ca FILE trusts the hub&apos;s CA)

Secrets are read one per line from standard input, in this order, unless a file
option gives them: the location passphrase (passphrase locations only), the
PIN or password of --user, the backup passphrase, the new passphrase.</source>
        <translation>Spoke، نظام إدارة علاقات العملاء لفرع امتياز للخدمات المنزلية.

الأوامر (بدون أمر يفتح Spoke نافذته):
  backup --out FILE     كتابة نسخة احتياطية مشفّرة (المالك)
  restore FILE          استبدال الفرع بنسخة احتياطية تم التحقق منها
  rekey                 إعادة تشفير قاعدة البيانات بمفتاح جديد (المالك)
  enroll --hub URL --code CODE
                        تسجيل الفرع لدى خادم المقر الرئيسي المركزي ثم المزامنة مرة واحدة
                        (المدير أو المالك؛ ‎--hub-ca FILE للوثوق بشهادة CA الخاصة بالخادم)

تُقرأ الأسرار سطرًا لكل سرّ من الإدخال القياسي بهذا الترتيب، ما لم يقدّمها
خيار ملف: عبارة مرور الفرع (للفروع المحمية بعبارة مرور فقط)، ثم رمز PIN أو
كلمة مرور ‎--user، ثم عبارة مرور النسخة الاحتياطية، ثم عبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>enroll: the hub&apos;s address, https://host[:port].</source>
        <translation>enroll: عنوان الخادم المركزي، https://host[:port].</translation>
    </message>
    <message>
        <source>enroll: the one-time enrollment code.</source>
        <translation>enroll: رمز التسجيل الصالح لمرة واحدة.</translation>
    </message>
    <message>
        <source>enroll: trust the hub&apos;s CA certificate in FILE (PEM) instead of the system&apos;s CAs.</source>
        <translation>enroll: الوثوق بشهادة جهة التصديق (CA) الخاصة بالخادم المركزي في FILE ‏(PEM) بدلًا من جهات التصديق في النظام.</translation>
    </message>
    <message>
        <source>enroll: also require the hub&apos;s public key to have this SHA-256 (base64).</source>
        <translation>enroll: اشتراط أن تكون بصمة SHA-256 ‏(base64) للمفتاح العام للخادم المركزي مساوية لهذه القيمة أيضًا.</translation>
    </message>
    <message>
        <source>enroll: how head office lists this PC (default: the host name).</source>
        <translation>enroll: الاسم الذي يُدرج به المقر الرئيسي هذا الحاسوب (الافتراضي: اسم المضيف).</translation>
    </message>
    <message>
        <source>enroll needs --hub URL and --code CODE.</source>
        <translation>يتطلب enroll الخيارين ‎--hub URL و‎--code CODE.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use backup, restore, rekey or enroll.</source>
        <translation>أمر غير معروف &quot;%1&quot;. استخدم backup أو restore أو rekey أو enroll.</translation>
    </message>
    <message>
        <source>enroll needs --user NAME (a manager or the owner).</source>
        <translation>يتطلب enroll الخيار ‎--user NAME (المدير أو المالك).</translation>
    </message>
</context>
<context>
    <name>spoke::app::SecretReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Standard input ended before: %1</source>
        <translation>انتهى الإدخال القياسي قبل: %1</translation>
    </message>
</context>
<context>
    <name>spoke::sql::SqlCipherDriver</name>
    <message>
        <source>Error opening database</source>
        <translation>خطأ في فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>A raw key must be written x&apos;&lt;64 or 96 hexadecimal digits&gt;&apos;</source>
        <translation>يُكتب المفتاح الخام بالشكل x&apos;&lt;64 أو 96 رقمًا ست عشريًا&gt;&apos;</translation>
    </message>
    <message>
        <source>Unable to set the key</source>
        <translation>تعذّر تعيين المفتاح</translation>
    </message>
    <message>
        <source>Unable to set the cipher compatibility</source>
        <translation>تعذّر تعيين توافق التشفير</translation>
    </message>
    <message>
        <source>Unable to set the key derivation iterations</source>
        <translation>تعذّر تعيين عدد تكرارات اشتقاق المفتاح</translation>
    </message>
    <message>
        <source>Wrong key, or the file is not a database</source>
        <translation>مفتاح خاطئ، أو الملف ليس قاعدة بيانات</translation>
    </message>
    <message>
        <source>Error closing database</source>
        <translation>خطأ في إغلاق قاعدة البيانات</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>تعذّر بدء المعاملة</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>تعذّر تثبيت المعاملة</translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation>تعذّر التراجع عن المعاملة</translation>
    </message>
    <message>
        <source>Unable to change the key</source>
        <translation>تعذّر تغيير المفتاح</translation>
    </message>
    <message>
        <source>The database is not open with a key</source>
        <translation>قاعدة البيانات غير مفتوحة بمفتاح</translation>
    </message>
    <message>
        <source>An empty key would decrypt the database</source>
        <translation>المفتاح الفارغ سيفك تشفير قاعدة البيانات</translation>
    </message>
    <message>
        <source>Unable to read the database after the key change</source>
        <translation>تتعذّر قراءة قاعدة البيانات بعد تغيير المفتاح</translation>
    </message>
</context>
<context>
    <name>spoke::sync::Apply</name>
    <message>
        <source>Head office</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>A line&apos;s quantity is not a whole number of at least 1.</source>
        <translation>كمية أحد الأسطر ليست عددًا صحيحًا لا يقل عن 1.</translation>
    </message>
    <message>
        <source>A line&apos;s price is not a whole number of minor units of at least 0.</source>
        <translation>سعر أحد الأسطر ليس عددًا صحيحًا من الوحدات الصغرى للعملة لا يقل عن 0.</translation>
    </message>
    <message>
        <source>Removed by head office</source>
        <translation>أزالها المقر الرئيسي</translation>
    </message>
    <message>
        <source>The job names no customer.</source>
        <translation>لا تحدد المهمة أي عميل.</translation>
    </message>
    <message>
        <source>Waiting for its customer (%1) to arrive from head office.</source>
        <translation>بانتظار وصول عميلها (%1) من المقر الرئيسي.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job status.</source>
        <translation>&quot;%1&quot; ليست حالة مهمة.</translation>
    </message>
    <message>
        <source>The job has a start without an end, or an end without a start.</source>
        <translation>للمهمة بداية دون نهاية، أو نهاية دون بداية.</translation>
    </message>
    <message>
        <source>The job ends before it starts.</source>
        <translation>تنتهي المهمة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>A scheduled job needs a time.</source>
        <translation>تحتاج المهمة المجدولة إلى موعد.</translation>
    </message>
    <message>
        <source>Restored from head office</source>
        <translation>استُعيد من المقر الرئيسي</translation>
    </message>
    <message>
        <source>Changed by head office</source>
        <translation>غيّرها المقر الرئيسي</translation>
    </message>
    <message>
        <source>Booked by head office</source>
        <translation>حجزها المقر الرئيسي</translation>
    </message>
    <message>
        <source>The service&apos;s duration is not a number of minutes.</source>
        <translation>مدة الخدمة ليست عددًا من الدقائق.</translation>
    </message>
    <message>
        <source>The service&apos;s price is not a whole number of minor units.</source>
        <translation>سعر الخدمة ليس عددًا صحيحًا من الوحدات الصغرى للعملة.</translation>
    </message>
    <message>
        <source>Another service is already called “%1”.</source>
        <translation>توجد خدمة أخرى باسم «%1» بالفعل.</translation>
    </message>
    <message>
        <source>Payment terms from head office are not a number of days from 0 to 365.</source>
        <translation>مدة السداد الواردة من المقر الرئيسي ليست عددًا من الأيام بين 0 و365.</translation>
    </message>
    <message>
        <source>The invoice footer from head office is longer than 2,000 characters.</source>
        <translation>تذييل الفواتير الوارد من المقر الرئيسي أطول من 2000 حرف.</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>عميل ممحو</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>عميل بلا اسم</translation>
    </message>
    <message>
        <source>Waiting for its customer to arrive.</source>
        <translation>بانتظار وصول عميلها.</translation>
    </message>
    <message>
        <source>Unknown consent channel.</source>
        <translation>قناة موافقة غير معروفة.</translation>
    </message>
    <message>
        <source>The crew has no name.</source>
        <translation>الطاقم بلا اسم.</translation>
    </message>
    <message>
        <source>A crew called “%1” exists here already.</source>
        <translation>يوجد هنا بالفعل طاقم باسم «%1».</translation>
    </message>
    <message>
        <source>Removed customer</source>
        <translation>عميل محذوف</translation>
    </message>
</context>
<context>
    <name>spoke::sync::HubTrust</name>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>لا يحتوي ملف جهة التصديق (CA) على أي شهادة PEM.</translation>
    </message>
    <message>
        <source>A pinned key is the base64 of a SHA-256 hash (44 characters ending in &quot;=&quot;).</source>
        <translation>المفتاح المثبّت هو تجزئة SHA-256 بترميز base64 ‏(44 حرفًا تنتهي بـ &quot;=&quot;).</translation>
    </message>
</context>
<context>
    <name>spoke::sync::Sync</name>
    <message>
        <source>Not enrolled with a hub</source>
        <translation>غير مسجّل لدى خادم مركزي</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>تمت المزامنة</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>مشكلة في المزامنة</translation>
    </message>
    <message>
        <source>Enroll again</source>
        <translation>يلزم التسجيل من جديد</translation>
    </message>
    <message>
        <source>The hub could not be reached. Spoke keeps working and retries on its own.</source>
        <translation>تعذّر الوصول إلى الخادم المركزي. يواصل Spoke العمل ويعيد المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>The hub did not answer in time. Spoke retries on its own.</source>
        <translation>لم يستجب الخادم المركزي في الوقت المحدد. يعيد Spoke المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted. Check the CA certificate in Settings → Sync.</source>
        <translation>شهادة الخادم المركزي غير موثوقة. تحقق من شهادة جهة التصديق (CA) في الإعدادات ← المزامنة.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate has expired (or is not valid yet). Ask head office to renew it.</source>
        <translation>انتهت صلاحية شهادة الخادم المركزي (أو لم تبدأ صلاحيتها بعد). اطلب من المقر الرئيسي تجديدها.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is for another server name. Check the hub address.</source>
        <translation>شهادة الخادم المركزي صادرة لاسم خادم آخر. تحقق من عنوان الخادم المركزي.</translation>
    </message>
    <message>
        <source>A secure connection to the hub could not be made.</source>
        <translation>تعذّر إنشاء اتصال آمن بالخادم المركزي.</translation>
    </message>
    <message>
        <source>The hub&apos;s public key does not match the pinned key. Spoke refused to talk to it.</source>
        <translation>المفتاح العام للخادم المركزي لا يطابق المفتاح المثبّت. رفض Spoke التواصل معه.</translation>
    </message>
    <message>
        <source>The hub sent an answer Spoke does not understand.</source>
        <translation>أرسل الخادم المركزي ردًا لا يفهمه Spoke.</translation>
    </message>
    <message>
        <source>Changes from the hub could not be saved on this PC; Spoke will try again.</source>
        <translation>تعذّر حفظ التغييرات الواردة من الخادم المركزي على هذا الحاسوب؛ سيعيد Spoke المحاولة.</translation>
    </message>
    <message>
        <source>The hub&apos;s access token could not be read from the system keychain. Unlock the keychain, or enroll again.</source>
        <translation>تعذّرت قراءة رمز الوصول إلى الخادم المركزي من سلسلة مفاتيح النظام. افتح قفل سلسلة المفاتيح، أو سجّل من جديد.</translation>
    </message>
    <message>
        <source>This PC&apos;s history diverged from head office&apos;s. Enroll this PC again.</source>
        <translation>اختلف سجل هذا الحاسوب عن سجل المقر الرئيسي. سجّل هذا الحاسوب من جديد.</translation>
    </message>
    <message>
        <source>This PC was removed from head office. Enroll it again.</source>
        <translation>أزال المقر الرئيسي هذا الحاسوب. سجّله من جديد.</translation>
    </message>
    <message>
        <source>Head office does not recognise this PC. Enroll it again.</source>
        <translation>لا يتعرّف المقر الرئيسي على هذا الحاسوب. سجّله من جديد.</translation>
    </message>
    <message>
        <source>Head office refused this change. Contact head office.</source>
        <translation>رفض المقر الرئيسي هذا التغيير. تواصل مع المقر الرئيسي.</translation>
    </message>
    <message>
        <source>This enrollment code is not valid. Check it, or ask head office for a new one.</source>
        <translation>رمز التسجيل هذا غير صالح. تحقق منه، أو اطلب رمزًا جديدًا من المقر الرئيسي.</translation>
    </message>
    <message>
        <source>This enrollment code was already used. Ask head office for a new one.</source>
        <translation>رمز التسجيل هذا مستخدَم من قبل. اطلب رمزًا جديدًا من المقر الرئيسي.</translation>
    </message>
    <message>
        <source>This enrollment code has expired. Ask head office for a new one.</source>
        <translation>انتهت صلاحية رمز التسجيل هذا. اطلب رمزًا جديدًا من المقر الرئيسي.</translation>
    </message>
    <message>
        <source>The hub asked Spoke to slow down; it will try again shortly.</source>
        <translation>طلب الخادم المركزي من Spoke الإبطاء؛ سيعيد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>This hub speaks another version of the sync protocol. Update Spoke or the hub.</source>
        <translation>يستخدم هذا الخادم المركزي إصدارًا آخر من بروتوكول المزامنة. حدّث Spoke أو الخادم المركزي.</translation>
    </message>
    <message>
        <source>The hub had a problem; nothing was lost. Spoke retries on its own.</source>
        <translation>واجه الخادم المركزي مشكلة؛ لم يُفقد شيء. يعيد Spoke المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>The hub is restarting. Spoke retries on its own.</source>
        <translation>يُعاد تشغيل الخادم المركزي. يعيد Spoke المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>The hub is missing earlier changes of this PC that are no longer here. Enroll this PC again.</source>
        <translation>تنقص الخادمَ المركزي تغييراتٌ سابقة من هذا الحاسوب لم تعد موجودة عليه. سجّل هذا الحاسوب من جديد.</translation>
    </message>
    <message>
        <source>A change is too large for the hub. Contact head office.</source>
        <translation>أحد التغييرات أكبر مما يحتمله الخادم المركزي. تواصل مع المقر الرئيسي.</translation>
    </message>
    <message>
        <source>Head office owns this record; the change made here was not taken.</source>
        <translation>هذا السجل ملك للمقر الرئيسي؛ لم يُعتمد التغيير الذي أُجري هنا.</translation>
    </message>
    <message>
        <source>An issued document cannot change; the change made here was not taken.</source>
        <translation>لا يمكن تغيير مستند صادر؛ لم يُعتمد التغيير الذي أُجري هنا.</translation>
    </message>
    <message>
        <source>The audit or sales history of this PC does not continue the one head office has.</source>
        <translation>سجل التدقيق أو المبيعات في هذا الحاسوب لا يتصل بالسجل الموجود لدى المقر الرئيسي.</translation>
    </message>
    <message>
        <source>The address does not point to a Spoke Hub. Check the hub address.</source>
        <translation>العنوان لا يشير إلى Spoke Hub. تحقق من عنوان الخادم المركزي.</translation>
    </message>
    <message>
        <source>Sync failed (%1).</source>
        <translation>فشلت المزامنة (%1).</translation>
    </message>
    <message>
        <source>Sync failed (%1): %2</source>
        <translation>فشلت المزامنة (%1): %2</translation>
    </message>
</context>
<context>
    <name>spoke::sync::SyncEngine</name>
    <message>
        <source>Enter the hub&apos;s address, such as https://hub.example.com.</source>
        <translation>أدخل عنوان الخادم المركزي، مثل https://hub.example.com.</translation>
    </message>
    <message>
        <source>The hub&apos;s address must start with https:// (sync never travels unencrypted).</source>
        <translation>يجب أن يبدأ عنوان الخادم المركزي بـ https://‎ (لا تنتقل المزامنة دون تشفير أبدًا).</translation>
    </message>
    <message>
        <source>The hub&apos;s address is only https://host and an optional :port.</source>
        <translation>يتكون عنوان الخادم المركزي من https://host ومنفذ ‎:port اختياري فقط.</translation>
    </message>
    <message>
        <source>The enrollment code is 16 letters and digits, such as 7K3M-Q9XD-2HBN-W4RT.</source>
        <translation>يتكون رمز التسجيل من 16 حرفًا ورقمًا، مثل 7K3M-Q9XD-2HBN-W4RT.</translation>
    </message>
    <message>
        <source>Give this PC a name of 1 to 100 characters (head office lists it by that name).</source>
        <translation>أعطِ هذا الحاسوب اسمًا من 1 إلى 100 حرف (يُدرجه المقر الرئيسي بهذا الاسم).</translation>
    </message>
    <message>
        <source>Only a manager or the owner can enroll this PC.</source>
        <translation>لا يستطيع تسجيل هذا الحاسوب إلا المدير أو المالك.</translation>
    </message>
    <message>
        <source>An enrollment is already under way.</source>
        <translation>يوجد تسجيل قيد التنفيذ بالفعل.</translation>
    </message>
    <message>
        <source>This location is enrolled with %1. A location syncs with one hub: un-enroll it first.</source>
        <translation>هذا الفرع مسجّل لدى %1. يُزامَن الفرع مع خادم مركزي واحد: ألغِ تسجيله أولًا.</translation>
    </message>
    <message>
        <source>The hub accepted the code, but its access token could not be kept in the system keychain (%1). Unlock the keychain and enroll again with a new code.</source>
        <translation>قبل الخادم المركزي الرمز، لكن تعذّر الاحتفاظ برمز الوصول في سلسلة مفاتيح النظام (%1). افتح قفل سلسلة المفاتيح وسجّل من جديد برمز جديد.</translation>
    </message>
    <message>
        <source>This PC is enrolled with head office as “%1” for %2.</source>
        <translation>هذا الحاسوب مسجّل لدى المقر الرئيسي باسم «%1» لصالح %2.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can un-enroll this PC.</source>
        <translation>لا يستطيع إلغاء تسجيل هذا الحاسوب إلا المدير أو المالك.</translation>
    </message>
</context>
<context>
    <name>spoke::sync::SyncStore</name>
    <message>
        <source>Only a manager or the owner can see sync details.</source>
        <translation>لا يستطيع عرض تفاصيل المزامنة إلا المدير أو المالك.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can enroll this PC.</source>
        <translation>لا يستطيع تسجيل هذا الحاسوب إلا المدير أو المالك.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can un-enroll this PC.</source>
        <translation>لا يستطيع إلغاء تسجيل هذا الحاسوب إلا المدير أو المالك.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AboutDialog</name>
    <message>
        <source>About Spoke</source>
        <translation>حول Spoke</translation>
    </message>
    <message>
        <source>Spoke %1</source>
        <translation>Spoke %1</translation>
    </message>
    <message>
        <source>The CRM a home-service franchise location runs on: customers, scheduling, invoices and payments, in an encrypted database that works with no network.</source>
        <translation>نظام إدارة علاقات العملاء الذي يعمل عليه فرع امتياز للخدمات المنزلية: العملاء والجدولة والفواتير والمدفوعات، في قاعدة بيانات مشفّرة تعمل بلا شبكة.</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (مبني مع %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AddressEditor</name>
    <message>
        <source>Label, e.g. Home or Rental on Elm St</source>
        <translation>التسمية، مثل: المنزل أو الشقة المؤجرة في شارع إلم</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>الشارع والرقم</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>الولاية / المنطقة</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>e.g. knock on the side door</source>
        <translation>مثل: اطرق الباب الجانبي</translation>
    </message>
    <message>
        <source>e.g. key under the blue pot</source>
        <translation>مثل: المفتاح تحت الأصيص الأزرق</translation>
    </message>
    <message>
        <source>e.g. driveway, not the street</source>
        <translation>مثل: في الممر الخاص، لا في الشارع</translation>
    </message>
    <message>
        <source>e.g. friendly dog, keep the gate shut</source>
        <translation>مثل: كلب أليف، أبقِ البوابة مغلقة</translation>
    </message>
    <message>
        <source>Crew or technician</source>
        <translation>الطاقم أو الفني</translation>
    </message>
    <message>
        <source>e.g. mornings 8–11</source>
        <translation>مثل: صباحًا 8–11</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>عنوان الخدمة</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>عنوان الفوترة</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>إزالة هذا العنوان</translation>
    </message>
    <message>
        <source>For the crew</source>
        <translation>للطاقم</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>ملاحظات الدخول</translation>
    </message>
    <message>
        <source>Entry instructions</source>
        <translation>تعليمات الدخول</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>ركن السيارة</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>الحيوانات الأليفة</translation>
    </message>
    <message>
        <source>Preferred crew</source>
        <translation>الطاقم المفضّل</translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation>فترة الوصول</translation>
    </message>
    <message>
        <source>Local only: stays at this location, never synced to head office</source>
        <translation>محلي فقط: يبقى في هذا الفرع ولا يُزامَن أبدًا مع المقر الرئيسي</translation>
    </message>
    <message>
        <source>Gate code</source>
        <translation>رمز البوابة</translation>
    </message>
    <message>
        <source>Alarm code</source>
        <translation>رمز الإنذار</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>عنوان جديد</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AgingChart</name>
    <message>
        <source>Receivables aging</source>
        <translation>أعمار الذمم المدينة</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%Ln invoice(s))</source>
        <translation>
            <numerusform>%1: %2 (لا فواتير)</numerusform>
            <numerusform>%1: %2 (فاتورة واحدة)</numerusform>
            <numerusform>%1: %2 (فاتورتان)</numerusform>
            <numerusform>%1: %2 (%Ln فواتير)</numerusform>
            <numerusform>%1: %2 (%Ln فاتورةً)</numerusform>
            <numerusform>%1: %2 (%Ln فاتورة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>لا فواتير</numerusform>
            <numerusform>فاتورة واحدة</numerusform>
            <numerusform>فاتورتان</numerusform>
            <numerusform>%Ln فواتير</numerusform>
            <numerusform>%Ln فاتورةً</numerusform>
            <numerusform>%Ln فاتورة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoke::ui::AppController</name>
    <message>
        <source>The backup was not restored</source>
        <translation>لم تُستعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The location was restored from the backup. Sign in to go on.</source>
        <translation>استُعيد الفرع من النسخة الاحتياطية. سجّل الدخول للمتابعة.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace the location that cannot be opened with this backup? The current file is kept beside it as spoke.db.replaced.</source>
        <translation>هل تستبدل الفرع الذي لا يمكن فتحه بهذه النسخة الاحتياطية؟ يُحتفظ بالملف الحالي بجانبه باسم spoke.db.replaced.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ApplyCreditDialog</name>
    <message>
        <source>Apply credit</source>
        <translation>تطبيق الرصيد الدائن</translation>
    </message>
    <message>
        <source>Pay invoice %1 from credit</source>
        <translation>سداد الفاتورة %1 من الرصيد الدائن</translation>
    </message>
    <message>
        <source>%1 has %2 of credit; the invoice&apos;s balance is %3.</source>
        <translation>لدى %1 رصيد دائن قدره %2؛ ورصيد الفاتورة %3.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;المبلغ (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AuditModel</name>
    <message>
        <source>Signed in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Wrong PIN or password</source>
        <translation>رمز PIN أو كلمة مرور خاطئة</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>رُفض تسجيل الدخول</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>أُضيف موظف</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>تغيّر الدور</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>فُعّل الحساب</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>عُطّل الحساب</translation>
    </message>
    <message>
        <source>PIN or password reset</source>
        <translation>أُعيد تعيين رمز PIN أو كلمة المرور</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>فُتح قفل الحساب</translation>
    </message>
    <message>
        <source>Location created</source>
        <translation>أُنشئ الفرع</translation>
    </message>
    <message>
        <source>Location profile changed</source>
        <translation>تغيّر ملف الفرع</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>تغيّر إعداد</translation>
    </message>
    <message>
        <source>Database key changed</source>
        <translation>تغيّر مفتاح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>أُنشئت نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AuditSection</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Every sign-in, staff change, settings change, key change and backup, newest first. Each entry is chained to the one before it by a hash, so an edited or deleted entry is detected.</source>
        <translation>كل تسجيل دخول وتغيير في الموظفين أو الإعدادات أو المفتاح وكل نسخة احتياطية، الأحدث أولًا. كل إدخال مربوط بالذي قبله ببصمة تجزئة، فيُكشف أي إدخال عُدّل أو حُذف.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>تحقق من السلسلة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries checked, none changed, none missing.</source>
        <translation>السلسلة سليمة: فُحص %1 من الإدخالات، لا تعديل ولا نقص.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1</source>
        <translation>جرى العبث بسجل التدقيق: %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::Billing</name>
    <message>
        <source>Export PDFs</source>
        <translation>تصدير ملفات PDF</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln document(s)…</source>
        <translation>
            <numerusform>جارٍ تجهيز %Ln مستند…</numerusform>
            <numerusform>جارٍ تجهيز مستند واحد…</numerusform>
            <numerusform>جارٍ تجهيز مستندين…</numerusform>
            <numerusform>جارٍ تجهيز %Ln مستندات…</numerusform>
            <numerusform>جارٍ تجهيز %Ln مستندًا…</numerusform>
            <numerusform>جارٍ تجهيز %Ln مستند…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>جارٍ الإيقاف بعد المستند الحالي…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln PDF file(s)…</source>
        <translation>
            <numerusform>جارٍ كتابة %Ln ملف PDF…</numerusform>
            <numerusform>جارٍ كتابة ملف PDF واحد…</numerusform>
            <numerusform>جارٍ كتابة ملفَي PDF…</numerusform>
            <numerusform>جارٍ كتابة %Ln ملفات PDF…</numerusform>
            <numerusform>جارٍ كتابة %Ln ملفًا بصيغة PDF…</numerusform>
            <numerusform>جارٍ كتابة %Ln ملف PDF…</numerusform>
        </translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>معفاة</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 (compound)</source>
        <translation>%1 (مركّبة)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Credit available</source>
        <translation>رصيد متاح</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>مستخدَم</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>غير مسددة</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>مسودة إشعار دائن</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>مسودة فاتورة</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>الإشعار الدائن %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>الفاتورة %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(مسودة)</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (إشعار دائن)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BillingPrint</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>مقاس Letter الأمريكي</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>إيصال 80 مم</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>معاينة الطباعة — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save as PDF instead?</source>
        <translation>لا توجد طابعة مثبّتة على هذا الحاسوب. هل تريد الحفظ بصيغة PDF بدلًا من ذلك؟</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>طباعة %1</translation>
    </message>
    <message>
        <source>The document could not be printed: %1</source>
        <translation>تعذّرت طباعة المستند: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BillingSettingsSection</name>
    <message>
        <source>Prices &amp;include tax</source>
        <translation>الأسعار &amp;شاملة الضريبة</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>How invoices, credit notes and receipts are computed, numbered and printed. Issued documents keep the settings they were issued with. Changes are recorded in the audit log.</source>
        <translation>طريقة حساب الفواتير والإشعارات الدائنة والإيصالات وترقيمها وطباعتها. تحتفظ المستندات الصادرة بالإعدادات التي صدرت بها. تُسجَّل التغييرات في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>الضرائب</translation>
    </message>
    <message>
        <source>Half up: 0.125 becomes 0.13</source>
        <translation>التقريب لأعلى عند النصف: ‏0.125 تصبح 0.13</translation>
    </message>
    <message>
        <source>Half even (banker&apos;s): 0.125 becomes 0.12</source>
        <translation>التقريب إلى الزوجي (المصرفي): ‏0.125 تصبح 0.12</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>طريقة ال&amp;تقريب</translation>
    </message>
    <message>
        <source>Round each line&apos;s tax</source>
        <translation>تقريب ضريبة كل سطر</translation>
    </message>
    <message>
        <source>Round the invoice&apos;s tax once</source>
        <translation>تقريب ضريبة الفاتورة مرة واحدة</translation>
    </message>
    <message>
        <source>Tax is &amp;rounded</source>
        <translation>تقريب ال&amp;ضريبة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Add tax class…</source>
        <translation>إضافة فئة ضريبية…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Invoices and receipts</source>
        <translation>الفواتير والإيصالات</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Due on receipt</source>
        <translation>عند الاستلام</translation>
    </message>
    <message>
        <source>Default &amp;terms</source>
        <translation>مدة ال&amp;سداد الافتراضية</translation>
    </message>
    <message>
        <source>e.g. DT-</source>
        <translation>مثل: DT-</translation>
    </message>
    <message>
        <source>&amp;Invoice number prefix</source>
        <translation>بادئة أرقام ال&amp;فواتير</translation>
    </message>
    <message>
        <source>e.g. DT-CN-</source>
        <translation>مثل: DT-CN-</translation>
    </message>
    <message>
        <source>&amp;Credit note prefix</source>
        <translation>بادئة الإشعارات ال&amp;دائنة</translation>
    </message>
    <message>
        <source>e.g. DT-R-</source>
        <translation>مثل: DT-R-</translation>
    </message>
    <message>
        <source>Rece&amp;ipt prefix</source>
        <translation>بادئة الإي&amp;صالات</translation>
    </message>
    <message>
        <source>Numbers continue from the last one when a prefix changes; they never restart or skip.</source>
        <translation>عند تغيير البادئة يتواصل الترقيم من آخر رقم؛ فلا يبدأ من جديد ولا يتخطى أي رقم.</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>المستندات المطبوعة</translation>
    </message>
    <message>
        <source>Bank details, thanks, tax notes… printed at the foot of every document</source>
        <translation>البيانات المصرفية، عبارات الشكر، الملاحظات الضريبية… تُطبع في أسفل كل مستند</translation>
    </message>
    <message>
        <source>&amp;Footer</source>
        <translation>التذ&amp;ييل</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>اختيار شعار…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>There is already a tax class &quot;%1&quot;.</source>
        <translation>توجد فئة ضريبية &quot;%1&quot; بالفعل.</translation>
    </message>
    <message>
        <source>Not saved yet: press Save changes.</source>
        <translation>لم يُحفظ بعد: اضغط «حفظ التغييرات».</translation>
    </message>
    <message>
        <source>The standard class is used when nothing else is chosen: it can be changed but not removed.</source>
        <translation>تُستخدم الفئة القياسية عندما لا يُختار غيرها: يمكن تعديلها لكن لا يمكن إزالتها.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>اختيار شعار</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not a picture Spoke can read (%2).</source>
        <translation>%1 ليس صورة يستطيع Spoke قراءتها (%2).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>Saved. New invoices use these settings; the change is in the audit log.</source>
        <translation>حُفظ. تستخدم الفواتير الجديدة هذه الإعدادات؛ والتغيير مسجّل في سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BillingText</name>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>اكتب مبلغًا مثل %1.</translation>
    </message>
    <message>
        <source>Type a percentage such as %1.</source>
        <translation>اكتب نسبة مئوية مثل %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than a rate can keep (at most four).</source>
        <translation>&quot;%1&quot; فيه منازل عشرية أكثر مما تحتمله النسبة (أربع على الأكثر).</translation>
    </message>
    <message>
        <source>Type a discount as a percentage such as 10% or an amount such as %1.</source>
        <translation>اكتب الخصم نسبة مئوية مثل 10% أو مبلغًا مثل %1.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BookingDialog</name>
    <message>
        <source>Or a new customer</source>
        <translation>أو عميل جديد</translation>
    </message>
    <message>
        <source>Save as a request (no time yet)</source>
        <translation>حفظ كطلب (دون موعد بعد)</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>حجز مهمة</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;العميل</translation>
    </message>
    <message>
        <source>Name, phone, email or street</source>
        <translation>الاسم أو الهاتف أو البريد الإلكتروني أو الشارع</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>العملاء المطابقون</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;الاسم الأول</translation>
    </message>
    <message>
        <source>Fa&amp;mily name</source>
        <translation>&amp;اسم العائلة</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;الهاتف</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>&amp;الشارع</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;الخدمات</translation>
    </message>
    <message>
        <source>&amp;Notes for the crew</source>
        <translation>&amp;ملاحظات للطاقم</translation>
    </message>
    <message>
        <source>Doesn&apos;t repeat</source>
        <translation>بلا تكرار</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>كل 4 أسابيع</translation>
    </message>
    <message>
        <source>Monthly on the same date</source>
        <translation>شهريًا في التاريخ نفسه</translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation>شهريًا في يوم الأسبوع نفسه</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;التكرار</translation>
    </message>
    <message>
        <source>Until cancelled</source>
        <translation>حتى الإلغاء</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> زيارات</translation>
    </message>
    <message>
        <source>&amp;Ends after</source>
        <translation>&amp;ينتهي بعد</translation>
    </message>
    <message>
        <source>Next free &amp;slots (Enter books)</source>
        <translation>&amp;المواعيد المتاحة التالية (Enter للحجز)</translation>
    </message>
    <message>
        <source>Suggested slots</source>
        <translation>المواعيد المقترحة</translation>
    </message>
    <message>
        <source>%1 — %2 min, %3</source>
        <translation>%1 — %2 دقيقة، %3</translation>
    </message>
    <message>
        <source>Do not service: %1</source>
        <translation>عدم تقديم الخدمة: %1</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>الطاقم المطلوب: %1</translation>
    </message>
    <message>
        <source>Pick the services to see free slots.</source>
        <translation>اختر الخدمات لعرض المواعيد المتاحة.</translation>
    </message>
    <message>
        <source>%1, %2–%3 · %4</source>
        <translation>%1، %2–%3 · %4</translation>
    </message>
    <message>
        <source> ★ asked for</source>
        <translation> ★ طلبه العميل</translation>
    </message>
    <message>
        <source>No free slot in the next two weeks fits. Save it as a request.</source>
        <translation>لا يوجد موعد متاح مناسب خلال الأسبوعين القادمين. احفظها كطلب.</translation>
    </message>
    <message>
        <source>Choose a customer, or type a new customer&apos;s name.</source>
        <translation>اختر عميلًا أو اكتب اسم عميل جديد.</translation>
    </message>
    <message>
        <source>Book over a conflict</source>
        <translation>الحجز رغم التعارض</translation>
    </message>
    <message>
        <source>%1

To book anyway, say why (it is recorded):</source>
        <translation>%1

للحجز على أي حال، اذكر السبب (سيُسجَّل):</translation>
    </message>
    <message>
        <source>%1

A manager can book over a conflict.</source>
        <translation>%1

يستطيع المدير الحجز رغم التعارض.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>نشاطك التجاري</translation>
    </message>
    <message>
        <source>This is how the location appears on screens, invoices and at head office. You can change it later in Settings.</source>
        <translation>هكذا يظهر الفرع على الشاشات والفواتير ولدى المقر الرئيسي. يمكنك تغييره لاحقًا من الإعدادات.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Save calendar…</source>
        <translation>&amp;حفظ التقويم…</translation>
    </message>
    <message>
        <source>Export a calendar</source>
        <translation>تصدير تقويم</translation>
    </message>
    <message>
        <source>Save a technician&apos;s jobs as an iCalendar (.ics) file to import on their phone. Gate and alarm codes are never included: they stay on the printed work order.</source>
        <translation>احفظ مهام الفني في ملف iCalendar (.ics) لاستيراده على هاتفه. لا تُضمَّن رموز البوابة والإنذار أبدًا: تبقى في أمر العمل المطبوع.</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;الفني:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Your account is not set up as a technician.</source>
        <translation>حسابك غير مُعدّ كحساب فني.</translation>
    </message>
    <message>
        <source>There are no technicians yet.</source>
        <translation>لا يوجد فنيون بعد.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>%1 jobs %2</source>
        <translation>مهام %1 %2</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>حفظ التقويم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n job(s) to %1.</source>
        <translation>
            <numerusform>لم تُحفظ أي مهمة في %1.</numerusform>
            <numerusform>حُفظت مهمة واحدة في %1.</numerusform>
            <numerusform>حُفظت مهمتان في %1.</numerusform>
            <numerusform>حُفظت %n مهام في %1.</numerusform>
            <numerusform>حُفظت %n مهمةً في %1.</numerusform>
            <numerusform>حُفظت %n مهمة في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoke::ui::CashUpView</name>
    <message>
        <source>&amp;Day</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Net taken</source>
        <translation>صافي المقبوض</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>المقبوض</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>الاستردادات</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>المردود</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Payments and refunds of the day</source>
        <translation>المدفوعات والاستردادات في هذا اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>المستلِم</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s), %1 taken</source>
        <translation>
            <numerusform>لا دفعات، والمقبوض %1</numerusform>
            <numerusform>دفعة واحدة، والمقبوض %1</numerusform>
            <numerusform>دفعتان، والمقبوض %1</numerusform>
            <numerusform>%Ln دفعات، والمقبوض %1</numerusform>
            <numerusform>%Ln دفعةً، والمقبوض %1</numerusform>
            <numerusform>%Ln دفعة، والمقبوض %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s), %1 given back</source>
        <translation>
            <numerusform>لا استردادات، والمردود %1</numerusform>
            <numerusform>استرداد واحد، والمردود %1</numerusform>
            <numerusform>استردادان، والمردود %1</numerusform>
            <numerusform>%Ln استردادات، والمردود %1</numerusform>
            <numerusform>%Ln استردادًا، والمردود %1</numerusform>
            <numerusform>%Ln استرداد، والمردود %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (refund)</source>
        <translation>%1 (استرداد)</translation>
    </message>
    <message>
        <source>Cash-up %1</source>
        <translation>إقفال الصندوق %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ConsentEditor</name>
    <message>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <source>Yes, agrees</source>
        <translation>نعم، يوافق</translation>
    </message>
    <message>
        <source>No, withdrawn</source>
        <translation>لا، سُحبت الموافقة</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>نموذج ويب</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>نموذج ورقي</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>شخصيًا</translation>
    </message>
    <message>
        <source>email reply</source>
        <translation>رد بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>How: web form, phone call…</source>
        <translation>الطريقة: نموذج ويب، مكالمة هاتفية…</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · بواسطة %2</translation>
    </message>
    <message>
        <source>Say how the consent was given or withdrawn.</source>
        <translation>اذكر كيف أُعطيت الموافقة أو سُحبت.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ContactListEditor</name>
    <message>
        <source>Add phone</source>
        <translation>إضافة هاتف</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>إضافة بريد إلكتروني</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>جوال</translation>
    </message>
    <message>
        <source>home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Number, e.g. (555) 010-2345</source>
        <translation>الرقم، مثل: ‎(555) 010-2345</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>مفضّل</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>إزالة هذا الرقم</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>إزالة هذا العنوان</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CreditNoteDialog</name>
    <message>
        <source>The &amp;whole invoice</source>
        <translation>الفاتورة &amp;كاملة</translation>
    </message>
    <message>
        <source>&amp;Some lines</source>
        <translation>&amp;بعض الأسطر</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>إصدار الإشعار الدائن</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>إشعار دائن على %1</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>إشعار دائن على الفاتورة %1</translation>
    </message>
    <message>
        <source>%1 · total %2 · balance %3. The credit settles the balance first; what is left becomes %1&apos;s credit.</source>
        <translation>%1 · الإجمالي %2 · الرصيد %3. يسدّد الإشعار الدائن الرصيد أولًا؛ وما يتبقى يصبح رصيدًا دائنًا لـ %1.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Qty to credit</source>
        <translation>الكمية الدائنة</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>مبلغ السطر</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. &quot;oven clean not done&quot;</source>
        <translation>يُطبع على الإشعار الدائن، مثل: &quot;لم يُنظَّف الفرن&quot;</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>ال&amp;سبب (مطلوب)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Say why the invoice is credited: the reason is printed on the credit note.</source>
        <translation>اذكر سبب إصدار الإشعار الدائن على الفاتورة: يُطبع السبب على الإشعار الدائن.</translation>
    </message>
    <message>
        <source>Tick the lines to credit, or credit the whole invoice.</source>
        <translation>حدّد الأسطر المراد قيدها في الإشعار الدائن، أو اختر الفاتورة كاملة.</translation>
    </message>
    <message>
        <source>Issue a credit note against invoice %1? It takes the next credit note number and cannot be undone.</source>
        <translation>هل تريد إصدار إشعار دائن على الفاتورة %1؟ سيأخذ رقم الإشعار الدائن التالي ولا يمكن التراجع عنه.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CrewDialog</name>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>أزرق مخضر</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>كهرماني</translation>
    </message>
    <message>
        <source>Add a crew</source>
        <translation>إضافة طاقم</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>تعديل «%1»</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Current colour</source>
        <translation>اللون الحالي</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;اللون:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;الأفراد:</translation>
    </message>
    <message>
        <source>Space checks the selected technician.</source>
        <translation>يحدّد مفتاح المسافة الفني المختار.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerBillingCard</name>
    <message>
        <source>Take payment…</source>
        <translation>قبض دفعة…</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>تطبيق الرصيد الدائن…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>استرداد…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>كشف الحساب…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاتورة جديدة</translation>
    </message>
    <message>
        <source>Invoices &amp; payments</source>
        <translation>الفواتير والمدفوعات</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>المستحق عليه</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>الرصيد الدائن</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>غير المستخدَم</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>لا فواتير غير مسددة</numerusform>
            <numerusform>فاتورة واحدة غير مسددة</numerusform>
            <numerusform>فاتورتان غير مسددتين</numerusform>
            <numerusform>%Ln فواتير غير مسددة</numerusform>
            <numerusform>%Ln فاتورةً غير مسددة</numerusform>
            <numerusform>%Ln فاتورة غير مسددة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>، ولا متأخرات منها</numerusform>
            <numerusform>، منها واحدة متأخرة</numerusform>
            <numerusform>، منها اثنتان متأخرتان</numerusform>
            <numerusform>، منها %Ln متأخرة</numerusform>
            <numerusform>، منها %Ln متأخرة</numerusform>
            <numerusform>، منها %Ln متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(مسودة)</translation>
    </message>
    <message>
        <source>%1 (refund)</source>
        <translation>%1 (استرداد)</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>الإيصال %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerEditor</name>
    <message>
        <source>Do not service this customer</source>
        <translation>عدم تقديم الخدمة لهذا العميل</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الهاتف</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phones and email</source>
        <translation>الهواتف والبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as %1 numbers.</source>
        <translation>تُقرأ الأرقام التي بلا رمز دولة على أنها أرقام %1.</translation>
    </message>
    <message>
        <source>Add service address</source>
        <translation>إضافة عنوان خدمة</translation>
    </message>
    <message>
        <source>Add billing address</source>
        <translation>إضافة عنوان فوترة</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>Where the work happens and where invoices go. Gate and alarm codes never leave this location.</source>
        <translation>مكان العمل والمكان الذي تُرسل إليه الفواتير. رموز البوابة والإنذار لا تغادر هذا الفرع أبدًا.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>DO, DON&apos;T and NOTE items per address and area of the home; they are printed on work orders.</source>
        <translation>عناصر «افعل» و«لا تفعل» و«ملاحظة» لكل عنوان ولكل جزء من المنزل؛ تُطبع على أوامر العمل.</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>موافقة التسويق</translation>
    </message>
    <message>
        <source>Appointment reminders and receipts do not need consent.</source>
        <translation>لا تحتاج تذكيرات المواعيد والإيصالات إلى موافقة.</translation>
    </message>
    <message>
        <source>Why (required), e.g. unpaid invoices, unsafe site</source>
        <translation>السبب (مطلوب)، مثل: فواتير غير مدفوعة، موقع غير آمن</translation>
    </message>
    <message>
        <source>Anything else worth remembering</source>
        <translation>أي شيء آخر يستحق التذكّر</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Notes and service</source>
        <translation>الملاحظات والخدمة</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>بلا تفضيل</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Preferred way to reach them</source>
        <translation>الوسيلة المفضلة للتواصل</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (today when empty)</source>
        <translation>YYYY-MM-DD (اليوم إن تُرك فارغًا)</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>عميل منذ</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>web</source>
        <translation>الويب</translation>
    </message>
    <message>
        <source>head-office campaign</source>
        <translation>حملة المقر الرئيسي</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>زيارة مباشرة</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>عميل متكرر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, weekly</source>
        <translation>مفصولة بفواصل، مثل: vip, أسبوعي</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n قيمة تحتاج إلى مراجعة؛ لم يُحفظ شيء.</numerusform>
            <numerusform>قيمة واحدة تحتاج إلى مراجعة؛ لم يُحفظ شيء.</numerusform>
            <numerusform>قيمتان تحتاجان إلى مراجعة؛ لم يُحفظ شيء.</numerusform>
            <numerusform>%n قيم تحتاج إلى مراجعة؛ لم يُحفظ شيء.</numerusform>
            <numerusform>%n قيمة تحتاج إلى مراجعة؛ لم يُحفظ شيء.</numerusform>
            <numerusform>%n قيمة تحتاج إلى مراجعة؛ لم يُحفظ شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer was saved, but the consent was not: %1</source>
        <translation>حُفظ العميل، لكن لم تُحفظ الموافقة: %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerExport</name>
    <message>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <source>All customers as CSV…</source>
        <translation>كل العملاء بصيغة CSV…</translation>
    </message>
    <message>
        <source>All customers as vCard…</source>
        <translation>كل العملاء بصيغة vCard…</translation>
    </message>
    <message>
        <source>Filtered list as CSV…</source>
        <translation>القائمة المصفّاة بصيغة CSV…</translation>
    </message>
    <message>
        <source>Filtered list as vCard…</source>
        <translation>القائمة المصفّاة بصيغة vCard…</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerProfileView</name>
    <message>
        <source>All customers</source>
        <translation>كل العملاء</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>العودة إلى القائمة (Esc)</translation>
    </message>
    <message>
        <source>Edit this customer (Ctrl+E)</source>
        <translation>تعديل هذا العميل (Ctrl+E)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>حذف العميل…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>محو البيانات الشخصية…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Printed on work orders</source>
        <translation>يُطبع على أوامر العمل</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased on request. Sales and job history stay for the books.</source>
        <translation>مُحيت البيانات الشخصية لهذا العميل بناءً على طلبه. يبقى سجل المبيعات والمهام لأغراض المحاسبة.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>عميل ممحو</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>عميل منذ %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>يتحدث %1</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>يفضّل: %1</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <translation>تاريخ الميلاد %1</translation>
    </message>
    <message>
        <source>Do not service: %1</source>
        <translation>عدم تقديم الخدمة: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>مفضّل</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>No phone or email yet.</source>
        <translation>لا يوجد هاتف أو بريد إلكتروني بعد.</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>عنوان الفوترة</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>عنوان الخدمة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>ركن السيارة</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>الحيوانات الأليفة</translation>
    </message>
    <message>
        <source>Preferred crew</source>
        <translation>الطاقم المفضّل</translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation>فترة الوصول</translation>
    </message>
    <message>
        <source>Stays at this location, never synced</source>
        <translation>يبقى في هذا الفرع، ولا يُزامَن أبدًا</translation>
    </message>
    <message>
        <source>Gate code</source>
        <translation>رمز البوابة</translation>
    </message>
    <message>
        <source>Alarm code</source>
        <translation>رمز الإنذار</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>موافقة التسويق</translation>
    </message>
    <message>
        <source>Only for marketing; appointment reminders and receipts are always sent.</source>
        <translation>للتسويق فقط؛ تُرسل تذكيرات المواعيد والإيصالات دائمًا.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · بواسطة %2</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>حذف %1؟</translation>
    </message>
    <message>
        <source>The customer disappears from lists and search. Jobs, invoices and payments stay for the books, and the deletion is recorded in the audit log.</source>
        <translation>يختفي العميل من القوائم والبحث. تبقى المهام والفواتير والمدفوعات لأغراض المحاسبة، ويُسجَّل الحذف في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>حذف العميل</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>السبب (مطلوب)</translation>
    </message>
    <message>
        <source>For example: moved away, duplicate entry</source>
        <translation>مثلًا: انتقل إلى مكان آخر، إدخال مكرر</translation>
    </message>
    <message>
        <source>Erase %1&apos;s personal data?</source>
        <translation>محو البيانات الشخصية لـ %1؟</translation>
    </message>
    <message>
        <source>For a privacy request. Names, phone numbers, emails, addresses, codes, preferences, notes and the text of calls and notes are erased for good. Sales totals, jobs and invoices stay, without the person&apos;s details. This cannot be undone.</source>
        <translation>لطلبات الخصوصية. تُمحى نهائيًا الأسماء وأرقام الهواتف وعناوين البريد الإلكتروني والعناوين والرموز والتفضيلات والملاحظات ونصوص المكالمات والملاحظات. تبقى إجماليات المبيعات والمهام والفواتير، دون بيانات الشخص. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>أفهم أنه لا يمكن التراجع عن ذلك</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>حجز مهمة</translation>
    </message>
    <message>
        <source>Book a job for this customer (Ctrl+B)</source>
        <translation>حجز مهمة لهذا العميل (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerSearchModel</name>
    <message>
        <source>Do not service</source>
        <translation>عدم تقديم الخدمة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomersPage</name>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>Customer deleted.</source>
        <translation>حُذف العميل.</translation>
    </message>
    <message>
        <source>Search by name, phone, email, street, postal code or tag  (Ctrl+F)</source>
        <translation>ابحث بالاسم أو الهاتف أو البريد الإلكتروني أو الشارع أو الرمز البريدي أو الوسم  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>إضافة عميل (Ctrl+N)</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>كل حالات الموافقة</translation>
    </message>
    <message>
        <source>Agrees to %1</source>
        <translation>يوافق على %1</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>أي نشاط</translation>
    </message>
    <message>
        <source>Active in the last 30 days</source>
        <translation>نشط خلال آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Active in the last 90 days</source>
        <translation>نشط خلال آخر 90 يومًا</translation>
    </message>
    <message>
        <source>Inactive for a year or more</source>
        <translation>غير نشط منذ سنة أو أكثر</translation>
    </message>
    <message>
        <source>Review possible duplicates</source>
        <translation>مراجعة التكرارات المحتملة</translation>
    </message>
    <message>
        <source>Import customers from a CSV or vCard file</source>
        <translation>استيراد العملاء من ملف CSV أو vCard</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Sort by name or by last activity</source>
        <translation>الفرز حسب الاسم أو آخر نشاط</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا نتائج</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) match the filters</source>
        <translation>
            <numerusform>لا يطابق أي عميل عوامل التصفية</numerusform>
            <numerusform>عميل واحد يطابق عوامل التصفية</numerusform>
            <numerusform>عميلان يطابقان عوامل التصفية</numerusform>
            <numerusform>%Ln عملاء يطابقون عوامل التصفية</numerusform>
            <numerusform>%Ln عميلًا يطابقون عوامل التصفية</numerusform>
            <numerusform>%Ln عميل يطابقون عوامل التصفية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>لا يوجد عملاء</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>%Ln عملاء</numerusform>
            <numerusform>%Ln عميلًا</numerusform>
            <numerusform>%Ln عميل</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates · %1</source>
        <translation>التكرارات · %1</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>جوال</translation>
    </message>
    <message>
        <source>home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>Customer added.</source>
        <translation>أُضيف العميل.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>حُفظت التغييرات.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>تصدير العملاء</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>ملفات vCard (*.vcf)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>هناك عملية تصدير جارية بالفعل.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DispatchBoard</name>
    <message>
        <source>Time off</source>
        <translation>إجازة</translation>
    </message>
    <message>
        <source>Time off: %1</source>
        <translation>إجازة: %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>الأسبوع %1</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>بلا موعد</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A time range on the dispatch board, e.g. &quot;9:00 AM – 11:00 AM&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Time and status of a job on the dispatch board: &quot;9:00 AM – 11:00 AM · In progress&quot;
----------
Under a lane&apos;s title: its kind and how many jobs it has in the range, &quot;Crew · 12 jobs&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>مُسندة إلى: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Booked by head office</source>
        <translation>حجزها المقر الرئيسي</translation>
    </message>
    <message>
        <source>Customer is marked do not service</source>
        <translation>العميل مُعلَّم بعدم تقديم الخدمة</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>التعارضات:</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>التعارضات: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>طاقم</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>فني</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>لا مهام</numerusform>
            <numerusform>مهمة واحدة</numerusform>
            <numerusform>مهمتان</numerusform>
            <numerusform>%n مهام</numerusform>
            <numerusform>%n مهمةً</numerusform>
            <numerusform>%n مهمة</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ</source>
        <extracomment>Badge on a job booked by head office (short: it sits in a corner of the job&apos;s box)</extracomment>
        <translation>المقر</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>QLocale date format of a day&apos;s column header in the week view (&quot;Tue 9 Mar&quot;)</extracomment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <extracomment>Where a dragged job would go: &quot;Tue 9 Mar 11:15 AM – 1:15 PM · Crew B&quot;</extracomment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Overlaps %1 (%2)</source>
        <translation>يتداخل مع %1 (%2)</translation>
    </message>
    <message>
        <source>A job that is %1 can&apos;t be moved.</source>
        <translation>لا يمكن نقل مهمة حالتها «%1».</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>لوحة التوزيع</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DocumentPrinter</name>
    <message>
        <source>document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>معاينة الطباعة — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save as PDF instead?</source>
        <translation>لا توجد طابعة مثبّتة على هذا الحاسوب. هل تريد الحفظ بصيغة PDF بدلًا من ذلك؟</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>طباعة %1</translation>
    </message>
    <message>
        <source>The document could not be printed: %1</source>
        <translation>تعذّرت طباعة المستند: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DraftEditor</name>
    <message>
        <source>Add line</source>
        <translation>إضافة سطر</translation>
    </message>
    <message>
        <source>Invoice completed jobs…</source>
        <translation>فوترة المهام المكتملة…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation>إصدار الفاتورة…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>حذف المسودة…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاتورة جديدة</translation>
    </message>
    <message>
        <source>Invoice draft</source>
        <translation>مسودة فاتورة</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>قياسية</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>ال&amp;عميل</translation>
    </message>
    <message>
        <source>Name, phone, email or street</source>
        <translation>الاسم أو الهاتف أو البريد الإلكتروني أو الشارع</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>العملاء المطابقون</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+L)</source>
        <translation>إضافة سطر (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add the customer&apos;s completed jobs that are not invoiced yet (Ctrl+J)</source>
        <translation>إضافة مهام العميل المكتملة التي لم تُفوتَر بعد (Ctrl+J)</translation>
    </message>
    <message>
        <source>e.g. 10% or %1</source>
        <translation>مثل: 10% أو %1</translation>
    </message>
    <message>
        <source>Invoice &amp;discount</source>
        <translation>&amp;خصم الفاتورة</translation>
    </message>
    <message numerus="yes">
        <source>Location default (%Ln day(s))</source>
        <translation>
            <numerusform>افتراضي الفرع (%Ln يوم)</numerusform>
            <numerusform>افتراضي الفرع (يوم واحد)</numerusform>
            <numerusform>افتراضي الفرع (يومان)</numerusform>
            <numerusform>افتراضي الفرع (%Ln أيام)</numerusform>
            <numerusform>افتراضي الفرع (%Ln يومًا)</numerusform>
            <numerusform>افتراضي الفرع (%Ln يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>مدة ال&amp;سداد</translation>
    </message>
    <message>
        <source>Printed on the invoice</source>
        <translation>يُطبع على الفاتورة</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>حفظ المسودة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the invoice its number and make it final</source>
        <translation>منح الفاتورة رقمها وجعلها نهائية</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>لا يوجد عميل مطابق.</translation>
    </message>
    <message>
        <source>No customer chosen yet</source>
        <translation>لم يُختر عميل بعد</translation>
    </message>
    <message>
        <source>Billed to %1</source>
        <translation>فاتورة إلى %1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>خصم السطر</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>الفئة الضريبية</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>إزالة هذا السطر</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>إزالة السطر</translation>
    </message>
    <message>
        <source>Line %1, unit price: %2</source>
        <translation>السطر %1، سعر الوحدة: %2</translation>
    </message>
    <message>
        <source>Line %1, discount: %2</source>
        <translation>السطر %1، الخصم: %2</translation>
    </message>
    <message>
        <source>Invoice discount: %1</source>
        <translation>خصم الفاتورة: %1</translation>
    </message>
    <message>
        <source>Add a line to see the totals.</source>
        <translation>أضف سطرًا لعرض المجاميع.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>includes %1</source>
        <translation>يشمل %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>الإجمالي %1</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>اختر العميل أولًا.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>حُفظت المسودة.</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>إصدار الفاتورة</translation>
    </message>
    <message>
        <source>Issue this invoice to %1? %2

It takes the next invoice number. Numbers can&apos;t be reused, and an issued invoice can&apos;t be changed: corrections are made with a credit note.</source>
        <translation>هل تريد إصدار هذه الفاتورة إلى %1؟ %2

ستأخذ رقم الفاتورة التالي. لا يمكن إعادة استخدام الأرقام، ولا يمكن تغيير الفاتورة بعد إصدارها: تتم التصحيحات بإشعار دائن.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Delete this draft? Its lines are lost. Jobs on it can be invoiced again.</source>
        <translation>هل تريد حذف هذه المسودة؟ ستضيع أسطرها. ويمكن فوترة المهام التي فيها مرة أخرى.</translation>
    </message>
    <message>
        <source>Invoice completed jobs</source>
        <translation>فوترة المهام المكتملة</translation>
    </message>
    <message>
        <source>Completed jobs of this customer that are not on an invoice yet:</source>
        <translation>مهام هذا العميل المكتملة التي لم تدخل في فاتورة بعد:</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>There are no completed jobs to invoice.</source>
        <translation>لا توجد مهام مكتملة لفوترتها.</translation>
    </message>
    <message>
        <source>Add to invoice</source>
        <translation>إضافة إلى الفاتورة</translation>
    </message>
    <message>
        <source>Close draft</source>
        <translation>إغلاق المسودة</translation>
    </message>
    <message>
        <source>Close without saving the changes to this draft?</source>
        <translation>هل تريد الإغلاق دون حفظ التغييرات على هذه المسودة؟</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DuplicatesScreen</name>
    <message>
        <source>Merge into this one</source>
        <translation>الدمج في هذا العميل</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>ليس تكرارًا</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>كل العملاء</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>العودة إلى القائمة (Esc)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>التكرارات المحتملة</translation>
    </message>
    <message>
        <source>No possible duplicates to review.</source>
        <translation>لا توجد تكرارات محتملة للمراجعة.</translation>
    </message>
    <message>
        <source>Spoke flags customers who share a phone number or an email, or have a similar name at the same address, when they are added or imported.</source>
        <translation>يُعلِّم Spoke العملاء الذين يشتركون في رقم هاتف أو بريد إلكتروني، أو لهم اسم مشابه في العنوان نفسه، عند إضافتهم أو استيرادهم.</translation>
    </message>
    <message>
        <source>These are two different customers</source>
        <translation>هذان عميلان مختلفان</translation>
    </message>
    <message>
        <source>Merging keeps every phone, email, address, preference, tag, consent and timeline entry of both customers on the one you keep. It is recorded in the audit log.</source>
        <translation>يحتفظ الدمج بكل الهواتف وعناوين البريد الإلكتروني والعناوين والتفضيلات والوسوم والموافقات وإدخالات الخط الزمني للعميلين في العميل الذي تبقيه. ويُسجَّل في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>عنوان البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <source>Similar name at the same address</source>
        <translation>اسم مشابه في العنوان نفسه</translation>
    </message>
    <message>
        <source>%1  ⇄  %2
%3</source>
        <translation>%1  ⇄  %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review</source>
        <translation>
            <numerusform>لا توجد أزواج للمراجعة</numerusform>
            <numerusform>زوج واحد للمراجعة</numerusform>
            <numerusform>زوجان للمراجعة</numerusform>
            <numerusform>%n أزواج للمراجعة</numerusform>
            <numerusform>%n زوجًا للمراجعة</numerusform>
            <numerusform>%n زوج للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>أُضيف: %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>مطابق</translation>
    </message>
    <message numerus="yes">
        <source>%n preference(s)</source>
        <translation>
            <numerusform>لا تفضيلات</numerusform>
            <numerusform>تفضيل واحد</numerusform>
            <numerusform>تفضيلان</numerusform>
            <numerusform>%n تفضيلات</numerusform>
            <numerusform>%n تفضيلًا</numerusform>
            <numerusform>%n تفضيل</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>عميل منذ %1</translation>
    </message>
    <message>
        <source>Merge into %1?</source>
        <translation>الدمج في %1؟</translation>
    </message>
    <message>
        <source>Every phone number, email, address, preference, tag, consent and timeline entry of &quot;%1&quot; moves to &quot;%2&quot;, and &quot;%1&quot; leaves the customer list. The merge is recorded in the audit log.</source>
        <translation>تنتقل كل أرقام الهاتف وعناوين البريد الإلكتروني والعناوين والتفضيلات والوسوم والموافقات وإدخالات الخط الزمني الخاصة بـ &quot;%1&quot; إلى &quot;%2&quot;، ويخرج &quot;%1&quot; من قائمة العملاء. يُسجَّل الدمج في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
</context>
<context>
    <name>spoke::ui::EmptyListState</name>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>استيراد من ملف</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>لا يوجد عملاء بعد</translation>
    </message>
    <message>
        <source>Add your first customer, or bring everyone over from the tool you used before.</source>
        <translation>أضف عميلك الأول، أو انقل الجميع من الأداة التي كنت تستخدمها من قبل.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::FirstRunWizard</name>
    <message>
        <source>Set up Spoke</source>
        <translation>إعداد Spoke</translation>
    </message>
    <message>
        <source>Create location</source>
        <translation>إنشاء الفرع</translation>
    </message>
</context>
<context>
    <name>spoke::ui::HeaderBar</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportCheckPage</name>
    <message>
        <source>Dry run</source>
        <translation>تشغيل تجريبي</translation>
    </message>
    <message>
        <source>Every row was checked; nothing has been imported yet.</source>
        <translation>فُحص كل صف؛ لم يُستورد شيء بعد.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>rows ready to import</source>
        <translation>صفوف جاهزة للاستيراد</translation>
    </message>
    <message>
        <source>rows with problems</source>
        <translation>صفوف بها مشكلات</translation>
    </message>
    <message>
        <source>Problems, by line of the file</source>
        <translation>المشكلات حسب أسطر الملف</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…و%Ln أخرى</numerusform>
            <numerusform>…وواحدة أخرى</numerusform>
            <numerusform>…واثنتان أخريان</numerusform>
            <numerusform>…و%Ln أخرى</numerusform>
            <numerusform>…و%Ln أخرى</numerusform>
            <numerusform>…و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يُعثر على مشكلات.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln valid row(s) and list the rejected ones in the report</source>
        <translation>
            <numerusform>استيراد %Ln صف صالح وإدراج الصفوف المرفوضة في التقرير</numerusform>
            <numerusform>استيراد الصف الصالح الوحيد وإدراج الصفوف المرفوضة في التقرير</numerusform>
            <numerusform>استيراد الصفين الصالحين وإدراج الصفوف المرفوضة في التقرير</numerusform>
            <numerusform>استيراد %Ln صفوف صالحة وإدراج الصفوف المرفوضة في التقرير</numerusform>
            <numerusform>استيراد %Ln صفًا صالحًا وإدراج الصفوف المرفوضة في التقرير</numerusform>
            <numerusform>استيراد %Ln صف صالح وإدراج الصفوف المرفوضة في التقرير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln row(s)</source>
        <translation>
            <numerusform>استيراد %Ln صف</numerusform>
            <numerusform>استيراد الصف الوحيد</numerusform>
            <numerusform>استيراد الصفين</numerusform>
            <numerusform>استيراد %Ln صفوف</numerusform>
            <numerusform>استيراد %Ln صفًا</numerusform>
            <numerusform>استيراد %Ln صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Import nothing if any row is wrong</source>
        <translation>عدم استيراد أي شيء إذا كان أي صف خاطئًا</translation>
    </message>
    <message numerus="yes">
        <source>With %Ln row(s) wrong, nothing will be imported. Fix the file and import it again.</source>
        <translation>
            <numerusform>مع وجود %Ln صف خاطئ، لن يُستورد شيء. صحّح الملف واستورده مجددًا.</numerusform>
            <numerusform>مع وجود صف واحد خاطئ، لن يُستورد شيء. صحّح الملف واستورده مجددًا.</numerusform>
            <numerusform>مع وجود صفين خاطئين، لن يُستورد شيء. صحّح الملف واستورده مجددًا.</numerusform>
            <numerusform>مع وجود %Ln صفوف خاطئة، لن يُستورد شيء. صحّح الملف واستورده مجددًا.</numerusform>
            <numerusform>مع وجود %Ln صفًا خاطئًا، لن يُستورد شيء. صحّح الملف واستورده مجددًا.</numerusform>
            <numerusform>مع وجود %Ln صف خاطئ، لن يُستورد شيء. صحّح الملف واستورده مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is one transaction: it is complete or nothing is written.</source>
        <translation>الاستيراد معاملة واحدة: إما أن يكتمل كله أو لا يُكتب شيء.</translation>
    </message>
    <message>
        <source>Spoke is still busy with the file; go back and try again in a moment.</source>
        <translation>لا يزال Spoke مشغولًا بالملف؛ ارجع وحاول مجددًا بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportMappingPage</name>
    <message>
        <source>Save mapping</source>
        <translation>حفظ التطابق</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Spoke guessed from the header; columns set to &quot;(ignore)&quot; are left out.</source>
        <translation>حدّد ما يحتويه كل عمود في الملف. خمّن Spoke ذلك من الترويسة؛ وتُستبعد الأعمدة المضبوطة على &quot;(تجاهل)&quot;.</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>التطابقات المحفوظة</translation>
    </message>
    <message>
        <source>Name, e.g. Old CRM export</source>
        <translation>الاسم، مثل: تصدير نظام CRM القديم</translation>
    </message>
    <message>
        <source>How the first rows will be read</source>
        <translation>كيف ستُقرأ الصفوف الأولى</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved.</source>
        <translation>حُفظ التطابق &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; applied.</source>
        <translation>طُبّق التطابق &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportReportPage</name>
    <message>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>possible duplicates flagged for review</source>
        <translation>تكرارات محتملة عُلِّمت للمراجعة</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي عميل</numerusform>
            <numerusform>استُورد عميل واحد</numerusform>
            <numerusform>استُورد عميلان</numerusform>
            <numerusform>استُورد %Ln عملاء</numerusform>
            <numerusform>استُورد %Ln عميلًا</numerusform>
            <numerusform>استُورد %Ln عميل</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the possible duplicates from the Customers screen (Duplicates).</source>
        <translation>راجع التكرارات المحتملة من شاشة العملاء (التكرارات).</translation>
    </message>
    <message>
        <source>What was imported, and what was left out and why.</source>
        <translation>ما تم استيراده، وما استُبعد ولماذا.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportRunPage</name>
    <message>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>You can keep working; the import runs in the background.</source>
        <translation>يمكنك متابعة العمل؛ يجري الاستيراد في الخلفية.</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>جارٍ الإلغاء… لن يُستورد شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln customer(s)…</source>
        <translation>
            <numerusform>جارٍ استيراد %Ln عميل…</numerusform>
            <numerusform>جارٍ استيراد عميل واحد…</numerusform>
            <numerusform>جارٍ استيراد عميلين…</numerusform>
            <numerusform>جارٍ استيراد %Ln عملاء…</numerusform>
            <numerusform>جارٍ استيراد %Ln عميلًا…</numerusform>
            <numerusform>جارٍ استيراد %Ln عميل…</numerusform>
        </translation>
    </message>
    <message>
        <source>Spoke is still busy with the file; nothing was imported.</source>
        <translation>لا يزال Spoke مشغولًا بالملف؛ لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportSourcePage</name>
    <message>
        <source>comma-separated</source>
        <translation>مفصول بفواصل</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>مفصول بفواصل منقوطة</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>مفصول بعلامات جدولة</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>مفصول بخطوط عمودية</translation>
    </message>
    <message>
        <source>separated by &quot;%1&quot;</source>
        <translation>مفصول بـ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <source>A CSV file exported from the tool you used before, or a vCard (.vcf) file.</source>
        <translation>ملف CSV مُصدَّر من الأداة التي كنت تستخدمها من قبل، أو ملف vCard ‎(.vcf).</translation>
    </message>
    <message>
        <source>Path to a .csv or .vcf file</source>
        <translation>مسار ملف ‎.csv أو ‎.vcf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Spoke reads CSV files in UTF-8, UTF-16 or Windows-1252, separated by commas, semicolons, tabs or pipes, with quoted fields and line breaks inside them; and vCard 3.0 and 4.0. Files of up to %1 MB. Nothing is imported before you see a dry run.</source>
        <translation>يقرأ Spoke ملفات CSV بترميز UTF-8 أو UTF-16 أو Windows-1252، المفصولة بفواصل أو فواصل منقوطة أو علامات جدولة أو خطوط عمودية، مع حقول بين علامتي تنصيص وفواصل أسطر داخلها؛ وكذلك vCard 3.0 و4.0. حجم الملف حتى %1 ميغابايت. لا يُستورد شيء قبل أن ترى تشغيلًا تجريبيًا.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>اختر ملفًا للاستيراد</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>ملفات العملاء (*.csv *.txt *.vcf *.vcard);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message numerus="yes">
        <source>vCard file · %1 · %n card(s)</source>
        <translation>
            <numerusform>ملف vCard · %1 · %n بطاقة</numerusform>
            <numerusform>ملف vCard · %1 · بطاقة واحدة</numerusform>
            <numerusform>ملف vCard · %1 · بطاقتان</numerusform>
            <numerusform>ملف vCard · %1 · %n بطاقات</numerusform>
            <numerusform>ملف vCard · %1 · %n بطاقة</numerusform>
            <numerusform>ملف vCard · %1 · %n بطاقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln row(s) · %3 columns</source>
        <translation>
            <numerusform>%1 · %2 · %Ln صف · الأعمدة: %3</numerusform>
            <numerusform>%1 · %2 · صف واحد · الأعمدة: %3</numerusform>
            <numerusform>%1 · %2 · صفّان · الأعمدة: %3</numerusform>
            <numerusform>%1 · %2 · %Ln صفوف · الأعمدة: %3</numerusform>
            <numerusform>%1 · %2 · %Ln صفًا · الأعمدة: %3</numerusform>
            <numerusform>%1 · %2 · %Ln صف · الأعمدة: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Still busy with the previous file; try again in a moment.</source>
        <translation>ما زال الملف السابق قيد المعالجة؛ حاول مجددًا بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>استيراد العملاء</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>spoke::ui::InvoiceDialog</name>
    <message>
        <source>Print preview…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>قبض دفعة…</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>تطبيق الرصيد الدائن…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>إشعار دائن…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>إلغاء الفاتورة…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>استرداد…</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>طباعة (Ctrl+P)</translation>
    </message>
    <message>
        <source>Take a payment (Ctrl+Shift+P)</source>
        <translation>قبض دفعة (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>الإجمالي %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>المدفوع %1</translation>
    </message>
    <message>
        <source>Credited %1</source>
        <translation>المقيّد بإشعارات دائنة %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>الرصيد %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>الاستحقاق في %1</translation>
    </message>
    <message>
        <source>Unused %1</source>
        <translation>غير المستخدَم %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>أُلغيت: %1</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>سُجّلت الدفعة.</translation>
    </message>
    <message>
        <source>Credit applied.</source>
        <translation>طُبّق الرصيد الدائن.</translation>
    </message>
    <message>
        <source>Credit note issued.</source>
        <translation>صدر الإشعار الدائن.</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>سُجّل الاسترداد.</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>إلغاء %1</translation>
    </message>
    <message>
        <source>Why is invoice %1 voided? The number stays used and the reason is recorded.</source>
        <translation>لماذا تُلغى الفاتورة %1؟ يبقى الرقم مستخدَمًا ويُسجَّل السبب.</translation>
    </message>
    <message>
        <source>Not voided: a reason is required.</source>
        <translation>لم تُلغَ: السبب مطلوب.</translation>
    </message>
    <message>
        <source>Invoice %1 is void.</source>
        <translation>الفاتورة %1 ملغاة.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::InvoicesPage</name>
    <message>
        <source>Invoices and payments are kept by the front desk and managers.</source>
        <translation>يتولى الاستقبال والمديرون الفواتير والمدفوعات.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Cash-up</source>
        <translation>إقفال الصندوق</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>الذمم المدينة</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>All invoices and credit notes</source>
        <translation>كل الفواتير والإشعارات الدائنة</translation>
    </message>
    <message>
        <source>Open (money owed)</source>
        <translation>غير المسددة (مبالغ مستحقة)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Search by number or customer (Ctrl+F)</source>
        <translation>ابحث بالرقم أو العميل (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export PDFs…</source>
        <translation>تصدير ملفات PDF…</translation>
    </message>
    <message>
        <source>Save the selected invoices as PDF files in a folder</source>
        <translation>حفظ الفواتير المحددة ملفاتِ PDF في مجلد</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print the selected invoice (Ctrl+P)</source>
        <translation>طباعة الفاتورة المحددة (Ctrl+P)</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>قبض دفعة</translation>
    </message>
    <message>
        <source>Take a payment on the selected invoice (Ctrl+Shift+P)</source>
        <translation>قبض دفعة على الفاتورة المحددة (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاتورة جديدة</translation>
    </message>
    <message>
        <source>Start an invoice draft (Ctrl+N)</source>
        <translation>بدء مسودة فاتورة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing to show here yet.</source>
        <translation>لا يوجد ما يُعرض هنا بعد.</translation>
    </message>
    <message>
        <source>No invoice matches &quot;%1&quot;.</source>
        <translation>لا توجد فاتورة تطابق &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%Ln مستندات</numerusform>
            <numerusform>%Ln مستندًا</numerusform>
            <numerusform>%Ln مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>صدرت الفاتورة %1.</translation>
    </message>
    <message>
        <source>Select an open invoice to take a payment on it.</source>
        <translation>حدّد فاتورة غير مسددة لقبض دفعة عليها.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>سُجّلت الدفعة.</translation>
    </message>
    <message>
        <source>Select an invoice to print.</source>
        <translation>حدّد فاتورة لطباعتها.</translation>
    </message>
    <message>
        <source>Select the invoices to export (Ctrl or Shift and click for several).</source>
        <translation>حدّد الفواتير المراد تصديرها (Ctrl أو Shift مع النقر لتحديد أكثر من واحدة).</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln PDF(s) to a folder</source>
        <translation>
            <numerusform>تصدير %Ln ملف PDF إلى مجلد</numerusform>
            <numerusform>تصدير ملف PDF واحد إلى مجلد</numerusform>
            <numerusform>تصدير ملفَي PDF إلى مجلد</numerusform>
            <numerusform>تصدير %Ln ملفات PDF إلى مجلد</numerusform>
            <numerusform>تصدير %Ln ملفًا بصيغة PDF إلى مجلد</numerusform>
            <numerusform>تصدير %Ln ملف PDF إلى مجلد</numerusform>
        </translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>لا يزال تصدير قيد التنفيذ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln PDF file(s) saved in %1.</source>
        <translation>
            <numerusform>لم يُحفظ أي ملف PDF في %1.</numerusform>
            <numerusform>حُفظ ملف PDF واحد في %1.</numerusform>
            <numerusform>حُفظ ملفا PDF في %1.</numerusform>
            <numerusform>حُفظت %Ln ملفات PDF في %1.</numerusform>
            <numerusform>حُفظ %Ln ملفًا بصيغة PDF في %1.</numerusform>
            <numerusform>حُفظ %Ln ملف PDF في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %Ln file(s).</source>
        <translation>
            <numerusform>أُلغي التصدير بعد %Ln ملف.</numerusform>
            <numerusform>أُلغي التصدير بعد ملف واحد.</numerusform>
            <numerusform>أُلغي التصدير بعد ملفين.</numerusform>
            <numerusform>أُلغي التصدير بعد %Ln ملفات.</numerusform>
            <numerusform>أُلغي التصدير بعد %Ln ملفًا.</numerusform>
            <numerusform>أُلغي التصدير بعد %Ln ملف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoke::ui::JobDialog</name>
    <message>
        <source>Unschedule (back to requests)</source>
        <translation>إلغاء الجدولة (العودة إلى الطلبات)</translation>
    </message>
    <message>
        <source>Back to scheduled</source>
        <translation>العودة إلى «مجدولة»</translation>
    </message>
    <message>
        <source>Crew en route</source>
        <translation>الطاقم في الطريق</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>بدء العمل</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>إكمال</translation>
    </message>
    <message>
        <source>Mark invoiced</source>
        <translation>وضع علامة «مُفوترة»</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>إلغاء المهمة…</translation>
    </message>
    <message>
        <source>No-show…</source>
        <translation>غياب العميل…</translation>
    </message>
    <message>
        <source>Save time</source>
        <translation>حفظ الموعد</translation>
    </message>
    <message>
        <source>Skip this visit</source>
        <translation>تخطي هذه الزيارة</translation>
    </message>
    <message>
        <source>Print work order…</source>
        <translation>طباعة أمر العمل…</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;البداية</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;المدة</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>هذه الزيارة فقط</translation>
    </message>
    <message>
        <source>This and following visits</source>
        <translation>هذه الزيارة والزيارات التالية</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>كل الزيارات</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>الموعد:</translation>
    </message>
    <message>
        <source>Arrival window:</source>
        <translation>فترة الوصول:</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>الطاقم:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسند</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>الخدمات:</translation>
    </message>
    <message>
        <source>Notes for the crew:</source>
        <translation>ملاحظات للطاقم:</translation>
    </message>
    <message>
        <source>Booked by head office.</source>
        <translation>حجزها المقر الرئيسي.</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>التكرار:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>الوصول:</translation>
    </message>
    <message>
        <source> (booked over by a manager)</source>
        <translation> (حجزها المدير رغم التعارض)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <source>Record a no-show</source>
        <translation>تسجيل غياب العميل</translation>
    </message>
    <message>
        <source>Why is the job cancelled?</source>
        <translation>لماذا أُلغيت المهمة؟</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>ماذا حدث؟</translation>
    </message>
    <message>
        <source>Book over a conflict</source>
        <translation>الحجز رغم التعارض</translation>
    </message>
    <message>
        <source>%1

To change it anyway, say why (it is recorded):</source>
        <translation>%1

للتغيير على أي حال، اذكر السبب (سيُسجَّل):</translation>
    </message>
</context>
<context>
    <name>spoke::ui::KeyPage</name>
    <message>
        <source>Keep the key in the system keychain (recommended)</source>
        <translation>احفظ المفتاح في سلسلة مفاتيح النظام (مستحسن)</translation>
    </message>
    <message>
        <source>Protect the database with a passphrase</source>
        <translation>احمِ قاعدة البيانات بعبارة مرور</translation>
    </message>
    <message>
        <source>How your data is protected</source>
        <translation>كيف تُحمى بياناتك</translation>
    </message>
    <message>
        <source>Spoke encrypts the location&apos;s database. Choose where its key is kept.</source>
        <translation>يشفّر Spoke قاعدة بيانات الفرع. اختر مكان حفظ مفتاحها.</translation>
    </message>
    <message>
        <source>A random 256-bit key is stored in %1. Nobody has to type it: Spoke opens the database when you start it on this PC under your own account.</source>
        <translation>يُحفظ مفتاح عشوائي بطول 256 بت في %1. لا أحد يحتاج إلى كتابته: يفتح Spoke قاعدة البيانات عند تشغيله على هذا الحاسوب بحسابك.</translation>
    </message>
    <message>
        <source>The key is derived from a passphrase you type each time Spoke starts. If it is forgotten, only a backup can bring the data back.</source>
        <translation>يُشتق المفتاح من عبارة مرور تكتبها في كل مرة يبدأ فيها Spoke. إن نُسيت فلا تعيد البيانات إلا نسخة احتياطية.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>%1 أحرف على الأقل</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>أعد كتابتها:</translation>
    </message>
    <message>
        <source>The system keychain answered: it can keep the key.</source>
        <translation>استجابت سلسلة مفاتيح النظام: يمكنها حفظ المفتاح.</translation>
    </message>
    <message>
        <source>Spoke cannot use the system keychain on this PC: %1

The database will be protected by a passphrase instead. Spoke never stores the key unprotected.</source>
        <translation>لا يستطيع Spoke استخدام سلسلة مفاتيح النظام على هذا الحاسوب: %1

ستُحمى قاعدة البيانات بعبارة مرور بدلًا من ذلك. لا يحفظ Spoke المفتاح دون حماية أبدًا.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>تحتاج عبارة المرور إلى %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::KeyStoreProbe</name>
    <message>
        <source>The keychain returned something other than what was stored in it.</source>
        <translation>أعادت سلسلة المفاتيح شيئًا غير الذي خُزّن فيها.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>spoke::ui::LocationSection</name>
    <message>
        <source>Location profile</source>
        <translation>ملف الفرع</translation>
    </message>
    <message>
        <source>How this location appears on screens, invoices and at head office. Changes are recorded in the audit log.</source>
        <translation>كيف يظهر هذا الفرع على الشاشات والفواتير ولدى المقر الرئيسي. تُسجَّل التغييرات في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Only an owner or a manager can change the location profile.</source>
        <translation>المالك أو المدير وحده يستطيع تغيير ملف الفرع.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Saved. The change is in the audit log.</source>
        <translation>حُفظ. التغيير مسجّل في سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::LockScreen</name>
    <message>
        <source>PIN or password</source>
        <translation>رمز PIN أو كلمة المرور</translation>
    </message>
    <message>
        <source>Not you? Switch user</source>
        <translation>لست أنت؟ بدّل المستخدم</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Who&apos;s working?</source>
        <translation>من يعمل الآن؟</translation>
    </message>
    <message>
        <source>Choose your name, then type your PIN or password.</source>
        <translation>اختر اسمك، ثم اكتب رمز PIN أو كلمة المرور.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>%1 (%2) locked this screen. Type the PIN or password to go on.</source>
        <translation>أقفل %1 (%2) هذه الشاشة. اكتب رمز PIN أو كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>اختر اسمك أولًا.</translation>
    </message>
    <message>
        <source>Type your PIN or password.</source>
        <translation>اكتب رمز PIN أو كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>إنشاء &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;قفل الشاشة</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;تبديل المستخدم</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Change database &amp;key…</source>
        <translation>تغيير &amp;مفتاح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>&amp;Staff accounts</source>
        <translation>&amp;حسابات الموظفين</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;سجل التدقيق</translation>
    </message>
    <message>
        <source>&amp;About Spoke</source>
        <translation>&amp;حول Spoke</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Spoke</translation>
    </message>
    <message>
        <source>%1 — Spoke</source>
        <translation>%1 — Spoke</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>مقفل — %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>مسجّل الدخول باسم %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>Encrypted · key in keychain</source>
        <translation>مشفّر · المفتاح في سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>Encrypted · passphrase</source>
        <translation>مشفّر · عبارة مرور</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
</context>
<context>
    <name>spoke::ui::NavigationBar</name>
    <message>
        <source>Location CRM</source>
        <translation>إدارة علاقات عملاء الفرع</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>اقفل الشاشة (Ctrl+L)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>تبديل المستخدم</translation>
    </message>
    <message>
        <source>Let someone else sign in (Ctrl+Shift+U)</source>
        <translation>دع شخصًا آخر يسجّل الدخول (Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::NoResultsState</name>
    <message>
        <source>Try part of the name, the last digits of the phone number, or the street. Press Ctrl+N to add a new customer.</source>
        <translation>جرّب جزءًا من الاسم أو آخر أرقام الهاتف أو الشارع. اضغط Ctrl+N لإضافة عميل جديد.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;</source>
        <translation>لا يوجد عميل يطابق &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>spoke::ui::OpenErrorPage</name>
    <message>
        <source>Spoke has not changed the database file.</source>
        <translation>لم يغيّر Spoke ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>The key does not open this location</source>
        <translation>المفتاح لا يفتح هذا الفرع</translation>
    </message>
    <message>
        <source>The key of this location is missing</source>
        <translation>مفتاح هذا الفرع مفقود</translation>
    </message>
    <message>
        <source>The system keychain did not answer</source>
        <translation>لم تستجب سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>ملف قاعدة البيانات تالف</translation>
    </message>
    <message>
        <source>This is not a Spoke location</source>
        <translation>هذا ليس فرع Spoke</translation>
    </message>
    <message>
        <source>This location needs a newer Spoke</source>
        <translation>يحتاج هذا الفرع إلى إصدار أحدث من Spoke</translation>
    </message>
    <message>
        <source>Spoke cannot write to its data folder</source>
        <translation>لا يستطيع Spoke الكتابة في مجلد بياناته</translation>
    </message>
    <message>
        <source>There is no location here</source>
        <translation>لا يوجد فرع هنا</translation>
    </message>
    <message>
        <source>The location could not be opened</source>
        <translation>تعذّر فتح الفرع</translation>
    </message>
    <message>
        <source>The key Spoke found does not match this database, so it cannot be decrypted. This happens when the keychain holds a key from another installation. Restore the keychain entry, or restore the location from a backup.</source>
        <translation>المفتاح الذي وجده Spoke لا يطابق قاعدة البيانات هذه، فلا يمكن فك تشفيرها. يحدث هذا عندما تحوي سلسلة المفاتيح مفتاحًا من تثبيت آخر. استعد إدخال سلسلة المفاتيح، أو استعد الفرع من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The database is encrypted with a key kept in the system keychain, and that entry is gone — for example after the keychain was reset or the data folder was copied to another PC. Without the key the data cannot be read. Restore the keychain, or restore the location from a backup.</source>
        <translation>قاعدة البيانات مشفّرة بمفتاح محفوظ في سلسلة مفاتيح النظام، وقد اختفى ذلك الإدخال — مثلًا بعد إعادة تعيين سلسلة المفاتيح أو نسخ مجلد البيانات إلى حاسوب آخر. بدون المفتاح لا يمكن قراءة البيانات. استعد سلسلة المفاتيح، أو استعد الفرع من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The key of this location is kept in the system keychain, which did not answer. Unlock the keychain (or sign in to the desktop session), then try again.</source>
        <translation>مفتاح هذا الفرع محفوظ في سلسلة مفاتيح النظام، ولم تستجب. افتح قفل سلسلة المفاتيح (أو سجّل الدخول إلى جلسة سطح المكتب)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The key is right, but the file&apos;s content is damaged (a disk error or an interrupted copy). Restore the location from your latest backup.</source>
        <translation>المفتاح صحيح، لكن محتوى الملف تالف (خطأ في القرص أو نسخ منقطع). استعد الفرع من أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The data folder holds a file that Spoke did not make, or a damaged location descriptor. Choose the right data folder, or restore from a backup.</source>
        <translation>يحوي مجلد البيانات ملفًا لم ينشئه Spoke، أو ملف وصف فرع تالفًا. اختر مجلد البيانات الصحيح، أو استعد من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>This location was last used by a newer version of Spoke. Install that version or a later one to open it; this version will not touch it.</source>
        <translation>آخر ما استُخدم به هذا الفرع إصدار أحدث من Spoke. ثبّت ذلك الإصدار أو أحدث منه لفتحه؛ لن يلمسه هذا الإصدار.</translation>
    </message>
    <message>
        <source>Spoke must be able to write next to the database to keep sales safe. Check the folder&apos;s permissions and free space, then try again.</source>
        <translation>يجب أن يستطيع Spoke الكتابة بجانب قاعدة البيانات للحفاظ على المبيعات. تحقق من أذونات المجلد والمساحة الحرة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Something unexpected stopped Spoke from opening the location.</source>
        <translation>منع أمر غير متوقع Spoke من فتح الفرع.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::OwnerPage</name>
    <message>
        <source>PIN (4 to 8 digits) — quick at the front desk</source>
        <translation>رمز PIN (من 4 إلى 8 أرقام) — سريع في الاستقبال</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>كلمة مرور (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>Your owner account</source>
        <translation>حساب المالك</translation>
    </message>
    <message>
        <source>The owner can do everything: manage staff, change settings, make backups. Add managers, front desk and technicians later in Settings.</source>
        <translation>يستطيع المالك فعل كل شيء: إدارة الموظفين وتغيير الإعدادات وإنشاء النسخ الاحتياطية. أضف المديرين وموظفي الاستقبال والفنيين لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>اسمك الكامل</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>تسجيل الدخول بـ:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>رمز PIN أو كلمة المرور:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>أعد كتابتها:</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>من 4 إلى 8 أرقام</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>أدخل اسمك.</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same PIN or password twice.</source>
        <translation>الإدخالان مختلفان. اكتب رمز PIN أو كلمة المرور نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::Pages</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>أعد كتابتها:</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>استخدم %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PassphrasePage</name>
    <message>
        <source>Enter the location passphrase</source>
        <translation>أدخل عبارة مرور الفرع</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>This location&apos;s database is encrypted with a passphrase instead of a key in the system keychain. Type it to go on.</source>
        <translation>قاعدة بيانات هذا الفرع مشفّرة بعبارة مرور بدلًا من مفتاح في سلسلة مفاتيح النظام. اكتبها للمتابعة.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>تسجيل الدفعة</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>طباعة الإيصال</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>حفظ الإيصال بصيغة PDF…</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>قبض دفعة</translation>
    </message>
    <message>
        <source>Payment for invoice %1</source>
        <translation>دفعة عن الفاتورة %1</translation>
    </message>
    <message>
        <source>%1 · total %2 · balance %3</source>
        <translation>%1 · الإجمالي %2 · الرصيد %3</translation>
    </message>
    <message>
        <source>Payment on account</source>
        <translation>دفعة على الحساب</translation>
    </message>
    <message>
        <source>%1 · kept as the customer&apos;s credit for later invoices</source>
        <translation>%1 · يُحفظ رصيدًا دائنًا للعميل للفواتير اللاحقة</translation>
    </message>
    <message>
        <source>Owes %1 · credit %2</source>
        <translation>المستحق %1 · الرصيد الدائن %2</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>ال&amp;مبلغ (%1)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;طريقة الدفع</translation>
    </message>
    <message>
        <source>Cheque number, card&apos;s last 4 digits, transfer reference</source>
        <translation>رقم الشيك، آخر 4 أرقام من البطاقة، مرجع التحويل</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>المر&amp;جع</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>م&amp;لاحظة</translation>
    </message>
    <message>
        <source>Card payments are recorded only: take the card on the terminal.</source>
        <translation>تُسجَّل مدفوعات البطاقات فقط: اقبض بالبطاقة على جهاز الدفع.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>سُجّلت الدفعة</translation>
    </message>
    <message>
        <source>Receipt &amp;paper</source>
        <translation>&amp;ورق الإيصال</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>اكتب مبلغًا أكبر من صفر.</translation>
    </message>
    <message>
        <source>More than the balance</source>
        <translation>أكبر من الرصيد</translation>
    </message>
    <message>
        <source>%1 is %2 more than the balance of %3.

Keep the excess as %4&apos;s credit for later invoices?</source>
        <translation>%1 أكبر من الرصيد %3 بمقدار %2.

هل تريد الاحتفاظ بالفائض رصيدًا دائنًا لـ %4 للفواتير اللاحقة؟</translation>
    </message>
    <message>
        <source>Not recorded. Change the amount, or keep the excess as credit.</source>
        <translation>لم يُسجَّل. غيّر المبلغ، أو احتفظ بالفائض رصيدًا دائنًا.</translation>
    </message>
    <message>
        <source>Receipt %1: %2 by %3.</source>
        <translation>الإيصال %1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 now owes %2.</source>
        <translation>المستحق على %1 الآن %2.</translation>
    </message>
    <message>
        <source>%1 owes nothing now.</source>
        <translation>لم يعد على %1 أي مبلغ مستحق.</translation>
    </message>
    <message>
        <source>Credit on account: %1.</source>
        <translation>الرصيد الدائن في الحساب: %1.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>الإيصال %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PlaceholderPage</name>
    <message>
        <source>Find any customer in a keystroke and keep what matters to them.</source>
        <translation>اعثر على أي عميل بضغطة مفتاح واحتفظ بما يهمه.</translation>
    </message>
    <message>
        <source>Search as you type by name, phone, email or address</source>
        <translation>بحث فوري أثناء الكتابة بالاسم أو الهاتف أو البريد أو العنوان</translation>
    </message>
    <message>
        <source>Preferences crews must know: &quot;downstairs bathroom, not the oven&quot;</source>
        <translation>تفضيلات يجب أن تعرفها الطواقم: &quot;حمّام الطابق السفلي، وليس الفرن&quot;</translation>
    </message>
    <message>
        <source>Gate and alarm codes that never leave this location</source>
        <translation>رموز البوابة والإنذار التي لا تغادر هذا الفرع أبدًا</translation>
    </message>
    <message>
        <source>Visit history, invoices and payments on one page</source>
        <translation>سجل الزيارات والفواتير والمدفوعات في صفحة واحدة</translation>
    </message>
    <message>
        <source>Book, move and dispatch jobs on a board that works offline.</source>
        <translation>احجز المهام وانقلها ووزّعها على لوحة تعمل دون اتصال.</translation>
    </message>
    <message>
        <source>Day and week dispatch board per crew</source>
        <translation>لوحة توزيع يومية وأسبوعية لكل طاقم</translation>
    </message>
    <message>
        <source>Drag to reschedule, in the location&apos;s own time zone</source>
        <translation>اسحب لإعادة الجدولة، بالمنطقة الزمنية للفرع</translation>
    </message>
    <message>
        <source>Printed work orders for crews on the road</source>
        <translation>أوامر عمل مطبوعة للطواقم في الميدان</translation>
    </message>
    <message>
        <source>Bookings made by head office appear here</source>
        <translation>الحجوزات التي يجريها المقر الرئيسي تظهر هنا</translation>
    </message>
    <message>
        <source>Invoice, get paid, and keep every receipt.</source>
        <translation>أصدر الفواتير، واستلم المدفوعات، واحتفظ بكل إيصال.</translation>
    </message>
    <message>
        <source>Invoices numbered with this location&apos;s prefix</source>
        <translation>فواتير مرقّمة ببادئة هذا الفرع</translation>
    </message>
    <message>
        <source>Payments by card, cash or check, with receipts</source>
        <translation>مدفوعات بالبطاقة أو نقدًا أو بشيك، مع إيصالات</translation>
    </message>
    <message>
        <source>Print or email invoices as PDF</source>
        <translation>اطبع الفواتير أو أرسلها بالبريد بصيغة PDF</translation>
    </message>
    <message>
        <source>Voids and refunds, always audited</source>
        <translation>الإلغاءات والمبالغ المستردة، مدقّقة دائمًا</translation>
    </message>
    <message>
        <source>See how the location is doing at a glance.</source>
        <translation>اطّلع على أداء الفرع بنظرة واحدة.</translation>
    </message>
    <message>
        <source>Sales and bookings by day, week and month</source>
        <translation>المبيعات والحجوزات يوميًا وأسبوعيًا وشهريًا</translation>
    </message>
    <message>
        <source>Crew utilisation and repeat customers</source>
        <translation>استغلال الطواقم والعملاء المتكررون</translation>
    </message>
    <message>
        <source>Royalty figures that match head office</source>
        <translation>أرقام الإتاوات مطابقة للمقر الرئيسي</translation>
    </message>
    <message>
        <source>Coming in the next release</source>
        <translation>قادم في الإصدار التالي</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PreferenceChips</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No preferences yet. Add what the crew must know with Edit (for example &quot;Kitchen, oven: DON&apos;T&quot;).</source>
        <translation>لا توجد تفضيلات بعد. أضف ما يجب أن يعرفه الطاقم عبر «تعديل» (مثلًا &quot;المطبخ، الفرن: لا تفعل&quot;).</translation>
    </message>
    <message>
        <source>Every address</source>
        <translation>كل العناوين</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PreferenceListEditor</name>
    <message>
        <source>Add preference</source>
        <translation>إضافة تفضيل</translation>
    </message>
    <message>
        <source>Every address</source>
        <translation>كل العناوين</translation>
    </message>
    <message>
        <source>Which address this is about</source>
        <translation>العنوان المعني</translation>
    </message>
    <message>
        <source>Area, e.g. Kitchen, oven</source>
        <translation>المنطقة، مثل: المطبخ، الفرن</translation>
    </message>
    <message>
        <source>What to do or not to do</source>
        <translation>ما يجب فعله أو تجنّبه</translation>
    </message>
    <message>
        <source>Remove this preference</source>
        <translation>إزالة هذا التفضيل</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PreferencesSection</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of Spoke on this PC. It changes at once; Arabic is shown right to left.</source>
        <translation>لغة Spoke على هذا الحاسوب. تتغير فورًا؛ وتُعرض العربية من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>القفل عند الخمول</translation>
    </message>
    <message>
        <source>Lock the screen when nobody has touched the keyboard or mouse for this long. 0 turns the idle lock off. Applies to everyone at this location.</source>
        <translation>اقفل الشاشة إذا لم يلمس أحد لوحة المفاتيح أو الفأرة طوال هذه المدة. القيمة 0 توقف القفل عند الخمول. ينطبق على الجميع في هذا الفرع.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Idle lock is off.</source>
        <translation>القفل عند الخمول متوقف.</translation>
    </message>
    <message>
        <source>Idle lock set to %1 min.</source>
        <translation>ضُبط القفل عند الخمول على %1 دقيقة.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ProfileForm</name>
    <message>
        <source>e.g. Sparkle &amp; Shine Cleaning — Riverside</source>
        <translation>مثلًا: Sparkle &amp; Shine Cleaning — Riverside</translation>
    </message>
    <message>
        <source>Street, city, postal code</source>
        <translation>الشارع، المدينة، الرمز البريدي</translation>
    </message>
    <message>
        <source>e.g. EIN 12-3456789, VAT FR12345678901</source>
        <translation>مثلًا: الرقم الضريبي 300012345600003</translation>
    </message>
    <message>
        <source>e.g. RIV-</source>
        <translation>مثلًا: RIV-</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>اسم النشاط التجاري:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <source>Tax IDs:</source>
        <translation>الأرقام الضريبية:</translation>
    </message>
    <message>
        <source>Invoice prefix:</source>
        <translation>بادئة الفواتير:</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ReceivablesView</name>
    <message>
        <source>Open invoice</source>
        <translation>فتح الفاتورة</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>طباعة كشف الحساب…</translation>
    </message>
    <message>
        <source>Owed to the location</source>
        <translation>المستحق للفرع</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;حتى تاريخ</translation>
    </message>
    <message>
        <source>Aging: days past the due date</source>
        <translation>أعمار الذمم: الأيام بعد تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Open invoices, most overdue first</source>
        <translation>الفواتير غير المسددة، الأكثر تأخرًا أولًا</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>فئة العمر</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s) · %1 overdue</source>
        <translation>
            <numerusform>لا فواتير غير مسددة · المتأخر %1</numerusform>
            <numerusform>فاتورة واحدة غير مسددة · المتأخر %1</numerusform>
            <numerusform>فاتورتان غير مسددتين · المتأخر %1</numerusform>
            <numerusform>%Ln فواتير غير مسددة · المتأخر %1</numerusform>
            <numerusform>%Ln فاتورةً غير مسددة · المتأخر %1</numerusform>
            <numerusform>%Ln فاتورة غير مسددة · المتأخر %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not due</source>
        <translation>غير مستحقة</translation>
    </message>
</context>
<context>
    <name>spoke::ui::RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Refund from %1</source>
        <translation>استرداد من %1</translation>
    </message>
    <message>
        <source>%1 is unused and can be given back. Money already settling an invoice is not refundable: credit the invoice first.</source>
        <translation>%1 غير مستخدَم ويمكن رده. المال الذي يسدّد فاتورة بالفعل غير قابل للرد: أصدر أولًا إشعارًا دائنًا على الفاتورة.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>ال&amp;مبلغ (%1)</translation>
    </message>
    <message>
        <source>&amp;Given back by</source>
        <translation>&amp;طريقة الرد</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>ال&amp;سبب (مطلوب)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Say why the money is given back (it is recorded).</source>
        <translation>اذكر سبب رد المبلغ (يُسجَّل السبب).</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SchedulePage</name>
    <message>
        <source>Requests waiting for a time</source>
        <translation>طلبات بانتظار موعد</translation>
    </message>
    <message>
        <source>Drag a request onto a lane, or open it and pick a slot.</source>
        <translation>اسحب طلبًا إلى أحد المسارات، أو افتحه واختر موعدًا.</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>السابق (Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>الانتقال إلى اليوم (T)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>التالي (Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>عرض اليوم (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>عرض الأسبوع (W)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>تصغير (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>تكبير (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>حجز مهمة</translation>
    </message>
    <message>
        <source>Book a job (Ctrl+B)</source>
        <translation>حجز مهمة (Ctrl+B)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <source>No requests are waiting.</source>
        <translation>لا توجد طلبات منتظرة.</translation>
    </message>
    <message>
        <source>Book over a conflict</source>
        <translation>الحجز رغم التعارض</translation>
    </message>
    <message>
        <source>%1

To move the job anyway, say why (it is recorded):</source>
        <translation>%1

لنقل المهمة على أي حال، اذكر السبب (سيُسجَّل):</translation>
    </message>
    <message>
        <source>The job was not moved</source>
        <translation>لم تُنقل المهمة</translation>
    </message>
    <message>
        <source>%1

A manager can book over a conflict.</source>
        <translation>%1

يستطيع المدير الحجز رغم التعارض.</translation>
    </message>
    <message>
        <source>Moved to %1 %2.</source>
        <translation>نُقلت إلى %1 %2.</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>تم الحجز.</translation>
    </message>
    <message>
        <source>Route sheet %1 %2</source>
        <translation>ورقة خط السير %1 %2</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>أمر عمل %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Route sheets for the selected lane, and calendars for phones</source>
        <translation>أوراق خط السير للمسار المحدد، وتقاويم للهواتف</translation>
    </message>
    <message>
        <source>Route sheet: print preview…</source>
        <translation>ورقة خط السير: معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Route sheet: print…</source>
        <translation>ورقة خط السير: طباعة…</translation>
    </message>
    <message>
        <source>Route sheet: save as PDF…</source>
        <translation>ورقة خط السير: حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Export a technician&apos;s calendar (.ics)…</source>
        <translation>تصدير تقويم فني (.ics)…</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SecretField</name>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Hide the code</source>
        <translation>إخفاء الرمز</translation>
    </message>
    <message>
        <source>Show the code</source>
        <translation>إظهار الرمز</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SecurityActions</name>
    <message>
        <source>Spoke backups (*.spokebackup);;All files (*)</source>
        <translation>نسخ Spoke الاحتياطية (*.spokebackup);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Where should the key be kept?</source>
        <translation>أين يُحفظ المفتاح؟</translation>
    </message>
    <message>
        <source>Keep the key in %1? Choose No to protect the database with a passphrase instead.</source>
        <translation>هل يُحفظ المفتاح في %1؟ اختر «لا» لحماية قاعدة البيانات بعبارة مرور بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>سلسلة المفاتيح غير متاحة</translation>
    </message>
    <message>
        <source>Spoke cannot use the system keychain: %1
The database will be protected by a passphrase instead.</source>
        <translation>لا يستطيع Spoke استخدام سلسلة مفاتيح النظام: %1
ستُحمى قاعدة البيانات بعبارة مرور بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>New database passphrase</source>
        <translation>عبارة مرور جديدة لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Choose the passphrase that will protect this location&apos;s database. It is needed each time Spoke starts; if it is lost, only a backup can bring the data back.</source>
        <translation>اختر عبارة المرور التي ستحمي قاعدة بيانات هذا الفرع. ستُطلب في كل مرة يبدأ فيها Spoke؛ وإن ضاعت فلا تعيد البيانات إلا نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Type the passphrase that was chosen when %1 was made.</source>
        <translation>اكتب عبارة المرور التي اختيرت عند إنشاء %1.</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>لا يمكن استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>A random 256-bit key kept in %1.</source>
        <translation>مفتاح عشوائي بطول 256 بت محفوظ في %1.</translation>
    </message>
    <message>
        <source>A passphrase typed when Spoke starts (PBKDF2-HMAC-SHA512).</source>
        <translation>عبارة مرور تُكتب عند بدء Spoke ‏(PBKDF2-HMAC-SHA512).</translation>
    </message>
    <message>
        <source>Only an owner can do this.</source>
        <translation>المالك وحده يستطيع فعل ذلك.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup is encrypted with its own passphrase, so it can be restored on a new PC. Keep the passphrase somewhere safe: without it the backup cannot be opened.</source>
        <translation>تُشفَّر النسخة الاحتياطية بعبارة مرور خاصة بها، لتُستعاد على حاسوب جديد. احفظ عبارة المرور في مكان آمن: بدونها لا يمكن فتح النسخة.</translation>
    </message>
    <message>
        <source>The backup was saved to %1.</source>
        <translation>حُفظت النسخة الاحتياطية في %1.</translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation>تغيير مفتاح قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database was re-encrypted. %1</source>
        <translation>أُعيد تشفير قاعدة البيانات. %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup? The current database is kept beside it as spoke.db.replaced.</source>
        <translation>هل تستبدل كل ما في %1 بالنسخة الاحتياطية؟ يُحتفظ بقاعدة البيانات الحالية بجانبها باسم spoke.db.replaced.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SecuritySection</name>
    <message>
        <source>Security and backups</source>
        <translation>الأمان والنسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Only owners see this section. Every action here is recorded in the audit log.</source>
        <translation>لا يرى هذا القسم إلا الملاك. يُسجَّل كل إجراء هنا في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>تغيير المفتاح…</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>مفتاح قاعدة البيانات</translation>
    </message>
    <message>
        <source>The location&apos;s database is encrypted with SQLCipher (AES-256). Move the key to the system keychain or to a passphrase; the database is re-encrypted on the spot.</source>
        <translation>قاعدة بيانات الفرع مشفّرة بـ SQLCipher ‏(AES-256). انقل المفتاح إلى سلسلة مفاتيح النظام أو إلى عبارة مرور؛ ويُعاد تشفير قاعدة البيانات فورًا.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>نسخة احتياطية مشفّرة</translation>
    </message>
    <message>
        <source>A single file protected by its own passphrase, so it can be restored on a new PC. Keep it away from this PC: on a USB drive or in the office safe.</source>
        <translation>ملف واحد محمي بعبارة مرور خاصة به، لتُستعاد على حاسوب جديد. احفظه بعيدًا عن هذا الحاسوب: على قرص USB أو في خزنة المكتب.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replaces this location&apos;s data with a backup after checking it. The current database is kept beside it as spoke.db.replaced.</source>
        <translation>يستبدل بيانات هذا الفرع بنسخة احتياطية بعد فحصها. يُحتفظ بقاعدة البيانات الحالية بجانبها باسم spoke.db.replaced.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ServiceDialog</name>
    <message>
        <source>Standard</source>
        <translation>قياسية</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>مخفّضة</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معفاة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة و%2 دقيقة</translation>
    </message>
    <message>
        <source>&amp;Offered at this location</source>
        <translation>&amp;متاحة في هذا الفرع</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>إضافة خدمة</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>تعديل «%1»</translation>
    </message>
    <message>
        <source>This service comes from head office: its name, price, duration and tax class are set there. You can only choose whether this location offers it.</source>
        <translation>مصدر هذه الخدمة المقر الرئيسي: يُحدَّد هناك اسمها وسعرها ومدتها وفئتها الضريبية. يمكنك فقط اختيار ما إذا كان هذا الفرع يقدّمها.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;الفئة:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;المدة:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;السعر:</translation>
    </message>
    <message>
        <source>&amp;Tax class:</source>
        <translation>&amp;الفئة الضريبية:</translation>
    </message>
    <message>
        <source>Head-office code:</source>
        <translation>رمز المقر الرئيسي:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Type the price as a number, such as %1.</source>
        <translation>اكتب السعر رقمًا، مثل %1.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ServicesSection</name>
    <message>
        <source>Head office</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <source>This location</source>
        <translation>هذا الفرع</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>متاحة</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>Set by head office; this location can only switch it off or on.</source>
        <translation>يحدّدها المقر الرئيسي؛ لا يستطيع هذا الفرع إلا إيقافها أو تشغيلها.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>الفئة الضريبية</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>الجهة المالكة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>What this location sells and books. Head office sets its own services and their prices; you can switch those off here and add services of your own.</source>
        <translation>ما يبيعه هذا الفرع ويحجزه. يحدّد المقر الرئيسي خدماته وأسعارها؛ يمكنك إيقافها هنا وإضافة خدمات خاصة بك.</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;إضافة خدمة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>&amp;إيقاف</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <source>Head-office services can&apos;t be deleted here; switch them off instead.</source>
        <translation>لا يمكن حذف خدمات المقر الرئيسي هنا؛ أوقفها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>“%1” was added to the catalog.</source>
        <translation>أُضيفت «%1» إلى الكتالوج.</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>حُفظت «%1».</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>«%1» متاحة من جديد.</translation>
    </message>
    <message>
        <source>“%1” is switched off: it can no longer be booked here.</source>
        <translation>«%1» موقوفة: لم يعد ممكنًا حجزها هنا.</translation>
    </message>
    <message>
        <source>Delete a service</source>
        <translation>حذف خدمة</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalog? Jobs already booked keep it.</source>
        <translation>حذف «%1» من الكتالوج؟ تحتفظ بها المهام المحجوزة سابقًا.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>حُذفت «%1».</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>الأمان والنسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>تغيير دور %1</translation>
    </message>
    <message>
        <source>New PIN or password for %1</source>
        <translation>رمز PIN أو كلمة مرور جديدة لـ %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Signs in with:</source>
        <translation>يسجّل الدخول بـ:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>رمز PIN أو كلمة المرور:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>أعد كتابتها:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same PIN or password twice.</source>
        <translation>الإدخالان مختلفان. اكتب رمز PIN أو كلمة المرور نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StaffModel</name>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>يسجّل الدخول بـ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Everyone who signs in at this location. Owners and managers add accounts and reset PINs; only owners manage other owners.</source>
        <translation>كل من يسجّل الدخول في هذا الفرع. يضيف الملاك والمديرون الحسابات ويعيدون تعيين رموز PIN؛ ولا يدير الملاكَ إلا الملاك.</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>إضافة موظف…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <source>New PIN or password…</source>
        <translation>رمز PIN أو كلمة مرور جديدة…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>يستطيع %1 تسجيل الدخول الآن.</translation>
    </message>
    <message>
        <source>%1 has a new PIN or password.</source>
        <translation>لدى %1 رمز PIN أو كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>The account is unlocked.</source>
        <translation>فُتح قفل الحساب.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StatementDialog</name>
    <message>
        <source>Statement of account</source>
        <translation>كشف حساب</translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation>كشف حساب %1</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Statement %1 %2</source>
        <translation>كشف حساب %1 %2</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncFormat</name>
    <message>
        <source>never</source>
        <translation>لم تتم قط</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>قبل %n دقيقة</numerusform>
            <numerusform>قبل دقيقة واحدة</numerusform>
            <numerusform>قبل دقيقتين</numerusform>
            <numerusform>قبل %n دقائق</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>اليوم في %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>تمت المزامنة %1</translation>
    </message>
    <message>
        <source>Enrolled, not synced yet</source>
        <translation>مسجّل، ولم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Enroll this PC again</source>
        <translation>سجّل هذا الحاسوب من جديد</translation>
    </message>
    <message>
        <source>This location works on its own. A manager can enroll it with head office&apos;s hub in Settings → Sync.</source>
        <translation>يعمل هذا الفرع بمفرده. يستطيع المدير تسجيله لدى الخادم المركزي للمقر الرئيسي من الإعدادات ← المزامنة.</translation>
    </message>
    <message>
        <source>Hub: %1 (%2)</source>
        <translation>الخادم المركزي: %1 (%2)</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>آخر مزامنة ناجحة: %1</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>تغييرات بانتظار الإرسال: %1</translation>
    </message>
    <message>
        <source>Changes from head office waiting for a record: %1</source>
        <translation>تغييرات من المقر الرئيسي بانتظار سجل مرتبط: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>آخر مشكلة: %1</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>network back</source>
        <translation>عودة الشبكة</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>بدء التشغيل</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>نجحت</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source> · synced %1</source>
        <translation> · تمت المزامنة %1</translation>
    </message>
    <message>
        <source> · 1 change to send</source>
        <translation> · تغيير واحد للإرسال</translation>
    </message>
    <message>
        <source> · %1 changes to send</source>
        <translation> · %1 تغييرات للإرسال</translation>
    </message>
    <message>
        <source>Next try in %1 s.</source>
        <translation>المحاولة التالية بعد %1 ث.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncIndicator</name>
    <message>
        <source>Click for the sync history and the conflict log. F9 syncs now.</source>
        <translation>انقر لعرض سجل المزامنة وسجل التعارضات. يُزامن المفتاح F9 الآن.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncScreen</name>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>المُرسَلة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلَمة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>القيمة المُبقاة</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>القيمة المستبدَلة</translation>
    </message>
    <message>
        <source>Won by</source>
        <translation>الطرف الغالب</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Sync with head office</source>
        <translation>المزامنة مع المقر الرئيسي</translation>
    </message>
    <message>
        <source>Sync now (F9)</source>
        <translation>مزامنة الآن (F9)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Conflict log</source>
        <translation>سجل التعارضات</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>غير المطبّقة</translation>
    </message>
    <message>
        <source>A manager enrolls this PC again in Settings → Sync with a new code from head office.</source>
        <translation>يعيد المدير تسجيل هذا الحاسوب من الإعدادات ← المزامنة برمز جديد من المقر الرئيسي.</translation>
    </message>
    <message>
        <source> (hub request %1)</source>
        <translation> (طلب الخادم المركزي %1)</translation>
    </message>
    <message>
        <source>The conflict log lists values one side overwrote when head office and this location changed the same record; the winner is applied here already.</source>
        <translation>يسرد سجل التعارضات القيم التي استبدلها أحد الطرفين عندما غيّر المقر الرئيسي وهذا الفرع السجل نفسه؛ والقيمة الغالبة مطبّقة هنا بالفعل.</translation>
    </message>
    <message>
        <source>Managers and owners also see the conflict log and the changes not applied.</source>
        <translation>يرى المديرون والملاك أيضًا سجل التعارضات والتغييرات غير المطبّقة.</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <source>this location</source>
        <translation>هذا الفرع</translation>
    </message>
    <message>
        <source>from head office</source>
        <translation>من المقر الرئيسي</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>to head office</source>
        <translation>إلى المقر الرئيسي</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncSection</name>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Un-enroll…</source>
        <translation>إلغاء التسجيل…</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>جهات التصديق في النظام</translation>
    </message>
    <message>
        <source>Head office&apos;s CA certificate (a .pem file):</source>
        <translation>شهادة جهة التصديق (CA) الخاصة بالمقر الرئيسي (ملف ‎.pem):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Sync with head office</source>
        <translation>المزامنة مع المقر الرئيسي</translation>
    </message>
    <message>
        <source>Customers, jobs and sales go up to head office&apos;s Spoke Hub; central bookings, the service catalog and managed settings come down. Spoke keeps working without a network and catches up when it is back.</source>
        <translation>يُرسَل العملاء والمهام والمبيعات إلى Spoke Hub في المقر الرئيسي؛ وتصل منه الحجوزات المركزية وكتالوج الخدمات والإعدادات المُدارة. يواصل Spoke العمل دون شبكة ويستدرك ما فاته عند عودتها.</translation>
    </message>
    <message>
        <source>Sync now (F9)</source>
        <translation>مزامنة الآن (F9)</translation>
    </message>
    <message>
        <source>History and conflict log…</source>
        <translation>السجل وسجل التعارضات…</translation>
    </message>
    <message>
        <source>Head office gives you the hub&apos;s address, a one-time enrollment code and, for a private hub, its CA certificate. The access token the hub returns is kept in the system keychain.</source>
        <translation>يزوّدك المقر الرئيسي بعنوان الخادم المركزي ورمز تسجيل صالح لمرة واحدة، وبشهادة جهة التصديق (CA) إن كان الخادم خاصًا. يُحفظ رمز الوصول الذي يعيده الخادم المركزي في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>hub-ca.pem</source>
        <translation>hub-ca.pem</translation>
    </message>
    <message>
        <source>optional: base64 SHA-256 of the hub&apos;s public key</source>
        <translation>اختياري: بصمة SHA-256 بترميز base64 للمفتاح العام للخادم المركزي</translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation>عنوان الخادم المركزي:</translation>
    </message>
    <message>
        <source>Enrollment code:</source>
        <translation>رمز التسجيل:</translation>
    </message>
    <message>
        <source>This PC&apos;s name:</source>
        <translation>اسم هذا الحاسوب:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>الثقة:</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>المفتاح المثبّت:</translation>
    </message>
    <message>
        <source>Enroll again (a replacement PC, or after head office removed this one)</source>
        <translation>التسجيل من جديد (حاسوب بديل، أو بعد أن أزال المقر الرئيسي هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Enroll this PC</source>
        <translation>تسجيل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <source>Head office&apos;s CA certificate</source>
        <translation>شهادة جهة التصديق (CA) الخاصة بالمقر الرئيسي</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose head office&apos;s CA certificate file, or trust the system&apos;s certificate authorities.</source>
        <translation>اختر ملف شهادة جهة التصديق (CA) الخاصة بالمقر الرئيسي، أو ثق بجهات التصديق في النظام.</translation>
    </message>
    <message>
        <source>Contacting the hub…</source>
        <translation>جارٍ الاتصال بالخادم المركزي…</translation>
    </message>
    <message>
        <source>Un-enroll this PC?</source>
        <translation>هل تريد إلغاء تسجيل هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Spoke stops syncing with %1 and forgets its access token. Changes made meanwhile wait here and go up if this PC is enrolled again. Head office still lists this PC until it removes it.</source>
        <translation>يتوقف Spoke عن المزامنة مع %1 ويحذف رمز الوصول الخاص به. تنتظر التغييرات التي تُجرى في الأثناء هنا وتُرسَل إن سُجّل هذا الحاسوب من جديد. ويبقى هذا الحاسوب مدرجًا لدى المقر الرئيسي حتى يزيله.</translation>
    </message>
    <message>
        <source>This PC no longer syncs with head office.</source>
        <translation>لم يعد هذا الحاسوب يُزامَن مع المقر الرئيسي.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TaxClassDialog</name>
    <message>
        <source>New tax class</source>
        <translation>فئة ضريبية جديدة</translation>
    </message>
    <message>
        <source>Tax class %1</source>
        <translation>الفئة الضريبية %1</translation>
    </message>
    <message>
        <source>e.g. reduced</source>
        <translation>مثل: reduced</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <source>e.g. Reduced rate</source>
        <translation>مثل: النسبة المخفّضة</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <source>Up to three taxes. A compound tax is charged on the price plus the taxes above it. Leave every rate empty for a tax-exempt class.</source>
        <translation>حتى ثلاث ضرائب. تُحتسب الضريبة المركّبة على السعر مضافًا إليه الضرائب التي فوقها. اترك كل النسب فارغة لفئة معفاة من الضريبة.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>مركّبة</translation>
    </message>
    <message>
        <source>Tax %1: %2</source>
        <translation>الضريبة %1: %2</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TeamSection</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>When each technician works, what they are trained for and when they are off; and the crews they go out in. The dispatch board warns when a booking doesn&apos;t fit.</source>
        <translation>متى يعمل كل فني، وعلى ماذا تدرّب، ومتى يكون في إجازة؛ والطواقم التي يخرج معها. تنبّه لوحة التوزيع عندما لا يناسب الحجزُ ذلك.</translation>
    </message>
    <message>
        <source>&amp;Technicians</source>
        <translation>&amp;الفنيون</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;ساعات العمل</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;المهارات</translation>
    </message>
    <message>
        <source>Time o&amp;ff</source>
        <translation>&amp;الإجازات</translation>
    </message>
    <message>
        <source>Weekly hours, in the location&apos;s time zone. Untick a day off.</source>
        <translation>ساعات العمل الأسبوعية، بالمنطقة الزمنية للفرع. ألغِ تحديد يوم الإجازة.</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>بداية يوم %1</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>نهاية يوم %1</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>يوم إجازة</translation>
    </message>
    <message>
        <source>Sa&amp;ve hours</source>
        <translation>&amp;حفظ ساعات العمل</translation>
    </message>
    <message>
        <source>Services this technician is trained for. Space ticks the selected one.</source>
        <translation>الخدمات التي تدرّب عليها هذا الفني. يحدّد مفتاح المسافة الخدمة المختارة.</translation>
    </message>
    <message>
        <source>Sa&amp;ve skills</source>
        <translation>&amp;حفظ المهارات</translation>
    </message>
    <message>
        <source>Holidays and appointments, in the location&apos;s time zone (%1).</source>
        <translation>الإجازات والمواعيد، بالمنطقة الزمنية للفرع (%1).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Add time off…</source>
        <translation>&amp;إضافة إجازة…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>C&amp;rews</source>
        <translation>&amp;الطواقم</translation>
    </message>
    <message>
        <source>Technicians who go out together. The colour marks the crew on the board.</source>
        <translation>الفنيون الذين يخرجون معًا. يميّز اللون الطاقم على اللوحة.</translation>
    </message>
    <message>
        <source>&amp;New crew…</source>
        <translation>&amp;طاقم جديد…</translation>
    </message>
    <message>
        <source>Ed&amp;it crew…</source>
        <translation>&amp;تعديل الطاقم…</translation>
    </message>
    <message>
        <source>Remove cre&amp;w</source>
        <translation>&amp;إزالة الطاقم</translation>
    </message>
    <message>
        <source>%1 (switched off)</source>
        <translation>%1 (موقوفة)</translation>
    </message>
    <message>
        <source>no members yet</source>
        <translation>لا أفراد بعد</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>and %1 (kept as set)</source>
        <translation>و%1 (تبقى كما ضُبطت)</translation>
    </message>
    <message>
        <source>A split shift set elsewhere; it is kept while the day is ticked.</source>
        <translation>دوام مقسَّم ضُبط في مكان آخر؛ يبقى ما دام اليوم محددًا.</translation>
    </message>
    <message>
        <source>Hours saved for %1.</source>
        <translation>حُفظت ساعات العمل لـ%1.</translation>
    </message>
    <message>
        <source>Skills saved for %1.</source>
        <translation>حُفظت المهارات لـ%1.</translation>
    </message>
    <message>
        <source>Time off added for %1.</source>
        <translation>أُضيفت إجازة لـ%1.</translation>
    </message>
    <message>
        <source>The time off was removed.</source>
        <translation>أُزيلت الإجازة.</translation>
    </message>
    <message>
        <source>Crew “%1” was added.</source>
        <translation>أُضيف الطاقم «%1».</translation>
    </message>
    <message>
        <source>Crew “%1” was saved.</source>
        <translation>حُفظ الطاقم «%1».</translation>
    </message>
    <message>
        <source>Remove a crew</source>
        <translation>إزالة طاقم</translation>
    </message>
    <message>
        <source>Remove “%1”? Its members stay; jobs it already did keep its name.</source>
        <translation>إزالة «%1»؟ يبقى أفراده، وتحتفظ المهام التي أنجزها باسمه.</translation>
    </message>
    <message>
        <source>Crew “%1” was removed.</source>
        <translation>أُزيل الطاقم «%1».</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TimeOffDialog</name>
    <message>
        <source>Time off for %1</source>
        <translation>إجازة %1</translation>
    </message>
    <message>
        <source>Holiday, training, appointment…</source>
        <translation>إجازة، تدريب، موعد…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>Times are in the location&apos;s time zone (%1).</source>
        <translation>الأوقات بالمنطقة الزمنية للفرع (%1).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TimelineWidget</name>
    <message>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Nothing on the timeline yet.</source>
        <translation>لا شيء في الخط الزمني بعد.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+Shift+C)</source>
        <translation>تسجيل مكالمة (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Add a note (Ctrl+Shift+N)</source>
        <translation>إضافة ملاحظة (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Enter to save · Esc to cancel</source>
        <translation>Enter للحفظ · Esc للإلغاء</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Spoke</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>What was the call about?</source>
        <translation>عمّ كانت المكالمة؟</translation>
    </message>
    <message>
        <source>Write the note</source>
        <translation>اكتب الملاحظة</translation>
    </message>
    <message>
        <source>Type something first, or press Esc.</source>
        <translation>اكتب شيئًا أولًا، أو اضغط Esc.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TodayPage</name>
    <message>
        <source>Good morning, %1</source>
        <translation>صباح الخير، %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>مساء الخير، %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>مساء الخير، %1</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 الساعة %2 (%3)</translation>
    </message>
    <message>
        <source>Jobs today</source>
        <translation>مهام اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Services and crew</source>
        <translation>الخدمات والطاقم</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>بلا موعد بعد</translation>
    </message>
    <message>
        <source>Today&apos;s jobs</source>
        <translation>مهام اليوم</translation>
    </message>
    <message>
        <source>Waiting for a time or a crew</source>
        <translation>بانتظار موعد أو طاقم</translation>
    </message>
    <message>
        <source>Running late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Requests with no time, and jobs with nobody sent.</source>
        <translation>طلبات بلا موعد، ومهام لم يُرسَل إليها أحد.</translation>
    </message>
    <message>
        <source>Not started 10 minutes after the start, or not finished 10 minutes after the end.</source>
        <translation>لم تبدأ بعد 10 دقائق من موعد البدء، أو لم تنتهِ بعد 10 دقائق من موعد الانتهاء.</translation>
    </message>
    <message>
        <source>Nothing booked today.</source>
        <translation>لا حجوزات اليوم.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::WelcomePage</name>
    <message>
        <source>Welcome to Spoke</source>
        <translation>مرحبًا بك في Spoke</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your location. It takes about two minutes.</source>
        <translation>لنجهّز هذا الحاسوب لفرعك. يستغرق ذلك دقيقتين تقريبًا.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>نشاطك التجاري</translation>
    </message>
    <message>
        <source>Name, address, time zone and currency, as they appear on invoices.</source>
        <translation>الاسم والعنوان والمنطقة الزمنية والعملة كما تظهر على الفواتير.</translation>
    </message>
    <message>
        <source>Your owner account</source>
        <translation>حساب المالك</translation>
    </message>
    <message>
        <source>You sign in with a PIN or a password; you add your staff later.</source>
        <translation>تسجّل الدخول برمز PIN أو كلمة مرور؛ وتضيف موظفيك لاحقًا.</translation>
    </message>
    <message>
        <source>How your data is protected</source>
        <translation>كيف تُحمى بياناتك</translation>
    </message>
    <message>
        <source>Spoke encrypts everything on this PC. You choose where the key is kept.</source>
        <translation>يشفّر Spoke كل شيء على هذا الحاسوب. وأنت تختار مكان حفظ المفتاح.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing leaves this PC until you enroll it with your head office.</source>
        <translation>لا يغادر شيء هذا الحاسوب حتى تسجّله لدى مقرك الرئيسي.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::customers</name>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
</TS>
