<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation>문을 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>The database connection was closed; prepare the query again</source>
        <translation>데이터베이스 연결이 닫혔습니다. 쿼리를 다시 준비하세요</translation>
    </message>
    <message>
        <source>Database is not open</source>
        <translation>데이터베이스가 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>여러 문을 한 번에 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>No statement prepared</source>
        <translation>준비된 문이 없습니다</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>매개변수 개수가 맞지 않습니다</translation>
    </message>
    <message>
        <source>execBatch() needs one QVariantList of equal length per placeholder</source>
        <translation>execBatch()에는 자리 표시자마다 길이가 같은 QVariantList가 하나씩 필요합니다</translation>
    </message>
    <message>
        <source>%1 placeholders, %2 values</source>
        <translation>자리 표시자 %1개, 값 %2개</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>매개변수를 바인딩할 수 없습니다</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>행을 가져올 수 없습니다</translation>
    </message>
</context>
<context>
    <name>spoke::AuditLog</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>감사 로그를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>감사 항목 %1~%2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation>감사 항목 %1이(가) 앞 항목과 이어지지 않습니다.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>감사 항목 %1이(가) 기록된 후 변경되었습니다.</translation>
    </message>
    <message>
        <source>The newest audit entries (after %1) were removed.</source>
        <translation>가장 최근 감사 항목(%1 이후)이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing the audit log.</source>
        <translation>현재 역할로는 감사 로그를 볼 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::BackupService</name>
    <message>
        <source>Only an owner can make backups.</source>
        <translation>소유자만 백업을 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>The backup passphrase must have at least 8 characters.</source>
        <translation>백업 암호 문구는 8자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>%1에 백업을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>백업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The backup cannot be opened: the passphrase is wrong or the file is not a Spoke backup.</source>
        <translation>백업을 열 수 없습니다: 암호 문구가 틀렸거나 Spoke 백업 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>암호 문구는 8자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The restored file cannot be read back.</source>
        <translation>복원된 파일을 다시 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The current database could not be moved aside; nothing changed.</source>
        <translation>현재 데이터베이스를 옮겨 둘 수 없었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The restored database could not be moved into place.</source>
        <translation>복원된 데이터베이스를 제자리로 옮길 수 없었습니다.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>백업이 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>The backup is damaged: its integrity check failed.</source>
        <translation>백업이 손상되었습니다: 무결성 검사에 실패했습니다.</translation>
    </message>
    <message>
        <source>The file is not a Spoke backup.</source>
        <translation>Spoke 백업 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The backup is damaged: its version cannot be read.</source>
        <translation>백업이 손상되었습니다: 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Spoke (schema %1). Update Spoke first.</source>
        <translation>더 새로운 버전의 Spoke로 만든 백업입니다(스키마 %1). 먼저 Spoke를 업데이트하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::Billing</name>
    <message>
        <source>The amount is too large to be handled exactly.</source>
        <translation>금액이 너무 커서 정확하게 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, such as CAD).</source>
        <translation>&quot;%1&quot;은(는) 통화 코드가 아닙니다(CAD처럼 대문자 세 글자).</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined; every amount must be in the same currency.</source>
        <translation>%1 금액과 %2 금액은 합칠 수 없습니다. 모든 금액은 같은 통화여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as 9.975.</source>
        <translation>&quot;%1&quot;은(는) 9.975 같은 백분율이 아닙니다.</translation>
    </message>
    <message>
        <source>A rate must have a positive denominator.</source>
        <translation>비율의 분모는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>비율은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation>배분 몫은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing to split the amount by.</source>
        <translation>금액을 나눌 기준이 없습니다.</translation>
    </message>
    <message>
        <source>An amount can only be split into one part or more.</source>
        <translation>금액은 한 부분 이상으로만 나눌 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like 129.50 (digits and one &apos;.&apos;).</source>
        <translation>&quot;%1&quot;은(는) 금액이 아닙니다. 129.50처럼 입력하세요(숫자와 &apos;.&apos; 하나).</translation>
    </message>
    <message>
        <source>%1 has no decimals; &quot;%2&quot; cannot be charged exactly.</source>
        <translation>%1은(는) 소수 단위가 없어 &quot;%2&quot;을(를) 정확히 청구할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n decimal(s); &quot;%2&quot; has more.</source>
        <translation>
            <numerusform>%1은(는) 소수점 이하 %n자리까지입니다. &quot;%2&quot;은(는) 그보다 많습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invoice amounts are too large to be handled exactly.</source>
        <translation>청구서 금액이 너무 커서 정확하게 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>The discount on %1 cannot be negative.</source>
        <translation>%1의 할인은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>The discount on %1 cannot be more than 100%.</source>
        <translation>%1의 할인은 100%를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>The discount on %1 is larger than the amount it discounts.</source>
        <translation>%1의 할인이 할인 대상 금액보다 큽니다.</translation>
    </message>
    <message>
        <source>A tax class needs a code.</source>
        <translation>세율 구분에는 코드가 필요합니다.</translation>
    </message>
    <message>
        <source>Tax class %1 has more than %2 rates.</source>
        <translation>세율 구분 %1의 세율이 %2개를 넘습니다.</translation>
    </message>
    <message>
        <source>A rate of tax class %1 has no code.</source>
        <translation>세율 구분 %1에 코드가 없는 세율이 있습니다.</translation>
    </message>
    <message>
        <source>Tax class %1 lists %2 twice.</source>
        <translation>세율 구분 %1에 %2이(가) 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <source>Tax %1 in class %2 must be between 0% and 100%.</source>
        <translation>세율 구분 %2의 세금 %1은(는) 0%에서 100% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>청구서에는 한 줄 이상이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Tax class %1 is defined twice.</source>
        <translation>세율 구분 %1이(가) 두 번 정의되어 있습니다.</translation>
    </message>
    <message>
        <source>Tax %1 has two different rates in the tax classes.</source>
        <translation>세금 %1의 세율이 세율 구분마다 다르게 정해져 있습니다.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>Line %1 is priced in %2 but the invoice is in %3; an invoice has one currency.</source>
        <translation>%1번째 줄의 가격은 %2(으)로 되어 있지만 청구서 통화는 %3입니다. 청구서는 한 가지 통화만 사용합니다.</translation>
    </message>
    <message>
        <source>Line %1 has a negative price; corrections are made with a credit note.</source>
        <translation>%1번째 줄의 가격이 음수입니다. 정정은 크레딧 노트로 합니다.</translation>
    </message>
    <message>
        <source>Line %1 has a quantity below 1; remove the line instead.</source>
        <translation>%1번째 줄의 수량이 1보다 작습니다. 대신 그 줄을 삭제하세요.</translation>
    </message>
    <message>
        <source>Line %1 uses tax class &quot;%2&quot;, which does not exist.</source>
        <translation>%1번째 줄이 존재하지 않는 세율 구분 &quot;%2&quot;을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>the invoice</source>
        <translation>청구서</translation>
    </message>
    <message>
        <source>The invoice total is zero; an invoice must be for a positive amount.</source>
        <translation>청구서 합계가 0입니다. 청구서 금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>표준 세율</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>면세</translation>
    </message>
    <message>
        <source>The numbering of %1 is missing.</source>
        <translation>&apos;%1&apos; 번호 체계가 없습니다.</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>고객이 없습니다.</translation>
    </message>
    <message>
        <source>The invoice does not exist.</source>
        <translation>청구서가 없습니다.</translation>
    </message>
    <message>
        <source>The payment does not exist.</source>
        <translation>결제 내역이 없습니다.</translation>
    </message>
    <message>
        <source>A job on the invoice is no longer %1.</source>
        <translation>청구서에 있는 작업 중 하나가 더 이상 &apos;%1&apos; 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>발행됨</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>무효</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>수표</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>계좌 이체</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>기한 내</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30일</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60일</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90일</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90일 초과</translation>
    </message>
    <message>
        <source>Choose the customer to invoice.</source>
        <translation>청구할 고객을 선택하세요.</translation>
    </message>
    <message>
        <source>Invoices are in %1, the location&apos;s currency; %2 cannot be used.</source>
        <translation>청구서는 지점 통화인 %1(으)로 작성합니다. %2은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Payment terms are from 0 to 365 days.</source>
        <translation>결제 조건은 0일에서 365일 사이여야 합니다.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>할인은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>%1번째 줄에 내역이 필요합니다.</translation>
    </message>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>고객이 없거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>A job on the invoice does not exist or was removed.</source>
        <translation>청구서에 있는 작업 중 하나가 없거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>A job on the invoice belongs to another customer.</source>
        <translation>청구서에 있는 작업 중 하나가 다른 고객의 작업입니다.</translation>
    </message>
    <message>
        <source>A job on the invoice is already invoiced.</source>
        <translation>청구서에 있는 작업 중 하나는 이미 청구되었습니다.</translation>
    </message>
    <message>
        <source>Only completed jobs can be invoiced; a job on the invoice is %1.</source>
        <translation>완료된 작업만 청구할 수 있습니다. 청구서에 있는 작업 중 하나가 &apos;%1&apos; 상태입니다.</translation>
    </message>
    <message>
        <source>A job on the invoice is already on another draft invoice.</source>
        <translation>청구서에 있는 작업 중 하나가 이미 다른 청구서 초안에 들어 있습니다.</translation>
    </message>
    <message>
        <source>A job on the invoice is already on invoice %1.</source>
        <translation>청구서에 있는 작업 중 하나가 이미 청구서 %1에 들어 있습니다.</translation>
    </message>
    <message>
        <source>The draft does not exist or was deleted.</source>
        <translation>초안이 없거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>A job on the invoice is already on another invoice.</source>
        <translation>청구서에 있는 작업 중 하나가 이미 다른 청구서에 들어 있습니다.</translation>
    </message>
    <message>
        <source>The invoice was issued meanwhile.</source>
        <translation>그사이에 청구서가 발행되었습니다.</translation>
    </message>
    <message>
        <source>Only a manager can issue invoices.</source>
        <translation>관리자만 청구서를 발행할 수 있습니다.</translation>
    </message>
    <message>
        <source>A credit note is issued with the invoice it corrects.</source>
        <translation>크레딧 노트는 정정 대상 청구서에서 발행합니다.</translation>
    </message>
    <message>
        <source>Invoice %1 is already issued.</source>
        <translation>청구서 %1은(는) 이미 발행되었습니다.</translation>
    </message>
    <message>
        <source>The invoice is in %1 but the location bills in %2.</source>
        <translation>청구서 통화는 %1이지만 지점은 %2(으)로 청구합니다.</translation>
    </message>
    <message>
        <source>An invoice must be for a positive amount.</source>
        <translation>청구서 금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Invoice %1 issued: %2</source>
        <translation>청구서 %1 발행: %2</translation>
    </message>
    <message>
        <source>Only a manager can issue credit notes.</source>
        <translation>관리자만 크레딧 노트를 발행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Say why the invoice is credited.</source>
        <translation>청구서에 크레딧 노트를 발행하는 사유를 적으세요.</translation>
    </message>
    <message>
        <source>Every credited line needs a description.</source>
        <translation>크레딧 처리하는 모든 줄에는 내역이 필요합니다.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>크레딧 노트에는 다시 크레딧 노트를 발행할 수 없습니다.</translation>
    </message>
    <message>
        <source>A draft has not been issued: change it instead of crediting it.</source>
        <translation>초안은 아직 발행되지 않았습니다. 크레딧 노트를 발행하지 말고 초안을 수정하세요.</translation>
    </message>
    <message>
        <source>Invoice %1 is void: there is nothing to credit.</source>
        <translation>청구서 %1은(는) 무효 처리되어 크레딧 처리할 금액이 없습니다.</translation>
    </message>
    <message>
        <source>Invoice %1 is already credited in full.</source>
        <translation>청구서 %1은(는) 이미 전액 크레딧 처리되었습니다.</translation>
    </message>
    <message>
        <source>The credit note (%1) is more than what is left to credit on invoice %2 (%3).</source>
        <translation>크레딧 노트 금액(%1)이 청구서 %2에서 크레딧 처리할 수 있는 남은 금액(%3)보다 큽니다.</translation>
    </message>
    <message>
        <source>The invoice&apos;s balance changed meanwhile.</source>
        <translation>그사이에 청구서 잔액이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Credit note %1 for invoice %2: %3 (%4)</source>
        <translation>청구서 %2에 대한 크레딧 노트 %1: %3(%4)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice.</source>
        <translation>관리자만 청구서를 무효 처리할 수 있습니다.</translation>
    </message>
    <message>
        <source>Say why the invoice is voided.</source>
        <translation>청구서를 무효 처리하는 사유를 적으세요.</translation>
    </message>
    <message>
        <source>A credit note cannot be voided.</source>
        <translation>크레딧 노트는 무효 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>A draft has no number yet: delete it instead of voiding it.</source>
        <translation>초안에는 아직 번호가 없습니다. 무효 처리하지 말고 삭제하세요.</translation>
    </message>
    <message>
        <source>Invoice %1 is already void.</source>
        <translation>청구서 %1은(는) 이미 무효 처리되었습니다.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot be voided: %2 of it is already paid or credited. Issue a credit note to correct it, then refund the customer if needed.</source>
        <translation>청구서 %1은(는) 무효 처리할 수 없습니다. 이미 %2이(가) 결제되었거나 크레딧 처리되었습니다. 크레딧 노트를 발행해 정정한 뒤 필요하면 고객에게 환불하세요.</translation>
    </message>
    <message>
        <source>The invoice changed meanwhile; look at it again.</source>
        <translation>그사이에 청구서가 변경되었습니다. 다시 확인하세요.</translation>
    </message>
    <message>
        <source>(invoice %1 voided)</source>
        <translation>(청구서 %1 무효 처리)</translation>
    </message>
    <message>
        <source>Invoice %1 voided: %2</source>
        <translation>청구서 %1 무효 처리: %2</translation>
    </message>
    <message>
        <source>Your role does not allow seeing invoices.</source>
        <translation>현재 역할로는 청구서를 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Tax class %1 is listed twice.</source>
        <translation>세율 구분 %1이(가) 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <source>There must be a tax class with the code &quot;standard&quot; (what services use by default).</source>
        <translation>코드가 &quot;standard&quot;인 세율 구분이 있어야 합니다(서비스에 기본으로 쓰이는 세율 구분).</translation>
    </message>
    <message>
        <source>A number prefix has at most %1 characters on one line.</source>
        <translation>번호 접두어는 한 줄에 최대 %1자까지입니다.</translation>
    </message>
    <message>
        <source>Invoices and credit notes need different number prefixes (for example &quot;INV-&quot; and &quot;CN-&quot;).</source>
        <translation>청구서와 크레딧 노트의 번호 접두어는 서로 달라야 합니다(예: &quot;INV-&quot;와 &quot;CN-&quot;).</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>로고는 PNG 이미지여야 합니다.</translation>
    </message>
    <message>
        <source>The logo is too large (at most %1 KB).</source>
        <translation>로고가 너무 큽니다(최대 %1KB).</translation>
    </message>
    <message>
        <source>Your role does not allow changing the billing settings.</source>
        <translation>현재 역할로는 청구 설정을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Services in the catalog use the tax class %1; keep it or change those services first.</source>
        <translation>카탈로그의 서비스가 세율 구분 %1을(를) 사용하고 있습니다. 그대로 두거나 먼저 해당 서비스를 변경하세요.</translation>
    </message>
    <message>
        <source>Set up the location&apos;s profile before its billing settings.</source>
        <translation>청구 설정 전에 지점 정보를 먼저 설정하세요.</translation>
    </message>
    <message>
        <source>Your role does not allow preparing invoices.</source>
        <translation>현재 역할로는 청구서를 작성할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose at least one completed job to invoice.</source>
        <translation>청구할 완료 작업을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>A job is priced in %1 but the location bills in %2.</source>
        <translation>작업 가격은 %1(으)로 되어 있지만 지점은 %2(으)로 청구합니다.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A job has no services to invoice.</source>
        <translation>청구할 서비스가 없는 작업이 있습니다.</translation>
    </message>
    <message>
        <source>%1 is issued and can no longer change; correct it with a credit note.</source>
        <translation>청구서 %1은(는) 발행되어 더 이상 변경할 수 없습니다. 크레딧 노트로 정정하세요.</translation>
    </message>
    <message>
        <source>%1 is issued: an issued invoice is never deleted (void it or credit it instead).</source>
        <translation>청구서 %1은(는) 발행되었습니다. 발행된 청구서는 삭제할 수 없습니다(대신 무효 처리하거나 크레딧 노트를 발행하세요).</translation>
    </message>
    <message>
        <source>Your role does not allow seeing payments.</source>
        <translation>현재 역할로는 결제 내역을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow the cash-up.</source>
        <translation>현재 역할로는 일일 정산을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose the day to count.</source>
        <translation>정산할 날짜를 선택하세요.</translation>
    </message>
    <message>
        <source>Money is taken and given back in %1, the location&apos;s currency; an amount in %2 cannot be recorded.</source>
        <translation>수납과 환불은 지점 통화인 %1(으)로 합니다. %2 금액은 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>통화 없음</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>%1 is a credit note: payments settle invoices.</source>
        <translation>%1은(는) 크레딧 노트입니다. 결제는 청구서에만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Issue the invoice before taking payment for it.</source>
        <translation>결제를 받기 전에 청구서를 발행하세요.</translation>
    </message>
    <message>
        <source>Invoice %1 is void: nothing is owed on it.</source>
        <translation>청구서 %1은(는) 무효 처리되어 받을 금액이 없습니다.</translation>
    </message>
    <message>
        <source>The customer&apos;s credit changed meanwhile.</source>
        <translation>그사이에 고객의 크레딧이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow taking payments.</source>
        <translation>현재 역할로는 결제를 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose the customer who pays.</source>
        <translation>결제하는 고객을 선택하세요.</translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future.</source>
        <translation>결제 날짜는 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>Invoice %1 belongs to another customer.</source>
        <translation>청구서 %1은(는) 다른 고객의 청구서입니다.</translation>
    </message>
    <message>
        <source>Invoice %1 is already paid in full. Record the money as customer credit instead.</source>
        <translation>청구서 %1은(는) 이미 전액 결제되었습니다. 대신 받은 금액을 고객 크레딧으로 기록하세요.</translation>
    </message>
    <message>
        <source>The payment (%1) is more than the balance of invoice %2 (%3). Take %3, or keep the difference as customer credit.</source>
        <translation>결제 금액(%1)이 청구서 %2의 잔액(%3)보다 큽니다. %3만 받거나 차액을 고객 크레딧으로 남겨 두세요.</translation>
    </message>
    <message>
        <source>Payment %1 received: %2 (%3), kept as credit</source>
        <translation>결제 %1 수납: %2(%3), 크레딧으로 보관</translation>
    </message>
    <message>
        <source>Payment %1 received: %2 (%3) for invoice %4</source>
        <translation>결제 %1 수납: 청구서 %4에 대해 %2(%3)</translation>
    </message>
    <message>
        <source>%1 is more than the balance of invoice %2 (%3).</source>
        <translation>%1이(가) 청구서 %2의 잔액(%3)보다 큽니다.</translation>
    </message>
    <message>
        <source>The customer has no credit to apply.</source>
        <translation>고객에게 적용할 크레딧이 없습니다.</translation>
    </message>
    <message>
        <source>The customer has only %1 of credit.</source>
        <translation>고객의 크레딧은 %1뿐입니다.</translation>
    </message>
    <message>
        <source>Credit of %1 applied to invoice %2</source>
        <translation>크레딧 %1을(를) 청구서 %2에 적용</translation>
    </message>
    <message>
        <source>Only a manager can give refunds.</source>
        <translation>관리자만 환불할 수 있습니다.</translation>
    </message>
    <message>
        <source>Say why the money is refunded.</source>
        <translation>환불 사유를 적으세요.</translation>
    </message>
    <message>
        <source>Refunds are made from a payment or a credit note.</source>
        <translation>환불은 결제 또는 크레딧 노트에서 합니다.</translation>
    </message>
    <message>
        <source>The credit note does not exist.</source>
        <translation>크레딧 노트가 없습니다.</translation>
    </message>
    <message>
        <source>A refund cannot itself be refunded.</source>
        <translation>환불 건은 다시 환불할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only an issued credit note can be refunded.</source>
        <translation>발행된 크레딧 노트만 환불할 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing of %1 is unused: money that settles an invoice cannot be refunded. Credit the invoice first; that makes the money unused.</source>
        <translation>%1에는 미사용 금액이 없습니다. 청구서 결제에 쓰인 금액은 환불할 수 없습니다. 먼저 청구서에 크레딧 노트를 발행하면 그 금액이 미사용 상태가 됩니다.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is unused and can be refunded; money that settles an invoice cannot be refunded until the invoice is credited.</source>
        <translation>%2 중 미사용 금액 %1만 환불할 수 있습니다. 청구서 결제에 쓰인 금액은 청구서에 크레딧 노트를 발행하기 전까지 환불할 수 없습니다.</translation>
    </message>
    <message>
        <source>Refund %1: %2 (%3) from %4: %5</source>
        <translation>환불 %1: %4에서 %2(%3): %5</translation>
    </message>
    <message>
        <source>Only a manager can see receivables and statements.</source>
        <translation>관리자만 미수금과 거래 내역서를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose the day to age receivables on.</source>
        <translation>미수금 연령을 계산할 기준일을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>종료일이 시작일보다 앞서지 않는 기간을 선택하세요.</translation>
    </message>
    <message>
        <source>Invoice, due %1</source>
        <translation>청구서, 결제 기한 %1</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>청구서 %1에 대한 크레딧 노트</translation>
    </message>
    <message>
        <source>Refund, %1</source>
        <translation>환불, %1</translation>
    </message>
    <message>
        <source>Payment, %1</source>
        <translation>결제, %1</translation>
    </message>
</context>
<context>
    <name>spoke::BillingDocuments</name>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation>80mm 영수증 롤</translation>
    </message>
    <message>
        <source>Choose a folder to save the PDF files in.</source>
        <translation>PDF 파일을 저장할 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a file name for a PDF document.</source>
        <translation>“%1”은(는) PDF 문서의 파일 이름으로 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Two documents would both be saved as “%1”.</source>
        <translation>“%1”(이)라는 같은 이름으로 저장될 문서가 두 개입니다.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and could not be created.</source>
        <translation>%1 폴더가 없으며 새로 만들 수도 없었습니다.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: %2</source>
        <translation>%1 폴더에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export cancelled: %1 of %2 documents were saved in %3.</source>
        <translation>내보내기가 취소되었습니다. 문서 %2개 중 %1개를 %3에 저장했습니다.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 documents were saved before this.)</source>
        <translation>%1 (그 전에 문서 %3개 중 %2개가 저장되었습니다.)</translation>
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
        <translation>청구서를 받는 즉시 결제해야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Payment is due within %n day(s) of the invoice date.</source>
        <translation>
            <numerusform>청구일로부터 %n일 이내에 결제해야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>크레딧 노트</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>청구서</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <comment>document kind</comment>
        <translation>%1(초안)</translation>
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
        <translation>무효 — %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>결제 기한</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>대상 청구서</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Voided on %1</source>
        <translation>%1에 무효 처리됨</translation>
    </message>
    <message>
        <source>This credit note is cancelled and has no value.</source>
        <translation>이 크레딧 노트는 취소되어 효력이 없습니다.</translation>
    </message>
    <message>
        <source>This invoice is cancelled: nothing is owed on it.</source>
        <translation>이 청구서는 취소되어 결제할 금액이 없습니다.</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>무효</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Not issued yet: this is not a valid invoice.</source>
        <translation>아직 발행되지 않았습니다. 유효한 청구서가 아닙니다.</translation>
    </message>
    <message>
        <source>Credit to</source>
        <translation>크레딧 대상</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>청구 대상</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>정정 대상 청구서</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>결제할 금액</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>결제 기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>전액 결제됨</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>순액</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>내역</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>quantity times unit price</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>할인(%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Includes %1</source>
        <translation>%1 포함</translation>
    </message>
    <message>
        <source>Total before tax</source>
        <translation>세전 합계</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>순액 합계</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>사용한 크레딧</translation>
    </message>
    <message>
        <source>Credit remaining</source>
        <translation>남은 크레딧</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제액</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>크레딧 처리액</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>미결제 잔액</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>결제 조건</translation>
    </message>
    <message>
        <source>Prices include tax.</source>
        <translation>가격에는 세금이 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Refunded to</source>
        <translation>환불 받는 분</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>결제하신 분</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>환불 금액</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>결제 금액</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Invoices paid</source>
        <translation>결제된 청구서</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>적용 금액</translation>
    </message>
    <message>
        <source>Not applied, kept as credit</source>
        <translation>미적용, 크레딧으로 보관</translation>
    </message>
    <message>
        <source>Balance still owing</source>
        <translation>남은 미납액</translation>
    </message>
    <message>
        <source>Credit on account</source>
        <translation>계정 크레딧</translation>
    </message>
    <message>
        <source>Your account after this refund</source>
        <translation>이번 환불 후 고객님 계정</translation>
    </message>
    <message>
        <source>Your account after this payment</source>
        <translation>이번 결제 후 고객님 계정</translation>
    </message>
    <message>
        <source>Please keep this refund slip.</source>
        <translation>이 환불 확인증을 보관해 주세요.</translation>
    </message>
    <message>
        <source>Thank you for your payment.</source>
        <translation>결제해 주셔서 감사합니다.</translation>
    </message>
    <message>
        <source>Daily cash-up</source>
        <translation>일일 정산</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>document kind and day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>영업일</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>결제 수단별</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>결제 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>환불 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Total net</source>
        <translation>순액 합계</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>수납액</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불액</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>결제 및 환불</translation>
    </message>
    <message>
        <source>No payments were taken on this day.</source>
        <translation>이날 받은 결제가 없습니다.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>실사 현금</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>계수자</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>확인자</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>무효</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>거래 내역서</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>크레딧 잔액</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>거래 내역</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>기초 잔액</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>기말 잔액</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>청구액</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>차감액</translation>
    </message>
    <message>
        <source>Open invoices by age</source>
        <translation>기간별 미결제 청구서</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>미결제 합계</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>미결제 청구서</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>기한 %1</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>연체 일수</translation>
    </message>
</context>
<context>
    <name>spoke::CalendarExport</name>
    <message>
        <source>Your role does not allow seeing the schedule.</source>
        <translation>현재 역할로는 일정을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Technicians can export only their own calendar.</source>
        <translation>기사는 자신의 일정만 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose a date range that ends after it starts.</source>
        <translation>종료일이 시작일보다 뒤인 기간을 선택하세요.</translation>
    </message>
    <message>
        <source>Export at most a year at a time.</source>
        <translation>한 번에 최대 1년까지만 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Arrival window: %1 – %2</source>
        <translation>도착 시간대: %1 – %2</translation>
    </message>
    <message>
        <source>Customer prefers: %1</source>
        <translation>고객 희망: %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>서비스: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>전화: %1</translation>
    </message>
    <message>
        <source>Phone (%1): %2</source>
        <translation>전화(%1): %2</translation>
    </message>
    <message>
        <source>Preferences:</source>
        <translation>선호 사항:</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>출입: %1</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>출입 안내: %1</translation>
    </message>
    <message>
        <source>Parking: %1</source>
        <translation>주차: %1</translation>
    </message>
    <message>
        <source>Pets: %1</source>
        <translation>반려동물: %1</translation>
    </message>
    <message>
        <source>Crew notes: %1</source>
        <translation>작업팀 메모: %1</translation>
    </message>
    <message>
        <source>Gate and alarm codes: on the printed work order only.</source>
        <translation>대문·경보기 비밀번호: 인쇄된 작업 지시서에만 있습니다.</translation>
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
        <translation>서비스 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A service takes at least one minute.</source>
        <translation>서비스 시간은 1분 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>A service can&apos;t take longer than a day; book several visits instead.</source>
        <translation>서비스는 하루를 넘길 수 없습니다. 대신 여러 번의 방문으로 예약하세요.</translation>
    </message>
    <message>
        <source>A price can&apos;t be negative.</source>
        <translation>가격은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code, such as USD.</source>
        <translation>통화는 USD처럼 세 글자로 된 ISO 코드여야 합니다.</translation>
    </message>
    <message>
        <source>Your role does not allow seeing the catalog.</source>
        <translation>현재 역할로는 서비스 카탈로그를 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>The service does not exist.</source>
        <translation>서비스가 없습니다.</translation>
    </message>
    <message>
        <source>Only a manager can change the service catalog.</source>
        <translation>관리자만 서비스 카탈로그를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” comes from head office: its name, price and duration are set there. You can only switch it off for this location.</source>
        <translation>“%1”은(는) 본사에서 관리하는 서비스입니다. 이름, 가격, 소요 시간은 본사에서 정합니다. 이 지점에서는 사용 중지만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>There is already a service called “%1”.</source>
        <translation>“%1”(이)라는 서비스가 이미 있습니다.</translation>
    </message>
    <message>
        <source>“%1” comes from head office and can&apos;t be deleted here; switch it off instead.</source>
        <translation>“%1”은(는) 본사에서 관리하므로 여기서 삭제할 수 없습니다. 대신 사용 중지하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::CrewService</name>
    <message>
        <source>Only a manager can change crews, hours and skills.</source>
        <translation>관리자만 작업팀, 근무 시간, 기술을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow seeing the schedule.</source>
        <translation>현재 역할로는 일정을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>That staff member does not exist.</source>
        <translation>해당 직원이 없습니다.</translation>
    </message>
    <message>
        <source>Give the crew a name.</source>
        <translation>작업팀 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>There is already a crew called “%1”.</source>
        <translation>“%1”(이)라는 작업팀이 이미 있습니다.</translation>
    </message>
    <message>
        <source>A crew member does not exist.</source>
        <translation>존재하지 않는 작업팀원이 있습니다.</translation>
    </message>
    <message>
        <source>Only technicians can be crew members.</source>
        <translation>기사만 작업팀원이 될 수 있습니다.</translation>
    </message>
    <message>
        <source>The crew does not exist.</source>
        <translation>작업팀이 없습니다.</translation>
    </message>
    <message>
        <source>%1: the hours must end after they start.</source>
        <translation>%1: 근무 종료 시간이 시작 시간보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>%1: two sets of hours overlap.</source>
        <translation>%1: 근무 시간 두 개가 겹칩니다.</translation>
    </message>
    <message>
        <source>A skill names a service that does not exist.</source>
        <translation>존재하지 않는 서비스를 가리키는 기술이 있습니다.</translation>
    </message>
    <message>
        <source>Time off must end after it starts.</source>
        <translation>휴무는 시작 후에 끝나야 합니다.</translation>
    </message>
    <message>
        <source>That time off does not exist.</source>
        <translation>해당 휴무가 없습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::Csv</name>
    <message>
        <source>The file is not text (it looks like a spreadsheet or another binary file). Save it as CSV first.</source>
        <translation>텍스트 파일이 아닙니다(스프레드시트나 다른 바이너리 파일로 보입니다). 먼저 CSV로 저장하세요.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Spoke imports files of up to %2 MB. Split it into smaller files.</source>
        <translation>파일 크기가 %1MB입니다. Spoke는 %2MB까지의 파일만 가져올 수 있습니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing). Nothing was imported.</source>
        <translation>%1행: 따옴표로 시작한 필드가 닫히지 않았습니다(&quot; 누락). 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerImporter</name>
    <message>
        <source>(ignore)</source>
        <translation>(무시)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>전체 이름</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>직장 전화</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>도로명</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>호수</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>주/도</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>고객 등록일</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>선호 언어</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>출입 메모</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3.</source>
        <translation>%1행: 머리글은 %3개인데 필드가 %2개입니다.</translation>
    </message>
    <message>
        <source>Line %1: the birthday &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>%1행: 생일 &quot;%2&quot;은(는) 날짜가 아닙니다(YYYY-MM-DD 형식 사용).</translation>
    </message>
    <message>
        <source>Line %1: &quot;customer since&quot; &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>%1행: &quot;고객 등록일&quot; &quot;%2&quot;은(는) 날짜가 아닙니다(YYYY-MM-DD 형식 사용).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation>파일에 vCard가 없습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow importing customers.</source>
        <translation>현재 역할로는 고객을 가져올 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported.</source>
        <translation>
            <numerusform>%n개 행에 문제가 있어 아무것도 가져오지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no valid row to import.</source>
        <translation>가져올 수 있는 올바른 행이 없습니다.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>가져오기가 취소되어 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>매핑 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Only a manager can export customers.</source>
        <translation>관리자만 고객을 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerListModel</name>
    <message>
        <source>Do not service</source>
        <translation>서비스 금지</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>최근 활동</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerSearch</name>
    <message>
        <source>Your role does not allow viewing customers.</source>
        <translation>현재 역할로는 고객을 볼 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerService</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>회사 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>고객 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot;은(는) 올바른 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>생일이 미래 날짜입니다.</translation>
    </message>
    <message>
        <source>Say why this customer must not be serviced.</source>
        <translation>이 고객에게 서비스하면 안 되는 이유를 적으세요.</translation>
    </message>
    <message>
        <source>A preference needs some text.</source>
        <translation>선호 사항에 내용을 입력하세요.</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>고객이 없습니다.</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>고객 생성됨</translation>
    </message>
    <message>
        <source>Customer created (source: %1)</source>
        <translation>고객 생성됨(출처: %1)</translation>
    </message>
    <message>
        <source>Your role does not allow adding customers.</source>
        <translation>현재 역할로는 고객을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow editing customers.</source>
        <translation>현재 역할로는 고객을 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>고객이 없거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing customers.</source>
        <translation>현재 역할로는 고객을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Only a manager can delete customers.</source>
        <translation>관리자만 고객을 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>The customer does not exist or was already deleted.</source>
        <translation>고객이 없거나 이미 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Only a manager can erase a customer&apos;s personal data.</source>
        <translation>관리자만 고객의 개인정보를 지울 수 있습니다.</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>삭제된 고객</translation>
    </message>
    <message>
        <source>The customer does not exist or was already erased.</source>
        <translation>고객이 없거나 이미 지워졌습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow adding calls or notes.</source>
        <translation>현재 역할로는 통화나 메모를 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only calls and notes can be added by hand.</source>
        <translation>직접 추가할 수 있는 것은 통화와 메모뿐입니다.</translation>
    </message>
    <message>
        <source>Write what was said or noted.</source>
        <translation>나눈 이야기나 메모 내용을 적으세요.</translation>
    </message>
    <message>
        <source>Say how the consent was given or withdrawn.</source>
        <translation>동의를 어떻게 받았는지 또는 철회했는지 적으세요.</translation>
    </message>
    <message>
        <source>Marketing consent given for %1 (%2)</source>
        <translation>%1 마케팅 수신 동의(%2)</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn for %1 (%2)</source>
        <translation>%1 마케팅 수신 동의 철회(%2)</translation>
    </message>
    <message>
        <source>Your role does not allow reviewing duplicates.</source>
        <translation>현재 역할로는 중복 항목을 검토할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only a manager can merge customers.</source>
        <translation>관리자만 고객을 병합할 수 있습니다.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>같은 고객끼리는 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>Erased customers cannot be merged.</source>
        <translation>지워진 고객은 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>%1과(와) 병합됨</translation>
    </message>
    <message>
        <source>A restored customer needs its id.</source>
        <translation>복원하는 고객에게는 ID가 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>spoke::JobService</name>
    <message>
        <source>Your role does not allow seeing the schedule.</source>
        <translation>현재 역할로는 일정을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>The job does not exist or was removed.</source>
        <translation>작업이 없거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Choose a day or a week to show.</source>
        <translation>표시할 날짜나 주를 선택하세요.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <source>Your role does not allow booking jobs.</source>
        <translation>현재 역할로는 작업을 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>A recurring service needs the time of its first visit.</source>
        <translation>정기 서비스에는 첫 방문 시간이 필요합니다.</translation>
    </message>
    <message>
        <source>This rule gives no visits at all.</source>
        <translation>이 규칙으로는 방문 일정이 하나도 만들어지지 않습니다.</translation>
    </message>
    <message>
        <source>Recurring service booked: %1</source>
        <translation>정기 서비스 예약: %1</translation>
    </message>
    <message>
        <source>Your role does not allow changing jobs.</source>
        <translation>현재 역할로는 작업을 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only a visit of a recurring service can be skipped.</source>
        <translation>정기 서비스의 방문만 건너뛸 수 있습니다.</translation>
    </message>
    <message>
        <source>A visit that is %1 can&apos;t be skipped.</source>
        <translation>상태가 &apos;%1&apos;인 방문은 건너뛸 수 없습니다.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>The recurring service does not exist.</source>
        <translation>정기 서비스가 없습니다.</translation>
    </message>
    <message>
        <source>A visit of a recurring service needs a time.</source>
        <translation>정기 서비스의 방문에는 시간이 필요합니다.</translation>
    </message>
    <message>
        <source>This visit is under way: change it on its own, and the series from the next visit.</source>
        <translation>이 방문은 진행 중입니다. 이 방문은 따로 변경하고, 반복 일정은 다음 방문부터 변경하세요.</translation>
    </message>
    <message>
        <source>Choose the customer the job is for.</source>
        <translation>작업할 고객을 선택하세요.</translation>
    </message>
    <message>
        <source>Pick at least one service.</source>
        <translation>서비스를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>A quantity must be at least 1.</source>
        <translation>수량은 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Describe the work on each line.</source>
        <translation>각 줄에 작업 내용을 적으세요.</translation>
    </message>
    <message>
        <source>A price can&apos;t be negative.</source>
        <translation>가격은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>A job needs both a start and an end.</source>
        <translation>작업에는 시작 시간과 종료 시간이 모두 필요합니다.</translation>
    </message>
    <message>
        <source>The job ends before it starts.</source>
        <translation>작업 종료 시간이 시작 시간보다 앞섭니다.</translation>
    </message>
    <message>
        <source>A job can&apos;t take zero minutes.</source>
        <translation>작업 시간은 0분일 수 없습니다.</translation>
    </message>
    <message>
        <source>A job can&apos;t be longer than a day; book several visits instead.</source>
        <translation>작업은 하루를 넘길 수 없습니다. 대신 여러 번의 방문으로 예약하세요.</translation>
    </message>
    <message>
        <source>An arrival window needs both a start and an end.</source>
        <translation>도착 시간대에는 시작과 끝이 모두 필요합니다.</translation>
    </message>
    <message>
        <source>The arrival window ends before it starts.</source>
        <translation>도착 시간대의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>A scheduled job needs a time.</source>
        <translation>예약된 작업에는 시간이 필요합니다.</translation>
    </message>
    <message>
        <source>Prices must be in %1, the location&apos;s currency.</source>
        <translation>가격은 지점 통화인 %1(으)로 입력해야 합니다.</translation>
    </message>
    <message>
        <source>A service on the job is not in the catalog.</source>
        <translation>작업에 카탈로그에 없는 서비스가 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is switched off in the catalog.</source>
        <translation>“%1”은(는) 카탈로그에서 사용 중지되었습니다.</translation>
    </message>
    <message>
        <source>Only a manager can change a price from the catalog&apos;s.</source>
        <translation>카탈로그 가격과 다르게 바꾸는 것은 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>A technician on the job does not exist.</source>
        <translation>작업에 존재하지 않는 기사가 있습니다.</translation>
    </message>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>고객이 없거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>…and more.</source>
        <translation>…외 더 있음.</translation>
    </message>
    <message>
        <source>Only a manager can book over a conflict:
%1</source>
        <translation>충돌이 있으면 관리자만 예약할 수 있습니다:
%1</translation>
    </message>
    <message>
        <source>time to be arranged</source>
        <translation>시간 미정</translation>
    </message>
    <message>
        <source>Booked %1 for %2</source>
        <translation>%1 예약(%2)</translation>
    </message>
    <message>
        <source>Your role does not allow moving jobs.</source>
        <translation>현재 역할로는 작업을 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>A job that is %1 can&apos;t be moved.</source>
        <translation>상태가 &apos;%1&apos;인 작업은 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose when the job starts.</source>
        <translation>작업 시작 시간을 선택하세요.</translation>
    </message>
    <message>
        <source>A job that is %1 can&apos;t be changed.</source>
        <translation>상태가 &apos;%1&apos;인 작업은 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow changing a job&apos;s status.</source>
        <translation>현재 역할로는 작업 상태를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Only the front desk or a manager can cancel or reschedule a job.</source>
        <translation>작업 취소나 일정 변경은 프런트나 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Say why the job is cancelled.</source>
        <translation>작업을 취소하는 이유를 적으세요.</translation>
    </message>
    <message>
        <source>Say what happened (for example, nobody was home).</source>
        <translation>무슨 일이 있었는지 적으세요(예: 집에 아무도 없음).</translation>
    </message>
    <message>
        <source>Give the job a time before scheduling it.</source>
        <translation>일정을 잡기 전에 작업 시간을 정하세요.</translation>
    </message>
    <message>
        <source>Technicians can update only their own jobs.</source>
        <translation>기사는 자신의 작업만 업데이트할 수 있습니다.</translation>
    </message>
    <message>
        <source>Job completed: %1</source>
        <translation>작업 완료: %1</translation>
    </message>
    <message>
        <source>Job cancelled: %1 (%2)</source>
        <translation>작업 취소: %1(%2)</translation>
    </message>
    <message>
        <source>No-show: %1 (%2)</source>
        <translation>고객 부재: %1(%2)</translation>
    </message>
    <message>
        <source>A job becomes invoiced when an invoice for it is issued.</source>
        <translation>작업은 해당 청구서가 발행될 때 &apos;청구됨&apos; 상태가 됩니다.</translation>
    </message>
</context>
<context>
    <name>spoke::KeyStore</name>
    <message>
        <source>The system keychain did not answer (%1). Unlock it, or use a passphrase instead.</source>
        <translation>시스템 키체인이 응답하지 않았습니다(%1). 잠금을 해제하거나 암호 문구를 사용하세요.</translation>
    </message>
    <message>
        <source>The keychain has no entry for %1.</source>
        <translation>키체인에 %1 항목이 없습니다.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>시스템 키체인</translation>
    </message>
</context>
<context>
    <name>spoke::LocationDatabase</name>
    <message>
        <source>%1 already holds a Spoke location; it was left untouched.</source>
        <translation>%1에 이미 Spoke 지점이 있어 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>암호 문구는 8자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>its first page does not match its descriptor</source>
        <translation>첫 페이지가 설명 파일과 맞지 않습니다</translation>
    </message>
    <message>
        <source>The key of this location is not in %1. Restore the keychain, or restore the location from a backup.</source>
        <translation>이 지점의 키가 %1에 없습니다. 키체인을 복구하거나 백업에서 지점을 복원하세요.</translation>
    </message>
    <message>
        <source>This location is protected by a passphrase. Enter it.</source>
        <translation>이 지점은 암호 문구로 보호되어 있습니다. 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>암호 문구가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The key in %1 does not open this location (wrong key).</source>
        <translation>%1에 있는 키로는 이 지점을 열 수 없습니다(잘못된 키).</translation>
    </message>
    <message>
        <source>%1 is not a Spoke database.</source>
        <translation>%1은(는) Spoke 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>This database has schema version %1, but this version of Spoke knows only up to %2. Update Spoke to open it; the file was not changed.</source>
        <translation>이 데이터베이스의 스키마 버전은 %1인데 이 Spoke 버전은 %2까지만 압니다. 열려면 Spoke를 업데이트하세요. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The database could not be written (disk full?).</source>
        <translation>데이터베이스에 쓸 수 없었습니다(디스크가 가득 찼나요?).</translation>
    </message>
    <message>
        <source>Only an owner can change the database key.</source>
        <translation>소유자만 데이터베이스 키를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>The database driver cannot change keys.</source>
        <translation>데이터베이스 드라이버가 키를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation>데이터 폴더 %1을(를) 만들 수 없습니다. 쓰기 가능한 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Spoke needs to write there to keep your data safe.</source>
        <translation>데이터 폴더 %1에 쓸 수 없습니다(%2). 데이터를 안전하게 지키려면 Spoke가 이곳에 쓸 수 있어야 합니다.</translation>
    </message>
    <message>
        <source>There is no Spoke database in %1.</source>
        <translation>%1에 Spoke 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Spoke database.</source>
        <translation>%1은(는) 암호화되지 않은 SQLite 파일이며 Spoke 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it is truncated). Restore it from a backup.</source>
        <translation>데이터베이스 파일 %1이(가) 손상되었습니다(잘려 있음). 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Restore it from a backup.</source>
        <translation>데이터베이스 파일 %1이(가) 손상되었습니다(%2). 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>데이터베이스 오류: %1</translation>
    </message>
</context>
<context>
    <name>spoke::LocationService</name>
    <message>
        <source>Enter the business name.</source>
        <translation>상호를 입력하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>&quot;%1&quot;은(는) 알 수 없는 시간대입니다.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD, EUR or KRW.</source>
        <translation>통화는 USD, EUR, KRW 같은 세 글자 ISO 코드입니다.</translation>
    </message>
    <message>
        <source>The invoice prefix has at most 12 characters.</source>
        <translation>청구서 접두어는 최대 12자입니다.</translation>
    </message>
    <message>
        <source>This location already has a profile.</source>
        <translation>이 지점에는 이미 프로필이 있습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow changing settings.</source>
        <translation>현재 역할로는 설정을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The location profile was not found.</source>
        <translation>지점 프로필을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>This location has no profile yet.</source>
        <translation>이 지점에는 아직 프로필이 없습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>전화번호를 입력하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot;은(는) 전화번호가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown country code.</source>
        <translation>&quot;%1&quot;의 국가 코드를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number.</source>
        <translation>&quot;%1&quot;은(는) 전화번호로는 너무 짧습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number.</source>
        <translation>&quot;%1&quot;은(는) 전화번호로는 너무 깁니다.</translation>
    </message>
</context>
<context>
    <name>spoke::Preference</name>
    <message>
        <source>DO</source>
        <translation>할 것</translation>
    </message>
    <message>
        <source>DON&apos;T</source>
        <translation>하지 말 것</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>참고</translation>
    </message>
</context>
<context>
    <name>spoke::PrintedDocument</name>
    <message>
        <source>The page is too small to print on.</source>
        <translation>페이지가 너무 작아 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>인쇄할 프린터나 파일을 열 수 없었습니다.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>프린터가 새 페이지를 거부했습니다.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2쪽</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>문서를 완성할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없었습니다: %2</translation>
    </message>
</context>
<context>
    <name>spoke::ProfileDescriptor</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없었습니다: %2</translation>
    </message>
    <message>
        <source>The profile descriptor %1 is missing, so this is not a Spoke location folder.</source>
        <translation>프로필 설명 파일 %1이(가) 없으므로 Spoke 지점 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>The profile descriptor %1 is damaged or belongs to another program.</source>
        <translation>프로필 설명 파일 %1이(가) 손상되었거나 다른 프로그램의 파일입니다.</translation>
    </message>
    <message>
        <source>This location was made by a newer version of Spoke. Update Spoke to open it.</source>
        <translation>더 새로운 버전의 Spoke로 만든 지점입니다. 열려면 Spoke를 업데이트하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::Recurrence</name>
    <message numerus="yes">
        <source>Every %n week(s) is not a schedule.</source>
        <translation>
            <numerusform>%n주 간격으로는 일정을 만들 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) is not a schedule.</source>
        <translation>
            <numerusform>%n개월 간격으로는 일정을 만들 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A weekly schedule can repeat at most every %n week(s).</source>
        <translation>
            <numerusform>주 단위 반복은 최대 %n주 간격까지 가능합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A monthly schedule can repeat at most every %n month(s).</source>
        <translation>
            <numerusform>월 단위 반복은 최대 %n개월 간격까지 가능합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of visits cannot be negative.</source>
        <translation>방문 횟수는 음수일 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>A series can have at most %n visit(s).</source>
        <translation>
            <numerusform>반복 일정의 방문은 최대 %n회입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose either an end date or a number of visits, not both.</source>
        <translation>종료일과 방문 횟수 중 하나만 선택하세요.</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>반복 일정의 종료가 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Choose the weekdays from Monday to Sunday.</source>
        <translation>월요일부터 일요일 중에서 요일을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose a day of the month from 1 to 31.</source>
        <translation>1일부터 31일 중에서 날짜를 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the first, second, third, fourth or last weekday of the month.</source>
        <translation>그 달의 첫 번째, 두 번째, 세 번째, 네 번째 또는 마지막 요일을 선택하세요.</translation>
    </message>
    <message>
        <source>The repeat rule is empty.</source>
        <translation>반복 규칙이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The repeat rule cannot be read near &quot;%1&quot;.</source>
        <translation>반복 규칙의 &quot;%1&quot; 부분을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Spoke cannot use %1 in a repeat rule; only weekly and monthly repeats on set days are supported.</source>
        <translation>Spoke는 반복 규칙에 %1을(를) 사용할 수 없습니다. 정해진 날에 반복하는 주 단위와 월 단위 반복만 지원합니다.</translation>
    </message>
    <message>
        <source>The repeat rule says %1 twice.</source>
        <translation>반복 규칙에 %1이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <source>The repeat rule has no value for %1.</source>
        <translation>반복 규칙에 %1 값이 없습니다.</translation>
    </message>
    <message>
        <source>The repeat rule does not say how often it repeats (FREQ).</source>
        <translation>반복 규칙에 반복 빈도(FREQ)가 없습니다.</translation>
    </message>
    <message>
        <source>Only weekly and monthly repeats are supported, not %1.</source>
        <translation>주 단위와 월 단위 반복만 지원하며 %1은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>The repeat interval must be a whole number of at least 1.</source>
        <translation>반복 간격은 1 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The number of visits must be a whole number of at least 1.</source>
        <translation>방문 횟수는 1 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The end date of the repeat rule cannot be read.</source>
        <translation>반복 규칙의 종료일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>A repeat rule cannot have both an end date and a number of visits.</source>
        <translation>반복 규칙에 종료일과 방문 횟수를 함께 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The repeat rule names an unknown first day of the week.</source>
        <translation>반복 규칙에 알 수 없는 주 시작 요일이 있습니다.</translation>
    </message>
    <message>
        <source>Spoke cannot repeat on this pattern: %1.</source>
        <translation>Spoke는 이 반복 패턴을 사용할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>Spoke&apos;s weeks start on Monday; this rule needs weeks that start on another day.</source>
        <translation>Spoke의 한 주는 월요일에 시작하지만, 이 규칙에는 다른 요일에 시작하는 주가 필요합니다.</translation>
    </message>
    <message>
        <source>The day of the month in the repeat rule cannot be read.</source>
        <translation>반복 규칙의 날짜를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This rule skips the months that have no day %1; Spoke moves such visits to the last day of the month instead.</source>
        <translation>이 규칙은 %1일이 없는 달을 건너뜁니다. Spoke는 이런 방문을 대신 그 달의 마지막 날로 옮깁니다.</translation>
    </message>
    <message>
        <source>The monthly repeat rule does not say on which day (BYMONTHDAY or BYDAY).</source>
        <translation>월 단위 반복 규칙에 반복할 날(BYMONTHDAY 또는 BYDAY)이 없습니다.</translation>
    </message>
    <message>
        <source>Spoke repeats on the first, second, third, fourth or last weekday of the month only.</source>
        <translation>Spoke는 그 달의 첫 번째, 두 번째, 세 번째, 네 번째 또는 마지막 요일로만 반복합니다.</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>매주 %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>%n주마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s) on %1</source>
        <translation>
            <numerusform>%n주마다 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1 (the last day in shorter months)</source>
        <translation>%1일(짧은 달은 말일)</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>the first %1</source>
        <translation>첫 번째 %1</translation>
    </message>
    <message>
        <source>the second %1</source>
        <translation>두 번째 %1</translation>
    </message>
    <message>
        <source>the third %1</source>
        <translation>세 번째 %1</translation>
    </message>
    <message>
        <source>the fourth %1</source>
        <translation>네 번째 %1</translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation>마지막 %1</translation>
    </message>
    <message>
        <source>Monthly on %1</source>
        <translation>매월 %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on %1</source>
        <translation>
            <numerusform>%n개월마다 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, %2까지</translation>
    </message>
</context>
<context>
    <name>spoke::Role</name>
    <message>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>프런트</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>역할 없음</translation>
    </message>
</context>
<context>
    <name>spoke::SalesJournal</name>
    <message>
        <source>The sales journal cannot be read.</source>
        <translation>매출 기록부를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Sales journal entries %1 to %2 are missing.</source>
        <translation>매출 기록부 항목 %1~%2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Sales journal entry %1 is out of order.</source>
        <translation>매출 기록부 항목 %1의 순서가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Sales journal entry %1 does not follow the entry before it.</source>
        <translation>매출 기록부 항목 %1이(가) 앞 항목과 이어지지 않습니다.</translation>
    </message>
    <message>
        <source>Sales journal entry %1 was changed after it was written.</source>
        <translation>매출 기록부 항목 %1이(가) 기록된 후 변경되었습니다.</translation>
    </message>
    <message>
        <source>The newest sales journal entries (after %1) were removed.</source>
        <translation>매출 기록부의 최신 항목(%1 이후)이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>The sales journal&apos;s head does not match its last entry (%1).</source>
        <translation>매출 기록부의 헤드가 마지막 항목(%1)과 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::Schedule</name>
    <message>
        <source>Requested</source>
        <translation>요청됨</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>이동 중</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>청구됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>고객 부재</translation>
    </message>
    <message>
        <source>The job is already %1.</source>
        <translation>작업이 이미 &apos;%1&apos; 상태입니다.</translation>
    </message>
    <message>
        <source>An invoiced job is closed; correct it with a credit note instead.</source>
        <translation>청구된 작업은 마감되었습니다. 대신 크레딧 노트로 정정하세요.</translation>
    </message>
    <message>
        <source>A cancelled job is closed; book a new job instead.</source>
        <translation>취소된 작업은 마감되었습니다. 대신 새 작업을 예약하세요.</translation>
    </message>
    <message>
        <source>A no-show is closed; book a new job instead.</source>
        <translation>고객 부재로 처리된 작업은 마감되었습니다. 대신 새 작업을 예약하세요.</translation>
    </message>
    <message>
        <source>A completed job can only be invoiced.</source>
        <translation>완료된 작업은 청구만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Work has started: the job can only be completed.</source>
        <translation>작업이 시작되었습니다. 완료 처리만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a completed job can be invoiced.</source>
        <translation>완료된 작업만 청구할 수 있습니다.</translation>
    </message>
    <message>
        <source>A job must be in progress before it is completed.</source>
        <translation>작업을 완료하려면 먼저 진행 중이어야 합니다.</translation>
    </message>
    <message>
        <source>The crew must be en route before work starts.</source>
        <translation>작업을 시작하려면 먼저 작업팀이 이동 중이어야 합니다.</translation>
    </message>
    <message>
        <source>A job must be scheduled before the crew sets off.</source>
        <translation>작업팀이 출발하려면 먼저 작업이 예약되어 있어야 합니다.</translation>
    </message>
    <message>
        <source>A no-show is recorded only for a scheduled job.</source>
        <translation>고객 부재는 예약된 작업에만 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>A job can&apos;t go from %1 to %2.</source>
        <translation>작업 상태를 &apos;%1&apos;에서 &apos;%2&apos;(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The customer is marked “do not service”.</source>
        <translation>이 고객은 “서비스 금지”로 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>A technician</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>%1 is already on another job from %2 to %3.</source>
        <translation>%1은(는) %2부터 %3까지 이미 다른 작업이 있습니다.</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t work at that time (outside working hours).</source>
        <translation>%1은(는) 그 시간에 근무하지 않습니다(근무 시간 외).</translation>
    </message>
    <message>
        <source>%1 is off at that time.</source>
        <translation>%1은(는) 그 시간에 휴무입니다.</translation>
    </message>
    <message>
        <source>%1 is off at that time (%2).</source>
        <translation>%1은(는) 그 시간에 휴무입니다(%2).</translation>
    </message>
    <message>
        <source>Nobody on this job is trained for “%1”.</source>
        <translation>이 작업에 “%1” 기술을 갖춘 사람이 없습니다.</translation>
    </message>
    <message>
        <source>The customer asked for %1.</source>
        <translation>고객이 %1을(를) 요청했습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::StaffService</name>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN은 4~8자리 숫자입니다.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>비밀번호는 8자 이상입니다.</translation>
    </message>
    <message>
        <source>Only an owner can manage owner accounts.</source>
        <translation>소유자 계정은 소유자만 관리할 수 있습니다.</translation>
    </message>
    <message>
        <source>This location already has an owner.</source>
        <translation>이 지점에는 이미 소유자가 있습니다.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>역할을 선택하세요.</translation>
    </message>
    <message>
        <source>The PIN or password could not be protected (out of memory).</source>
        <translation>PIN 또는 비밀번호를 보호할 수 없었습니다(메모리 부족).</translation>
    </message>
    <message>
        <source>There is already a staff member called %1.</source>
        <translation>%1(이)라는 직원이 이미 있습니다.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>자신의 계정은 비활성화할 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown staff member.</source>
        <translation>알 수 없는 직원입니다.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong attempts. Ask a manager to unlock it.</source>
        <translation>잘못된 시도가 너무 많아 계정이 잠겼습니다. 관리자에게 잠금 해제를 요청하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>잘못된 시도가 너무 많습니다. %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is not active.</source>
        <translation>이 계정은 비활성 상태입니다.</translation>
    </message>
    <message>
        <source>Wrong PIN or password. The account is now locked; ask a manager to unlock it.</source>
        <translation>PIN 또는 비밀번호가 틀렸습니다. 계정이 잠겼으니 관리자에게 잠금 해제를 요청하세요.</translation>
    </message>
    <message>
        <source>Wrong PIN or password.</source>
        <translation>PIN 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>해당 직원이 없습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow managing staff accounts.</source>
        <translation>현재 역할로는 직원 계정을 관리할 수 없습니다.</translation>
    </message>
    <message>
        <source>A location always keeps at least one active owner.</source>
        <translation>지점에는 항상 활성 소유자가 한 명 이상 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>spoke::VCard</name>
    <message>
        <source>Line %1: text outside BEGIN:VCARD ... END:VCARD.</source>
        <translation>%1행: BEGIN:VCARD ... END:VCARD 밖에 텍스트가 있습니다.</translation>
    </message>
    <message>
        <source>vCard version %1 is not supported (3.0 and 4.0 are).</source>
        <translation>vCard 버전 %1은(는) 지원하지 않습니다(3.0과 4.0 지원).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>The card has no name.</source>
        <translation>카드에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; is not a date.</source>
        <translation>생일 &quot;%1&quot;은(는) 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>The card is not closed with END:VCARD.</source>
        <translation>카드가 END:VCARD로 닫히지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::WorkOrders</name>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>LOCAL ONLY — do not share; shred after the job</source>
        <translation>로컬 전용 — 공유 금지, 작업 후 파쇄</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>작업팀</translation>
    </message>
    <message>
        <source>Technicians can print only their own jobs.</source>
        <translation>기사는 자신의 작업만 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Printed %1 %2 by %3</source>
        <translation>인쇄: %1 %2, %3</translation>
    </message>
    <message>
        <source>Work order — %1</source>
        <translation>작업 지시서 — %1</translation>
    </message>
    <message>
        <source>WORK ORDER</source>
        <translation>작업 지시서</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Time to be arranged</source>
        <translation>시간 미정</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>DO NOT SERVICE this customer</source>
        <translation>이 고객에게 서비스 금지</translation>
    </message>
    <message>
        <source>DO NOT SERVICE this customer: %1</source>
        <translation>이 고객에게 서비스 금지: %1</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>방문 일정</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예약 시간</translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation>도착 시간대</translation>
    </message>
    <message>
        <source>Customer prefers</source>
        <translation>고객 희망</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>서비스 주소</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>출입</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>출입 메모</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>출입 안내</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>주차</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>반려동물</translation>
    </message>
    <message>
        <source>GATE CODE</source>
        <translation>대문 비밀번호</translation>
    </message>
    <message>
        <source>ALARM CODE</source>
        <translation>경보기 비밀번호</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>Customer preferences</source>
        <translation>고객 선호 사항</translation>
    </message>
    <message>
        <source>No preferences recorded.</source>
        <translation>기록된 선호 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Crew notes</source>
        <translation>작업팀 메모</translation>
    </message>
    <message>
        <source>Services and checklist</source>
        <translation>서비스 및 체크리스트</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>예상 시간</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>확인 서명</translation>
    </message>
    <message>
        <source>Preferences respected</source>
        <translation>선호 사항 준수</translation>
    </message>
    <message>
        <source>Photos taken</source>
        <translation>사진 촬영</translation>
    </message>
    <message>
        <source>Customer signed</source>
        <translation>고객 서명 받음</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>고객 서명</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>완료 시각</translation>
    </message>
    <message>
        <source>Choose the day to print.</source>
        <translation>인쇄할 날짜를 선택하세요.</translation>
    </message>
    <message>
        <source>Route sheets are printed for a crew or a technician.</source>
        <translation>동선표는 작업팀이나 기사별로 인쇄합니다.</translation>
    </message>
    <message>
        <source>The crew does not exist or was removed.</source>
        <translation>작업팀이 없거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Technicians can print only their own route sheet.</source>
        <translation>기사는 자신의 동선표만 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>Route sheet — %1 — %2</source>
        <translation>동선표 — %1 — %2</translation>
    </message>
    <message>
        <source>ROUTE SHEET</source>
        <translation>동선표</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>하루 요약</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>총 시간</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>첫 작업 시작</translation>
    </message>
    <message>
        <source>Last finish</source>
        <translation>마지막 작업 종료</translation>
    </message>
    <message>
        <source>No jobs on this day.</source>
        <translation>이날은 작업이 없습니다.</translation>
    </message>
    <message>
        <source>arrive %1</source>
        <translation>도착 %1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>GATE</source>
        <translation>대문</translation>
    </message>
    <message>
        <source>ALARM</source>
        <translation>경보기</translation>
    </message>
    <message>
        <source>LOCAL ONLY — do not share</source>
        <translation>로컬 전용 — 공유 금지</translation>
    </message>
    <message>
        <source>The codes on this sheet are local only: keep it with you and shred it at the end of the day.</source>
        <translation>이 용지의 비밀번호는 로컬 전용입니다. 항상 지니고 있다가 하루가 끝나면 파쇄하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::WriteTx</name>
    <message>
        <source>The database could not be written (disk full?).</source>
        <translation>데이터베이스에 쓸 수 없었습니다(디스크가 가득 찼나요?).</translation>
    </message>
</context>
<context>
    <name>spoke::app::Cli</name>
    <message>
        <source>There is no location in %1. Start Spoke once to create it.</source>
        <translation>%1에 지점이 없습니다. Spoke를 한 번 실행해 만드세요.</translation>
    </message>
    <message>
        <source>Location passphrase</source>
        <translation>지점 암호 문구</translation>
    </message>
    <message>
        <source>PIN or password of %1</source>
        <translation>%1의 PIN 또는 비밀번호</translation>
    </message>
    <message>
        <source>No active staff member is called %1.</source>
        <translation>%1(이)라는 활성 직원이 없습니다.</translation>
    </message>
    <message>
        <source>New database passphrase</source>
        <translation>새 데이터베이스 암호 문구</translation>
    </message>
    <message>
        <source>The system keychain cannot keep the key: %1 Use --to-passphrase to protect the database with a passphrase instead.</source>
        <translation>시스템 키체인에 키를 보관할 수 없습니다: %1 대신 --to-passphrase로 데이터베이스를 암호 문구로 보호하세요.</translation>
    </message>
    <message>
        <source>Only an owner can make backups.</source>
        <translation>소유자만 백업을 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>백업 암호 문구</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>백업을 %1에 썼습니다</translation>
    </message>
    <message>
        <source>%1 already holds a location: restoring over it needs --user NAME (an owner).</source>
        <translation>%1에 이미 지점이 있습니다. 덮어써 복원하려면 --user NAME(소유자)이 필요합니다.</translation>
    </message>
    <message>
        <source>Only an owner can restore backups.</source>
        <translation>소유자만 백업을 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 holds a location that cannot be opened (%2). Add --force to replace it with the backup.</source>
        <translation>%1에 열 수 없는 지점이 있습니다(%2). 백업으로 교체하려면 --force를 추가하세요.</translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation>%1을(를) %2에 복원했습니다</translation>
    </message>
    <message>
        <source>Only an owner can change the database key.</source>
        <translation>소유자만 데이터베이스 키를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>The database key is now kept in %1.</source>
        <translation>이제 데이터베이스 키는 %1에 보관됩니다.</translation>
    </message>
    <message>
        <source>The database is now protected by the new passphrase.</source>
        <translation>이제 데이터베이스는 새 암호 문구로 보호됩니다.</translation>
    </message>
    <message>
        <source>The demo location could not be created: %1</source>
        <translation>데모 지점을 만들 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>No system keychain answered; the demo location uses the passphrase &quot;%1&quot;.</source>
        <translation>응답하는 시스템 키체인이 없어 데모 지점은 암호 문구 &quot;%1&quot;을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can enroll this location.</source>
        <translation>관리자나 소유자만 이 지점을 등록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>프런트</translation>
    </message>
    <message>
        <source>Cannot read the hub&apos;s CA certificate %1.</source>
        <translation>허브의 CA 인증서 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The first sync did not finish (%1); Spoke retries on its own.</source>
        <translation>첫 동기화가 끝나지 않았습니다(%1). Spoke가 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>First sync: changes sent %1, received %2.</source>
        <translation>첫 동기화: 보낸 변경 %1, 받은 변경 %2.</translation>
    </message>
</context>
<context>
    <name>spoke::app::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>이 도움말을 보여 주고 종료합니다.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>버전을 보여 주고 종료합니다.</translation>
    </message>
    <message>
        <source>Keep locations under DIR (default: the system&apos;s application data folder).</source>
        <translation>지점을 DIR 아래에 보관합니다(기본값: 시스템의 애플리케이션 데이터 폴더).</translation>
    </message>
    <message>
        <source>Use the location profile NAME (default: main).</source>
        <translation>지점 프로필 NAME을 사용합니다(기본값: main).</translation>
    </message>
    <message>
        <source>Use the demo location, creating it if absent.</source>
        <translation>데모 지점을 사용하고, 없으면 만듭니다.</translation>
    </message>
    <message>
        <source>Act as the staff member NAME (commands that need an owner).</source>
        <translation>직원 NAME으로 실행합니다(소유자가 필요한 명령).</translation>
    </message>
    <message>
        <source>Write the backup to FILE.</source>
        <translation>백업을 FILE에 씁니다.</translation>
    </message>
    <message>
        <source>Read the backup passphrase from FILE instead of standard input.</source>
        <translation>백업 암호 문구를 표준 입력 대신 FILE에서 읽습니다.</translation>
    </message>
    <message>
        <source>Read the new database passphrase from FILE (rekey and restore with --to-passphrase).</source>
        <translation>새 데이터베이스 암호 문구를 FILE에서 읽습니다(--to-passphrase를 쓴 rekey와 restore).</translation>
    </message>
    <message>
        <source>Read the passphrase of a passphrase-protected location from FILE.</source>
        <translation>암호 문구로 보호된 지점의 암호 문구를 FILE에서 읽습니다.</translation>
    </message>
    <message>
        <source>Protect the database with a passphrase instead of a key in the system keychain.</source>
        <translation>시스템 키체인의 키 대신 암호 문구로 데이터베이스를 보호합니다.</translation>
    </message>
    <message>
        <source>Let restore replace a location that cannot be opened.</source>
        <translation>열 수 없는 지점을 restore가 교체하도록 허용합니다.</translation>
    </message>
    <message>
        <source>Render every main screen of a throwaway demo to DIR/&lt;screen&gt;.png and exit.</source>
        <translation>임시 데모의 모든 주요 화면을 DIR/&lt;screen&gt;.png로 그리고 종료합니다.</translation>
    </message>
    <message>
        <source>Show Spoke in LANG (en, ko, fr, ar) this time.</source>
        <translation>이번에는 Spoke를 LANG(en, ko, fr, ar)으로 표시합니다.</translation>
    </message>
    <message>
        <source>backup, restore or rekey (optional).</source>
        <translation>backup, restore 또는 rekey(선택).</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>복원할 백업 파일.</translation>
    </message>
    <message>
        <source>A profile name is a plain name such as main or demo.</source>
        <translation>프로필 이름은 main이나 demo 같은 단순한 이름입니다.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup에는 --out FILE이 필요합니다.</translation>
    </message>
    <message>
        <source>restore needs the backup FILE.</source>
        <translation>restore에는 백업 FILE이 필요합니다.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>인수가 너무 많습니다.</translation>
    </message>
    <message>
        <source>This command needs --user NAME (an owner).</source>
        <translation>이 명령에는 --user NAME(소유자)이 필요합니다.</translation>
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
        <translation>Spoke, 홈 서비스 프랜차이즈 지점을 위한 CRM.

명령(명령이 없으면 Spoke 창이 열립니다):
  backup --out FILE     암호화된 백업 쓰기(소유자)
  restore FILE          검증된 백업으로 지점 교체
  rekey                 새 키로 데이터베이스 다시 암호화(소유자)
  enroll --hub URL --code CODE
                        본사 허브에 이 지점을 등록하고 한 번 동기화
                        (관리자 또는 소유자, --hub-ca FILE로 허브의 CA 신뢰)

비밀 값은 파일 옵션으로 주지 않으면 표준 입력에서 한 줄에 하나씩 이 순서로 읽습니다:
지점 암호 문구(암호 문구 지점만), --user의 PIN 또는 비밀번호,
백업 암호 문구, 새 암호 문구.</translation>
    </message>
    <message>
        <source>enroll: the hub&apos;s address, https://host[:port].</source>
        <translation>enroll: 허브 주소, https://host[:port].</translation>
    </message>
    <message>
        <source>enroll: the one-time enrollment code.</source>
        <translation>enroll: 일회용 등록 코드.</translation>
    </message>
    <message>
        <source>enroll: trust the hub&apos;s CA certificate in FILE (PEM) instead of the system&apos;s CAs.</source>
        <translation>enroll: 시스템 CA 대신 FILE(PEM)에 있는 허브의 CA 인증서를 신뢰합니다.</translation>
    </message>
    <message>
        <source>enroll: also require the hub&apos;s public key to have this SHA-256 (base64).</source>
        <translation>enroll: 허브 공개 키의 SHA-256(base64)이 이 값과 일치해야 합니다.</translation>
    </message>
    <message>
        <source>enroll: how head office lists this PC (default: the host name).</source>
        <translation>enroll: 본사 목록에 표시될 이 PC의 이름(기본값: 호스트 이름).</translation>
    </message>
    <message>
        <source>enroll needs --hub URL and --code CODE.</source>
        <translation>enroll에는 --hub URL과 --code CODE가 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use backup, restore, rekey or enroll.</source>
        <translation>알 수 없는 명령 &quot;%1&quot;. backup, restore, rekey, enroll 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>enroll needs --user NAME (a manager or the owner).</source>
        <translation>enroll에는 --user NAME(관리자 또는 소유자)이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>spoke::app::SecretReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Standard input ended before: %1</source>
        <translation>다음 값 전에 표준 입력이 끝났습니다: %1</translation>
    </message>
</context>
<context>
    <name>spoke::sql::SqlCipherDriver</name>
    <message>
        <source>Error opening database</source>
        <translation>데이터베이스를 여는 중 오류</translation>
    </message>
    <message>
        <source>A raw key must be written x&apos;&lt;64 or 96 hexadecimal digits&gt;&apos;</source>
        <translation>원시 키는 x&apos;&lt;16진수 64자리 또는 96자리&gt;&apos; 형식으로 써야 합니다</translation>
    </message>
    <message>
        <source>Unable to set the key</source>
        <translation>키를 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>Unable to set the cipher compatibility</source>
        <translation>암호 호환성을 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>Unable to set the key derivation iterations</source>
        <translation>키 유도 반복 횟수를 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>Wrong key, or the file is not a database</source>
        <translation>잘못된 키이거나 데이터베이스 파일이 아닙니다</translation>
    </message>
    <message>
        <source>Error closing database</source>
        <translation>데이터베이스를 닫는 중 오류</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>트랜잭션을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>트랜잭션을 커밋할 수 없습니다</translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation>트랜잭션을 롤백할 수 없습니다</translation>
    </message>
    <message>
        <source>Unable to change the key</source>
        <translation>키를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>The database is not open with a key</source>
        <translation>데이터베이스가 키로 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>An empty key would decrypt the database</source>
        <translation>빈 키를 쓰면 데이터베이스의 암호화가 풀립니다</translation>
    </message>
    <message>
        <source>Unable to read the database after the key change</source>
        <translation>키를 바꾼 후 데이터베이스를 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>spoke::sync::Apply</name>
    <message>
        <source>Head office</source>
        <translation>본사</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>A line&apos;s quantity is not a whole number of at least 1.</source>
        <translation>줄의 수량이 1 이상의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>A line&apos;s price is not a whole number of minor units of at least 0.</source>
        <translation>줄의 가격이 0 이상의 최소 통화 단위 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>Removed by head office</source>
        <translation>본사에서 삭제함</translation>
    </message>
    <message>
        <source>The job names no customer.</source>
        <translation>작업에 고객이 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Waiting for its customer (%1) to arrive from head office.</source>
        <translation>본사에서 해당 고객(%1) 정보가 도착하기를 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job status.</source>
        <translation>&quot;%1&quot;은(는) 작업 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>The job has a start without an end, or an end without a start.</source>
        <translation>작업에 종료 없는 시작 또는 시작 없는 종료가 있습니다.</translation>
    </message>
    <message>
        <source>The job ends before it starts.</source>
        <translation>작업 종료 시간이 시작 시간보다 앞섭니다.</translation>
    </message>
    <message>
        <source>A scheduled job needs a time.</source>
        <translation>예약된 작업에는 시간이 필요합니다.</translation>
    </message>
    <message>
        <source>Restored from head office</source>
        <translation>본사에서 복원함</translation>
    </message>
    <message>
        <source>Changed by head office</source>
        <translation>본사에서 변경함</translation>
    </message>
    <message>
        <source>Booked by head office</source>
        <translation>본사 예약</translation>
    </message>
    <message>
        <source>The service&apos;s duration is not a number of minutes.</source>
        <translation>서비스 소요 시간이 분 단위 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>The service&apos;s price is not a whole number of minor units.</source>
        <translation>서비스 가격이 최소 통화 단위의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>Another service is already called “%1”.</source>
        <translation>“%1”(이)라는 다른 서비스가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Payment terms from head office are not a number of days from 0 to 365.</source>
        <translation>본사에서 받은 결제 조건이 0~365일 사이의 일수가 아닙니다.</translation>
    </message>
    <message>
        <source>The invoice footer from head office is longer than 2,000 characters.</source>
        <translation>본사에서 받은 청구서 바닥글이 2,000자를 넘습니다.</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>삭제된 고객</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>이름 없는 고객</translation>
    </message>
    <message>
        <source>Waiting for its customer to arrive.</source>
        <translation>해당 고객 정보가 도착하기를 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Unknown consent channel.</source>
        <translation>알 수 없는 동의 채널입니다.</translation>
    </message>
    <message>
        <source>The crew has no name.</source>
        <translation>작업팀에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>A crew called “%1” exists here already.</source>
        <translation>이 지점에 “%1”(이)라는 작업팀이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Removed customer</source>
        <translation>삭제된 고객</translation>
    </message>
</context>
<context>
    <name>spoke::sync::HubTrust</name>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>CA 파일에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>A pinned key is the base64 of a SHA-256 hash (44 characters ending in &quot;=&quot;).</source>
        <translation>고정 키는 SHA-256 해시의 base64 값입니다(&quot;=&quot;로 끝나는 44자).</translation>
    </message>
</context>
<context>
    <name>spoke::sync::Sync</name>
    <message>
        <source>Not enrolled with a hub</source>
        <translation>허브에 등록되지 않음</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>동기화됨</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>동기화 문제</translation>
    </message>
    <message>
        <source>Enroll again</source>
        <translation>다시 등록 필요</translation>
    </message>
    <message>
        <source>The hub could not be reached. Spoke keeps working and retries on its own.</source>
        <translation>허브에 연결할 수 없습니다. Spoke는 계속 작동하며 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The hub did not answer in time. Spoke retries on its own.</source>
        <translation>허브가 제때 응답하지 않았습니다. Spoke가 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted. Check the CA certificate in Settings → Sync.</source>
        <translation>허브의 인증서를 신뢰할 수 없습니다. 설정 → 동기화에서 CA 인증서를 확인하세요.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate has expired (or is not valid yet). Ask head office to renew it.</source>
        <translation>허브의 인증서가 만료되었거나 아직 유효하지 않습니다. 본사에 갱신을 요청하세요.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is for another server name. Check the hub address.</source>
        <translation>허브의 인증서가 다른 서버 이름용입니다. 허브 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>A secure connection to the hub could not be made.</source>
        <translation>허브와 보안 연결을 맺을 수 없었습니다.</translation>
    </message>
    <message>
        <source>The hub&apos;s public key does not match the pinned key. Spoke refused to talk to it.</source>
        <translation>허브의 공개 키가 고정 키와 일치하지 않습니다. Spoke가 통신을 거부했습니다.</translation>
    </message>
    <message>
        <source>The hub sent an answer Spoke does not understand.</source>
        <translation>허브가 Spoke가 이해할 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>Changes from the hub could not be saved on this PC; Spoke will try again.</source>
        <translation>허브에서 받은 변경 사항을 이 PC에 저장할 수 없었습니다. Spoke가 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The hub&apos;s access token could not be read from the system keychain. Unlock the keychain, or enroll again.</source>
        <translation>시스템 키체인에서 허브 액세스 토큰을 읽을 수 없었습니다. 키체인 잠금을 해제하거나 다시 등록하세요.</translation>
    </message>
    <message>
        <source>This PC&apos;s history diverged from head office&apos;s. Enroll this PC again.</source>
        <translation>이 PC의 기록이 본사의 기록과 어긋났습니다. 이 PC를 다시 등록하세요.</translation>
    </message>
    <message>
        <source>This PC was removed from head office. Enroll it again.</source>
        <translation>본사에서 이 PC를 제거했습니다. 다시 등록하세요.</translation>
    </message>
    <message>
        <source>Head office does not recognise this PC. Enroll it again.</source>
        <translation>본사에서 이 PC를 인식하지 못합니다. 다시 등록하세요.</translation>
    </message>
    <message>
        <source>Head office refused this change. Contact head office.</source>
        <translation>본사에서 이 변경 사항을 거부했습니다. 본사에 문의하세요.</translation>
    </message>
    <message>
        <source>This enrollment code is not valid. Check it, or ask head office for a new one.</source>
        <translation>등록 코드가 올바르지 않습니다. 코드를 확인하거나 본사에 새 코드를 요청하세요.</translation>
    </message>
    <message>
        <source>This enrollment code was already used. Ask head office for a new one.</source>
        <translation>이미 사용된 등록 코드입니다. 본사에 새 코드를 요청하세요.</translation>
    </message>
    <message>
        <source>This enrollment code has expired. Ask head office for a new one.</source>
        <translation>등록 코드가 만료되었습니다. 본사에 새 코드를 요청하세요.</translation>
    </message>
    <message>
        <source>The hub asked Spoke to slow down; it will try again shortly.</source>
        <translation>허브가 요청 속도를 줄여 달라고 했습니다. 잠시 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>This hub speaks another version of the sync protocol. Update Spoke or the hub.</source>
        <translation>이 허브는 다른 버전의 동기화 프로토콜을 사용합니다. Spoke나 허브를 업데이트하세요.</translation>
    </message>
    <message>
        <source>The hub had a problem; nothing was lost. Spoke retries on its own.</source>
        <translation>허브에 문제가 있었지만 손실된 데이터는 없습니다. Spoke가 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The hub is restarting. Spoke retries on its own.</source>
        <translation>허브가 다시 시작하는 중입니다. Spoke가 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The hub is missing earlier changes of this PC that are no longer here. Enroll this PC again.</source>
        <translation>허브에 이 PC의 이전 변경 사항이 없으며, 이 PC에도 더 이상 남아 있지 않습니다. 이 PC를 다시 등록하세요.</translation>
    </message>
    <message>
        <source>A change is too large for the hub. Contact head office.</source>
        <translation>허브가 처리하기에 너무 큰 변경 사항이 있습니다. 본사에 문의하세요.</translation>
    </message>
    <message>
        <source>Head office owns this record; the change made here was not taken.</source>
        <translation>이 기록은 본사가 관리합니다. 여기서 한 변경은 반영되지 않았습니다.</translation>
    </message>
    <message>
        <source>An issued document cannot change; the change made here was not taken.</source>
        <translation>발행된 문서는 변경할 수 없습니다. 여기서 한 변경은 반영되지 않았습니다.</translation>
    </message>
    <message>
        <source>The audit or sales history of this PC does not continue the one head office has.</source>
        <translation>이 PC의 감사 기록이나 매출 기록이 본사에 있는 기록과 이어지지 않습니다.</translation>
    </message>
    <message>
        <source>The address does not point to a Spoke Hub. Check the hub address.</source>
        <translation>이 주소는 Spoke Hub를 가리키지 않습니다. 허브 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>Sync failed (%1).</source>
        <translation>동기화에 실패했습니다(%1).</translation>
    </message>
    <message>
        <source>Sync failed (%1): %2</source>
        <translation>동기화에 실패했습니다(%1): %2</translation>
    </message>
</context>
<context>
    <name>spoke::sync::SyncEngine</name>
    <message>
        <source>Enter the hub&apos;s address, such as https://hub.example.com.</source>
        <translation>https://hub.example.com처럼 허브 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>The hub&apos;s address must start with https:// (sync never travels unencrypted).</source>
        <translation>허브 주소는 https://로 시작해야 합니다(동기화는 항상 암호화되어 전송됩니다).</translation>
    </message>
    <message>
        <source>The hub&apos;s address is only https://host and an optional :port.</source>
        <translation>허브 주소는 https://host와 선택적인 :port로만 이루어집니다.</translation>
    </message>
    <message>
        <source>The enrollment code is 16 letters and digits, such as 7K3M-Q9XD-2HBN-W4RT.</source>
        <translation>등록 코드는 7K3M-Q9XD-2HBN-W4RT처럼 영문자와 숫자 16자입니다.</translation>
    </message>
    <message>
        <source>Give this PC a name of 1 to 100 characters (head office lists it by that name).</source>
        <translation>이 PC의 이름을 1~100자로 정하세요(본사 목록에 이 이름으로 표시됩니다).</translation>
    </message>
    <message>
        <source>Only a manager or the owner can enroll this PC.</source>
        <translation>관리자나 소유자만 이 PC를 등록할 수 있습니다.</translation>
    </message>
    <message>
        <source>An enrollment is already under way.</source>
        <translation>이미 등록이 진행 중입니다.</translation>
    </message>
    <message>
        <source>This location is enrolled with %1. A location syncs with one hub: un-enroll it first.</source>
        <translation>이 지점은 %1에 등록되어 있습니다. 지점은 허브 하나와만 동기화하므로 먼저 등록을 해제하세요.</translation>
    </message>
    <message>
        <source>The hub accepted the code, but its access token could not be kept in the system keychain (%1). Unlock the keychain and enroll again with a new code.</source>
        <translation>허브가 코드를 받아들였지만 액세스 토큰을 시스템 키체인에 보관할 수 없었습니다(%1). 키체인 잠금을 해제하고 새 코드로 다시 등록하세요.</translation>
    </message>
    <message>
        <source>This PC is enrolled with head office as “%1” for %2.</source>
        <translation>이 PC는 %2용 “%1”(이)라는 이름으로 본사에 등록되었습니다.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can un-enroll this PC.</source>
        <translation>관리자나 소유자만 이 PC의 등록을 해제할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::sync::SyncStore</name>
    <message>
        <source>Only a manager or the owner can see sync details.</source>
        <translation>관리자나 소유자만 동기화 세부 정보를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can enroll this PC.</source>
        <translation>관리자나 소유자만 이 PC를 등록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can un-enroll this PC.</source>
        <translation>관리자나 소유자만 이 PC의 등록을 해제할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AboutDialog</name>
    <message>
        <source>About Spoke</source>
        <translation>Spoke 정보</translation>
    </message>
    <message>
        <source>Spoke %1</source>
        <translation>Spoke %1</translation>
    </message>
    <message>
        <source>The CRM a home-service franchise location runs on: customers, scheduling, invoices and payments, in an encrypted database that works with no network.</source>
        <translation>홈 서비스 프랜차이즈 지점을 움직이는 CRM: 고객, 일정, 청구서, 결제를 네트워크 없이도 동작하는 암호화된 데이터베이스에 담습니다.</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1(%2로 빌드)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AddressEditor</name>
    <message>
        <source>Label, e.g. Home or Rental on Elm St</source>
        <translation>라벨(예: 집, 느릅나무길 임대 주택)</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>도로명 및 번지</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>호수</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>시/도</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>e.g. knock on the side door</source>
        <translation>예: 옆문을 노크하세요</translation>
    </message>
    <message>
        <source>e.g. key under the blue pot</source>
        <translation>예: 파란 화분 밑에 열쇠</translation>
    </message>
    <message>
        <source>e.g. driveway, not the street</source>
        <translation>예: 길가 말고 진입로에 주차</translation>
    </message>
    <message>
        <source>e.g. friendly dog, keep the gate shut</source>
        <translation>예: 순한 개가 있음, 대문을 닫아 두세요</translation>
    </message>
    <message>
        <source>Crew or technician</source>
        <translation>작업팀 또는 기사</translation>
    </message>
    <message>
        <source>e.g. mornings 8–11</source>
        <translation>예: 오전 8–11시</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>서비스 주소</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>청구지 주소</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>이 주소 삭제</translation>
    </message>
    <message>
        <source>For the crew</source>
        <translation>작업팀 참고 사항</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>출입 메모</translation>
    </message>
    <message>
        <source>Entry instructions</source>
        <translation>출입 안내</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>주차</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>반려동물</translation>
    </message>
    <message>
        <source>Preferred crew</source>
        <translation>선호 작업팀</translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation>도착 희망 시간대</translation>
    </message>
    <message>
        <source>Local only: stays at this location, never synced to head office</source>
        <translation>로컬 전용: 이 지점에만 보관되며 본사와 동기화되지 않습니다</translation>
    </message>
    <message>
        <source>Gate code</source>
        <translation>대문 비밀번호</translation>
    </message>
    <message>
        <source>Alarm code</source>
        <translation>경보기 비밀번호</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>새 주소</translation>
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
        <translation>미수금 연령 분석</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%Ln invoice(s))</source>
        <translation>
            <numerusform>%1: %2(청구서 %Ln건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>청구서 %Ln건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoke::ui::AppController</name>
    <message>
        <source>The backup was not restored</source>
        <translation>백업을 복원하지 못했습니다</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>백업 복원됨</translation>
    </message>
    <message>
        <source>The location was restored from the backup. Sign in to go on.</source>
        <translation>백업에서 지점을 복원했습니다. 계속하려면 로그인하세요.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Replace the location that cannot be opened with this backup? The current file is kept beside it as spoke.db.replaced.</source>
        <translation>열 수 없는 지점을 이 백업으로 교체할까요? 현재 파일은 옆에 spoke.db.replaced로 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ApplyCreditDialog</name>
    <message>
        <source>Apply credit</source>
        <translation>크레딧 적용</translation>
    </message>
    <message>
        <source>Pay invoice %1 from credit</source>
        <translation>크레딧으로 청구서 %1 결제</translation>
    </message>
    <message>
        <source>%1 has %2 of credit; the invoice&apos;s balance is %3.</source>
        <translation>%1의 크레딧은 %2이고, 청구서 잔액은 %3입니다.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>금액(%1)(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AuditModel</name>
    <message>
        <source>Signed in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Wrong PIN or password</source>
        <translation>PIN 또는 비밀번호 오류</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>로그인 거부</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>계정 활성화</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>계정 비활성화</translation>
    </message>
    <message>
        <source>PIN or password reset</source>
        <translation>PIN 또는 비밀번호 재설정</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>계정 잠금 해제</translation>
    </message>
    <message>
        <source>Location created</source>
        <translation>지점 생성</translation>
    </message>
    <message>
        <source>Location profile changed</source>
        <translation>지점 프로필 변경</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <source>Database key changed</source>
        <translation>데이터베이스 키 변경</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>백업 생성</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>백업 복원됨</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AuditSection</name>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>Every sign-in, staff change, settings change, key change and backup, newest first. Each entry is chained to the one before it by a hash, so an edited or deleted entry is detected.</source>
        <translation>모든 로그인, 직원 변경, 설정 변경, 키 변경, 백업을 최신순으로 보여 줍니다. 각 항목은 해시로 앞 항목과 연결되어 있어 수정되거나 삭제된 항목을 찾아냅니다.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>체인 검증</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries checked, none changed, none missing.</source>
        <translation>체인이 온전합니다: 항목 %1개를 확인했으며 변경되거나 빠진 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1</source>
        <translation>감사 로그가 변조되었습니다: %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::Billing</name>
    <message>
        <source>Export PDFs</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln document(s)…</source>
        <translation>
            <numerusform>문서 %Ln개 준비 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>현재 문서를 마친 뒤 중지하는 중…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기가 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln PDF file(s)…</source>
        <translation>
            <numerusform>PDF 파일 %Ln개 쓰는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>면세</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 (compound)</source>
        <translation>%1(복합)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>무효</translation>
    </message>
    <message>
        <source>Credit available</source>
        <translation>크레딧 사용 가능</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용 완료</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>연체</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미결제</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>크레딧 노트 초안</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>청구서 초안</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>크레딧 노트 %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>청구서 %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(초안)</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1(크레딧 노트)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>발행일</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>결제 기한</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
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
        <translation>US Letter</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>80mm 영수증</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>인쇄 미리 보기 — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save as PDF instead?</source>
        <translation>이 컴퓨터에 설치된 프린터가 없습니다. 대신 PDF로 저장할까요?</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 인쇄</translation>
    </message>
    <message>
        <source>The document could not be printed: %1</source>
        <translation>문서를 인쇄할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BillingSettingsSection</name>
    <message>
        <source>Prices &amp;include tax</source>
        <translation>가격에 세금 포함(&amp;I)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 사항 저장</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>청구</translation>
    </message>
    <message>
        <source>How invoices, credit notes and receipts are computed, numbered and printed. Issued documents keep the settings they were issued with. Changes are recorded in the audit log.</source>
        <translation>청구서, 크레딧 노트, 영수증의 계산, 번호 매기기, 인쇄 방식을 정합니다. 발행된 문서는 발행 당시의 설정을 그대로 유지합니다. 변경 사항은 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>Half up: 0.125 becomes 0.13</source>
        <translation>반올림: 0.125는 0.13이 됨</translation>
    </message>
    <message>
        <source>Half even (banker&apos;s): 0.125 becomes 0.12</source>
        <translation>짝수 반올림(은행가 방식): 0.125는 0.12가 됨</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>반올림 방식(&amp;R)</translation>
    </message>
    <message>
        <source>Round each line&apos;s tax</source>
        <translation>줄마다 세금 반올림</translation>
    </message>
    <message>
        <source>Round the invoice&apos;s tax once</source>
        <translation>청구서 세금을 한 번에 반올림</translation>
    </message>
    <message>
        <source>Tax is &amp;rounded</source>
        <translation>세금 반올림 단위(&amp;X)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Add tax class…</source>
        <translation>세율 구분 추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Invoices and receipts</source>
        <translation>청구서와 영수증</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Due on receipt</source>
        <translation>받는 즉시 결제</translation>
    </message>
    <message>
        <source>Default &amp;terms</source>
        <translation>기본 결제 조건(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. DT-</source>
        <translation>예: DT-</translation>
    </message>
    <message>
        <source>&amp;Invoice number prefix</source>
        <translation>청구서 번호 접두어(&amp;V)</translation>
    </message>
    <message>
        <source>e.g. DT-CN-</source>
        <translation>예: DT-CN-</translation>
    </message>
    <message>
        <source>&amp;Credit note prefix</source>
        <translation>크레딧 노트 접두어(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. DT-R-</source>
        <translation>예: DT-R-</translation>
    </message>
    <message>
        <source>Rece&amp;ipt prefix</source>
        <translation>영수증 접두어(&amp;P)</translation>
    </message>
    <message>
        <source>Numbers continue from the last one when a prefix changes; they never restart or skip.</source>
        <translation>접두어를 바꿔도 번호는 마지막 번호에서 이어지며, 처음부터 다시 시작하거나 건너뛰지 않습니다.</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>인쇄 문서</translation>
    </message>
    <message>
        <source>Bank details, thanks, tax notes… printed at the foot of every document</source>
        <translation>계좌 정보, 감사 인사, 세금 안내 등… 모든 문서 하단에 인쇄됩니다</translation>
    </message>
    <message>
        <source>&amp;Footer</source>
        <translation>바닥글(&amp;F)</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>로고 선택…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>로고 삭제</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <source>There is already a tax class &quot;%1&quot;.</source>
        <translation>세율 구분 &quot;%1&quot;이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>Not saved yet: press Save changes.</source>
        <translation>아직 저장되지 않았습니다. &apos;변경 사항 저장&apos;을 누르세요.</translation>
    </message>
    <message>
        <source>The standard class is used when nothing else is chosen: it can be changed but not removed.</source>
        <translation>표준 세율 구분은 다른 것을 선택하지 않았을 때 쓰입니다. 변경은 할 수 있지만 삭제할 수는 없습니다.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>로고 선택</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>그림 (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not a picture Spoke can read (%2).</source>
        <translation>%1은(는) Spoke가 읽을 수 있는 그림이 아닙니다(%2).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>로고 없음</translation>
    </message>
    <message>
        <source>Saved. New invoices use these settings; the change is in the audit log.</source>
        <translation>저장했습니다. 새 청구서부터 이 설정이 적용되며, 변경 사항은 감사 로그에 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BillingText</name>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>%1처럼 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>Type a percentage such as %1.</source>
        <translation>%1처럼 백분율을 입력하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than a rate can keep (at most four).</source>
        <translation>&quot;%1&quot;은(는) 세율에 쓸 수 있는 소수 자릿수보다 많습니다(최대 네 자리).</translation>
    </message>
    <message>
        <source>Type a discount as a percentage such as 10% or an amount such as %1.</source>
        <translation>할인은 10% 같은 백분율이나 %1 같은 금액으로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BookingDialog</name>
    <message>
        <source>Or a new customer</source>
        <translation>또는 새 고객</translation>
    </message>
    <message>
        <source>Save as a request (no time yet)</source>
        <translation>요청으로 저장(시간 미정)</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>작업 예약</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <source>Name, phone, email or street</source>
        <translation>이름, 전화번호, 이메일 또는 도로명</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>일치하는 고객</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>이름(&amp;G)</translation>
    </message>
    <message>
        <source>Fa&amp;mily name</source>
        <translation>성(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>도로명(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>서비스(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notes for the crew</source>
        <translation>작업팀 메모(&amp;N)</translation>
    </message>
    <message>
        <source>Doesn&apos;t repeat</source>
        <translation>반복 안 함</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>2주마다</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>4주마다</translation>
    </message>
    <message>
        <source>Monthly on the same date</source>
        <translation>매월 같은 날짜</translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation>매월 같은 요일</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>반복(&amp;R)</translation>
    </message>
    <message>
        <source>Until cancelled</source>
        <translation>취소할 때까지</translation>
    </message>
    <message>
        <source> visits</source>
        <translation>회</translation>
    </message>
    <message>
        <source>&amp;Ends after</source>
        <translation>반복 횟수(&amp;E)</translation>
    </message>
    <message>
        <source>Next free &amp;slots (Enter books)</source>
        <translation>다음 빈 시간대(&amp;S) (Enter로 예약)</translation>
    </message>
    <message>
        <source>Suggested slots</source>
        <translation>추천 시간대</translation>
    </message>
    <message>
        <source>%1 — %2 min, %3</source>
        <translation>%1 — %2분, %3</translation>
    </message>
    <message>
        <source>Do not service: %1</source>
        <translation>서비스 금지: %1</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>선호 작업팀: %1</translation>
    </message>
    <message>
        <source>Pick the services to see free slots.</source>
        <translation>빈 시간대를 보려면 서비스를 선택하세요.</translation>
    </message>
    <message>
        <source>%1, %2–%3 · %4</source>
        <translation>%1, %2–%3 · %4</translation>
    </message>
    <message>
        <source> ★ asked for</source>
        <translation> ★ 고객 요청</translation>
    </message>
    <message>
        <source>No free slot in the next two weeks fits. Save it as a request.</source>
        <translation>앞으로 2주 안에 맞는 빈 시간대가 없습니다. 요청으로 저장하세요.</translation>
    </message>
    <message>
        <source>Choose a customer, or type a new customer&apos;s name.</source>
        <translation>고객을 선택하거나 새 고객 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Book over a conflict</source>
        <translation>충돌 무시하고 예약</translation>
    </message>
    <message>
        <source>%1

To book anyway, say why (it is recorded):</source>
        <translation>%1

그래도 예약하려면 이유를 적으세요(기록됩니다):</translation>
    </message>
    <message>
        <source>%1

A manager can book over a conflict.</source>
        <translation>%1

충돌이 있어도 관리자는 예약할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>사업장 정보</translation>
    </message>
    <message>
        <source>This is how the location appears on screens, invoices and at head office. You can change it later in Settings.</source>
        <translation>화면, 청구서, 본사에 표시되는 지점 정보입니다. 나중에 설정에서 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Save calendar…</source>
        <translation>캘린더 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Export a calendar</source>
        <translation>캘린더 내보내기</translation>
    </message>
    <message>
        <source>Save a technician&apos;s jobs as an iCalendar (.ics) file to import on their phone. Gate and alarm codes are never included: they stay on the printed work order.</source>
        <translation>기사의 작업을 iCalendar(.ics) 파일로 저장해 휴대폰으로 가져올 수 있습니다. 대문·경보기 비밀번호는 절대 포함되지 않으며 인쇄된 작업 지시서에만 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>기사(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작일(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>종료일(&amp;O):</translation>
    </message>
    <message>
        <source>Your account is not set up as a technician.</source>
        <translation>이 계정은 기사로 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>There are no technicians yet.</source>
        <translation>아직 기사가 없습니다.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>%1 jobs %2</source>
        <translation>%1 작업 %2</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>캘린더 저장</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 파일 (*.ics)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없었습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n job(s) to %1.</source>
        <translation>
            <numerusform>작업 %n건을 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoke::ui::CashUpView</name>
    <message>
        <source>&amp;Day</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>용지(&amp;P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Net taken</source>
        <translation>순수납액</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>수납액</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>환불액</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>순액</translation>
    </message>
    <message>
        <source>Payments and refunds of the day</source>
        <translation>당일 결제 및 환불</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>수납자</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s), %1 taken</source>
        <translation>
            <numerusform>결제 %Ln건, %1 수납</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s), %1 given back</source>
        <translation>
            <numerusform>환불 %Ln건, %1 반환</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (refund)</source>
        <translation>%1(환불)</translation>
    </message>
    <message>
        <source>Cash-up %1</source>
        <translation>정산 %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ConsentEditor</name>
    <message>
        <source>Not asked</source>
        <translation>묻지 않음</translation>
    </message>
    <message>
        <source>Yes, agrees</source>
        <translation>예, 동의함</translation>
    </message>
    <message>
        <source>No, withdrawn</source>
        <translation>아니요, 철회함</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>웹 양식</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>전화 통화</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>서면 양식</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>대면</translation>
    </message>
    <message>
        <source>email reply</source>
        <translation>이메일 회신</translation>
    </message>
    <message>
        <source>How: web form, phone call…</source>
        <translation>방법: 웹 양식, 전화 통화…</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · %2 기록</translation>
    </message>
    <message>
        <source>Say how the consent was given or withdrawn.</source>
        <translation>동의를 어떻게 받았는지 또는 철회했는지 적으세요.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ContactListEditor</name>
    <message>
        <source>Add phone</source>
        <translation>전화번호 추가</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>이메일 추가</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <source>home</source>
        <translation>집</translation>
    </message>
    <message>
        <source>work</source>
        <translation>직장</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>라벨</translation>
    </message>
    <message>
        <source>Number, e.g. (555) 010-2345</source>
        <translation>번호(예: (555) 010-2345)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>이 번호 삭제</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>이 이메일 주소 삭제</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CreditNoteDialog</name>
    <message>
        <source>The &amp;whole invoice</source>
        <translation>청구서 전체(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Some lines</source>
        <translation>일부 줄(&amp;S)</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>크레딧 노트 발행</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>%1에 대한 크레딧 노트</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>청구서 %1에 대한 크레딧 노트</translation>
    </message>
    <message>
        <source>%1 · total %2 · balance %3. The credit settles the balance first; what is left becomes %1&apos;s credit.</source>
        <translation>%1 · 합계 %2 · 잔액 %3. 크레딧은 먼저 잔액을 정산하고, 남는 금액은 %1의 크레딧이 됩니다.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>내역</translation>
    </message>
    <message>
        <source>Qty to credit</source>
        <translation>크레딧 수량</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>줄 금액</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. &quot;oven clean not done&quot;</source>
        <translation>크레딧 노트에 인쇄됩니다. 예: &quot;오븐 청소 미실시&quot;</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>사유(필수)(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Say why the invoice is credited: the reason is printed on the credit note.</source>
        <translation>크레딧 노트를 발행하는 사유를 적으세요. 사유는 크레딧 노트에 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Tick the lines to credit, or credit the whole invoice.</source>
        <translation>크레딧 처리할 줄을 선택하거나 청구서 전체를 크레딧 처리하세요.</translation>
    </message>
    <message>
        <source>Issue a credit note against invoice %1? It takes the next credit note number and cannot be undone.</source>
        <translation>청구서 %1에 대해 크레딧 노트를 발행할까요? 다음 크레딧 노트 번호가 부여되며 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CrewDialog</name>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>보라</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>청록</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>호박색</translation>
    </message>
    <message>
        <source>Add a crew</source>
        <translation>작업팀 추가</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Current colour</source>
        <translation>현재 색</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>색(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>팀원(&amp;M):</translation>
    </message>
    <message>
        <source>Space checks the selected technician.</source>
        <translation>Space 키로 선택한 기사를 체크합니다.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerBillingCard</name>
    <message>
        <source>Take payment…</source>
        <translation>결제 받기…</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>크레딧 적용…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>거래 내역서…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>새 청구서</translation>
    </message>
    <message>
        <source>Invoices &amp; payments</source>
        <translation>청구서 및 결제</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>미납액</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>크레딧</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>청구서</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>미사용</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>미결제 청구서 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, 연체 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(초안)</translation>
    </message>
    <message>
        <source>%1 (refund)</source>
        <translation>%1(환불)</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerEditor</name>
    <message>
        <source>Do not service this customer</source>
        <translation>이 고객에게 서비스하지 않음</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>Phones and email</source>
        <translation>전화 및 이메일</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as %1 numbers.</source>
        <translation>국가 번호가 없는 번호는 %1 번호로 처리합니다.</translation>
    </message>
    <message>
        <source>Add service address</source>
        <translation>서비스 주소 추가</translation>
    </message>
    <message>
        <source>Add billing address</source>
        <translation>청구지 주소 추가</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Where the work happens and where invoices go. Gate and alarm codes never leave this location.</source>
        <translation>작업 장소와 청구서를 보낼 곳입니다. 대문·경보기 비밀번호는 이 지점 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>선호 사항</translation>
    </message>
    <message>
        <source>DO, DON&apos;T and NOTE items per address and area of the home; they are printed on work orders.</source>
        <translation>주소와 집 안 구역별 &quot;할 것&quot;, &quot;하지 말 것&quot;, &quot;참고&quot; 항목입니다. 작업 지시서에 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>마케팅 수신 동의</translation>
    </message>
    <message>
        <source>Appointment reminders and receipts do not need consent.</source>
        <translation>예약 알림과 영수증은 동의가 필요 없습니다.</translation>
    </message>
    <message>
        <source>Why (required), e.g. unpaid invoices, unsafe site</source>
        <translation>사유(필수). 예: 미납 청구서, 위험한 현장</translation>
    </message>
    <message>
        <source>Anything else worth remembering</source>
        <translation>그 밖에 기억해 둘 내용</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Notes and service</source>
        <translation>메모 및 서비스</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>개인</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>회사 이름</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>선호 언어</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>선호 없음</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Preferred way to reach them</source>
        <translation>선호 연락 방법</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (today when empty)</source>
        <translation>YYYY-MM-DD (비우면 오늘)</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>고객 등록일</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>소개</translation>
    </message>
    <message>
        <source>web</source>
        <translation>웹</translation>
    </message>
    <message>
        <source>head-office campaign</source>
        <translation>본사 캠페인</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>직접 방문</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>재방문</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, weekly</source>
        <translation>쉼표로 구분(예: vip, 매주)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>값 %n개를 확인해야 합니다. 아무것도 저장하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer was saved, but the consent was not: %1</source>
        <translation>고객은 저장했지만 동의 정보는 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerExport</name>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>All customers as CSV…</source>
        <translation>전체 고객을 CSV로…</translation>
    </message>
    <message>
        <source>All customers as vCard…</source>
        <translation>전체 고객을 vCard로…</translation>
    </message>
    <message>
        <source>Filtered list as CSV…</source>
        <translation>필터링된 목록을 CSV로…</translation>
    </message>
    <message>
        <source>Filtered list as vCard…</source>
        <translation>필터링된 목록을 vCard로…</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerProfileView</name>
    <message>
        <source>All customers</source>
        <translation>전체 고객</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>목록으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <source>Edit this customer (Ctrl+E)</source>
        <translation>이 고객 편집 (Ctrl+E)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>고객 삭제…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>개인정보 지우기…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>선호 사항</translation>
    </message>
    <message>
        <source>Printed on work orders</source>
        <translation>작업 지시서에 인쇄됨</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased on request. Sales and job history stay for the books.</source>
        <translation>요청에 따라 이 고객의 개인정보를 지웠습니다. 매출과 작업 이력은 회계 기록을 위해 남습니다.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>삭제된 고객</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>고객 등록일 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>사용 언어: %1</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>선호 연락: %1</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <translation>생일 %1</translation>
    </message>
    <message>
        <source>Do not service: %1</source>
        <translation>서비스 금지: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>No phone or email yet.</source>
        <translation>아직 전화번호나 이메일이 없습니다.</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>청구지 주소</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>서비스 주소</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>출입</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>출입 안내</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>주차</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>반려동물</translation>
    </message>
    <message>
        <source>Preferred crew</source>
        <translation>선호 작업팀</translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation>도착 희망 시간대</translation>
    </message>
    <message>
        <source>Stays at this location, never synced</source>
        <translation>이 지점에만 보관, 동기화 안 함</translation>
    </message>
    <message>
        <source>Gate code</source>
        <translation>대문 비밀번호</translation>
    </message>
    <message>
        <source>Alarm code</source>
        <translation>경보기 비밀번호</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>마케팅 수신 동의</translation>
    </message>
    <message>
        <source>Only for marketing; appointment reminders and receipts are always sent.</source>
        <translation>마케팅에만 해당합니다. 예약 알림과 영수증은 항상 보냅니다.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>묻지 않음</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · %2 기록</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>The customer disappears from lists and search. Jobs, invoices and payments stay for the books, and the deletion is recorded in the audit log.</source>
        <translation>고객이 목록과 검색에서 사라집니다. 작업, 청구서, 결제 내역은 회계 기록을 위해 남고, 삭제 사실은 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>고객 삭제</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>사유(필수)</translation>
    </message>
    <message>
        <source>For example: moved away, duplicate entry</source>
        <translation>예: 이사함, 중복 입력</translation>
    </message>
    <message>
        <source>Erase %1&apos;s personal data?</source>
        <translation>%1의 개인정보를 지울까요?</translation>
    </message>
    <message>
        <source>For a privacy request. Names, phone numbers, emails, addresses, codes, preferences, notes and the text of calls and notes are erased for good. Sales totals, jobs and invoices stay, without the person&apos;s details. This cannot be undone.</source>
        <translation>개인정보 삭제 요청에 사용합니다. 이름, 전화번호, 이메일, 주소, 비밀번호, 선호 사항, 메모, 통화와 메모 내용이 영구히 지워집니다. 매출 합계, 작업, 청구서는 개인 정보 없이 남습니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>개인정보 지우기</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>되돌릴 수 없음을 이해했습니다</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>작업 예약</translation>
    </message>
    <message>
        <source>Book a job for this customer (Ctrl+B)</source>
        <translation>이 고객의 작업 예약 (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerSearchModel</name>
    <message>
        <source>Do not service</source>
        <translation>서비스 금지</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>최근 활동</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomersPage</name>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>중복 항목</translation>
    </message>
    <message>
        <source>Customer deleted.</source>
        <translation>고객을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Search by name, phone, email, street, postal code or tag  (Ctrl+F)</source>
        <translation>이름, 전화, 이메일, 도로명, 우편번호, 태그로 검색  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>고객 추가 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>모든 동의 상태</translation>
    </message>
    <message>
        <source>Agrees to %1</source>
        <translation>%1 수신 동의</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>모든 활동</translation>
    </message>
    <message>
        <source>Active in the last 30 days</source>
        <translation>최근 30일 내 활동</translation>
    </message>
    <message>
        <source>Active in the last 90 days</source>
        <translation>최근 90일 내 활동</translation>
    </message>
    <message>
        <source>Inactive for a year or more</source>
        <translation>1년 이상 활동 없음</translation>
    </message>
    <message>
        <source>Review possible duplicates</source>
        <translation>중복 후보 검토</translation>
    </message>
    <message>
        <source>Import customers from a CSV or vCard file</source>
        <translation>CSV 또는 vCard 파일에서 고객 가져오기</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Sort by name or by last activity</source>
        <translation>이름 또는 최근 활동순으로 정렬</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln건 일치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) match the filters</source>
        <translation>
            <numerusform>필터와 일치하는 고객 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>고객 %Ln명</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates · %1</source>
        <translation>중복 항목 · %1</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <source>home</source>
        <translation>집</translation>
    </message>
    <message>
        <source>Customer added.</source>
        <translation>고객을 추가했습니다.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>변경 사항을 저장했습니다.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>고객 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 파일 (*.vcf)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>이미 내보내기가 진행 중입니다.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DispatchBoard</name>
    <message>
        <source>Time off</source>
        <translation>휴무</translation>
    </message>
    <message>
        <source>Time off: %1</source>
        <translation>휴무: %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>%1주차</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>시간 미정</translation>
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
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>배정: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Booked by head office</source>
        <translation>본사 예약</translation>
    </message>
    <message>
        <source>Customer is marked do not service</source>
        <translation>서비스 금지 고객</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>충돌:</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>충돌: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>작업팀</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>기사</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>작업 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ</source>
        <extracomment>Badge on a job booked by head office (short: it sits in a corner of the job&apos;s box)</extracomment>
        <translation>본사</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>QLocale date format of a day&apos;s column header in the week view (&quot;Tue 9 Mar&quot;)</extracomment>
        <translation>M월 d일 (ddd)</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <extracomment>Where a dragged job would go: &quot;Tue 9 Mar 11:15 AM – 1:15 PM · Crew B&quot;</extracomment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Overlaps %1 (%2)</source>
        <translation>%1과(와) 겹침(%2)</translation>
    </message>
    <message>
        <source>A job that is %1 can&apos;t be moved.</source>
        <translation>상태가 &apos;%1&apos;인 작업은 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>배차 보드</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DocumentPrinter</name>
    <message>
        <source>document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>인쇄 미리 보기 — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save as PDF instead?</source>
        <translation>이 컴퓨터에 설치된 프린터가 없습니다. 대신 PDF로 저장할까요?</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 인쇄</translation>
    </message>
    <message>
        <source>The document could not be printed: %1</source>
        <translation>문서를 인쇄할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DraftEditor</name>
    <message>
        <source>Add line</source>
        <translation>줄 추가</translation>
    </message>
    <message>
        <source>Invoice completed jobs…</source>
        <translation>완료된 작업 청구…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>초안 저장</translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation>청구서 발행…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>초안 삭제…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>새 청구서</translation>
    </message>
    <message>
        <source>Invoice draft</source>
        <translation>청구서 초안</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>표준 세율</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <source>Name, phone, email or street</source>
        <translation>이름, 전화번호, 이메일 또는 도로명</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>일치하는 고객</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>내역</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+L)</source>
        <translation>줄 추가 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add the customer&apos;s completed jobs that are not invoiced yet (Ctrl+J)</source>
        <translation>아직 청구되지 않은 고객의 완료 작업 추가 (Ctrl+J)</translation>
    </message>
    <message>
        <source>e.g. 10% or %1</source>
        <translation>예: 10% 또는 %1</translation>
    </message>
    <message>
        <source>Invoice &amp;discount</source>
        <translation>청구서 할인(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Location default (%Ln day(s))</source>
        <translation>
            <numerusform>지점 기본값(%Ln일)</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>결제 조건(&amp;T)</translation>
    </message>
    <message>
        <source>Printed on the invoice</source>
        <translation>청구서에 인쇄됩니다</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>초안 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the invoice its number and make it final</source>
        <translation>청구서에 번호를 부여하고 확정합니다</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>일치하는 고객이 없습니다.</translation>
    </message>
    <message>
        <source>No customer chosen yet</source>
        <translation>아직 고객을 선택하지 않았습니다</translation>
    </message>
    <message>
        <source>Billed to %1</source>
        <translation>청구 대상: %1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>줄 할인</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>세율 구분</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>이 줄 삭제</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>줄 삭제</translation>
    </message>
    <message>
        <source>Line %1, unit price: %2</source>
        <translation>%1번째 줄, 단가: %2</translation>
    </message>
    <message>
        <source>Line %1, discount: %2</source>
        <translation>%1번째 줄, 할인: %2</translation>
    </message>
    <message>
        <source>Invoice discount: %1</source>
        <translation>청구서 할인: %1</translation>
    </message>
    <message>
        <source>Add a line to see the totals.</source>
        <translation>줄을 추가하면 합계가 표시됩니다.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>순액</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>includes %1</source>
        <translation>%1 포함</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>합계 %1</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>먼저 고객을 선택하세요.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>초안을 저장했습니다.</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>청구서 발행</translation>
    </message>
    <message>
        <source>Issue this invoice to %1? %2

It takes the next invoice number. Numbers can&apos;t be reused, and an issued invoice can&apos;t be changed: corrections are made with a credit note.</source>
        <translation>%1에게 이 청구서를 발행할까요? %2

다음 청구서 번호가 부여됩니다. 번호는 다시 쓸 수 없으며, 발행된 청구서는 변경할 수 없습니다. 정정은 크레딧 노트로 합니다.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>초안 삭제</translation>
    </message>
    <message>
        <source>Delete this draft? Its lines are lost. Jobs on it can be invoiced again.</source>
        <translation>이 초안을 삭제할까요? 초안의 줄은 모두 사라집니다. 초안에 있던 작업은 다시 청구할 수 있습니다.</translation>
    </message>
    <message>
        <source>Invoice completed jobs</source>
        <translation>완료된 작업 청구</translation>
    </message>
    <message>
        <source>Completed jobs of this customer that are not on an invoice yet:</source>
        <translation>아직 청구서에 들어가지 않은 이 고객의 완료 작업:</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>There are no completed jobs to invoice.</source>
        <translation>청구할 완료 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Add to invoice</source>
        <translation>청구서에 추가</translation>
    </message>
    <message>
        <source>Close draft</source>
        <translation>초안 닫기</translation>
    </message>
    <message>
        <source>Close without saving the changes to this draft?</source>
        <translation>이 초안의 변경 사항을 저장하지 않고 닫을까요?</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DuplicatesScreen</name>
    <message>
        <source>Merge into this one</source>
        <translation>이 고객으로 병합</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>중복 아님</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>전체 고객</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>목록으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>중복 후보</translation>
    </message>
    <message>
        <source>No possible duplicates to review.</source>
        <translation>검토할 중복 후보가 없습니다.</translation>
    </message>
    <message>
        <source>Spoke flags customers who share a phone number or an email, or have a similar name at the same address, when they are added or imported.</source>
        <translation>Spoke는 고객을 추가하거나 가져올 때 전화번호나 이메일이 같거나, 같은 주소에 비슷한 이름이 있는 고객을 표시합니다.</translation>
    </message>
    <message>
        <source>These are two different customers</source>
        <translation>서로 다른 고객입니다</translation>
    </message>
    <message>
        <source>Merging keeps every phone, email, address, preference, tag, consent and timeline entry of both customers on the one you keep. It is recorded in the audit log.</source>
        <translation>병합하면 두 고객의 전화번호, 이메일, 주소, 선호 사항, 태그, 동의, 타임라인 항목이 모두 남기는 고객에게 옮겨집니다. 병합은 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>같은 전화번호</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>같은 이메일 주소</translation>
    </message>
    <message>
        <source>Similar name at the same address</source>
        <translation>같은 주소의 비슷한 이름</translation>
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
            <numerusform>검토할 쌍 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 추가됨</translation>
    </message>
    <message>
        <source>same</source>
        <translation>동일</translation>
    </message>
    <message numerus="yes">
        <source>%n preference(s)</source>
        <translation>
            <numerusform>선호 사항 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>고객 등록일 %1</translation>
    </message>
    <message>
        <source>Merge into %1?</source>
        <translation>%1(으)로 병합할까요?</translation>
    </message>
    <message>
        <source>Every phone number, email, address, preference, tag, consent and timeline entry of &quot;%1&quot; moves to &quot;%2&quot;, and &quot;%1&quot; leaves the customer list. The merge is recorded in the audit log.</source>
        <translation>&quot;%1&quot;의 전화번호, 이메일, 주소, 선호 사항, 태그, 동의, 타임라인 항목이 모두 &quot;%2&quot;(으)로 옮겨지고, &quot;%1&quot;은(는) 고객 목록에서 빠집니다. 병합은 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
</context>
<context>
    <name>spoke::ui::EmptyListState</name>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>파일에서 가져오기</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>아직 고객이 없습니다</translation>
    </message>
    <message>
        <source>Add your first customer, or bring everyone over from the tool you used before.</source>
        <translation>첫 고객을 추가하거나, 이전에 쓰던 도구에서 모든 고객을 가져오세요.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::FirstRunWizard</name>
    <message>
        <source>Set up Spoke</source>
        <translation>Spoke 설정</translation>
    </message>
    <message>
        <source>Create location</source>
        <translation>지점 만들기</translation>
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
        <translation>시험 실행</translation>
    </message>
    <message>
        <source>Every row was checked; nothing has been imported yet.</source>
        <translation>모든 행을 확인했습니다. 아직 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>rows ready to import</source>
        <translation>가져올 준비가 된 행</translation>
    </message>
    <message>
        <source>rows with problems</source>
        <translation>문제가 있는 행</translation>
    </message>
    <message>
        <source>Problems, by line of the file</source>
        <translation>파일 행별 문제</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…외 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln valid row(s) and list the rejected ones in the report</source>
        <translation>
            <numerusform>올바른 행 %Ln개를 가져오고 거부된 행은 보고서에 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln row(s)</source>
        <translation>
            <numerusform>%Ln개 행 가져오기</numerusform>
        </translation>
    </message>
    <message>
        <source>Import nothing if any row is wrong</source>
        <translation>잘못된 행이 하나라도 있으면 아무것도 가져오지 않기</translation>
    </message>
    <message numerus="yes">
        <source>With %Ln row(s) wrong, nothing will be imported. Fix the file and import it again.</source>
        <translation>
            <numerusform>잘못된 행이 %Ln개 있어 아무것도 가져오지 않습니다. 파일을 고친 뒤 다시 가져오세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is one transaction: it is complete or nothing is written.</source>
        <translation>가져오기는 하나의 트랜잭션입니다. 모두 완료되거나 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>Spoke is still busy with the file; go back and try again in a moment.</source>
        <translation>Spoke가 아직 파일을 처리하고 있습니다. 뒤로 가서 잠시 후 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportMappingPage</name>
    <message>
        <source>Save mapping</source>
        <translation>매핑 저장</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>열 맞추기</translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Spoke guessed from the header; columns set to &quot;(ignore)&quot; are left out.</source>
        <translation>파일의 각 열에 어떤 정보가 있는지 지정하세요. Spoke가 머리글을 보고 추측했습니다. &quot;(무시)&quot;로 설정한 열은 제외됩니다.</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>저장된 매핑</translation>
    </message>
    <message>
        <source>Name, e.g. Old CRM export</source>
        <translation>이름(예: 이전 CRM 내보내기)</translation>
    </message>
    <message>
        <source>How the first rows will be read</source>
        <translation>처음 몇 행을 읽는 방식</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved.</source>
        <translation>매핑 &quot;%1&quot;을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; applied.</source>
        <translation>매핑 &quot;%1&quot;을(를) 적용했습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportReportPage</name>
    <message>
        <source>Rejected rows</source>
        <translation>거부된 행</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>possible duplicates flagged for review</source>
        <translation>검토할 중복 후보</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>가져오기 취소됨</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>아무것도 가져오지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported</source>
        <translation>
            <numerusform>고객 %Ln명을 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the possible duplicates from the Customers screen (Duplicates).</source>
        <translation>고객 화면의 &quot;중복 항목&quot;에서 중복 후보를 검토하세요.</translation>
    </message>
    <message>
        <source>What was imported, and what was left out and why.</source>
        <translation>가져온 항목과 제외된 항목, 그리고 그 이유입니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportRunPage</name>
    <message>
        <source>Cancel import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>You can keep working; the import runs in the background.</source>
        <translation>계속 작업하셔도 됩니다. 가져오기는 백그라운드에서 진행됩니다.</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>취소하는 중… 아무것도 가져오지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln customer(s)…</source>
        <translation>
            <numerusform>고객 %Ln명을 가져오는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Spoke is still busy with the file; nothing was imported.</source>
        <translation>Spoke가 아직 파일을 처리하고 있어 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportSourcePage</name>
    <message>
        <source>comma-separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>세미콜론으로 구분</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>탭으로 구분</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>세로 막대(|)로 구분</translation>
    </message>
    <message>
        <source>separated by &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(으)로 구분</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1에 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>A CSV file exported from the tool you used before, or a vCard (.vcf) file.</source>
        <translation>이전에 쓰던 도구에서 내보낸 CSV 파일 또는 vCard(.vcf) 파일.</translation>
    </message>
    <message>
        <source>Path to a .csv or .vcf file</source>
        <translation>.csv 또는 .vcf 파일 경로</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Spoke reads CSV files in UTF-8, UTF-16 or Windows-1252, separated by commas, semicolons, tabs or pipes, with quoted fields and line breaks inside them; and vCard 3.0 and 4.0. Files of up to %1 MB. Nothing is imported before you see a dry run.</source>
        <translation>Spoke는 UTF-8, UTF-16, Windows-1252 인코딩의 CSV 파일을 읽습니다. 쉼표, 세미콜론, 탭, 세로 막대로 구분된 파일과 따옴표로 묶인 필드, 필드 안의 줄바꿈도 읽습니다. vCard 3.0과 4.0도 읽습니다. 파일 크기는 최대 %1MB입니다. 시험 실행 결과를 확인하기 전에는 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>가져올 파일 선택</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>고객 파일 (*.csv *.txt *.vcf *.vcard);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>vCard file · %1 · %n card(s)</source>
        <translation>
            <numerusform>vCard 파일 · %1 · 카드 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln row(s) · %3 columns</source>
        <translation>
            <numerusform>%1 · %2 · %Ln행 · %3열</numerusform>
        </translation>
    </message>
    <message>
        <source>Still busy with the previous file; try again in a moment.</source>
        <translation>아직 이전 파일을 처리하고 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>고객 가져오기</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>spoke::ui::InvoiceDialog</name>
    <message>
        <source>Print preview…</source>
        <translation>인쇄 미리 보기…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>결제 받기…</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>크레딧 적용…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>크레딧 노트…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>무효 처리…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>용지(&amp;P)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>인쇄 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Take a payment (Ctrl+Shift+P)</source>
        <translation>결제 받기 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>합계 %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>결제액 %1</translation>
    </message>
    <message>
        <source>Credited %1</source>
        <translation>크레딧 처리액 %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>잔액 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>결제 기한 %1</translation>
    </message>
    <message>
        <source>Unused %1</source>
        <translation>미사용 %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>무효 처리: %1</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>결제를 기록했습니다.</translation>
    </message>
    <message>
        <source>Credit applied.</source>
        <translation>크레딧을 적용했습니다.</translation>
    </message>
    <message>
        <source>Credit note issued.</source>
        <translation>크레딧 노트를 발행했습니다.</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>환불을 기록했습니다.</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>%1 무효 처리</translation>
    </message>
    <message>
        <source>Why is invoice %1 voided? The number stays used and the reason is recorded.</source>
        <translation>청구서 %1을(를) 무효 처리하는 사유는 무엇인가요? 번호는 사용된 것으로 남고 사유가 기록됩니다.</translation>
    </message>
    <message>
        <source>Not voided: a reason is required.</source>
        <translation>무효 처리되지 않았습니다. 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Invoice %1 is void.</source>
        <translation>청구서 %1이(가) 무효 처리되었습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::InvoicesPage</name>
    <message>
        <source>Invoices and payments are kept by the front desk and managers.</source>
        <translation>청구서와 결제는 프런트와 관리자가 관리합니다.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>청구서</translation>
    </message>
    <message>
        <source>Cash-up</source>
        <translation>일일 정산</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>미수금</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>All invoices and credit notes</source>
        <translation>모든 청구서와 크레딧 노트</translation>
    </message>
    <message>
        <source>Open (money owed)</source>
        <translation>미결제(받을 금액 있음)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Search by number or customer (Ctrl+F)</source>
        <translation>번호나 고객으로 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export PDFs…</source>
        <translation>PDF 내보내기…</translation>
    </message>
    <message>
        <source>Save the selected invoices as PDF files in a folder</source>
        <translation>선택한 청구서를 폴더에 PDF 파일로 저장</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Print the selected invoice (Ctrl+P)</source>
        <translation>선택한 청구서 인쇄 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>결제 받기</translation>
    </message>
    <message>
        <source>Take a payment on the selected invoice (Ctrl+Shift+P)</source>
        <translation>선택한 청구서의 결제 받기 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>새 청구서</translation>
    </message>
    <message>
        <source>Start an invoice draft (Ctrl+N)</source>
        <translation>청구서 초안 작성 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing to show here yet.</source>
        <translation>아직 표시할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>No invoice matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;과(와) 일치하는 청구서가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>문서 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>청구서 %1을(를) 발행했습니다.</translation>
    </message>
    <message>
        <source>Select an open invoice to take a payment on it.</source>
        <translation>결제를 받을 미결제 청구서를 선택하세요.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>결제를 기록했습니다.</translation>
    </message>
    <message>
        <source>Select an invoice to print.</source>
        <translation>인쇄할 청구서를 선택하세요.</translation>
    </message>
    <message>
        <source>Select the invoices to export (Ctrl or Shift and click for several).</source>
        <translation>내보낼 청구서를 선택하세요(여러 개는 Ctrl 또는 Shift를 누른 채 클릭).</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln PDF(s) to a folder</source>
        <translation>
            <numerusform>PDF %Ln개를 폴더로 내보내기</numerusform>
        </translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>내보내기가 아직 진행 중입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln PDF file(s) saved in %1.</source>
        <translation>
            <numerusform>PDF 파일 %Ln개를 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %Ln file(s).</source>
        <translation>
            <numerusform>파일 %Ln개를 저장한 뒤 내보내기가 취소되었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoke::ui::JobDialog</name>
    <message>
        <source>Unschedule (back to requests)</source>
        <translation>일정 해제(요청으로 되돌리기)</translation>
    </message>
    <message>
        <source>Back to scheduled</source>
        <translation>예약됨으로 되돌리기</translation>
    </message>
    <message>
        <source>Crew en route</source>
        <translation>작업팀 출발</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>작업 시작</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료 처리</translation>
    </message>
    <message>
        <source>Mark invoiced</source>
        <translation>청구됨으로 표시</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>작업 취소…</translation>
    </message>
    <message>
        <source>No-show…</source>
        <translation>고객 부재…</translation>
    </message>
    <message>
        <source>Save time</source>
        <translation>시간 저장</translation>
    </message>
    <message>
        <source>Skip this visit</source>
        <translation>이번 방문 건너뛰기</translation>
    </message>
    <message>
        <source>Print work order…</source>
        <translation>작업 지시서 인쇄…</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>소요 시간(&amp;L)</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>이번 방문만</translation>
    </message>
    <message>
        <source>This and following visits</source>
        <translation>이번 방문과 이후 방문</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>모든 방문</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>일시:</translation>
    </message>
    <message>
        <source>Arrival window:</source>
        <translation>도착 시간대:</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>작업팀:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>서비스:</translation>
    </message>
    <message>
        <source>Notes for the crew:</source>
        <translation>작업팀 메모:</translation>
    </message>
    <message>
        <source>Booked by head office.</source>
        <translation>본사에서 예약했습니다.</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>반복:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>선호 사항</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>출입:</translation>
    </message>
    <message>
        <source> (booked over by a manager)</source>
        <translation> (관리자가 충돌을 무시하고 예약함)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <source>Record a no-show</source>
        <translation>고객 부재 기록</translation>
    </message>
    <message>
        <source>Why is the job cancelled?</source>
        <translation>작업을 취소하는 이유는 무엇인가요?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>무슨 일이 있었나요?</translation>
    </message>
    <message>
        <source>Book over a conflict</source>
        <translation>충돌 무시하고 예약</translation>
    </message>
    <message>
        <source>%1

To change it anyway, say why (it is recorded):</source>
        <translation>%1

그래도 변경하려면 이유를 적으세요(기록됩니다):</translation>
    </message>
</context>
<context>
    <name>spoke::ui::KeyPage</name>
    <message>
        <source>Keep the key in the system keychain (recommended)</source>
        <translation>시스템 키체인에 키 보관(권장)</translation>
    </message>
    <message>
        <source>Protect the database with a passphrase</source>
        <translation>암호 문구로 데이터베이스 보호</translation>
    </message>
    <message>
        <source>How your data is protected</source>
        <translation>데이터 보호 방식</translation>
    </message>
    <message>
        <source>Spoke encrypts the location&apos;s database. Choose where its key is kept.</source>
        <translation>Spoke는 지점의 데이터베이스를 암호화합니다. 키를 보관할 곳을 선택하세요.</translation>
    </message>
    <message>
        <source>A random 256-bit key is stored in %1. Nobody has to type it: Spoke opens the database when you start it on this PC under your own account.</source>
        <translation>무작위 256비트 키를 %1에 저장합니다. 아무도 입력할 필요가 없습니다: 이 PC에서 내 계정으로 Spoke를 실행하면 데이터베이스가 열립니다.</translation>
    </message>
    <message>
        <source>The key is derived from a passphrase you type each time Spoke starts. If it is forgotten, only a backup can bring the data back.</source>
        <translation>키는 Spoke를 시작할 때마다 입력하는 암호 문구에서 만들어집니다. 잊어버리면 백업으로만 데이터를 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>%1자 이상</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>다시 입력:</translation>
    </message>
    <message>
        <source>The system keychain answered: it can keep the key.</source>
        <translation>시스템 키체인이 응답했습니다. 키를 보관할 수 있습니다.</translation>
    </message>
    <message>
        <source>Spoke cannot use the system keychain on this PC: %1

The database will be protected by a passphrase instead. Spoke never stores the key unprotected.</source>
        <translation>이 PC에서는 Spoke가 시스템 키체인을 사용할 수 없습니다: %1

대신 암호 문구로 데이터베이스를 보호합니다. Spoke는 키를 보호 없이 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>암호 문구는 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::KeyStoreProbe</name>
    <message>
        <source>The keychain returned something other than what was stored in it.</source>
        <translation>키체인이 저장한 것과 다른 값을 돌려주었습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
</context>
<context>
    <name>spoke::ui::LocationSection</name>
    <message>
        <source>Location profile</source>
        <translation>지점 프로필</translation>
    </message>
    <message>
        <source>How this location appears on screens, invoices and at head office. Changes are recorded in the audit log.</source>
        <translation>화면, 청구서, 본사에 표시되는 지점 정보입니다. 변경 사항은 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Only an owner or a manager can change the location profile.</source>
        <translation>지점 프로필은 소유자나 관리자만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 사항 저장</translation>
    </message>
    <message>
        <source>Saved. The change is in the audit log.</source>
        <translation>저장했습니다. 변경 사항은 감사 로그에 있습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::LockScreen</name>
    <message>
        <source>PIN or password</source>
        <translation>PIN 또는 비밀번호</translation>
    </message>
    <message>
        <source>Not you? Switch user</source>
        <translation>본인이 아닌가요? 사용자 전환</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Who&apos;s working?</source>
        <translation>누가 근무하나요?</translation>
    </message>
    <message>
        <source>Choose your name, then type your PIN or password.</source>
        <translation>이름을 고른 다음 PIN 또는 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>%1 (%2) locked this screen. Type the PIN or password to go on.</source>
        <translation>%1(%2)님이 화면을 잠갔습니다. 계속하려면 PIN 또는 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>먼저 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Type your PIN or password.</source>
        <translation>PIN 또는 비밀번호를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>백업 만들기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>백업 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>화면 잠금(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>사용자 전환(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Change database &amp;key…</source>
        <translation>데이터베이스 키 변경(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Staff accounts</source>
        <translation>직원 계정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>감사 로그(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Spoke</source>
        <translation>Spoke 정보(&amp;A)</translation>
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
        <translation>잠김 — %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1(%2)(으)로 로그인됨</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>로그인한 사람이 없습니다</translation>
    </message>
    <message>
        <source>Encrypted · key in keychain</source>
        <translation>암호화됨 · 키체인의 키</translation>
    </message>
    <message>
        <source>Encrypted · passphrase</source>
        <translation>암호화됨 · 암호 문구</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>지금 동기화(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::NavigationBar</name>
    <message>
        <source>Location CRM</source>
        <translation>지점 CRM</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>화면 잠금(Ctrl+L)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>사용자 전환</translation>
    </message>
    <message>
        <source>Let someone else sign in (Ctrl+Shift+U)</source>
        <translation>다른 사람이 로그인하게 하기(Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::NoResultsState</name>
    <message>
        <source>Try part of the name, the last digits of the phone number, or the street. Press Ctrl+N to add a new customer.</source>
        <translation>이름 일부, 전화번호 끝자리, 도로명으로 검색해 보세요. 새 고객을 추가하려면 Ctrl+N을 누르세요.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;</source>
        <translation>&quot;%1&quot;과(와) 일치하는 고객이 없습니다</translation>
    </message>
</context>
<context>
    <name>spoke::ui::OpenErrorPage</name>
    <message>
        <source>Spoke has not changed the database file.</source>
        <translation>Spoke는 데이터베이스 파일을 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>백업에서 복원…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>The key does not open this location</source>
        <translation>키로 이 지점을 열 수 없습니다</translation>
    </message>
    <message>
        <source>The key of this location is missing</source>
        <translation>이 지점의 키가 없습니다</translation>
    </message>
    <message>
        <source>The system keychain did not answer</source>
        <translation>시스템 키체인이 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>데이터베이스 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>This is not a Spoke location</source>
        <translation>Spoke 지점이 아닙니다</translation>
    </message>
    <message>
        <source>This location needs a newer Spoke</source>
        <translation>이 지점에는 더 새로운 Spoke가 필요합니다</translation>
    </message>
    <message>
        <source>Spoke cannot write to its data folder</source>
        <translation>Spoke가 데이터 폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>There is no location here</source>
        <translation>여기에는 지점이 없습니다</translation>
    </message>
    <message>
        <source>The location could not be opened</source>
        <translation>지점을 열 수 없었습니다</translation>
    </message>
    <message>
        <source>The key Spoke found does not match this database, so it cannot be decrypted. This happens when the keychain holds a key from another installation. Restore the keychain entry, or restore the location from a backup.</source>
        <translation>Spoke가 찾은 키가 이 데이터베이스와 맞지 않아 복호화할 수 없습니다. 키체인에 다른 설치본의 키가 있을 때 생깁니다. 키체인 항목을 복구하거나 백업에서 지점을 복원하세요.</translation>
    </message>
    <message>
        <source>The database is encrypted with a key kept in the system keychain, and that entry is gone — for example after the keychain was reset or the data folder was copied to another PC. Without the key the data cannot be read. Restore the keychain, or restore the location from a backup.</source>
        <translation>데이터베이스는 시스템 키체인에 보관된 키로 암호화되어 있는데 그 항목이 사라졌습니다. 예를 들어 키체인을 초기화했거나 데이터 폴더를 다른 PC로 복사한 경우입니다. 키가 없으면 데이터를 읽을 수 없습니다. 키체인을 복구하거나 백업에서 지점을 복원하세요.</translation>
    </message>
    <message>
        <source>The key of this location is kept in the system keychain, which did not answer. Unlock the keychain (or sign in to the desktop session), then try again.</source>
        <translation>이 지점의 키는 시스템 키체인에 있는데 키체인이 응답하지 않았습니다. 키체인 잠금을 해제하거나 데스크톱 세션에 로그인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The key is right, but the file&apos;s content is damaged (a disk error or an interrupted copy). Restore the location from your latest backup.</source>
        <translation>키는 맞지만 파일 내용이 손상되었습니다(디스크 오류나 중단된 복사). 최신 백업에서 지점을 복원하세요.</translation>
    </message>
    <message>
        <source>The data folder holds a file that Spoke did not make, or a damaged location descriptor. Choose the right data folder, or restore from a backup.</source>
        <translation>데이터 폴더에 Spoke가 만들지 않은 파일이나 손상된 지점 설명 파일이 있습니다. 올바른 데이터 폴더를 고르거나 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>This location was last used by a newer version of Spoke. Install that version or a later one to open it; this version will not touch it.</source>
        <translation>이 지점은 마지막으로 더 새로운 Spoke 버전에서 사용되었습니다. 열려면 그 버전이나 더 새 버전을 설치하세요. 이 버전은 파일을 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>Spoke must be able to write next to the database to keep sales safe. Check the folder&apos;s permissions and free space, then try again.</source>
        <translation>판매 기록을 안전하게 지키려면 Spoke가 데이터베이스 옆에 쓸 수 있어야 합니다. 폴더 권한과 남은 공간을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Something unexpected stopped Spoke from opening the location.</source>
        <translation>예기치 않은 문제로 Spoke가 지점을 열지 못했습니다.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>데이터 폴더: %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::OwnerPage</name>
    <message>
        <source>PIN (4 to 8 digits) — quick at the front desk</source>
        <translation>PIN(4~8자리 숫자) — 프런트에서 빠르게</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>비밀번호(8자 이상)</translation>
    </message>
    <message>
        <source>Your owner account</source>
        <translation>소유자 계정</translation>
    </message>
    <message>
        <source>The owner can do everything: manage staff, change settings, make backups. Add managers, front desk and technicians later in Settings.</source>
        <translation>소유자는 직원 관리, 설정 변경, 백업 등 모든 일을 할 수 있습니다. 관리자, 프런트, 기사는 나중에 설정에서 추가하세요.</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>전체 이름</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>로그인 방법:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>PIN 또는 비밀번호:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>다시 입력:</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4~8자리 숫자</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>8자 이상</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same PIN or password twice.</source>
        <translation>두 입력이 다릅니다. 같은 PIN이나 비밀번호를 두 번 입력하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::Pages</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>청구서</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>다시 입력:</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>%1자 이상 입력하세요.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PassphrasePage</name>
    <message>
        <source>Enter the location passphrase</source>
        <translation>지점 암호 문구 입력</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>This location&apos;s database is encrypted with a passphrase instead of a key in the system keychain. Type it to go on.</source>
        <translation>이 지점의 데이터베이스는 시스템 키체인의 키 대신 암호 문구로 암호화되어 있습니다. 계속하려면 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>데이터 폴더: %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>결제 기록</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>영수증 인쇄</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>영수증을 PDF로 저장…</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>결제 받기</translation>
    </message>
    <message>
        <source>Payment for invoice %1</source>
        <translation>청구서 %1 결제</translation>
    </message>
    <message>
        <source>%1 · total %2 · balance %3</source>
        <translation>%1 · 합계 %2 · 잔액 %3</translation>
    </message>
    <message>
        <source>Payment on account</source>
        <translation>계정 입금</translation>
    </message>
    <message>
        <source>%1 · kept as the customer&apos;s credit for later invoices</source>
        <translation>%1 · 이후 청구서에 쓸 고객 크레딧으로 보관</translation>
    </message>
    <message>
        <source>Owes %1 · credit %2</source>
        <translation>미납 %1 · 크레딧 %2</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>금액(%1)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>결제 수단(&amp;M)</translation>
    </message>
    <message>
        <source>Cheque number, card&apos;s last 4 digits, transfer reference</source>
        <translation>수표 번호, 카드 끝 4자리, 이체 참조 번호</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>참조 번호(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>메모(&amp;O)</translation>
    </message>
    <message>
        <source>Card payments are recorded only: take the card on the terminal.</source>
        <translation>카드 결제는 기록만 됩니다. 카드는 결제 단말기에서 처리하세요.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>결제 기록됨</translation>
    </message>
    <message>
        <source>Receipt &amp;paper</source>
        <translation>영수증 용지(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>0보다 큰 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>More than the balance</source>
        <translation>잔액 초과</translation>
    </message>
    <message>
        <source>%1 is %2 more than the balance of %3.

Keep the excess as %4&apos;s credit for later invoices?</source>
        <translation>%1은(는) 잔액 %3보다 %2 많습니다.

초과 금액을 이후 청구서에 쓸 %4의 크레딧으로 보관할까요?</translation>
    </message>
    <message>
        <source>Not recorded. Change the amount, or keep the excess as credit.</source>
        <translation>기록되지 않았습니다. 금액을 바꾸거나 초과 금액을 크레딧으로 보관하세요.</translation>
    </message>
    <message>
        <source>Receipt %1: %2 by %3.</source>
        <translation>영수증 %1: %2(%3).</translation>
    </message>
    <message>
        <source>%1 now owes %2.</source>
        <translation>이제 %1의 미납액은 %2입니다.</translation>
    </message>
    <message>
        <source>%1 owes nothing now.</source>
        <translation>이제 %1의 미납액이 없습니다.</translation>
    </message>
    <message>
        <source>Credit on account: %1.</source>
        <translation>계정 크레딧: %1.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PlaceholderPage</name>
    <message>
        <source>Find any customer in a keystroke and keep what matters to them.</source>
        <translation>키 한 번으로 고객을 찾고, 고객에게 중요한 것을 기록하세요.</translation>
    </message>
    <message>
        <source>Search as you type by name, phone, email or address</source>
        <translation>이름, 전화, 이메일, 주소로 입력하는 즉시 검색</translation>
    </message>
    <message>
        <source>Preferences crews must know: &quot;downstairs bathroom, not the oven&quot;</source>
        <translation>작업팀이 꼭 알아야 할 선호 사항: &quot;아래층 욕실, 오븐은 제외&quot;</translation>
    </message>
    <message>
        <source>Gate and alarm codes that never leave this location</source>
        <translation>이 지점 밖으로 절대 나가지 않는 대문·경보기 비밀번호</translation>
    </message>
    <message>
        <source>Visit history, invoices and payments on one page</source>
        <translation>방문 기록, 청구서, 결제를 한 페이지에서</translation>
    </message>
    <message>
        <source>Book, move and dispatch jobs on a board that works offline.</source>
        <translation>오프라인에서도 동작하는 보드에서 작업을 예약하고 옮기고 배정하세요.</translation>
    </message>
    <message>
        <source>Day and week dispatch board per crew</source>
        <translation>작업팀별 일간·주간 배차 보드</translation>
    </message>
    <message>
        <source>Drag to reschedule, in the location&apos;s own time zone</source>
        <translation>끌어서 일정 변경, 지점의 시간대 기준</translation>
    </message>
    <message>
        <source>Printed work orders for crews on the road</source>
        <translation>현장 작업팀을 위한 인쇄용 작업 지시서</translation>
    </message>
    <message>
        <source>Bookings made by head office appear here</source>
        <translation>본사에서 잡은 예약도 여기에 표시</translation>
    </message>
    <message>
        <source>Invoice, get paid, and keep every receipt.</source>
        <translation>청구하고, 결제받고, 모든 영수증을 보관하세요.</translation>
    </message>
    <message>
        <source>Invoices numbered with this location&apos;s prefix</source>
        <translation>지점 접두어로 번호가 매겨지는 청구서</translation>
    </message>
    <message>
        <source>Payments by card, cash or check, with receipts</source>
        <translation>카드, 현금, 수표 결제와 영수증</translation>
    </message>
    <message>
        <source>Print or email invoices as PDF</source>
        <translation>청구서를 PDF로 인쇄하거나 이메일로 전송</translation>
    </message>
    <message>
        <source>Voids and refunds, always audited</source>
        <translation>취소와 환불은 항상 감사 기록</translation>
    </message>
    <message>
        <source>See how the location is doing at a glance.</source>
        <translation>지점 현황을 한눈에 확인하세요.</translation>
    </message>
    <message>
        <source>Sales and bookings by day, week and month</source>
        <translation>일·주·월별 매출과 예약</translation>
    </message>
    <message>
        <source>Crew utilisation and repeat customers</source>
        <translation>작업팀 가동률과 재방문 고객</translation>
    </message>
    <message>
        <source>Royalty figures that match head office</source>
        <translation>본사와 일치하는 로열티 수치</translation>
    </message>
    <message>
        <source>Coming in the next release</source>
        <translation>다음 릴리스에서 제공</translation>
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
        <translation>아직 선호 사항이 없습니다. 작업팀이 알아야 할 내용을 편집에서 추가하세요(예: &quot;주방, 오븐: 하지 말 것&quot;).</translation>
    </message>
    <message>
        <source>Every address</source>
        <translation>모든 주소</translation>
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
        <translation>선호 사항 추가</translation>
    </message>
    <message>
        <source>Every address</source>
        <translation>모든 주소</translation>
    </message>
    <message>
        <source>Which address this is about</source>
        <translation>해당 주소</translation>
    </message>
    <message>
        <source>Area, e.g. Kitchen, oven</source>
        <translation>구역(예: 주방, 오븐)</translation>
    </message>
    <message>
        <source>What to do or not to do</source>
        <translation>할 일 또는 하지 말아야 할 일</translation>
    </message>
    <message>
        <source>Remove this preference</source>
        <translation>이 선호 사항 삭제</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PreferencesSection</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The language of Spoke on this PC. It changes at once; Arabic is shown right to left.</source>
        <translation>이 PC에서 쓰는 Spoke의 언어입니다. 바로 바뀌며 아랍어는 오른쪽에서 왼쪽으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>유휴 잠금</translation>
    </message>
    <message>
        <source>Lock the screen when nobody has touched the keyboard or mouse for this long. 0 turns the idle lock off. Applies to everyone at this location.</source>
        <translation>이 시간 동안 아무도 키보드나 마우스를 건드리지 않으면 화면을 잠급니다. 0이면 유휴 잠금을 끕니다. 이 지점의 모든 사람에게 적용됩니다.</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Idle lock is off.</source>
        <translation>유휴 잠금이 꺼졌습니다.</translation>
    </message>
    <message>
        <source>Idle lock set to %1 min.</source>
        <translation>유휴 잠금을 %1분으로 설정했습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ProfileForm</name>
    <message>
        <source>e.g. Sparkle &amp; Shine Cleaning — Riverside</source>
        <translation>예: Sparkle &amp; Shine Cleaning — Riverside</translation>
    </message>
    <message>
        <source>Street, city, postal code</source>
        <translation>도로명, 도시, 우편번호</translation>
    </message>
    <message>
        <source>e.g. EIN 12-3456789, VAT FR12345678901</source>
        <translation>예: 사업자등록번호 123-45-67890</translation>
    </message>
    <message>
        <source>e.g. RIV-</source>
        <translation>예: RIV-</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>상호:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>전화:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>이메일:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>시간대:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>통화:</translation>
    </message>
    <message>
        <source>Tax IDs:</source>
        <translation>세금 식별번호:</translation>
    </message>
    <message>
        <source>Invoice prefix:</source>
        <translation>청구서 접두어:</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ReceivablesView</name>
    <message>
        <source>Open invoice</source>
        <translation>청구서 열기</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>거래 내역서 인쇄…</translation>
    </message>
    <message>
        <source>Owed to the location</source>
        <translation>지점이 받을 금액</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>기준일(&amp;A)</translation>
    </message>
    <message>
        <source>Aging: days past the due date</source>
        <translation>연령 분석: 결제 기한 경과 일수</translation>
    </message>
    <message>
        <source>Open invoices, most overdue first</source>
        <translation>미결제 청구서(연체 기간이 긴 순)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>결제 기한</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>연체 일수</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>연령 구간</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s) · %1 overdue</source>
        <translation>
            <numerusform>미결제 청구서 %Ln건 · 연체 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not due</source>
        <translation>기한 전</translation>
    </message>
</context>
<context>
    <name>spoke::ui::RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Refund from %1</source>
        <translation>%1에서 환불</translation>
    </message>
    <message>
        <source>%1 is unused and can be given back. Money already settling an invoice is not refundable: credit the invoice first.</source>
        <translation>%1은(는) 미사용 금액이라 돌려줄 수 있습니다. 이미 청구서 결제에 쓰인 금액은 환불할 수 없으니 먼저 청구서에 크레딧 노트를 발행하세요.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>금액(%1)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Given back by</source>
        <translation>환불 수단(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>사유(필수)(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Say why the money is given back (it is recorded).</source>
        <translation>돈을 돌려주는 사유를 적으세요(기록됩니다).</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SchedulePage</name>
    <message>
        <source>Requests waiting for a time</source>
        <translation>시간 배정을 기다리는 요청</translation>
    </message>
    <message>
        <source>Drag a request onto a lane, or open it and pick a slot.</source>
        <translation>요청을 보드의 줄로 끌어다 놓거나, 열어서 시간대를 선택하세요.</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>이전 (Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>오늘로 이동 (T)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>다음 (Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>일간 보기 (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>주간 보기 (W)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>축소 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>확대 (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>작업 예약</translation>
    </message>
    <message>
        <source>Book a job (Ctrl+B)</source>
        <translation>작업 예약 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 주간</translation>
    </message>
    <message>
        <source>No requests are waiting.</source>
        <translation>대기 중인 요청이 없습니다.</translation>
    </message>
    <message>
        <source>Book over a conflict</source>
        <translation>충돌 무시하고 예약</translation>
    </message>
    <message>
        <source>%1

To move the job anyway, say why (it is recorded):</source>
        <translation>%1

그래도 작업을 옮기려면 이유를 적으세요(기록됩니다):</translation>
    </message>
    <message>
        <source>The job was not moved</source>
        <translation>작업을 옮기지 않았습니다</translation>
    </message>
    <message>
        <source>%1

A manager can book over a conflict.</source>
        <translation>%1

충돌이 있어도 관리자는 예약할 수 있습니다.</translation>
    </message>
    <message>
        <source>Moved to %1 %2.</source>
        <translation>%1 %2(으)로 옮겼습니다.</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>예약했습니다.</translation>
    </message>
    <message>
        <source>Route sheet %1 %2</source>
        <translation>동선표 %1 %2</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>작업 지시서 %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Route sheets for the selected lane, and calendars for phones</source>
        <translation>선택한 줄의 동선표와 휴대폰용 캘린더</translation>
    </message>
    <message>
        <source>Route sheet: print preview…</source>
        <translation>동선표: 인쇄 미리 보기…</translation>
    </message>
    <message>
        <source>Route sheet: print…</source>
        <translation>동선표: 인쇄…</translation>
    </message>
    <message>
        <source>Route sheet: save as PDF…</source>
        <translation>동선표: PDF로 저장…</translation>
    </message>
    <message>
        <source>Export a technician&apos;s calendar (.ics)…</source>
        <translation>기사 캘린더 내보내기(.ics)…</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SecretField</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Hide the code</source>
        <translation>비밀번호 숨기기</translation>
    </message>
    <message>
        <source>Show the code</source>
        <translation>비밀번호 보기</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SecurityActions</name>
    <message>
        <source>Spoke backups (*.spokebackup);;All files (*)</source>
        <translation>Spoke 백업 (*.spokebackup);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Where should the key be kept?</source>
        <translation>키를 어디에 보관할까요?</translation>
    </message>
    <message>
        <source>Keep the key in %1? Choose No to protect the database with a passphrase instead.</source>
        <translation>키를 %1에 보관할까요? 대신 암호 문구로 데이터베이스를 보호하려면 아니요를 고르세요.</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>키체인을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Spoke cannot use the system keychain: %1
The database will be protected by a passphrase instead.</source>
        <translation>Spoke가 시스템 키체인을 사용할 수 없습니다: %1
대신 암호 문구로 데이터베이스를 보호합니다.</translation>
    </message>
    <message>
        <source>New database passphrase</source>
        <translation>새 데이터베이스 암호 문구</translation>
    </message>
    <message>
        <source>Choose the passphrase that will protect this location&apos;s database. It is needed each time Spoke starts; if it is lost, only a backup can bring the data back.</source>
        <translation>이 지점의 데이터베이스를 보호할 암호 문구를 정하세요. Spoke를 시작할 때마다 필요하며, 잃어버리면 백업으로만 데이터를 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>백업 암호 문구</translation>
    </message>
    <message>
        <source>Type the passphrase that was chosen when %1 was made.</source>
        <translation>%1을(를) 만들 때 정한 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>백업을 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>A random 256-bit key kept in %1.</source>
        <translation>%1에 보관된 무작위 256비트 키.</translation>
    </message>
    <message>
        <source>A passphrase typed when Spoke starts (PBKDF2-HMAC-SHA512).</source>
        <translation>Spoke를 시작할 때 입력하는 암호 문구(PBKDF2-HMAC-SHA512).</translation>
    </message>
    <message>
        <source>Only an owner can do this.</source>
        <translation>소유자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>백업 만들기</translation>
    </message>
    <message>
        <source>The backup is encrypted with its own passphrase, so it can be restored on a new PC. Keep the passphrase somewhere safe: without it the backup cannot be opened.</source>
        <translation>백업은 자체 암호 문구로 암호화되므로 새 PC에서도 복원할 수 있습니다. 암호 문구를 안전한 곳에 보관하세요. 없으면 백업을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The backup was saved to %1.</source>
        <translation>백업을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation>데이터베이스 키 변경</translation>
    </message>
    <message>
        <source>The database was re-encrypted. %1</source>
        <translation>데이터베이스를 다시 암호화했습니다. %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup? The current database is kept beside it as spoke.db.replaced.</source>
        <translation>%1의 모든 데이터를 백업으로 교체할까요? 현재 데이터베이스는 옆에 spoke.db.replaced로 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SecuritySection</name>
    <message>
        <source>Security and backups</source>
        <translation>보안 및 백업</translation>
    </message>
    <message>
        <source>Only owners see this section. Every action here is recorded in the audit log.</source>
        <translation>이 섹션은 소유자만 봅니다. 여기서 한 모든 작업은 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>키 변경…</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>데이터베이스 키</translation>
    </message>
    <message>
        <source>The location&apos;s database is encrypted with SQLCipher (AES-256). Move the key to the system keychain or to a passphrase; the database is re-encrypted on the spot.</source>
        <translation>지점의 데이터베이스는 SQLCipher(AES-256)로 암호화되어 있습니다. 키를 시스템 키체인이나 암호 문구로 옮기면 데이터베이스가 즉시 다시 암호화됩니다.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>백업 만들기…</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>암호화된 백업</translation>
    </message>
    <message>
        <source>A single file protected by its own passphrase, so it can be restored on a new PC. Keep it away from this PC: on a USB drive or in the office safe.</source>
        <translation>자체 암호 문구로 보호되는 단일 파일이라 새 PC에서도 복원할 수 있습니다. 이 PC가 아닌 USB 드라이브나 사무실 금고에 보관하세요.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Replaces this location&apos;s data with a backup after checking it. The current database is kept beside it as spoke.db.replaced.</source>
        <translation>백업을 확인한 뒤 이 지점의 데이터를 교체합니다. 현재 데이터베이스는 옆에 spoke.db.replaced로 보관됩니다.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>현재: %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ServiceDialog</name>
    <message>
        <source>Standard</source>
        <translation>표준 세율</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>경감 세율</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>면세</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>&amp;Offered at this location</source>
        <translation>이 지점에서 제공(&amp;O)</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>서비스 추가</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>This service comes from head office: its name, price, duration and tax class are set there. You can only choose whether this location offers it.</source>
        <translation>본사에서 관리하는 서비스입니다. 이름, 가격, 소요 시간, 세율 구분은 본사에서 정합니다. 이 지점에서 제공할지 여부만 선택할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>분류(&amp;C):</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>소요 시간(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>가격(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Tax class:</source>
        <translation>세율 구분(&amp;T):</translation>
    </message>
    <message>
        <source>Head-office code:</source>
        <translation>본사 코드:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Type the price as a number, such as %1.</source>
        <translation>가격을 %1처럼 숫자로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ServicesSection</name>
    <message>
        <source>Head office</source>
        <translation>본사</translation>
    </message>
    <message>
        <source>This location</source>
        <translation>이 지점</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>제공 중</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Set by head office; this location can only switch it off or on.</source>
        <translation>본사에서 정한 서비스입니다. 이 지점에서는 사용 중지하거나 다시 사용하는 것만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>세율 구분</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>관리 주체</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>What this location sells and books. Head office sets its own services and their prices; you can switch those off here and add services of your own.</source>
        <translation>이 지점에서 판매하고 예약받는 서비스입니다. 본사 서비스와 가격은 본사에서 정하며, 여기서는 본사 서비스를 사용 중지하거나 이 지점만의 서비스를 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>서비스 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>사용 중지(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation>다시 사용(&amp;W)</translation>
    </message>
    <message>
        <source>Head-office services can&apos;t be deleted here; switch them off instead.</source>
        <translation>본사 서비스는 여기서 삭제할 수 없습니다. 대신 사용 중지하세요.</translation>
    </message>
    <message>
        <source>“%1” was added to the catalog.</source>
        <translation>“%1”을(를) 카탈로그에 추가했습니다.</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>“%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>“%1”을(를) 다시 제공합니다.</translation>
    </message>
    <message>
        <source>“%1” is switched off: it can no longer be booked here.</source>
        <translation>“%1”을(를) 사용 중지했습니다. 이제 이 지점에서 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete a service</source>
        <translation>서비스 삭제</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalog? Jobs already booked keep it.</source>
        <translation>카탈로그에서 “%1”을(를) 삭제할까요? 이미 예약된 작업에는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1”을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>보안 및 백업</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>청구</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>%1의 역할 변경</translation>
    </message>
    <message>
        <source>New PIN or password for %1</source>
        <translation>%1의 새 PIN 또는 비밀번호</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Signs in with:</source>
        <translation>로그인 방법:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>PIN 또는 비밀번호:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>다시 입력:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same PIN or password twice.</source>
        <translation>두 입력이 다릅니다. 같은 PIN이나 비밀번호를 두 번 입력하세요.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StaffModel</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>로그인 방법</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Everyone who signs in at this location. Owners and managers add accounts and reset PINs; only owners manage other owners.</source>
        <translation>이 지점에서 로그인하는 모든 사람입니다. 소유자와 관리자는 계정을 추가하고 PIN을 재설정하며, 다른 소유자는 소유자만 관리합니다.</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>직원 추가…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>역할 변경…</translation>
    </message>
    <message>
        <source>New PIN or password…</source>
        <translation>새 PIN 또는 비밀번호…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>이제 %1님이 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 has a new PIN or password.</source>
        <translation>%1님에게 새 PIN 또는 비밀번호가 설정되었습니다.</translation>
    </message>
    <message>
        <source>The account is unlocked.</source>
        <translation>계정 잠금을 해제했습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StatementDialog</name>
    <message>
        <source>Statement of account</source>
        <translation>거래 내역서</translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation>%1 거래 내역서</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>시작일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>종료일(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>용지(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>인쇄 미리 보기…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>기간의 종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Statement %1 %2</source>
        <translation>거래 내역서 %1 %2</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncFormat</name>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>오늘 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>%1 동기화됨</translation>
    </message>
    <message>
        <source>Enrolled, not synced yet</source>
        <translation>등록됨, 아직 동기화 안 됨</translation>
    </message>
    <message>
        <source>Enroll this PC again</source>
        <translation>이 PC를 다시 등록하세요</translation>
    </message>
    <message>
        <source>This location works on its own. A manager can enroll it with head office&apos;s hub in Settings → Sync.</source>
        <translation>이 지점은 단독으로 작동합니다. 관리자가 설정 → 동기화에서 본사 허브에 등록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Hub: %1 (%2)</source>
        <translation>허브: %1(%2)</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>마지막 동기화 성공: %1</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>전송 대기 중인 변경 사항: %1</translation>
    </message>
    <message>
        <source>Changes from head office waiting for a record: %1</source>
        <translation>관련 기록을 기다리는 본사 변경 사항: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>마지막 문제: %1</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>예약 실행</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>network back</source>
        <translation>네트워크 복구</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>시작 시</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>재시도</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source> · synced %1</source>
        <translation> · %1 동기화됨</translation>
    </message>
    <message>
        <source> · 1 change to send</source>
        <translation> · 보낼 변경 1건</translation>
    </message>
    <message>
        <source> · %1 changes to send</source>
        <translation> · 보낼 변경 %1건</translation>
    </message>
    <message>
        <source>Next try in %1 s.</source>
        <translation>%1초 후 다시 시도합니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncIndicator</name>
    <message>
        <source>Click for the sync history and the conflict log. F9 syncs now.</source>
        <translation>클릭하면 동기화 기록과 충돌 기록을 볼 수 있습니다. F9를 누르면 바로 동기화합니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncScreen</name>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>유지된 값</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>덮어쓴 값</translation>
    </message>
    <message>
        <source>Won by</source>
        <translation>우선한 쪽</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Sync with head office</source>
        <translation>본사와 동기화</translation>
    </message>
    <message>
        <source>Sync now (F9)</source>
        <translation>지금 동기화 (F9)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Conflict log</source>
        <translation>충돌 기록</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>적용 안 됨</translation>
    </message>
    <message>
        <source>A manager enrolls this PC again in Settings → Sync with a new code from head office.</source>
        <translation>관리자가 본사에서 받은 새 코드로 설정 → 동기화에서 이 PC를 다시 등록합니다.</translation>
    </message>
    <message>
        <source> (hub request %1)</source>
        <translation> (허브 요청 %1)</translation>
    </message>
    <message>
        <source>The conflict log lists values one side overwrote when head office and this location changed the same record; the winner is applied here already.</source>
        <translation>충돌 기록에는 본사와 이 지점이 같은 기록을 변경했을 때 한쪽이 덮어쓴 값이 나열됩니다. 우선한 값은 이미 여기에 적용되어 있습니다.</translation>
    </message>
    <message>
        <source>Managers and owners also see the conflict log and the changes not applied.</source>
        <translation>관리자와 소유자는 충돌 기록과 적용되지 않은 변경 사항도 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>본사</translation>
    </message>
    <message>
        <source>this location</source>
        <translation>이 지점</translation>
    </message>
    <message>
        <source>from head office</source>
        <translation>본사에서 받음</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>to head office</source>
        <translation>본사로 보냄</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncSection</name>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Un-enroll…</source>
        <translation>등록 해제…</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>시스템 인증 기관</translation>
    </message>
    <message>
        <source>Head office&apos;s CA certificate (a .pem file):</source>
        <translation>본사 CA 인증서(.pem 파일):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Sync with head office</source>
        <translation>본사와 동기화</translation>
    </message>
    <message>
        <source>Customers, jobs and sales go up to head office&apos;s Spoke Hub; central bookings, the service catalog and managed settings come down. Spoke keeps working without a network and catches up when it is back.</source>
        <translation>고객, 작업, 매출은 본사의 Spoke Hub로 올라가고, 본사 예약, 서비스 카탈로그, 본사 관리 설정은 내려옵니다. Spoke는 네트워크 없이도 계속 작동하며 연결이 돌아오면 밀린 동기화를 마칩니다.</translation>
    </message>
    <message>
        <source>Sync now (F9)</source>
        <translation>지금 동기화 (F9)</translation>
    </message>
    <message>
        <source>History and conflict log…</source>
        <translation>기록 및 충돌 기록…</translation>
    </message>
    <message>
        <source>Head office gives you the hub&apos;s address, a one-time enrollment code and, for a private hub, its CA certificate. The access token the hub returns is kept in the system keychain.</source>
        <translation>본사에서 허브 주소, 일회용 등록 코드, 그리고 사설 허브라면 CA 인증서를 받습니다. 허브가 돌려주는 액세스 토큰은 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>프런트</translation>
    </message>
    <message>
        <source>hub-ca.pem</source>
        <translation>hub-ca.pem</translation>
    </message>
    <message>
        <source>optional: base64 SHA-256 of the hub&apos;s public key</source>
        <translation>선택 사항: 허브 공개 키의 SHA-256(base64)</translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation>허브 주소:</translation>
    </message>
    <message>
        <source>Enrollment code:</source>
        <translation>등록 코드:</translation>
    </message>
    <message>
        <source>This PC&apos;s name:</source>
        <translation>이 PC의 이름:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>신뢰:</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>고정 키:</translation>
    </message>
    <message>
        <source>Enroll again (a replacement PC, or after head office removed this one)</source>
        <translation>다시 등록(교체한 PC이거나 본사에서 이 PC를 제거한 경우)</translation>
    </message>
    <message>
        <source>Enroll this PC</source>
        <translation>이 PC 등록</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>등록 중…</translation>
    </message>
    <message>
        <source>Head office&apos;s CA certificate</source>
        <translation>본사 CA 인증서</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>인증서 (*.pem *.crt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose head office&apos;s CA certificate file, or trust the system&apos;s certificate authorities.</source>
        <translation>본사 CA 인증서 파일을 선택하거나 시스템 인증 기관을 신뢰하도록 하세요.</translation>
    </message>
    <message>
        <source>Contacting the hub…</source>
        <translation>허브에 연결하는 중…</translation>
    </message>
    <message>
        <source>Un-enroll this PC?</source>
        <translation>이 PC의 등록을 해제할까요?</translation>
    </message>
    <message>
        <source>Spoke stops syncing with %1 and forgets its access token. Changes made meanwhile wait here and go up if this PC is enrolled again. Head office still lists this PC until it removes it.</source>
        <translation>Spoke는 %1과(와)의 동기화를 멈추고 액세스 토큰을 삭제합니다. 그동안 한 변경은 여기에 대기하다가 이 PC를 다시 등록하면 올라갑니다. 본사에서 이 PC를 제거할 때까지는 본사 목록에 계속 표시됩니다.</translation>
    </message>
    <message>
        <source>This PC no longer syncs with head office.</source>
        <translation>이 PC는 더 이상 본사와 동기화하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TaxClassDialog</name>
    <message>
        <source>New tax class</source>
        <translation>새 세율 구분</translation>
    </message>
    <message>
        <source>Tax class %1</source>
        <translation>세율 구분 %1</translation>
    </message>
    <message>
        <source>e.g. reduced</source>
        <translation>예: reduced</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. Reduced rate</source>
        <translation>예: 경감 세율</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>Up to three taxes. A compound tax is charged on the price plus the taxes above it. Leave every rate empty for a tax-exempt class.</source>
        <translation>세금은 최대 세 개까지입니다. 복합 세금은 가격에 위쪽 세금을 더한 금액에 부과됩니다. 면세 구분으로 만들려면 모든 세율을 비워 두세요.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>세율(%)</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>복합</translation>
    </message>
    <message>
        <source>Tax %1: %2</source>
        <translation>세금 %1: %2</translation>
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
        <translation>팀</translation>
    </message>
    <message>
        <source>When each technician works, what they are trained for and when they are off; and the crews they go out in. The dispatch board warns when a booking doesn&apos;t fit.</source>
        <translation>기사별 근무 시간, 보유 기술, 휴무와 함께 현장에 나가는 작업팀을 관리합니다. 예약이 맞지 않으면 배차 보드에서 경고합니다.</translation>
    </message>
    <message>
        <source>&amp;Technicians</source>
        <translation>기사(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>근무 시간(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>기술(&amp;K)</translation>
    </message>
    <message>
        <source>Time o&amp;ff</source>
        <translation>휴무(&amp;F)</translation>
    </message>
    <message>
        <source>Weekly hours, in the location&apos;s time zone. Untick a day off.</source>
        <translation>주간 근무 시간이며 지점 시간대 기준입니다. 쉬는 날은 체크를 해제하세요.</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>근무</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>%1 시작</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1 종료</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>휴무일</translation>
    </message>
    <message>
        <source>Sa&amp;ve hours</source>
        <translation>근무 시간 저장(&amp;V)</translation>
    </message>
    <message>
        <source>Services this technician is trained for. Space ticks the selected one.</source>
        <translation>이 기사가 교육받은 서비스입니다. Space 키로 선택한 항목을 체크합니다.</translation>
    </message>
    <message>
        <source>Sa&amp;ve skills</source>
        <translation>기술 저장(&amp;V)</translation>
    </message>
    <message>
        <source>Holidays and appointments, in the location&apos;s time zone (%1).</source>
        <translation>휴가와 개인 일정이며 지점 시간대(%1) 기준입니다.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>&amp;Add time off…</source>
        <translation>휴무 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>삭제(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;rews</source>
        <translation>작업팀(&amp;R)</translation>
    </message>
    <message>
        <source>Technicians who go out together. The colour marks the crew on the board.</source>
        <translation>함께 현장에 나가는 기사들입니다. 보드에서는 색으로 작업팀을 구분합니다.</translation>
    </message>
    <message>
        <source>&amp;New crew…</source>
        <translation>새 작업팀(&amp;N)…</translation>
    </message>
    <message>
        <source>Ed&amp;it crew…</source>
        <translation>작업팀 편집(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove cre&amp;w</source>
        <translation>작업팀 삭제(&amp;W)</translation>
    </message>
    <message>
        <source>%1 (switched off)</source>
        <translation>%1 (사용 중지)</translation>
    </message>
    <message>
        <source>no members yet</source>
        <translation>아직 팀원 없음</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>and %1 (kept as set)</source>
        <translation>및 %1 (설정 유지)</translation>
    </message>
    <message>
        <source>A split shift set elsewhere; it is kept while the day is ticked.</source>
        <translation>다른 곳에서 설정한 분할 근무입니다. 이 요일이 체크되어 있는 동안 유지됩니다.</translation>
    </message>
    <message>
        <source>Hours saved for %1.</source>
        <translation>%1의 근무 시간을 저장했습니다.</translation>
    </message>
    <message>
        <source>Skills saved for %1.</source>
        <translation>%1의 기술을 저장했습니다.</translation>
    </message>
    <message>
        <source>Time off added for %1.</source>
        <translation>%1의 휴무를 추가했습니다.</translation>
    </message>
    <message>
        <source>The time off was removed.</source>
        <translation>휴무를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Crew “%1” was added.</source>
        <translation>작업팀 “%1”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Crew “%1” was saved.</source>
        <translation>작업팀 “%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Remove a crew</source>
        <translation>작업팀 삭제</translation>
    </message>
    <message>
        <source>Remove “%1”? Its members stay; jobs it already did keep its name.</source>
        <translation>“%1”을(를) 삭제할까요? 팀원은 그대로 남고, 이 작업팀이 이미 한 작업에는 작업팀 이름이 유지됩니다.</translation>
    </message>
    <message>
        <source>Crew “%1” was removed.</source>
        <translation>작업팀 “%1”을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TimeOffDialog</name>
    <message>
        <source>Time off for %1</source>
        <translation>%1의 휴무</translation>
    </message>
    <message>
        <source>Holiday, training, appointment…</source>
        <translation>휴가, 교육, 개인 일정…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>종료(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>Times are in the location&apos;s time zone (%1).</source>
        <translation>시간은 지점 시간대(%1) 기준입니다.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TimelineWidget</name>
    <message>
        <source>Log call</source>
        <translation>통화 기록</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Nothing on the timeline yet.</source>
        <translation>아직 타임라인에 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+Shift+C)</source>
        <translation>통화 기록 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Add a note (Ctrl+Shift+N)</source>
        <translation>메모 추가 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Enter to save · Esc to cancel</source>
        <translation>Enter: 저장 · Esc: 취소</translation>
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
        <translation>통화 기록하기</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>메모 추가하기</translation>
    </message>
    <message>
        <source>What was the call about?</source>
        <translation>어떤 통화였나요?</translation>
    </message>
    <message>
        <source>Write the note</source>
        <translation>메모를 쓰세요</translation>
    </message>
    <message>
        <source>Type something first, or press Esc.</source>
        <translation>먼저 내용을 입력하거나 Esc를 누르세요.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TodayPage</name>
    <message>
        <source>Good morning, %1</source>
        <translation>좋은 아침입니다, %1님</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>안녕하세요, %1님</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>좋은 저녁입니다, %1님</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Jobs today</source>
        <translation>오늘 작업</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Services and crew</source>
        <translation>서비스 및 작업팀</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>시간 미정</translation>
    </message>
    <message>
        <source>Today&apos;s jobs</source>
        <translation>오늘의 작업</translation>
    </message>
    <message>
        <source>Waiting for a time or a crew</source>
        <translation>시간 또는 작업팀 배정 대기</translation>
    </message>
    <message>
        <source>Running late</source>
        <translation>지연 중</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Requests with no time, and jobs with nobody sent.</source>
        <translation>시간이 정해지지 않은 요청과 보낼 사람이 배정되지 않은 작업입니다.</translation>
    </message>
    <message>
        <source>Not started 10 minutes after the start, or not finished 10 minutes after the end.</source>
        <translation>시작 시간 10분 후에도 시작하지 않았거나, 종료 시간 10분 후에도 끝나지 않은 작업입니다.</translation>
    </message>
    <message>
        <source>Nothing booked today.</source>
        <translation>오늘 예약된 작업이 없습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::WelcomePage</name>
    <message>
        <source>Welcome to Spoke</source>
        <translation>Spoke에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your location. It takes about two minutes.</source>
        <translation>이 PC를 지점용으로 설정해 봅시다. 2분 정도 걸립니다.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>사업장 정보</translation>
    </message>
    <message>
        <source>Name, address, time zone and currency, as they appear on invoices.</source>
        <translation>청구서에 표시될 이름, 주소, 시간대, 통화.</translation>
    </message>
    <message>
        <source>Your owner account</source>
        <translation>소유자 계정</translation>
    </message>
    <message>
        <source>You sign in with a PIN or a password; you add your staff later.</source>
        <translation>PIN이나 비밀번호로 로그인합니다. 직원은 나중에 추가합니다.</translation>
    </message>
    <message>
        <source>How your data is protected</source>
        <translation>데이터 보호 방식</translation>
    </message>
    <message>
        <source>Spoke encrypts everything on this PC. You choose where the key is kept.</source>
        <translation>Spoke는 이 PC의 모든 데이터를 암호화합니다. 키를 보관할 곳은 직접 고릅니다.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing leaves this PC until you enroll it with your head office.</source>
        <translation>본사에 등록하기 전까지는 아무 데이터도 이 PC를 떠나지 않습니다.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::customers</name>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>우편</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>청구서</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
</TS>
