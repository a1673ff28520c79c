<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Impossible d’exécuter l’instruction</translation>
    </message>
    <message>
        <source>The database connection was closed; prepare the query again</source>
        <translation>La connexion à la base a été fermée ; préparez de nouveau la requête</translation>
    </message>
    <message>
        <source>Database is not open</source>
        <translation>La base n’est pas ouverte</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>Impossible d’exécuter plusieurs instructions à la fois</translation>
    </message>
    <message>
        <source>No statement prepared</source>
        <translation>Aucune instruction préparée</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Nombre de paramètres incorrect</translation>
    </message>
    <message>
        <source>execBatch() needs one QVariantList of equal length per placeholder</source>
        <translation>execBatch() demande une QVariantList de même longueur par paramètre</translation>
    </message>
    <message>
        <source>%1 placeholders, %2 values</source>
        <translation>%1 paramètres, %2 valeurs</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>Impossible de lier les paramètres</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>Impossible de lire la ligne</translation>
    </message>
</context>
<context>
    <name>spoke::AuditLog</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>Le journal d’audit est illisible.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>Les entrées d’audit %1 à %2 manquent.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation>L’entrée d’audit %1 ne suit pas l’entrée précédente.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>L’entrée d’audit %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The newest audit entries (after %1) were removed.</source>
        <translation>Les entrées d’audit les plus récentes (après %1) ont été supprimées.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing the audit log.</source>
        <translation>Votre rôle ne permet pas de consulter le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>spoke::BackupService</name>
    <message>
        <source>Only an owner can make backups.</source>
        <translation>Seul un propriétaire peut faire des sauvegardes.</translation>
    </message>
    <message>
        <source>The backup passphrase must have at least 8 characters.</source>
        <translation>La phrase secrète de la sauvegarde doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La sauvegarde %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The backup cannot be opened: the passphrase is wrong or the file is not a Spoke backup.</source>
        <translation>Impossible d’ouvrir la sauvegarde : la phrase secrète est fausse ou le fichier n’est pas une sauvegarde Spoke.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>La phrase secrète doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The restored file cannot be read back.</source>
        <translation>Le fichier restauré ne peut pas être relu.</translation>
    </message>
    <message>
        <source>The current database could not be moved aside; nothing changed.</source>
        <translation>La base actuelle n’a pas pu être mise de côté ; rien n’a changé.</translation>
    </message>
    <message>
        <source>The restored database could not be moved into place.</source>
        <translation>La base restaurée n’a pas pu être mise en place.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>La sauvegarde est endommagée : %1</translation>
    </message>
    <message>
        <source>The backup is damaged: its integrity check failed.</source>
        <translation>La sauvegarde est endommagée : la vérification d’intégrité a échoué.</translation>
    </message>
    <message>
        <source>The file is not a Spoke backup.</source>
        <translation>Le fichier n’est pas une sauvegarde Spoke.</translation>
    </message>
    <message>
        <source>The backup is damaged: its version cannot be read.</source>
        <translation>La sauvegarde est endommagée : sa version est illisible.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Spoke (schema %1). Update Spoke first.</source>
        <translation>La sauvegarde a été faite par une version plus récente de Spoke (schéma %1). Mettez d’abord Spoke à jour.</translation>
    </message>
</context>
<context>
    <name>spoke::Billing</name>
    <message>
        <source>The amount is too large to be handled exactly.</source>
        <translation>Le montant est trop élevé pour être traité exactement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, such as CAD).</source>
        <translation>« %1 » n’est pas un code de devise (trois lettres majuscules, comme CAD).</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined; every amount must be in the same currency.</source>
        <translation>Impossible de combiner des montants en %1 et en %2 ; tous les montants doivent être dans la même devise.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as 9.975.</source>
        <translation>« %1 » n’est pas un pourcentage comme 9.975.</translation>
    </message>
    <message>
        <source>A rate must have a positive denominator.</source>
        <translation>Un taux doit avoir un dénominateur positif.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>Un taux ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation>Une part ne peut pas être négative.</translation>
    </message>
    <message>
        <source>There is nothing to split the amount by.</source>
        <translation>Il n’y a aucune clé de répartition pour le montant.</translation>
    </message>
    <message>
        <source>An amount can only be split into one part or more.</source>
        <translation>Un montant ne peut être réparti qu’en une part ou plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like 129.50 (digits and one &apos;.&apos;).</source>
        <translation>« %1 » n’est pas un montant ; écrivez-le comme 129.50 (des chiffres et un seul « . »).</translation>
    </message>
    <message>
        <source>%1 has no decimals; &quot;%2&quot; cannot be charged exactly.</source>
        <translation>%1 n’a pas de décimales ; « %2 » ne peut pas être facturé exactement.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n decimal(s); &quot;%2&quot; has more.</source>
        <translation>
            <numerusform>%1 a %n décimale ; « %2 » en a davantage.</numerusform>
            <numerusform>%1 a %n décimales ; « %2 » en a davantage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invoice amounts are too large to be handled exactly.</source>
        <translation>Les montants de la facture sont trop élevés pour être traités exactement.</translation>
    </message>
    <message>
        <source>The discount on %1 cannot be negative.</source>
        <translation>La remise sur %1 ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The discount on %1 cannot be more than 100%.</source>
        <translation>La remise sur %1 ne peut pas dépasser 100 %.</translation>
    </message>
    <message>
        <source>The discount on %1 is larger than the amount it discounts.</source>
        <translation>La remise sur %1 dépasse le montant auquel elle s’applique.</translation>
    </message>
    <message>
        <source>A tax class needs a code.</source>
        <translation>Une catégorie de taxe doit avoir un code.</translation>
    </message>
    <message>
        <source>Tax class %1 has more than %2 rates.</source>
        <translation>La catégorie de taxe %1 compte plus de %2 taux.</translation>
    </message>
    <message>
        <source>A rate of tax class %1 has no code.</source>
        <translation>Un taux de la catégorie de taxe %1 n’a pas de code.</translation>
    </message>
    <message>
        <source>Tax class %1 lists %2 twice.</source>
        <translation>La catégorie de taxe %1 contient %2 deux fois.</translation>
    </message>
    <message>
        <source>Tax %1 in class %2 must be between 0% and 100%.</source>
        <translation>La taxe %1 de la catégorie %2 doit être comprise entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Une facture doit comporter au moins une ligne.</translation>
    </message>
    <message>
        <source>Tax class %1 is defined twice.</source>
        <translation>La catégorie de taxe %1 est définie deux fois.</translation>
    </message>
    <message>
        <source>Tax %1 has two different rates in the tax classes.</source>
        <translation>La taxe %1 a deux taux différents selon les catégories de taxe.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>Line %1 is priced in %2 but the invoice is in %3; an invoice has one currency.</source>
        <translation>La ligne %1 est en %2 mais la facture est en %3 ; une facture n’a qu’une devise.</translation>
    </message>
    <message>
        <source>Line %1 has a negative price; corrections are made with a credit note.</source>
        <translation>La ligne %1 a un prix négatif ; les corrections se font par un avoir.</translation>
    </message>
    <message>
        <source>Line %1 has a quantity below 1; remove the line instead.</source>
        <translation>La ligne %1 a une quantité inférieure à 1 ; supprimez plutôt la ligne.</translation>
    </message>
    <message>
        <source>Line %1 uses tax class &quot;%2&quot;, which does not exist.</source>
        <translation>La ligne %1 utilise la catégorie de taxe « %2 », qui n’existe pas.</translation>
    </message>
    <message>
        <source>the invoice</source>
        <translation>la facture</translation>
    </message>
    <message>
        <source>The invoice total is zero; an invoice must be for a positive amount.</source>
        <translation>Le total de la facture est nul ; une facture doit porter sur un montant positif.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Taux normal</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <source>The numbering of %1 is missing.</source>
        <translation>La numérotation « %1 » est introuvable.</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>Le client n’existe pas.</translation>
    </message>
    <message>
        <source>The invoice does not exist.</source>
        <translation>La facture n’existe pas.</translation>
    </message>
    <message>
        <source>The payment does not exist.</source>
        <translation>Le paiement n’existe pas.</translation>
    </message>
    <message>
        <source>A job on the invoice is no longer %1.</source>
        <translation>Une intervention de la facture n’est plus à l’état « %1 ».</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1 à 30 jours</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31 à 60 jours</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61 à 90 jours</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <source>Choose the customer to invoice.</source>
        <translation>Choisissez le client à facturer.</translation>
    </message>
    <message>
        <source>Invoices are in %1, the location&apos;s currency; %2 cannot be used.</source>
        <translation>Les factures sont en %1, la devise de l’établissement ; %2 ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Payment terms are from 0 to 365 days.</source>
        <translation>Les conditions de paiement vont de 0 à 365 jours.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>Une remise ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>La ligne %1 doit avoir une description.</translation>
    </message>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>Le client n’existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>A job on the invoice does not exist or was removed.</source>
        <translation>Une intervention de la facture n’existe pas ou a été retirée.</translation>
    </message>
    <message>
        <source>A job on the invoice belongs to another customer.</source>
        <translation>Une intervention de la facture appartient à un autre client.</translation>
    </message>
    <message>
        <source>A job on the invoice is already invoiced.</source>
        <translation>Une intervention de la facture est déjà facturée.</translation>
    </message>
    <message>
        <source>Only completed jobs can be invoiced; a job on the invoice is %1.</source>
        <translation>Seules les interventions terminées peuvent être facturées ; une intervention de la facture est à l’état « %1 ».</translation>
    </message>
    <message>
        <source>A job on the invoice is already on another draft invoice.</source>
        <translation>Une intervention de la facture figure déjà sur un autre brouillon de facture.</translation>
    </message>
    <message>
        <source>A job on the invoice is already on invoice %1.</source>
        <translation>Une intervention de la facture figure déjà sur la facture %1.</translation>
    </message>
    <message>
        <source>The draft does not exist or was deleted.</source>
        <translation>Le brouillon n’existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>A job on the invoice is already on another invoice.</source>
        <translation>Une intervention de la facture figure déjà sur une autre facture.</translation>
    </message>
    <message>
        <source>The invoice was issued meanwhile.</source>
        <translation>La facture a été émise entre-temps.</translation>
    </message>
    <message>
        <source>Only a manager can issue invoices.</source>
        <translation>Seul un gérant peut émettre des factures.</translation>
    </message>
    <message>
        <source>A credit note is issued with the invoice it corrects.</source>
        <translation>Un avoir s’émet à partir de la facture qu’il corrige.</translation>
    </message>
    <message>
        <source>Invoice %1 is already issued.</source>
        <translation>La facture %1 est déjà émise.</translation>
    </message>
    <message>
        <source>The invoice is in %1 but the location bills in %2.</source>
        <translation>La facture est en %1, mais l’établissement facture en %2.</translation>
    </message>
    <message>
        <source>An invoice must be for a positive amount.</source>
        <translation>Une facture doit porter sur un montant positif.</translation>
    </message>
    <message>
        <source>Invoice %1 issued: %2</source>
        <translation>Facture %1 émise : %2</translation>
    </message>
    <message>
        <source>Only a manager can issue credit notes.</source>
        <translation>Seul un gérant peut émettre des avoirs.</translation>
    </message>
    <message>
        <source>Say why the invoice is credited.</source>
        <translation>Indiquez pourquoi la facture fait l’objet d’un avoir.</translation>
    </message>
    <message>
        <source>Every credited line needs a description.</source>
        <translation>Chaque ligne créditée doit avoir une description.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>Un avoir ne peut pas lui-même faire l’objet d’un avoir.</translation>
    </message>
    <message>
        <source>A draft has not been issued: change it instead of crediting it.</source>
        <translation>Un brouillon n’a pas été émis : modifiez-le au lieu d’établir un avoir.</translation>
    </message>
    <message>
        <source>Invoice %1 is void: there is nothing to credit.</source>
        <translation>La facture %1 est annulée : il n’y a rien à créditer.</translation>
    </message>
    <message>
        <source>Invoice %1 is already credited in full.</source>
        <translation>La facture %1 est déjà entièrement créditée.</translation>
    </message>
    <message>
        <source>The credit note (%1) is more than what is left to credit on invoice %2 (%3).</source>
        <translation>L’avoir (%1) dépasse ce qui reste à créditer sur la facture %2 (%3).</translation>
    </message>
    <message>
        <source>The invoice&apos;s balance changed meanwhile.</source>
        <translation>Le solde de la facture a changé entre-temps.</translation>
    </message>
    <message>
        <source>Credit note %1 for invoice %2: %3 (%4)</source>
        <translation>Avoir %1 sur la facture %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>Only a manager can void an invoice.</source>
        <translation>Seul un gérant peut annuler une facture.</translation>
    </message>
    <message>
        <source>Say why the invoice is voided.</source>
        <translation>Indiquez pourquoi la facture est annulée.</translation>
    </message>
    <message>
        <source>A credit note cannot be voided.</source>
        <translation>Un avoir ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>A draft has no number yet: delete it instead of voiding it.</source>
        <translation>Un brouillon n’a pas encore de numéro : supprimez-le au lieu de l’annuler.</translation>
    </message>
    <message>
        <source>Invoice %1 is already void.</source>
        <translation>La facture %1 est déjà annulée.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot be voided: %2 of it is already paid or credited. Issue a credit note to correct it, then refund the customer if needed.</source>
        <translation>La facture %1 ne peut pas être annulée : %2 en a déjà été payé ou crédité. Émettez un avoir pour la corriger, puis remboursez le client si nécessaire.</translation>
    </message>
    <message>
        <source>The invoice changed meanwhile; look at it again.</source>
        <translation>La facture a changé entre-temps ; consultez-la à nouveau.</translation>
    </message>
    <message>
        <source>(invoice %1 voided)</source>
        <translation>(facture %1 annulée)</translation>
    </message>
    <message>
        <source>Invoice %1 voided: %2</source>
        <translation>Facture %1 annulée : %2</translation>
    </message>
    <message>
        <source>Your role does not allow seeing invoices.</source>
        <translation>Votre rôle ne permet pas de consulter les factures.</translation>
    </message>
    <message>
        <source>Tax class %1 is listed twice.</source>
        <translation>La catégorie de taxe %1 figure deux fois.</translation>
    </message>
    <message>
        <source>There must be a tax class with the code &quot;standard&quot; (what services use by default).</source>
        <translation>Il doit exister une catégorie de taxe de code « standard » (celle que les services utilisent par défaut).</translation>
    </message>
    <message>
        <source>A number prefix has at most %1 characters on one line.</source>
        <translation>Un préfixe de numéro compte au plus %1 caractères sur une seule ligne.</translation>
    </message>
    <message>
        <source>Invoices and credit notes need different number prefixes (for example &quot;INV-&quot; and &quot;CN-&quot;).</source>
        <translation>Les factures et les avoirs doivent avoir des préfixes de numéro différents (par exemple « FAC- » et « AV- »).</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Le logo doit être une image PNG.</translation>
    </message>
    <message>
        <source>The logo is too large (at most %1 KB).</source>
        <translation>Le logo est trop volumineux (%1 Ko au plus).</translation>
    </message>
    <message>
        <source>Your role does not allow changing the billing settings.</source>
        <translation>Votre rôle ne permet pas de modifier les réglages de facturation.</translation>
    </message>
    <message>
        <source>Services in the catalog use the tax class %1; keep it or change those services first.</source>
        <translation>Des services du catalogue utilisent la catégorie de taxe %1 ; conservez-la ou modifiez d’abord ces services.</translation>
    </message>
    <message>
        <source>Set up the location&apos;s profile before its billing settings.</source>
        <translation>Configurez le profil de l’établissement avant ses réglages de facturation.</translation>
    </message>
    <message>
        <source>Your role does not allow preparing invoices.</source>
        <translation>Votre rôle ne permet pas de préparer des factures.</translation>
    </message>
    <message>
        <source>Choose at least one completed job to invoice.</source>
        <translation>Choisissez au moins une intervention terminée à facturer.</translation>
    </message>
    <message>
        <source>A job is priced in %1 but the location bills in %2.</source>
        <translation>Une intervention est tarifée en %1, mais l’établissement facture en %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A job has no services to invoice.</source>
        <translation>Une intervention n’a aucun service à facturer.</translation>
    </message>
    <message>
        <source>%1 is issued and can no longer change; correct it with a credit note.</source>
        <translation>La facture %1 est émise et ne peut plus être modifiée ; corrigez-la par un avoir.</translation>
    </message>
    <message>
        <source>%1 is issued: an issued invoice is never deleted (void it or credit it instead).</source>
        <translation>La facture %1 est émise : une facture émise n’est jamais supprimée (annulez-la ou établissez plutôt un avoir).</translation>
    </message>
    <message>
        <source>Your role does not allow seeing payments.</source>
        <translation>Votre rôle ne permet pas de consulter les paiements.</translation>
    </message>
    <message>
        <source>Your role does not allow the cash-up.</source>
        <translation>Votre rôle ne permet pas d’effectuer la clôture de caisse.</translation>
    </message>
    <message>
        <source>Choose the day to count.</source>
        <translation>Choisissez le jour à clôturer.</translation>
    </message>
    <message>
        <source>Money is taken and given back in %1, the location&apos;s currency; an amount in %2 cannot be recorded.</source>
        <translation>L’argent est encaissé et rendu en %1, la devise de l’établissement ; un montant en %2 ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>sans devise</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 is a credit note: payments settle invoices.</source>
        <translation>%1 est un avoir : les paiements règlent des factures.</translation>
    </message>
    <message>
        <source>Issue the invoice before taking payment for it.</source>
        <translation>Émettez la facture avant d’en encaisser le paiement.</translation>
    </message>
    <message>
        <source>Invoice %1 is void: nothing is owed on it.</source>
        <translation>La facture %1 est annulée : rien n’est dû à ce titre.</translation>
    </message>
    <message>
        <source>The customer&apos;s credit changed meanwhile.</source>
        <translation>Le crédit du client a changé entre-temps.</translation>
    </message>
    <message>
        <source>Your role does not allow taking payments.</source>
        <translation>Votre rôle ne permet pas d’encaisser des paiements.</translation>
    </message>
    <message>
        <source>Choose the customer who pays.</source>
        <translation>Choisissez le client qui paie.</translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future.</source>
        <translation>Un paiement ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>Invoice %1 belongs to another customer.</source>
        <translation>La facture %1 appartient à un autre client.</translation>
    </message>
    <message>
        <source>Invoice %1 is already paid in full. Record the money as customer credit instead.</source>
        <translation>La facture %1 est déjà entièrement payée. Enregistrez plutôt la somme comme crédit du client.</translation>
    </message>
    <message>
        <source>The payment (%1) is more than the balance of invoice %2 (%3). Take %3, or keep the difference as customer credit.</source>
        <translation>Le paiement (%1) dépasse le solde de la facture %2 (%3). Encaissez %3 ou conservez la différence comme crédit du client.</translation>
    </message>
    <message>
        <source>Payment %1 received: %2 (%3), kept as credit</source>
        <translation>Paiement %1 reçu : %2 (%3), conservé en crédit</translation>
    </message>
    <message>
        <source>Payment %1 received: %2 (%3) for invoice %4</source>
        <translation>Paiement %1 reçu : %2 (%3) pour la facture %4</translation>
    </message>
    <message>
        <source>%1 is more than the balance of invoice %2 (%3).</source>
        <translation>%1 dépasse le solde de la facture %2 (%3).</translation>
    </message>
    <message>
        <source>The customer has no credit to apply.</source>
        <translation>Le client n’a aucun crédit à imputer.</translation>
    </message>
    <message>
        <source>The customer has only %1 of credit.</source>
        <translation>Le client ne dispose que de %1 de crédit.</translation>
    </message>
    <message>
        <source>Credit of %1 applied to invoice %2</source>
        <translation>Crédit de %1 imputé sur la facture %2</translation>
    </message>
    <message>
        <source>Only a manager can give refunds.</source>
        <translation>Seul un gérant peut effectuer des remboursements.</translation>
    </message>
    <message>
        <source>Say why the money is refunded.</source>
        <translation>Indiquez pourquoi la somme est remboursée.</translation>
    </message>
    <message>
        <source>Refunds are made from a payment or a credit note.</source>
        <translation>Les remboursements se font à partir d’un paiement ou d’un avoir.</translation>
    </message>
    <message>
        <source>The credit note does not exist.</source>
        <translation>L’avoir n’existe pas.</translation>
    </message>
    <message>
        <source>A refund cannot itself be refunded.</source>
        <translation>Un remboursement ne peut pas lui-même être remboursé.</translation>
    </message>
    <message>
        <source>Only an issued credit note can be refunded.</source>
        <translation>Seul un avoir émis peut être remboursé.</translation>
    </message>
    <message>
        <source>Nothing of %1 is unused: money that settles an invoice cannot be refunded. Credit the invoice first; that makes the money unused.</source>
        <translation>Aucune somme de %1 n’est inutilisée : une somme qui règle une facture ne peut pas être remboursée. Établissez d’abord un avoir sur la facture ; la somme redevient alors inutilisée.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is unused and can be refunded; money that settles an invoice cannot be refunded until the invoice is credited.</source>
        <translation>Seuls %1 de %2 sont inutilisés et remboursables ; une somme qui règle une facture ne peut être remboursée qu’après l’émission d’un avoir sur cette facture.</translation>
    </message>
    <message>
        <source>Refund %1: %2 (%3) from %4: %5</source>
        <translation>Remboursement %1 : %2 (%3) sur %4 : %5</translation>
    </message>
    <message>
        <source>Only a manager can see receivables and statements.</source>
        <translation>Seul un gérant peut consulter les créances et les relevés.</translation>
    </message>
    <message>
        <source>Choose the day to age receivables on.</source>
        <translation>Choisissez la date d’arrêté de la balance âgée.</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Choisissez une période dont la fin n’est pas antérieure au début.</translation>
    </message>
    <message>
        <source>Invoice, due %1</source>
        <translation>Facture, échéance le %1</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>Avoir sur la facture %1</translation>
    </message>
    <message>
        <source>Refund, %1</source>
        <translation>Remboursement, %1</translation>
    </message>
    <message>
        <source>Payment, %1</source>
        <translation>Paiement, %1</translation>
    </message>
</context>
<context>
    <name>spoke::BillingDocuments</name>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation>Rouleau de reçus 80 mm</translation>
    </message>
    <message>
        <source>Choose a folder to save the PDF files in.</source>
        <translation>Choisissez le dossier où enregistrer les fichiers PDF.</translation>
    </message>
    <message>
        <source>“%1” is not a file name for a PDF document.</source>
        <translation>« %1 » n’est pas un nom de fichier valable pour un document PDF.</translation>
    </message>
    <message>
        <source>Two documents would both be saved as “%1”.</source>
        <translation>Deux documents seraient enregistrés sous le même nom « %1 ».</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and could not be created.</source>
        <translation>Le dossier %1 n’existe pas et n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: %2</source>
        <translation>Impossible d’écrire dans le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Export cancelled: %1 of %2 documents were saved in %3.</source>
        <translation>Export annulé : %1 documents sur %2 ont été enregistrés dans %3.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 documents were saved before this.)</source>
        <translation>%1 (%2 documents sur %3 avaient été enregistrés auparavant.)</translation>
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
        <translation>Paiement à réception de la facture.</translation>
    </message>
    <message numerus="yes">
        <source>Payment is due within %n day(s) of the invoice date.</source>
        <translation>
            <numerusform>Paiement à %n jour à compter de la date de la facture.</numerusform>
            <numerusform>Paiement à %n jours à compter de la date de la facture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <comment>document kind</comment>
        <translation>%1 (brouillon)</translation>
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
        <translation>ANNULÉ — %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Avoir sur la facture</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Voided on %1</source>
        <translation>Annulé le %1</translation>
    </message>
    <message>
        <source>This credit note is cancelled and has no value.</source>
        <translation>Cet avoir est annulé et n’a aucune valeur.</translation>
    </message>
    <message>
        <source>This invoice is cancelled: nothing is owed on it.</source>
        <translation>Cette facture est annulée : aucune somme n’est due à ce titre.</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>Not issued yet: this is not a valid invoice.</source>
        <translation>Pas encore émise : ceci n’est pas une facture valable.</translation>
    </message>
    <message>
        <source>Credit to</source>
        <translation>Avoir au nom de</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Corrige la facture</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>À régler avant le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Payée intégralement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>quantity times unit price</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>Remise (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Includes %1</source>
        <translation>Dont %1</translation>
    </message>
    <message>
        <source>Total before tax</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Total net</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>Crédit utilisé</translation>
    </message>
    <message>
        <source>Credit remaining</source>
        <translation>Crédit restant</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Prices include tax.</source>
        <translation>Les prix s’entendent toutes taxes comprises.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Refunded to</source>
        <translation>Remboursé à</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Montant remboursé</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Invoices paid</source>
        <translation>Factures réglées</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <source>Not applied, kept as credit</source>
        <translation>Non imputé, conservé en crédit</translation>
    </message>
    <message>
        <source>Balance still owing</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Credit on account</source>
        <translation>Crédit au compte</translation>
    </message>
    <message>
        <source>Your account after this refund</source>
        <translation>Votre compte après ce remboursement</translation>
    </message>
    <message>
        <source>Your account after this payment</source>
        <translation>Votre compte après ce paiement</translation>
    </message>
    <message>
        <source>Please keep this refund slip.</source>
        <translation>Veuillez conserver ce justificatif de remboursement.</translation>
    </message>
    <message>
        <source>Thank you for your payment.</source>
        <translation>Merci pour votre paiement.</translation>
    </message>
    <message>
        <source>Daily cash-up</source>
        <translation>Clôture de caisse journalière</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>document kind and day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Par mode de paiement</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n remboursement</numerusform>
            <numerusform>%n remboursements</numerusform>
        </translation>
    </message>
    <message>
        <source>Total net</source>
        <translation>Total net</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>Paiements et remboursements</translation>
    </message>
    <message>
        <source>No payments were taken on this day.</source>
        <translation>Aucun paiement n’a été encaissé ce jour-là.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Compté par</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Solde créditeur</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Débits</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Open invoices by age</source>
        <translation>Factures impayées par ancienneté</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>Total impayé</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Factures impayées</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
</context>
<context>
    <name>spoke::CalendarExport</name>
    <message>
        <source>Your role does not allow seeing the schedule.</source>
        <translation>Votre rôle ne permet pas de consulter le planning.</translation>
    </message>
    <message>
        <source>Technicians can export only their own calendar.</source>
        <translation>Un technicien ne peut exporter que son propre calendrier.</translation>
    </message>
    <message>
        <source>Choose a date range that ends after it starts.</source>
        <translation>Choisissez une période qui se termine après son début.</translation>
    </message>
    <message>
        <source>Export at most a year at a time.</source>
        <translation>Exportez au plus un an à la fois.</translation>
    </message>
    <message>
        <source>Arrival window: %1 – %2</source>
        <translation>Créneau d’arrivée : %1 – %2</translation>
    </message>
    <message>
        <source>Customer prefers: %1</source>
        <translation>Le client préfère : %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services : %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Phone (%1): %2</source>
        <translation>Téléphone (%1) : %2</translation>
    </message>
    <message>
        <source>Preferences:</source>
        <translation>Préférences :</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>Accès : %1</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Entrée : %1</translation>
    </message>
    <message>
        <source>Parking: %1</source>
        <translation>Stationnement : %1</translation>
    </message>
    <message>
        <source>Pets: %1</source>
        <translation>Animaux : %1</translation>
    </message>
    <message>
        <source>Crew notes: %1</source>
        <translation>Notes pour l’équipe : %1</translation>
    </message>
    <message>
        <source>Gate and alarm codes: on the printed work order only.</source>
        <translation>Codes du portail et de l’alarme : uniquement sur le bon d’intervention imprimé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Donnez un nom au service.</translation>
    </message>
    <message>
        <source>A service takes at least one minute.</source>
        <translation>Un service dure au moins une minute.</translation>
    </message>
    <message>
        <source>A service can&apos;t take longer than a day; book several visits instead.</source>
        <translation>Un service ne peut pas durer plus d’une journée ; réservez plutôt plusieurs visites.</translation>
    </message>
    <message>
        <source>A price can&apos;t be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code, such as USD.</source>
        <translation>La devise doit être un code ISO à trois lettres, comme USD.</translation>
    </message>
    <message>
        <source>Your role does not allow seeing the catalog.</source>
        <translation>Votre rôle ne permet pas de consulter le catalogue.</translation>
    </message>
    <message>
        <source>The service does not exist.</source>
        <translation>Le service n’existe pas.</translation>
    </message>
    <message>
        <source>Only a manager can change the service catalog.</source>
        <translation>Seul un gérant peut modifier le catalogue des services.</translation>
    </message>
    <message>
        <source>“%1” comes from head office: its name, price and duration are set there. You can only switch it off for this location.</source>
        <translation>« %1 » vient du siège : son nom, son prix et sa durée y sont fixés. Vous pouvez seulement le désactiver pour cet établissement.</translation>
    </message>
    <message>
        <source>There is already a service called “%1”.</source>
        <translation>Il existe déjà un service nommé « %1 ».</translation>
    </message>
    <message>
        <source>“%1” comes from head office and can&apos;t be deleted here; switch it off instead.</source>
        <translation>« %1 » vient du siège et ne peut pas être supprimé ici ; désactivez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>spoke::CrewService</name>
    <message>
        <source>Only a manager can change crews, hours and skills.</source>
        <translation>Seul un gérant peut modifier les équipes, les horaires et les compétences.</translation>
    </message>
    <message>
        <source>Your role does not allow seeing the schedule.</source>
        <translation>Votre rôle ne permet pas de consulter le planning.</translation>
    </message>
    <message>
        <source>That staff member does not exist.</source>
        <translation>Ce membre du personnel n’existe pas.</translation>
    </message>
    <message>
        <source>Give the crew a name.</source>
        <translation>Donnez un nom à l’équipe.</translation>
    </message>
    <message>
        <source>There is already a crew called “%1”.</source>
        <translation>Il existe déjà une équipe nommée « %1 ».</translation>
    </message>
    <message>
        <source>A crew member does not exist.</source>
        <translation>Un membre de l’équipe n’existe pas.</translation>
    </message>
    <message>
        <source>Only technicians can be crew members.</source>
        <translation>Seuls les techniciens peuvent faire partie d’une équipe.</translation>
    </message>
    <message>
        <source>The crew does not exist.</source>
        <translation>L’équipe n’existe pas.</translation>
    </message>
    <message>
        <source>%1: the hours must end after they start.</source>
        <translation>%1 : les horaires doivent se terminer après leur début.</translation>
    </message>
    <message>
        <source>%1: two sets of hours overlap.</source>
        <translation>%1 : deux plages horaires se chevauchent.</translation>
    </message>
    <message>
        <source>A skill names a service that does not exist.</source>
        <translation>Une compétence désigne un service qui n’existe pas.</translation>
    </message>
    <message>
        <source>Time off must end after it starts.</source>
        <translation>Une absence doit se terminer après son début.</translation>
    </message>
    <message>
        <source>That time off does not exist.</source>
        <translation>Cette absence n’existe pas.</translation>
    </message>
</context>
<context>
    <name>spoke::Csv</name>
    <message>
        <source>The file is not text (it looks like a spreadsheet or another binary file). Save it as CSV first.</source>
        <translation>Le fichier n’est pas du texte (il ressemble à un tableur ou à un autre fichier binaire). Enregistrez-le d’abord au format CSV.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Spoke imports files of up to %2 MB. Split it into smaller files.</source>
        <translation>Le fichier fait %1 Mo ; Spoke importe des fichiers de %2 Mo au plus. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing). Nothing was imported.</source>
        <translation>Ligne %1 : un champ entre guillemets n’est jamais fermé (il manque un &quot;). Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerImporter</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Appartement</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Notes d’accès</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3.</source>
        <translation>Ligne %1 : %2 champs alors que l’en-tête en a %3.</translation>
    </message>
    <message>
        <source>Line %1: the birthday &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>Ligne %1 : l’anniversaire « %2 » n’est pas une date (utilisez AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Line %1: &quot;customer since&quot; &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>Ligne %1 : « client depuis » « %2 » n’est pas une date (utilisez AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation>Le fichier ne contient aucune vCard.</translation>
    </message>
    <message>
        <source>Your role does not allow importing customers.</source>
        <translation>Votre rôle ne permet pas d’importer des clients.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported.</source>
        <translation>
            <numerusform>%n ligne a un problème, donc rien n’a été importé.</numerusform>
            <numerusform>%n lignes ont des problèmes, donc rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no valid row to import.</source>
        <translation>Aucune ligne valide à importer.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Donnez un nom à la correspondance.</translation>
    </message>
    <message>
        <source>Only a manager can export customers.</source>
        <translation>Seul un gérant peut exporter les clients.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerListModel</name>
    <message>
        <source>Do not service</source>
        <translation>Ne pas servir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerSearch</name>
    <message>
        <source>Your role does not allow viewing customers.</source>
        <translation>Votre rôle ne permet pas de consulter les clients.</translation>
    </message>
</context>
<context>
    <name>spoke::CustomerService</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de l’entreprise.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Saisissez le nom du client.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>L’anniversaire est dans le futur.</translation>
    </message>
    <message>
        <source>Say why this customer must not be serviced.</source>
        <translation>Indiquez pourquoi ce client ne doit pas être servi.</translation>
    </message>
    <message>
        <source>A preference needs some text.</source>
        <translation>Une préférence doit contenir du texte.</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>Le client n’existe pas.</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>Client créé</translation>
    </message>
    <message>
        <source>Customer created (source: %1)</source>
        <translation>Client créé (source : %1)</translation>
    </message>
    <message>
        <source>Your role does not allow adding customers.</source>
        <translation>Votre rôle ne permet pas d’ajouter des clients.</translation>
    </message>
    <message>
        <source>Your role does not allow editing customers.</source>
        <translation>Votre rôle ne permet pas de modifier les clients.</translation>
    </message>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>Le client n’existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing customers.</source>
        <translation>Votre rôle ne permet pas de consulter les clients.</translation>
    </message>
    <message>
        <source>Only a manager can delete customers.</source>
        <translation>Seul un gérant peut supprimer des clients.</translation>
    </message>
    <message>
        <source>The customer does not exist or was already deleted.</source>
        <translation>Le client n’existe pas ou a déjà été supprimé.</translation>
    </message>
    <message>
        <source>Only a manager can erase a customer&apos;s personal data.</source>
        <translation>Seul un gérant peut effacer les données personnelles d’un client.</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>Client effacé</translation>
    </message>
    <message>
        <source>The customer does not exist or was already erased.</source>
        <translation>Le client n’existe pas ou a déjà été effacé.</translation>
    </message>
    <message>
        <source>Your role does not allow adding calls or notes.</source>
        <translation>Votre rôle ne permet pas d’ajouter des appels ou des notes.</translation>
    </message>
    <message>
        <source>Only calls and notes can be added by hand.</source>
        <translation>Seuls les appels et les notes peuvent être ajoutés à la main.</translation>
    </message>
    <message>
        <source>Write what was said or noted.</source>
        <translation>Écrivez ce qui a été dit ou noté.</translation>
    </message>
    <message>
        <source>Say how the consent was given or withdrawn.</source>
        <translation>Indiquez comment le consentement a été donné ou retiré.</translation>
    </message>
    <message>
        <source>Marketing consent given for %1 (%2)</source>
        <translation>Consentement marketing donné pour %1 (%2)</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn for %1 (%2)</source>
        <translation>Consentement marketing retiré pour %1 (%2)</translation>
    </message>
    <message>
        <source>Your role does not allow reviewing duplicates.</source>
        <translation>Votre rôle ne permet pas d’examiner les doublons.</translation>
    </message>
    <message>
        <source>Only a manager can merge customers.</source>
        <translation>Seul un gérant peut fusionner des clients.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>Un client ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>Erased customers cannot be merged.</source>
        <translation>Les clients effacés ne peuvent pas être fusionnés.</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>Fusionné avec %1</translation>
    </message>
    <message>
        <source>A restored customer needs its id.</source>
        <translation>Un client restauré doit avoir son identifiant.</translation>
    </message>
</context>
<context>
    <name>spoke::JobService</name>
    <message>
        <source>Your role does not allow seeing the schedule.</source>
        <translation>Votre rôle ne permet pas de consulter le planning.</translation>
    </message>
    <message>
        <source>The job does not exist or was removed.</source>
        <translation>L’intervention n’existe pas ou a été retirée.</translation>
    </message>
    <message>
        <source>Choose a day or a week to show.</source>
        <translation>Choisissez un jour ou une semaine à afficher.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>Your role does not allow booking jobs.</source>
        <translation>Votre rôle ne permet pas de réserver des interventions.</translation>
    </message>
    <message>
        <source>A recurring service needs the time of its first visit.</source>
        <translation>Un service récurrent a besoin de l’heure de sa première visite.</translation>
    </message>
    <message>
        <source>This rule gives no visits at all.</source>
        <translation>Cette règle ne donne aucune visite.</translation>
    </message>
    <message>
        <source>Recurring service booked: %1</source>
        <translation>Service récurrent réservé : %1</translation>
    </message>
    <message>
        <source>Your role does not allow changing jobs.</source>
        <translation>Votre rôle ne permet pas de modifier les interventions.</translation>
    </message>
    <message>
        <source>Only a visit of a recurring service can be skipped.</source>
        <translation>Seule une visite d’un service récurrent peut être sautée.</translation>
    </message>
    <message>
        <source>A visit that is %1 can&apos;t be skipped.</source>
        <translation>Une visite à l’état « %1 » ne peut pas être sautée.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <source>The recurring service does not exist.</source>
        <translation>Le service récurrent n’existe pas.</translation>
    </message>
    <message>
        <source>A visit of a recurring service needs a time.</source>
        <translation>Une visite d’un service récurrent a besoin d’une heure.</translation>
    </message>
    <message>
        <source>This visit is under way: change it on its own, and the series from the next visit.</source>
        <translation>Cette visite est en cours : modifiez-la seule, puis la série à partir de la visite suivante.</translation>
    </message>
    <message>
        <source>Choose the customer the job is for.</source>
        <translation>Choisissez le client de l’intervention.</translation>
    </message>
    <message>
        <source>Pick at least one service.</source>
        <translation>Choisissez au moins un service.</translation>
    </message>
    <message>
        <source>A quantity must be at least 1.</source>
        <translation>Une quantité doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>Describe the work on each line.</source>
        <translation>Décrivez le travail sur chaque ligne.</translation>
    </message>
    <message>
        <source>A price can&apos;t be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A job needs both a start and an end.</source>
        <translation>Une intervention a besoin d’un début et d’une fin.</translation>
    </message>
    <message>
        <source>The job ends before it starts.</source>
        <translation>L’intervention se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A job can&apos;t take zero minutes.</source>
        <translation>Une intervention ne peut pas durer zéro minute.</translation>
    </message>
    <message>
        <source>A job can&apos;t be longer than a day; book several visits instead.</source>
        <translation>Une intervention ne peut pas durer plus d’une journée ; réservez plutôt plusieurs visites.</translation>
    </message>
    <message>
        <source>An arrival window needs both a start and an end.</source>
        <translation>Un créneau d’arrivée a besoin d’un début et d’une fin.</translation>
    </message>
    <message>
        <source>The arrival window ends before it starts.</source>
        <translation>Le créneau d’arrivée se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A scheduled job needs a time.</source>
        <translation>Une intervention planifiée a besoin d’une heure.</translation>
    </message>
    <message>
        <source>Prices must be in %1, the location&apos;s currency.</source>
        <translation>Les prix doivent être en %1, la devise de l’établissement.</translation>
    </message>
    <message>
        <source>A service on the job is not in the catalog.</source>
        <translation>Un service de l’intervention n’est pas au catalogue.</translation>
    </message>
    <message>
        <source>“%1” is switched off in the catalog.</source>
        <translation>« %1 » est désactivé dans le catalogue.</translation>
    </message>
    <message>
        <source>Only a manager can change a price from the catalog&apos;s.</source>
        <translation>Seul un gérant peut modifier un prix par rapport à celui du catalogue.</translation>
    </message>
    <message>
        <source>A technician on the job does not exist.</source>
        <translation>Un technicien de l’intervention n’existe pas.</translation>
    </message>
    <message>
        <source>The customer does not exist or was deleted.</source>
        <translation>Le client n’existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>…and more.</source>
        <translation>…et d’autres.</translation>
    </message>
    <message>
        <source>Only a manager can book over a conflict:
%1</source>
        <translation>Seul un gérant peut réserver malgré un conflit :
%1</translation>
    </message>
    <message>
        <source>time to be arranged</source>
        <translation>horaire à convenir</translation>
    </message>
    <message>
        <source>Booked %1 for %2</source>
        <translation>Réservé : %1 (%2)</translation>
    </message>
    <message>
        <source>Your role does not allow moving jobs.</source>
        <translation>Votre rôle ne permet pas de déplacer des interventions.</translation>
    </message>
    <message>
        <source>A job that is %1 can&apos;t be moved.</source>
        <translation>Une intervention à l’état « %1 » ne peut pas être déplacée.</translation>
    </message>
    <message>
        <source>Choose when the job starts.</source>
        <translation>Choisissez quand l’intervention commence.</translation>
    </message>
    <message>
        <source>A job that is %1 can&apos;t be changed.</source>
        <translation>Une intervention à l’état « %1 » ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Your role does not allow changing a job&apos;s status.</source>
        <translation>Votre rôle ne permet pas de changer l’état d’une intervention.</translation>
    </message>
    <message>
        <source>Only the front desk or a manager can cancel or reschedule a job.</source>
        <translation>Seuls l’accueil ou un gérant peuvent annuler ou replanifier une intervention.</translation>
    </message>
    <message>
        <source>Say why the job is cancelled.</source>
        <translation>Indiquez pourquoi l’intervention est annulée.</translation>
    </message>
    <message>
        <source>Say what happened (for example, nobody was home).</source>
        <translation>Indiquez ce qui s’est passé (par exemple, personne n’était à la maison).</translation>
    </message>
    <message>
        <source>Give the job a time before scheduling it.</source>
        <translation>Donnez une heure à l’intervention avant de la planifier.</translation>
    </message>
    <message>
        <source>Technicians can update only their own jobs.</source>
        <translation>Un technicien ne peut mettre à jour que ses propres interventions.</translation>
    </message>
    <message>
        <source>Job completed: %1</source>
        <translation>Intervention terminée : %1</translation>
    </message>
    <message>
        <source>Job cancelled: %1 (%2)</source>
        <translation>Intervention annulée : %1 (%2)</translation>
    </message>
    <message>
        <source>No-show: %1 (%2)</source>
        <translation>Client absent : %1 (%2)</translation>
    </message>
    <message>
        <source>A job becomes invoiced when an invoice for it is issued.</source>
        <translation>Une intervention devient facturée lorsque sa facture est émise.</translation>
    </message>
</context>
<context>
    <name>spoke::KeyStore</name>
    <message>
        <source>The system keychain did not answer (%1). Unlock it, or use a passphrase instead.</source>
        <translation>Le trousseau du système n’a pas répondu (%1). Déverrouillez-le ou utilisez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <source>The keychain has no entry for %1.</source>
        <translation>Le trousseau n’a pas d’entrée pour %1.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>spoke::LocationDatabase</name>
    <message>
        <source>%1 already holds a Spoke location; it was left untouched.</source>
        <translation>%1 contient déjà un établissement Spoke ; il n’a pas été touché.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>La phrase secrète doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>its first page does not match its descriptor</source>
        <translation>sa première page ne correspond pas à son descripteur</translation>
    </message>
    <message>
        <source>The key of this location is not in %1. Restore the keychain, or restore the location from a backup.</source>
        <translation>La clé de cet établissement n’est pas dans %1. Restaurez le trousseau ou restaurez l’établissement depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>This location is protected by a passphrase. Enter it.</source>
        <translation>Cet établissement est protégé par une phrase secrète. Saisissez-la.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase secrète est fausse.</translation>
    </message>
    <message>
        <source>The key in %1 does not open this location (wrong key).</source>
        <translation>La clé de %1 n’ouvre pas cet établissement (mauvaise clé).</translation>
    </message>
    <message>
        <source>%1 is not a Spoke database.</source>
        <translation>%1 n’est pas une base Spoke.</translation>
    </message>
    <message>
        <source>This database has schema version %1, but this version of Spoke knows only up to %2. Update Spoke to open it; the file was not changed.</source>
        <translation>Cette base a le schéma %1, mais cette version de Spoke ne connaît que jusqu’au %2. Mettez Spoke à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database could not be written (disk full?).</source>
        <translation>La base n’a pas pu être écrite (disque plein ?).</translation>
    </message>
    <message>
        <source>Only an owner can change the database key.</source>
        <translation>Seul un propriétaire peut changer la clé de la base.</translation>
    </message>
    <message>
        <source>The database driver cannot change keys.</source>
        <translation>Le pilote de base de données ne peut pas changer de clé.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation>Le dossier de données %1 ne peut pas être créé. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Spoke needs to write there to keep your data safe.</source>
        <translation>Le dossier de données %1 n’est pas accessible en écriture (%2). Spoke doit pouvoir y écrire pour protéger vos données.</translation>
    </message>
    <message>
        <source>There is no Spoke database in %1.</source>
        <translation>Il n’y a pas de base Spoke dans %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Spoke database.</source>
        <translation>%1 est un fichier SQLite non chiffré, pas une base Spoke.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it is truncated). Restore it from a backup.</source>
        <translation>Le fichier de base %1 est endommagé (il est tronqué). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Restore it from a backup.</source>
        <translation>Le fichier de base %1 est endommagé (%2). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de données a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>spoke::LocationService</name>
    <message>
        <source>Enter the business name.</source>
        <translation>Saisissez le nom de l’entreprise.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>« %1 » n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD, EUR or KRW.</source>
        <translation>La devise est un code ISO de trois lettres comme USD, EUR ou KRW.</translation>
    </message>
    <message>
        <source>The invoice prefix has at most 12 characters.</source>
        <translation>Le préfixe des factures compte au plus 12 caractères.</translation>
    </message>
    <message>
        <source>This location already has a profile.</source>
        <translation>Cet établissement a déjà un profil.</translation>
    </message>
    <message>
        <source>Your role does not allow changing settings.</source>
        <translation>Votre rôle ne permet pas de modifier les réglages.</translation>
    </message>
    <message>
        <source>The location profile was not found.</source>
        <translation>Le profil de l’établissement est introuvable.</translation>
    </message>
    <message>
        <source>This location has no profile yet.</source>
        <translation>Cet établissement n’a pas encore de profil.</translation>
    </message>
</context>
<context>
    <name>spoke::PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>« %1 » n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown country code.</source>
        <translation>« %1 » a un indicatif de pays inconnu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number.</source>
        <translation>« %1 » est trop court pour un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number.</source>
        <translation>« %1 » est trop long pour un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>spoke::Preference</name>
    <message>
        <source>DO</source>
        <translation>À FAIRE</translation>
    </message>
    <message>
        <source>DON&apos;T</source>
        <translation>À ÉVITER</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
</context>
<context>
    <name>spoke::PrintedDocument</name>
    <message>
        <source>The page is too small to print on.</source>
        <translation>La page est trop petite pour l’impression.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>L’imprimante ou le fichier n’a pas pu être ouvert pour l’impression.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>L’imprimante a refusé une nouvelle page.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>Le document n’a pas pu être terminé.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>spoke::ProfileDescriptor</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The profile descriptor %1 is missing, so this is not a Spoke location folder.</source>
        <translation>Le descripteur de profil %1 manque : ce n’est donc pas un dossier d’établissement Spoke.</translation>
    </message>
    <message>
        <source>The profile descriptor %1 is damaged or belongs to another program.</source>
        <translation>Le descripteur de profil %1 est endommagé ou appartient à un autre programme.</translation>
    </message>
    <message>
        <source>This location was made by a newer version of Spoke. Update Spoke to open it.</source>
        <translation>Cet établissement a été créé par une version plus récente de Spoke. Mettez Spoke à jour pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>spoke::Recurrence</name>
    <message numerus="yes">
        <source>Every %n week(s) is not a schedule.</source>
        <translation>
            <numerusform>Un intervalle de %n semaine n’est pas un rythme valable.</numerusform>
            <numerusform>Un intervalle de %n semaines n’est pas un rythme valable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) is not a schedule.</source>
        <translation>
            <numerusform>Un intervalle de %n mois n’est pas un rythme valable.</numerusform>
            <numerusform>Un intervalle de %n mois n’est pas un rythme valable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A weekly schedule can repeat at most every %n week(s).</source>
        <translation>
            <numerusform>Une répétition hebdomadaire a un intervalle de %n semaine au plus.</numerusform>
            <numerusform>Une répétition hebdomadaire a un intervalle de %n semaines au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A monthly schedule can repeat at most every %n month(s).</source>
        <translation>
            <numerusform>Une répétition mensuelle a un intervalle de %n mois au plus.</numerusform>
            <numerusform>Une répétition mensuelle a un intervalle de %n mois au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of visits cannot be negative.</source>
        <translation>Le nombre de visites ne peut pas être négatif.</translation>
    </message>
    <message numerus="yes">
        <source>A series can have at most %n visit(s).</source>
        <translation>
            <numerusform>Une série compte au plus %n visite.</numerusform>
            <numerusform>Une série compte au plus %n visites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose either an end date or a number of visits, not both.</source>
        <translation>Choisissez soit une date de fin, soit un nombre de visites, pas les deux.</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>La série se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose the weekdays from Monday to Sunday.</source>
        <translation>Choisissez les jours de la semaine entre lundi et dimanche.</translation>
    </message>
    <message>
        <source>Choose a day of the month from 1 to 31.</source>
        <translation>Choisissez un jour du mois entre 1 et 31.</translation>
    </message>
    <message>
        <source>Choose the first, second, third, fourth or last weekday of the month.</source>
        <translation>Choisissez le premier, le deuxième, le troisième, le quatrième ou le dernier jour de semaine du mois.</translation>
    </message>
    <message>
        <source>The repeat rule is empty.</source>
        <translation>La règle de répétition est vide.</translation>
    </message>
    <message>
        <source>The repeat rule cannot be read near &quot;%1&quot;.</source>
        <translation>La règle de répétition est illisible près de « %1 ».</translation>
    </message>
    <message>
        <source>Spoke cannot use %1 in a repeat rule; only weekly and monthly repeats on set days are supported.</source>
        <translation>Spoke ne peut pas utiliser %1 dans une règle de répétition ; seules les répétitions hebdomadaires et mensuelles à jours fixes sont prises en charge.</translation>
    </message>
    <message>
        <source>The repeat rule says %1 twice.</source>
        <translation>La règle de répétition indique %1 deux fois.</translation>
    </message>
    <message>
        <source>The repeat rule has no value for %1.</source>
        <translation>La règle de répétition n’a pas de valeur pour %1.</translation>
    </message>
    <message>
        <source>The repeat rule does not say how often it repeats (FREQ).</source>
        <translation>La règle de répétition n’indique pas la fréquence (FREQ).</translation>
    </message>
    <message>
        <source>Only weekly and monthly repeats are supported, not %1.</source>
        <translation>Seules les répétitions hebdomadaires et mensuelles sont prises en charge, pas %1.</translation>
    </message>
    <message>
        <source>The repeat interval must be a whole number of at least 1.</source>
        <translation>L’intervalle de répétition doit être un nombre entier d’au moins 1.</translation>
    </message>
    <message>
        <source>The number of visits must be a whole number of at least 1.</source>
        <translation>Le nombre de visites doit être un nombre entier d’au moins 1.</translation>
    </message>
    <message>
        <source>The end date of the repeat rule cannot be read.</source>
        <translation>La date de fin de la règle de répétition est illisible.</translation>
    </message>
    <message>
        <source>A repeat rule cannot have both an end date and a number of visits.</source>
        <translation>Une règle de répétition ne peut pas avoir à la fois une date de fin et un nombre de visites.</translation>
    </message>
    <message>
        <source>The repeat rule names an unknown first day of the week.</source>
        <translation>La règle de répétition indique un premier jour de la semaine inconnu.</translation>
    </message>
    <message>
        <source>Spoke cannot repeat on this pattern: %1.</source>
        <translation>Spoke ne peut pas répéter selon ce modèle : %1.</translation>
    </message>
    <message>
        <source>Spoke&apos;s weeks start on Monday; this rule needs weeks that start on another day.</source>
        <translation>Dans Spoke, les semaines commencent le lundi ; cette règle a besoin de semaines qui commencent un autre jour.</translation>
    </message>
    <message>
        <source>The day of the month in the repeat rule cannot be read.</source>
        <translation>Le jour du mois de la règle de répétition est illisible.</translation>
    </message>
    <message>
        <source>This rule skips the months that have no day %1; Spoke moves such visits to the last day of the month instead.</source>
        <translation>Cette règle saute les mois qui n’ont pas de jour %1 ; Spoke place plutôt ces visites le dernier jour du mois.</translation>
    </message>
    <message>
        <source>The monthly repeat rule does not say on which day (BYMONTHDAY or BYDAY).</source>
        <translation>La règle de répétition mensuelle n’indique pas le jour (BYMONTHDAY ou BYDAY).</translation>
    </message>
    <message>
        <source>Spoke repeats on the first, second, third, fourth or last weekday of the month only.</source>
        <translation>Spoke ne répète que le premier, le deuxième, le troisième, le quatrième ou le dernier jour de semaine du mois.</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Chaque semaine : %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Toutes les %n semaines</numerusform>
            <numerusform>Toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s) on %1</source>
        <translation>
            <numerusform>Toutes les %n semaines : %1</numerusform>
            <numerusform>Toutes les %n semaines : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1 (the last day in shorter months)</source>
        <translation>le %1 (le dernier jour dans les mois plus courts)</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>the first %1</source>
        <translation>le premier %1</translation>
    </message>
    <message>
        <source>the second %1</source>
        <translation>le deuxième %1</translation>
    </message>
    <message>
        <source>the third %1</source>
        <translation>le troisième %1</translation>
    </message>
    <message>
        <source>the fourth %1</source>
        <translation>le quatrième %1</translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation>le dernier %1</translation>
    </message>
    <message>
        <source>Monthly on %1</source>
        <translation>Chaque mois, %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on %1</source>
        <translation>
            <numerusform>Tous les %n mois, %1</numerusform>
            <numerusform>Tous les %n mois, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n fois</numerusform>
            <numerusform>%1, %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>spoke::Role</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
</context>
<context>
    <name>spoke::SalesJournal</name>
    <message>
        <source>The sales journal cannot be read.</source>
        <translation>Le journal des ventes est illisible.</translation>
    </message>
    <message>
        <source>Sales journal entries %1 to %2 are missing.</source>
        <translation>Les écritures %1 à %2 du journal des ventes manquent.</translation>
    </message>
    <message>
        <source>Sales journal entry %1 is out of order.</source>
        <translation>L’écriture %1 du journal des ventes n’est pas à sa place.</translation>
    </message>
    <message>
        <source>Sales journal entry %1 does not follow the entry before it.</source>
        <translation>L’écriture %1 du journal des ventes ne suit pas l’écriture précédente.</translation>
    </message>
    <message>
        <source>Sales journal entry %1 was changed after it was written.</source>
        <translation>L’écriture %1 du journal des ventes a été modifiée après son enregistrement.</translation>
    </message>
    <message>
        <source>The newest sales journal entries (after %1) were removed.</source>
        <translation>Les écritures les plus récentes du journal des ventes (après %1) ont été supprimées.</translation>
    </message>
    <message>
        <source>The sales journal&apos;s head does not match its last entry (%1).</source>
        <translation>La tête du journal des ventes ne correspond pas à sa dernière écriture (%1).</translation>
    </message>
</context>
<context>
    <name>spoke::Schedule</name>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Client absent</translation>
    </message>
    <message>
        <source>The job is already %1.</source>
        <translation>L’intervention est déjà à l’état « %1 ».</translation>
    </message>
    <message>
        <source>An invoiced job is closed; correct it with a credit note instead.</source>
        <translation>Une intervention facturée est close ; corrigez-la plutôt par un avoir.</translation>
    </message>
    <message>
        <source>A cancelled job is closed; book a new job instead.</source>
        <translation>Une intervention annulée est close ; réservez plutôt une nouvelle intervention.</translation>
    </message>
    <message>
        <source>A no-show is closed; book a new job instead.</source>
        <translation>Une intervention avec client absent est close ; réservez plutôt une nouvelle intervention.</translation>
    </message>
    <message>
        <source>A completed job can only be invoiced.</source>
        <translation>Une intervention terminée peut seulement être facturée.</translation>
    </message>
    <message>
        <source>Work has started: the job can only be completed.</source>
        <translation>Le travail a commencé : l’intervention peut seulement être terminée.</translation>
    </message>
    <message>
        <source>Only a completed job can be invoiced.</source>
        <translation>Seule une intervention terminée peut être facturée.</translation>
    </message>
    <message>
        <source>A job must be in progress before it is completed.</source>
        <translation>Une intervention doit être en cours avant d’être terminée.</translation>
    </message>
    <message>
        <source>The crew must be en route before work starts.</source>
        <translation>L’équipe doit être en route avant que le travail commence.</translation>
    </message>
    <message>
        <source>A job must be scheduled before the crew sets off.</source>
        <translation>Une intervention doit être planifiée avant le départ de l’équipe.</translation>
    </message>
    <message>
        <source>A no-show is recorded only for a scheduled job.</source>
        <translation>Une absence du client ne s’enregistre que pour une intervention planifiée.</translation>
    </message>
    <message>
        <source>A job can&apos;t go from %1 to %2.</source>
        <translation>Une intervention ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>The customer is marked “do not service”.</source>
        <translation>Le client est marqué « Ne pas servir ».</translation>
    </message>
    <message>
        <source>A technician</source>
        <translation>Un technicien</translation>
    </message>
    <message>
        <source>%1 is already on another job from %2 to %3.</source>
        <translation>%1 est déjà sur une autre intervention de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t work at that time (outside working hours).</source>
        <translation>%1 ne travaille pas à ce moment-là (hors des heures de travail).</translation>
    </message>
    <message>
        <source>%1 is off at that time.</source>
        <translation>%1 est en congé à ce moment-là.</translation>
    </message>
    <message>
        <source>%1 is off at that time (%2).</source>
        <translation>%1 est en congé à ce moment-là (%2).</translation>
    </message>
    <message>
        <source>Nobody on this job is trained for “%1”.</source>
        <translation>Personne sur cette intervention n’est formé pour « %1 ».</translation>
    </message>
    <message>
        <source>The customer asked for %1.</source>
        <translation>Le client a demandé %1.</translation>
    </message>
</context>
<context>
    <name>spoke::StaffService</name>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Un code PIN compte de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>Un mot de passe compte au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Only an owner can manage owner accounts.</source>
        <translation>Seul un propriétaire peut gérer les comptes propriétaires.</translation>
    </message>
    <message>
        <source>This location already has an owner.</source>
        <translation>Cet établissement a déjà un propriétaire.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <source>The PIN or password could not be protected (out of memory).</source>
        <translation>Le code PIN ou le mot de passe n’a pas pu être protégé (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>There is already a staff member called %1.</source>
        <translation>Il y a déjà un membre du personnel nommé %1.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>Unknown staff member.</source>
        <translation>Membre du personnel inconnu.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong attempts. Ask a manager to unlock it.</source>
        <translation>Ce compte est bloqué après trop de tentatives erronées. Demandez à un gérant de le débloquer.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives erronées. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives erronées. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is not active.</source>
        <translation>Ce compte n’est pas actif.</translation>
    </message>
    <message>
        <source>Wrong PIN or password. The account is now locked; ask a manager to unlock it.</source>
        <translation>Code PIN ou mot de passe erroné. Le compte est maintenant bloqué ; demandez à un gérant de le débloquer.</translation>
    </message>
    <message>
        <source>Wrong PIN or password.</source>
        <translation>Code PIN ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>Ce membre du personnel n’existe pas.</translation>
    </message>
    <message>
        <source>Your role does not allow managing staff accounts.</source>
        <translation>Votre rôle ne permet pas de gérer les comptes du personnel.</translation>
    </message>
    <message>
        <source>A location always keeps at least one active owner.</source>
        <translation>Un établissement garde toujours au moins un propriétaire actif.</translation>
    </message>
</context>
<context>
    <name>spoke::VCard</name>
    <message>
        <source>Line %1: text outside BEGIN:VCARD ... END:VCARD.</source>
        <translation>Ligne %1 : texte en dehors de BEGIN:VCARD ... END:VCARD.</translation>
    </message>
    <message>
        <source>vCard version %1 is not supported (3.0 and 4.0 are).</source>
        <translation>La version %1 de vCard n’est pas prise en charge (3.0 et 4.0 le sont).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The card has no name.</source>
        <translation>La fiche n’a pas de nom.</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; is not a date.</source>
        <translation>L’anniversaire « %1 » n’est pas une date.</translation>
    </message>
    <message>
        <source>The card is not closed with END:VCARD.</source>
        <translation>La fiche n’est pas fermée par END:VCARD.</translation>
    </message>
</context>
<context>
    <name>spoke::WorkOrders</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>LOCAL ONLY — do not share; shred after the job</source>
        <translation>LOCAL UNIQUEMENT — ne pas partager ; détruire après l’intervention</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Technicians can print only their own jobs.</source>
        <translation>Un technicien ne peut imprimer que ses propres interventions.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Printed %1 %2 by %3</source>
        <translation>Imprimé le %1 à %2 par %3</translation>
    </message>
    <message>
        <source>Work order — %1</source>
        <translation>Bon d’intervention — %1</translation>
    </message>
    <message>
        <source>WORK ORDER</source>
        <translation>BON D’INTERVENTION</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time to be arranged</source>
        <translation>Horaire à convenir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>DO NOT SERVICE this customer</source>
        <translation>NE PAS SERVIR ce client</translation>
    </message>
    <message>
        <source>DO NOT SERVICE this customer: %1</source>
        <translation>NE PAS SERVIR ce client : %1</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Horaire prévu</translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation>Créneau d’arrivée</translation>
    </message>
    <message>
        <source>Customer prefers</source>
        <translation>Préférence du client</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse d’intervention</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Notes d’accès</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Stationnement</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animaux</translation>
    </message>
    <message>
        <source>GATE CODE</source>
        <translation>CODE DU PORTAIL</translation>
    </message>
    <message>
        <source>ALARM CODE</source>
        <translation>CODE DE L’ALARME</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Rien d’indiqué</translation>
    </message>
    <message>
        <source>Customer preferences</source>
        <translation>Préférences du client</translation>
    </message>
    <message>
        <source>No preferences recorded.</source>
        <translation>Aucune préférence enregistrée.</translation>
    </message>
    <message>
        <source>Crew notes</source>
        <translation>Notes pour l’équipe</translation>
    </message>
    <message>
        <source>Services and checklist</source>
        <translation>Services et liste de contrôle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Durée estimée</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Preferences respected</source>
        <translation>Préférences respectées</translation>
    </message>
    <message>
        <source>Photos taken</source>
        <translation>Photos prises</translation>
    </message>
    <message>
        <source>Customer signed</source>
        <translation>Signature du client obtenue</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>Terminé à</translation>
    </message>
    <message>
        <source>Choose the day to print.</source>
        <translation>Choisissez le jour à imprimer.</translation>
    </message>
    <message>
        <source>Route sheets are printed for a crew or a technician.</source>
        <translation>Les feuilles de route s’impriment pour une équipe ou un technicien.</translation>
    </message>
    <message>
        <source>The crew does not exist or was removed.</source>
        <translation>L’équipe n’existe pas ou a été retirée.</translation>
    </message>
    <message>
        <source>Technicians can print only their own route sheet.</source>
        <translation>Un technicien ne peut imprimer que sa propre feuille de route.</translation>
    </message>
    <message>
        <source>Route sheet — %1 — %2</source>
        <translation>Feuille de route — %1 — %2</translation>
    </message>
    <message>
        <source>ROUTE SHEET</source>
        <translation>FEUILLE DE ROUTE</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Résumé de la journée</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Premier début</translation>
    </message>
    <message>
        <source>Last finish</source>
        <translation>Dernière fin</translation>
    </message>
    <message>
        <source>No jobs on this day.</source>
        <translation>Aucune intervention ce jour-là.</translation>
    </message>
    <message>
        <source>arrive %1</source>
        <translation>arrivée %1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>GATE</source>
        <translation>PORTAIL</translation>
    </message>
    <message>
        <source>ALARM</source>
        <translation>ALARME</translation>
    </message>
    <message>
        <source>LOCAL ONLY — do not share</source>
        <translation>LOCAL UNIQUEMENT — ne pas partager</translation>
    </message>
    <message>
        <source>The codes on this sheet are local only: keep it with you and shred it at the end of the day.</source>
        <translation>Les codes de cette feuille sont locaux uniquement : gardez-la sur vous et détruisez-la en fin de journée.</translation>
    </message>
</context>
<context>
    <name>spoke::WriteTx</name>
    <message>
        <source>The database could not be written (disk full?).</source>
        <translation>La base n’a pas pu être écrite (disque plein ?).</translation>
    </message>
</context>
<context>
    <name>spoke::app::Cli</name>
    <message>
        <source>There is no location in %1. Start Spoke once to create it.</source>
        <translation>Il n’y a pas d’établissement dans %1. Lancez Spoke une fois pour le créer.</translation>
    </message>
    <message>
        <source>Location passphrase</source>
        <translation>Phrase secrète de l’établissement</translation>
    </message>
    <message>
        <source>PIN or password of %1</source>
        <translation>Code PIN ou mot de passe de %1</translation>
    </message>
    <message>
        <source>No active staff member is called %1.</source>
        <translation>Aucun membre actif du personnel ne s’appelle %1.</translation>
    </message>
    <message>
        <source>New database passphrase</source>
        <translation>Nouvelle phrase secrète de la base</translation>
    </message>
    <message>
        <source>The system keychain cannot keep the key: %1 Use --to-passphrase to protect the database with a passphrase instead.</source>
        <translation>Le trousseau du système ne peut pas garder la clé : %1 Utilisez --to-passphrase pour protéger plutôt la base par une phrase secrète.</translation>
    </message>
    <message>
        <source>Only an owner can make backups.</source>
        <translation>Seul un propriétaire peut faire des sauvegardes.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <source>%1 already holds a location: restoring over it needs --user NAME (an owner).</source>
        <translation>%1 contient déjà un établissement : restaurer par-dessus demande --user NOM (un propriétaire).</translation>
    </message>
    <message>
        <source>Only an owner can restore backups.</source>
        <translation>Seul un propriétaire peut restaurer des sauvegardes.</translation>
    </message>
    <message>
        <source>%1 holds a location that cannot be opened (%2). Add --force to replace it with the backup.</source>
        <translation>%1 contient un établissement qui ne peut pas être ouvert (%2). Ajoutez --force pour le remplacer par la sauvegarde.</translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation>%1 restauré dans %2</translation>
    </message>
    <message>
        <source>Only an owner can change the database key.</source>
        <translation>Seul un propriétaire peut changer la clé de la base.</translation>
    </message>
    <message>
        <source>The database key is now kept in %1.</source>
        <translation>La clé de la base est maintenant gardée dans %1.</translation>
    </message>
    <message>
        <source>The database is now protected by the new passphrase.</source>
        <translation>La base est maintenant protégée par la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>The demo location could not be created: %1</source>
        <translation>L’établissement de démonstration n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>No system keychain answered; the demo location uses the passphrase &quot;%1&quot;.</source>
        <translation>Aucun trousseau du système n’a répondu ; l’établissement de démonstration utilise la phrase secrète « %1 ».</translation>
    </message>
    <message>
        <source>Only a manager or the owner can enroll this location.</source>
        <translation>Seul un gérant ou le propriétaire peut inscrire cet établissement.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Cannot read the hub&apos;s CA certificate %1.</source>
        <translation>Impossible de lire le certificat d’autorité du hub %1.</translation>
    </message>
    <message>
        <source>The first sync did not finish (%1); Spoke retries on its own.</source>
        <translation>La première synchronisation n’a pas abouti (%1) ; Spoke réessaie de lui-même.</translation>
    </message>
    <message>
        <source>First sync: changes sent %1, received %2.</source>
        <translation>Première synchronisation : modifications envoyées %1, reçues %2.</translation>
    </message>
</context>
<context>
    <name>spoke::app::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Keep locations under DIR (default: the system&apos;s application data folder).</source>
        <translation>Garder les établissements sous DIR (par défaut : le dossier de données d’application du système).</translation>
    </message>
    <message>
        <source>Use the location profile NAME (default: main).</source>
        <translation>Utiliser le profil d’établissement NOM (par défaut : main).</translation>
    </message>
    <message>
        <source>Use the demo location, creating it if absent.</source>
        <translation>Utiliser l’établissement de démonstration, en le créant s’il manque.</translation>
    </message>
    <message>
        <source>Act as the staff member NAME (commands that need an owner).</source>
        <translation>Agir en tant que le membre du personnel NOM (commandes qui exigent un propriétaire).</translation>
    </message>
    <message>
        <source>Write the backup to FILE.</source>
        <translation>Écrire la sauvegarde dans FICHIER.</translation>
    </message>
    <message>
        <source>Read the backup passphrase from FILE instead of standard input.</source>
        <translation>Lire la phrase secrète de la sauvegarde dans FICHIER plutôt que sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Read the new database passphrase from FILE (rekey and restore with --to-passphrase).</source>
        <translation>Lire la nouvelle phrase secrète de la base dans FICHIER (rekey et restore avec --to-passphrase).</translation>
    </message>
    <message>
        <source>Read the passphrase of a passphrase-protected location from FILE.</source>
        <translation>Lire dans FICHIER la phrase secrète d’un établissement protégé par phrase secrète.</translation>
    </message>
    <message>
        <source>Protect the database with a passphrase instead of a key in the system keychain.</source>
        <translation>Protéger la base par une phrase secrète plutôt que par une clé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Let restore replace a location that cannot be opened.</source>
        <translation>Permettre à restore de remplacer un établissement qui ne s’ouvre pas.</translation>
    </message>
    <message>
        <source>Render every main screen of a throwaway demo to DIR/&lt;screen&gt;.png and exit.</source>
        <translation>Dessiner chaque écran principal d’une démo jetable dans DIR/&lt;écran&gt;.png et quitter.</translation>
    </message>
    <message>
        <source>Show Spoke in LANG (en, ko, fr, ar) this time.</source>
        <translation>Afficher Spoke en LANG (en, ko, fr, ar) cette fois-ci.</translation>
    </message>
    <message>
        <source>backup, restore or rekey (optional).</source>
        <translation>backup, restore ou rekey (facultatif).</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>A profile name is a plain name such as main or demo.</source>
        <translation>Un nom de profil est un nom simple comme main ou demo.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup demande --out FICHIER.</translation>
    </message>
    <message>
        <source>restore needs the backup FILE.</source>
        <translation>restore demande le FICHIER de sauvegarde.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Trop d’arguments.</translation>
    </message>
    <message>
        <source>This command needs --user NAME (an owner).</source>
        <translation>Cette commande demande --user NOM (un propriétaire).</translation>
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
        <translation>Spoke, le CRM d’un établissement franchisé de services à domicile.

Commandes (sans commande, Spoke ouvre sa fenêtre) :
  backup --out FICHIER  écrire une sauvegarde chiffrée (propriétaire)
  restore FICHIER       remplacer l’établissement par une sauvegarde vérifiée
  rekey                 rechiffrer la base sous une nouvelle clé (propriétaire)
  enroll --hub URL --code CODE
                        inscrire l’établissement au hub du siège et synchroniser une fois
                        (gérant ou propriétaire ; --hub-ca FICHIER : CA du hub)

Les secrets sont lus un par ligne sur l’entrée standard, dans cet ordre, sauf si
une option de fichier les fournit : la phrase secrète de l’établissement (s’il en a
une), le code PIN ou mot de passe de --user, la phrase secrète de la sauvegarde,
la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>enroll: the hub&apos;s address, https://host[:port].</source>
        <translation>enroll : adresse du hub, https://hôte[:port].</translation>
    </message>
    <message>
        <source>enroll: the one-time enrollment code.</source>
        <translation>enroll : code d’inscription à usage unique.</translation>
    </message>
    <message>
        <source>enroll: trust the hub&apos;s CA certificate in FILE (PEM) instead of the system&apos;s CAs.</source>
        <translation>enroll : faire confiance au certificat d’autorité du hub contenu dans FICHIER (PEM) plutôt qu’aux autorités du système.</translation>
    </message>
    <message>
        <source>enroll: also require the hub&apos;s public key to have this SHA-256 (base64).</source>
        <translation>enroll : exiger en plus que la clé publique du hub ait cette empreinte SHA-256 (base64).</translation>
    </message>
    <message>
        <source>enroll: how head office lists this PC (default: the host name).</source>
        <translation>enroll : nom sous lequel le siège répertorie ce PC (par défaut : le nom d’hôte).</translation>
    </message>
    <message>
        <source>enroll needs --hub URL and --code CODE.</source>
        <translation>enroll demande --hub URL et --code CODE.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use backup, restore, rekey or enroll.</source>
        <translation>Commande inconnue « %1 ». Utilisez backup, restore, rekey ou enroll.</translation>
    </message>
    <message>
        <source>enroll needs --user NAME (a manager or the owner).</source>
        <translation>enroll demande --user NOM (un gérant ou le propriétaire).</translation>
    </message>
</context>
<context>
    <name>spoke::app::SecretReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Standard input ended before: %1</source>
        <translation>L’entrée standard s’est terminée avant : %1</translation>
    </message>
</context>
<context>
    <name>spoke::sql::SqlCipherDriver</name>
    <message>
        <source>Error opening database</source>
        <translation>Erreur à l’ouverture de la base</translation>
    </message>
    <message>
        <source>A raw key must be written x&apos;&lt;64 or 96 hexadecimal digits&gt;&apos;</source>
        <translation>Une clé brute s’écrit x&apos;&lt;64 ou 96 chiffres hexadécimaux&gt;&apos;</translation>
    </message>
    <message>
        <source>Unable to set the key</source>
        <translation>Impossible de définir la clé</translation>
    </message>
    <message>
        <source>Unable to set the cipher compatibility</source>
        <translation>Impossible de définir la compatibilité du chiffrement</translation>
    </message>
    <message>
        <source>Unable to set the key derivation iterations</source>
        <translation>Impossible de définir les itérations de dérivation de clé</translation>
    </message>
    <message>
        <source>Wrong key, or the file is not a database</source>
        <translation>Mauvaise clé, ou le fichier n’est pas une base de données</translation>
    </message>
    <message>
        <source>Error closing database</source>
        <translation>Erreur à la fermeture de la base</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>Impossible de commencer la transaction</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Impossible de valider la transaction</translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation>Impossible d’annuler la transaction</translation>
    </message>
    <message>
        <source>Unable to change the key</source>
        <translation>Impossible de changer la clé</translation>
    </message>
    <message>
        <source>The database is not open with a key</source>
        <translation>La base n’est pas ouverte avec une clé</translation>
    </message>
    <message>
        <source>An empty key would decrypt the database</source>
        <translation>Une clé vide déchiffrerait la base</translation>
    </message>
    <message>
        <source>Unable to read the database after the key change</source>
        <translation>Impossible de lire la base après le changement de clé</translation>
    </message>
</context>
<context>
    <name>spoke::sync::Apply</name>
    <message>
        <source>Head office</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>A line&apos;s quantity is not a whole number of at least 1.</source>
        <translation>La quantité d’une ligne n’est pas un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>A line&apos;s price is not a whole number of minor units of at least 0.</source>
        <translation>Le prix d’une ligne n’est pas un nombre entier de centimes (ou unités divisionnaires) supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Removed by head office</source>
        <translation>Retirée par le siège</translation>
    </message>
    <message>
        <source>The job names no customer.</source>
        <translation>L’intervention ne désigne aucun client.</translation>
    </message>
    <message>
        <source>Waiting for its customer (%1) to arrive from head office.</source>
        <translation>En attente de son client (%1), qui doit arriver du siège.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job status.</source>
        <translation>« %1 » n’est pas un état d’intervention.</translation>
    </message>
    <message>
        <source>The job has a start without an end, or an end without a start.</source>
        <translation>L’intervention a un début sans fin, ou une fin sans début.</translation>
    </message>
    <message>
        <source>The job ends before it starts.</source>
        <translation>L’intervention se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A scheduled job needs a time.</source>
        <translation>Une intervention planifiée a besoin d’une heure.</translation>
    </message>
    <message>
        <source>Restored from head office</source>
        <translation>Restauré depuis le siège</translation>
    </message>
    <message>
        <source>Changed by head office</source>
        <translation>Modifiée par le siège</translation>
    </message>
    <message>
        <source>Booked by head office</source>
        <translation>Réservée par le siège</translation>
    </message>
    <message>
        <source>The service&apos;s duration is not a number of minutes.</source>
        <translation>La durée du service n’est pas un nombre de minutes.</translation>
    </message>
    <message>
        <source>The service&apos;s price is not a whole number of minor units.</source>
        <translation>Le prix du service n’est pas un nombre entier de centimes (ou unités divisionnaires).</translation>
    </message>
    <message>
        <source>Another service is already called “%1”.</source>
        <translation>Un autre service s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Payment terms from head office are not a number of days from 0 to 365.</source>
        <translation>Les conditions de paiement reçues du siège ne sont pas un nombre de jours compris entre 0 et 365.</translation>
    </message>
    <message>
        <source>The invoice footer from head office is longer than 2,000 characters.</source>
        <translation>Le pied de page des factures reçu du siège dépasse 2 000 caractères.</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>Client effacé</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Client sans nom</translation>
    </message>
    <message>
        <source>Waiting for its customer to arrive.</source>
        <translation>En attente de l’arrivée de son client.</translation>
    </message>
    <message>
        <source>Unknown consent channel.</source>
        <translation>Canal de consentement inconnu.</translation>
    </message>
    <message>
        <source>The crew has no name.</source>
        <translation>L’équipe n’a pas de nom.</translation>
    </message>
    <message>
        <source>A crew called “%1” exists here already.</source>
        <translation>Une équipe nommée « %1 » existe déjà ici.</translation>
    </message>
    <message>
        <source>Removed customer</source>
        <translation>Client retiré</translation>
    </message>
</context>
<context>
    <name>spoke::sync::HubTrust</name>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>Le fichier d’autorité de certification ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>A pinned key is the base64 of a SHA-256 hash (44 characters ending in &quot;=&quot;).</source>
        <translation>Une clé épinglée est l’empreinte SHA-256 encodée en base64 (44 caractères se terminant par « = »).</translation>
    </message>
</context>
<context>
    <name>spoke::sync::Sync</name>
    <message>
        <source>Not enrolled with a hub</source>
        <translation>Non inscrit auprès d’un hub</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <source>Enroll again</source>
        <translation>Nouvelle inscription requise</translation>
    </message>
    <message>
        <source>The hub could not be reached. Spoke keeps working and retries on its own.</source>
        <translation>Le hub est injoignable. Spoke continue de fonctionner et réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The hub did not answer in time. Spoke retries on its own.</source>
        <translation>Le hub n’a pas répondu à temps. Spoke réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted. Check the CA certificate in Settings → Sync.</source>
        <translation>Le certificat du hub n’est pas reconnu comme fiable. Vérifiez le certificat d’autorité dans Réglages → Synchronisation.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate has expired (or is not valid yet). Ask head office to renew it.</source>
        <translation>Le certificat du hub a expiré (ou n’est pas encore valide). Demandez au siège de le renouveler.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is for another server name. Check the hub address.</source>
        <translation>Le certificat du hub correspond à un autre nom de serveur. Vérifiez l’adresse du hub.</translation>
    </message>
    <message>
        <source>A secure connection to the hub could not be made.</source>
        <translation>Impossible d’établir une connexion sécurisée avec le hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s public key does not match the pinned key. Spoke refused to talk to it.</source>
        <translation>La clé publique du hub ne correspond pas à la clé épinglée. Spoke a refusé de communiquer avec lui.</translation>
    </message>
    <message>
        <source>The hub sent an answer Spoke does not understand.</source>
        <translation>Le hub a envoyé une réponse que Spoke ne comprend pas.</translation>
    </message>
    <message>
        <source>Changes from the hub could not be saved on this PC; Spoke will try again.</source>
        <translation>Les modifications reçues du hub n’ont pas pu être enregistrées sur ce PC ; Spoke va réessayer.</translation>
    </message>
    <message>
        <source>The hub&apos;s access token could not be read from the system keychain. Unlock the keychain, or enroll again.</source>
        <translation>Le jeton d’accès au hub n’a pas pu être lu dans le trousseau du système. Déverrouillez le trousseau ou refaites l’inscription.</translation>
    </message>
    <message>
        <source>This PC&apos;s history diverged from head office&apos;s. Enroll this PC again.</source>
        <translation>L’historique de ce PC a divergé de celui du siège. Inscrivez à nouveau ce PC.</translation>
    </message>
    <message>
        <source>This PC was removed from head office. Enroll it again.</source>
        <translation>Ce PC a été retiré par le siège. Inscrivez-le à nouveau.</translation>
    </message>
    <message>
        <source>Head office does not recognise this PC. Enroll it again.</source>
        <translation>Le siège ne reconnaît pas ce PC. Inscrivez-le à nouveau.</translation>
    </message>
    <message>
        <source>Head office refused this change. Contact head office.</source>
        <translation>Le siège a refusé cette modification. Contactez le siège.</translation>
    </message>
    <message>
        <source>This enrollment code is not valid. Check it, or ask head office for a new one.</source>
        <translation>Ce code d’inscription n’est pas valide. Vérifiez-le ou demandez-en un nouveau au siège.</translation>
    </message>
    <message>
        <source>This enrollment code was already used. Ask head office for a new one.</source>
        <translation>Ce code d’inscription a déjà été utilisé. Demandez-en un nouveau au siège.</translation>
    </message>
    <message>
        <source>This enrollment code has expired. Ask head office for a new one.</source>
        <translation>Ce code d’inscription a expiré. Demandez-en un nouveau au siège.</translation>
    </message>
    <message>
        <source>The hub asked Spoke to slow down; it will try again shortly.</source>
        <translation>Le hub a demandé à Spoke de ralentir ; il réessaiera sous peu.</translation>
    </message>
    <message>
        <source>This hub speaks another version of the sync protocol. Update Spoke or the hub.</source>
        <translation>Ce hub utilise une autre version du protocole de synchronisation. Mettez à jour Spoke ou le hub.</translation>
    </message>
    <message>
        <source>The hub had a problem; nothing was lost. Spoke retries on its own.</source>
        <translation>Le hub a rencontré un problème ; rien n’a été perdu. Spoke réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The hub is restarting. Spoke retries on its own.</source>
        <translation>Le hub redémarre. Spoke réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The hub is missing earlier changes of this PC that are no longer here. Enroll this PC again.</source>
        <translation>Il manque au hub des modifications antérieures de ce PC qui n’y sont plus. Inscrivez à nouveau ce PC.</translation>
    </message>
    <message>
        <source>A change is too large for the hub. Contact head office.</source>
        <translation>Une modification est trop volumineuse pour le hub. Contactez le siège.</translation>
    </message>
    <message>
        <source>Head office owns this record; the change made here was not taken.</source>
        <translation>Cet enregistrement appartient au siège ; la modification faite ici n’a pas été retenue.</translation>
    </message>
    <message>
        <source>An issued document cannot change; the change made here was not taken.</source>
        <translation>Un document émis ne peut pas changer ; la modification faite ici n’a pas été retenue.</translation>
    </message>
    <message>
        <source>The audit or sales history of this PC does not continue the one head office has.</source>
        <translation>L’historique d’audit ou des ventes de ce PC ne prolonge pas celui que détient le siège.</translation>
    </message>
    <message>
        <source>The address does not point to a Spoke Hub. Check the hub address.</source>
        <translation>L’adresse ne mène pas à un Spoke Hub. Vérifiez l’adresse du hub.</translation>
    </message>
    <message>
        <source>Sync failed (%1).</source>
        <translation>Échec de la synchronisation (%1).</translation>
    </message>
    <message>
        <source>Sync failed (%1): %2</source>
        <translation>Échec de la synchronisation (%1) : %2</translation>
    </message>
</context>
<context>
    <name>spoke::sync::SyncEngine</name>
    <message>
        <source>Enter the hub&apos;s address, such as https://hub.example.com.</source>
        <translation>Saisissez l’adresse du hub, par exemple https://hub.example.com.</translation>
    </message>
    <message>
        <source>The hub&apos;s address must start with https:// (sync never travels unencrypted).</source>
        <translation>L’adresse du hub doit commencer par https:// (la synchronisation ne circule jamais en clair).</translation>
    </message>
    <message>
        <source>The hub&apos;s address is only https://host and an optional :port.</source>
        <translation>L’adresse du hub se compose uniquement de https://hôte et d’un :port facultatif.</translation>
    </message>
    <message>
        <source>The enrollment code is 16 letters and digits, such as 7K3M-Q9XD-2HBN-W4RT.</source>
        <translation>Le code d’inscription compte 16 lettres et chiffres, par exemple 7K3M-Q9XD-2HBN-W4RT.</translation>
    </message>
    <message>
        <source>Give this PC a name of 1 to 100 characters (head office lists it by that name).</source>
        <translation>Donnez à ce PC un nom de 1 à 100 caractères (le siège le répertorie sous ce nom).</translation>
    </message>
    <message>
        <source>Only a manager or the owner can enroll this PC.</source>
        <translation>Seul un gérant ou le propriétaire peut inscrire ce PC.</translation>
    </message>
    <message>
        <source>An enrollment is already under way.</source>
        <translation>Une inscription est déjà en cours.</translation>
    </message>
    <message>
        <source>This location is enrolled with %1. A location syncs with one hub: un-enroll it first.</source>
        <translation>Cet établissement est inscrit auprès de %1. Un établissement se synchronise avec un seul hub : désinscrivez-le d’abord.</translation>
    </message>
    <message>
        <source>The hub accepted the code, but its access token could not be kept in the system keychain (%1). Unlock the keychain and enroll again with a new code.</source>
        <translation>Le hub a accepté le code, mais son jeton d’accès n’a pas pu être conservé dans le trousseau du système (%1). Déverrouillez le trousseau et refaites l’inscription avec un nouveau code.</translation>
    </message>
    <message>
        <source>This PC is enrolled with head office as “%1” for %2.</source>
        <translation>Ce PC est inscrit auprès du siège sous le nom « %1 » pour %2.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can un-enroll this PC.</source>
        <translation>Seul un gérant ou le propriétaire peut désinscrire ce PC.</translation>
    </message>
</context>
<context>
    <name>spoke::sync::SyncStore</name>
    <message>
        <source>Only a manager or the owner can see sync details.</source>
        <translation>Seul un gérant ou le propriétaire peut consulter le détail de la synchronisation.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can enroll this PC.</source>
        <translation>Seul un gérant ou le propriétaire peut inscrire ce PC.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can un-enroll this PC.</source>
        <translation>Seul un gérant ou le propriétaire peut désinscrire ce PC.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AboutDialog</name>
    <message>
        <source>About Spoke</source>
        <translation>À propos de Spoke</translation>
    </message>
    <message>
        <source>Spoke %1</source>
        <translation>Spoke %1</translation>
    </message>
    <message>
        <source>The CRM a home-service franchise location runs on: customers, scheduling, invoices and payments, in an encrypted database that works with no network.</source>
        <translation>Le CRM sur lequel tourne un établissement franchisé de services à domicile : clients, planning, factures et paiements, dans une base chiffrée qui fonctionne sans réseau.</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AddressEditor</name>
    <message>
        <source>Label, e.g. Home or Rental on Elm St</source>
        <translation>Libellé, p. ex. Maison ou Location rue des Ormes</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Appartement</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>État / région</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>e.g. knock on the side door</source>
        <translation>p. ex. frapper à la porte latérale</translation>
    </message>
    <message>
        <source>e.g. key under the blue pot</source>
        <translation>p. ex. clé sous le pot bleu</translation>
    </message>
    <message>
        <source>e.g. driveway, not the street</source>
        <translation>p. ex. dans l’allée, pas dans la rue</translation>
    </message>
    <message>
        <source>e.g. friendly dog, keep the gate shut</source>
        <translation>p. ex. chien gentil, garder le portail fermé</translation>
    </message>
    <message>
        <source>Crew or technician</source>
        <translation>Équipe ou technicien</translation>
    </message>
    <message>
        <source>e.g. mornings 8–11</source>
        <translation>p. ex. le matin, 8 h – 11 h</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse d’intervention</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Supprimer cette adresse</translation>
    </message>
    <message>
        <source>For the crew</source>
        <translation>Pour l’équipe</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Notes d’accès</translation>
    </message>
    <message>
        <source>Entry instructions</source>
        <translation>Consignes d’entrée</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Stationnement</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animaux</translation>
    </message>
    <message>
        <source>Preferred crew</source>
        <translation>Équipe préférée</translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation>Créneau d’arrivée</translation>
    </message>
    <message>
        <source>Local only: stays at this location, never synced to head office</source>
        <translation>Local uniquement : reste dans cet établissement, jamais synchronisé avec le siège</translation>
    </message>
    <message>
        <source>Gate code</source>
        <translation>Code du portail</translation>
    </message>
    <message>
        <source>Alarm code</source>
        <translation>Code de l’alarme</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Nouvelle adresse</translation>
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
        <translation>Balance âgée des créances</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%Ln invoice(s))</source>
        <translation>
            <numerusform>%1 : %2 (%Ln facture)</numerusform>
            <numerusform>%1 : %2 (%Ln factures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln facture</numerusform>
            <numerusform>%Ln factures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoke::ui::AppController</name>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n’a pas été restaurée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The location was restored from the backup. Sign in to go on.</source>
        <translation>L’établissement a été restauré depuis la sauvegarde. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the location that cannot be opened with this backup? The current file is kept beside it as spoke.db.replaced.</source>
        <translation>Remplacer l’établissement qui ne s’ouvre pas par cette sauvegarde ? Le fichier actuel est gardé à côté sous le nom spoke.db.replaced.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ApplyCreditDialog</name>
    <message>
        <source>Apply credit</source>
        <translation>Imputer le crédit</translation>
    </message>
    <message>
        <source>Pay invoice %1 from credit</source>
        <translation>Régler la facture %1 avec le crédit</translation>
    </message>
    <message>
        <source>%1 has %2 of credit; the invoice&apos;s balance is %3.</source>
        <translation>%1 dispose de %2 de crédit ; le solde de la facture est de %3.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Montant (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AuditModel</name>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Wrong PIN or password</source>
        <translation>Code PIN ou mot de passe erroné</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>Membre du personnel ajouté</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Compte activé</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>PIN or password reset</source>
        <translation>Code PIN ou mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte débloqué</translation>
    </message>
    <message>
        <source>Location created</source>
        <translation>Établissement créé</translation>
    </message>
    <message>
        <source>Location profile changed</source>
        <translation>Profil de l’établissement modifié</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Réglage modifié</translation>
    </message>
    <message>
        <source>Database key changed</source>
        <translation>Clé de la base changée</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>spoke::ui::AuditSection</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Every sign-in, staff change, settings change, key change and backup, newest first. Each entry is chained to the one before it by a hash, so an edited or deleted entry is detected.</source>
        <translation>Chaque connexion, changement de personnel, de réglage ou de clé et chaque sauvegarde, du plus récent au plus ancien. Chaque entrée est chaînée à la précédente par un hachage : une entrée modifiée ou supprimée est détectée.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries checked, none changed, none missing.</source>
        <translation>La chaîne est intacte : %1 entrées vérifiées, aucune modifiée, aucune manquante.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1</source>
        <translation>Le journal d’audit a été falsifié : %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::Billing</name>
    <message>
        <source>Export PDFs</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln document(s)…</source>
        <translation>
            <numerusform>Préparation de %Ln document…</numerusform>
            <numerusform>Préparation de %Ln documents…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Arrêt après le document en cours…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln PDF file(s)…</source>
        <translation>
            <numerusform>Écriture de %Ln fichier PDF…</numerusform>
            <numerusform>Écriture de %Ln fichiers PDF…</numerusform>
        </translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exonéré</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 (compound)</source>
        <translation>%1 (composée)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Credit available</source>
        <translation>Crédit disponible</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Brouillon d’avoir</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Brouillon de facture</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (avoir)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>Reçu 80 mm</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save as PDF instead?</source>
        <translation>Aucune imprimante n’est installée sur cet ordinateur. Enregistrer plutôt en PDF ?</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>The document could not be printed: %1</source>
        <translation>Le document n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BillingSettingsSection</name>
    <message>
        <source>Prices &amp;include tax</source>
        <translation>Les prix incluent les &amp;taxes</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>How invoices, credit notes and receipts are computed, numbered and printed. Issued documents keep the settings they were issued with. Changes are recorded in the audit log.</source>
        <translation>Calcul, numérotation et impression des factures, avoirs et reçus. Les documents émis conservent les réglages en vigueur lors de leur émission. Les modifications sont inscrites au journal d’audit.</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Half up: 0.125 becomes 0.13</source>
        <translation>Au demi supérieur : 0,125 devient 0,13</translation>
    </message>
    <message>
        <source>Half even (banker&apos;s): 0.125 becomes 0.12</source>
        <translation>Au demi pair (arrondi bancaire) : 0,125 devient 0,12</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>&amp;Méthode d’arrondi</translation>
    </message>
    <message>
        <source>Round each line&apos;s tax</source>
        <translation>Arrondir la taxe de chaque ligne</translation>
    </message>
    <message>
        <source>Round the invoice&apos;s tax once</source>
        <translation>Arrondir une seule fois la taxe de la facture</translation>
    </message>
    <message>
        <source>Tax is &amp;rounded</source>
        <translation>&amp;Arrondi de la taxe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Add tax class…</source>
        <translation>Ajouter une catégorie de taxe…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Invoices and receipts</source>
        <translation>Factures et reçus</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Due on receipt</source>
        <translation>À réception</translation>
    </message>
    <message>
        <source>Default &amp;terms</source>
        <translation>&amp;Délai de paiement par défaut</translation>
    </message>
    <message>
        <source>e.g. DT-</source>
        <translation>p. ex. DT-</translation>
    </message>
    <message>
        <source>&amp;Invoice number prefix</source>
        <translation>Préfixe des &amp;factures</translation>
    </message>
    <message>
        <source>e.g. DT-CN-</source>
        <translation>p. ex. DT-AV-</translation>
    </message>
    <message>
        <source>&amp;Credit note prefix</source>
        <translation>Préfixe des a&amp;voirs</translation>
    </message>
    <message>
        <source>e.g. DT-R-</source>
        <translation>p. ex. DT-R-</translation>
    </message>
    <message>
        <source>Rece&amp;ipt prefix</source>
        <translation>Préfixe des &amp;reçus</translation>
    </message>
    <message>
        <source>Numbers continue from the last one when a prefix changes; they never restart or skip.</source>
        <translation>Quand un préfixe change, la numérotation reprend à partir du dernier numéro ; elle ne repart jamais de zéro et ne saute aucun numéro.</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <source>Bank details, thanks, tax notes… printed at the foot of every document</source>
        <translation>Coordonnées bancaires, remerciements, mentions fiscales… imprimés en bas de chaque document</translation>
    </message>
    <message>
        <source>&amp;Footer</source>
        <translation>&amp;Pied de page</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>There is already a tax class &quot;%1&quot;.</source>
        <translation>Il existe déjà une catégorie de taxe « %1 ».</translation>
    </message>
    <message>
        <source>Not saved yet: press Save changes.</source>
        <translation>Pas encore enregistré : cliquez sur Enregistrer les modifications.</translation>
    </message>
    <message>
        <source>The standard class is used when nothing else is chosen: it can be changed but not removed.</source>
        <translation>La catégorie standard s’applique quand aucune autre n’est choisie : elle peut être modifiée, mais pas supprimée.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not a picture Spoke can read (%2).</source>
        <translation>%1 n’est pas une image que Spoke sait lire (%2).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Saved. New invoices use these settings; the change is in the audit log.</source>
        <translation>Enregistré. Les nouvelles factures utilisent ces réglages ; la modification figure au journal d’audit.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BillingText</name>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>Saisissez un montant, par exemple %1.</translation>
    </message>
    <message>
        <source>Type a percentage such as %1.</source>
        <translation>Saisissez un pourcentage, par exemple %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than a rate can keep (at most four).</source>
        <translation>« %1 » a plus de décimales qu’un taux ne peut en garder (quatre au plus).</translation>
    </message>
    <message>
        <source>Type a discount as a percentage such as 10% or an amount such as %1.</source>
        <translation>Saisissez une remise en pourcentage, par exemple 10%, ou en montant, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BookingDialog</name>
    <message>
        <source>Or a new customer</source>
        <translation>Ou un nouveau client</translation>
    </message>
    <message>
        <source>Save as a request (no time yet)</source>
        <translation>Enregistrer comme demande (sans horaire)</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>Réserver une intervention</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Name, phone, email or street</source>
        <translation>Nom, téléphone, e-mail ou rue</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>Fa&amp;mily name</source>
        <translation>No&amp;m de famille</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>R&amp;ue</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Notes for the crew</source>
        <translation>&amp;Notes pour l’équipe</translation>
    </message>
    <message>
        <source>Doesn&apos;t repeat</source>
        <translation>Pas de répétition</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Toutes les 2 semaines</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>Toutes les 4 semaines</translation>
    </message>
    <message>
        <source>Monthly on the same date</source>
        <translation>Chaque mois à la même date</translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation>Chaque mois le même jour de la semaine</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répétition</translation>
    </message>
    <message>
        <source>Until cancelled</source>
        <translation>Jusqu’à annulation</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> visites</translation>
    </message>
    <message>
        <source>&amp;Ends after</source>
        <translation>&amp;Fin après</translation>
    </message>
    <message>
        <source>Next free &amp;slots (Enter books)</source>
        <translation>Prochains créneaux &amp;libres (Entrée pour réserver)</translation>
    </message>
    <message>
        <source>Suggested slots</source>
        <translation>Créneaux suggérés</translation>
    </message>
    <message>
        <source>%1 — %2 min, %3</source>
        <translation>%1 — %2 min, %3</translation>
    </message>
    <message>
        <source>Do not service: %1</source>
        <translation>Ne pas servir : %1</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>Équipe souhaitée : %1</translation>
    </message>
    <message>
        <source>Pick the services to see free slots.</source>
        <translation>Choisissez les services pour voir les créneaux libres.</translation>
    </message>
    <message>
        <source>%1, %2–%3 · %4</source>
        <translation>%1, %2–%3 · %4</translation>
    </message>
    <message>
        <source> ★ asked for</source>
        <translation> ★ souhaitée par le client</translation>
    </message>
    <message>
        <source>No free slot in the next two weeks fits. Save it as a request.</source>
        <translation>Aucun créneau libre ne convient dans les deux prochaines semaines. Enregistrez-la comme demande.</translation>
    </message>
    <message>
        <source>Choose a customer, or type a new customer&apos;s name.</source>
        <translation>Choisissez un client ou tapez le nom d’un nouveau client.</translation>
    </message>
    <message>
        <source>Book over a conflict</source>
        <translation>Réserver malgré un conflit</translation>
    </message>
    <message>
        <source>%1

To book anyway, say why (it is recorded):</source>
        <translation>%1

Pour réserver quand même, indiquez pourquoi (c’est enregistré) :</translation>
    </message>
    <message>
        <source>%1

A manager can book over a conflict.</source>
        <translation>%1

Un gérant peut réserver malgré un conflit.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::BusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>This is how the location appears on screens, invoices and at head office. You can change it later in Settings.</source>
        <translation>C’est ainsi que l’établissement apparaît à l’écran, sur les factures et au siège. Vous pourrez le modifier plus tard dans Réglages.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Save calendar…</source>
        <translation>&amp;Enregistrer le calendrier…</translation>
    </message>
    <message>
        <source>Export a calendar</source>
        <translation>Exporter un calendrier</translation>
    </message>
    <message>
        <source>Save a technician&apos;s jobs as an iCalendar (.ics) file to import on their phone. Gate and alarm codes are never included: they stay on the printed work order.</source>
        <translation>Enregistrez les interventions d’un technicien dans un fichier iCalendar (.ics) à importer sur son téléphone. Les codes du portail et de l’alarme ne sont jamais inclus : ils restent sur le bon d’intervention imprimé.</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Technicien :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Your account is not set up as a technician.</source>
        <translation>Votre compte n’est pas configuré comme technicien.</translation>
    </message>
    <message>
        <source>There are no technicians yet.</source>
        <translation>Il n’y a pas encore de techniciens.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>%1 jobs %2</source>
        <translation>%1 interventions %2</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n job(s) to %1.</source>
        <translation>
            <numerusform>%n intervention enregistrée dans %1.</numerusform>
            <numerusform>%n interventions enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoke::ui::CashUpView</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Net taken</source>
        <translation>Encaissement net</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Payments and refunds of the day</source>
        <translation>Paiements et remboursements du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Encaissé par</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s), %1 taken</source>
        <translation>
            <numerusform>%Ln paiement, total encaissé : %1</numerusform>
            <numerusform>%Ln paiements, total encaissé : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s), %1 given back</source>
        <translation>
            <numerusform>%Ln remboursement, total rendu : %1</numerusform>
            <numerusform>%Ln remboursements, total rendu : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (refund)</source>
        <translation>%1 (remboursement)</translation>
    </message>
    <message>
        <source>Cash-up %1</source>
        <translation>Clôture de caisse %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ConsentEditor</name>
    <message>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <source>Yes, agrees</source>
        <translation>Oui, accepte</translation>
    </message>
    <message>
        <source>No, withdrawn</source>
        <translation>Non, retiré</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>appel téléphonique</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulaire papier</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>email reply</source>
        <translation>réponse par e-mail</translation>
    </message>
    <message>
        <source>How: web form, phone call…</source>
        <translation>Comment : formulaire web, appel téléphonique…</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · par %2</translation>
    </message>
    <message>
        <source>Say how the consent was given or withdrawn.</source>
        <translation>Indiquez comment le consentement a été donné ou retiré.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ContactListEditor</name>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Number, e.g. (555) 010-2345</source>
        <translation>Numéro, p. ex. (555) 010-2345</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Supprimer ce numéro</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Supprimer cette adresse</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CreditNoteDialog</name>
    <message>
        <source>The &amp;whole invoice</source>
        <translation>La facture &amp;entière</translation>
    </message>
    <message>
        <source>&amp;Some lines</source>
        <translation>&amp;Certaines lignes</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Émettre l’avoir</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Avoir sur %1</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>Avoir sur la facture %1</translation>
    </message>
    <message>
        <source>%1 · total %2 · balance %3. The credit settles the balance first; what is left becomes %1&apos;s credit.</source>
        <translation>%1 · total %2 · solde %3. L’avoir règle d’abord le solde ; le reste devient un crédit au profit de %1.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty to credit</source>
        <translation>Qté à créditer</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Montant de la ligne</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. &quot;oven clean not done&quot;</source>
        <translation>Imprimé sur l’avoir, p. ex. « nettoyage du four non effectué »</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Say why the invoice is credited: the reason is printed on the credit note.</source>
        <translation>Indiquez pourquoi la facture fait l’objet d’un avoir : le motif est imprimé sur l’avoir.</translation>
    </message>
    <message>
        <source>Tick the lines to credit, or credit the whole invoice.</source>
        <translation>Cochez les lignes à créditer, ou créditez la facture entière.</translation>
    </message>
    <message>
        <source>Issue a credit note against invoice %1? It takes the next credit note number and cannot be undone.</source>
        <translation>Émettre un avoir sur la facture %1 ? Il prend le prochain numéro d’avoir et ne peut pas être annulé.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CrewDialog</name>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambre</translation>
    </message>
    <message>
        <source>Add a crew</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Current colour</source>
        <translation>Couleur actuelle</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membres :</translation>
    </message>
    <message>
        <source>Space checks the selected technician.</source>
        <translation>La barre d’espace coche le technicien sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerBillingCard</name>
    <message>
        <source>Take payment…</source>
        <translation>Encaisser un paiement…</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>Imputer le crédit…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Relevé…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Invoices &amp; payments</source>
        <translation>Factures et paiements</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Doit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Inutilisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>%Ln facture impayée</numerusform>
            <numerusform>%Ln factures impayées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, dont %Ln en retard</numerusform>
            <numerusform>, dont %Ln en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>%1 (refund)</source>
        <translation>%1 (remboursement)</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>reçu %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerEditor</name>
    <message>
        <source>Do not service this customer</source>
        <translation>Ne pas servir ce client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Phones and email</source>
        <translation>Téléphones et e-mail</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as %1 numbers.</source>
        <translation>Les numéros sans indicatif de pays sont lus comme des numéros %1.</translation>
    </message>
    <message>
        <source>Add service address</source>
        <translation>Ajouter une adresse d’intervention</translation>
    </message>
    <message>
        <source>Add billing address</source>
        <translation>Ajouter une adresse de facturation</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Where the work happens and where invoices go. Gate and alarm codes never leave this location.</source>
        <translation>Où le travail a lieu et où vont les factures. Les codes de portail et d’alarme ne quittent jamais cet établissement.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>DO, DON&apos;T and NOTE items per address and area of the home; they are printed on work orders.</source>
        <translation>Éléments À FAIRE, À ÉVITER et NOTE par adresse et par pièce de la maison ; ils sont imprimés sur les bons d’intervention.</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentement marketing</translation>
    </message>
    <message>
        <source>Appointment reminders and receipts do not need consent.</source>
        <translation>Les rappels de rendez-vous et les reçus ne demandent pas de consentement.</translation>
    </message>
    <message>
        <source>Why (required), e.g. unpaid invoices, unsafe site</source>
        <translation>Pourquoi (obligatoire), p. ex. factures impayées, site dangereux</translation>
    </message>
    <message>
        <source>Anything else worth remembering</source>
        <translation>Tout ce qui mérite d’être retenu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes and service</source>
        <translation>Notes et service</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Pas de préférence</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Preferred way to reach them</source>
        <translation>Moyen de contact préféré</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (today when empty)</source>
        <translation>AAAA-MM-JJ (aujourd’hui si vide)</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <source>head-office campaign</source>
        <translation>campagne du siège</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>client de passage</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>client fidèle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, weekly</source>
        <translation>Séparées par des virgules, p. ex. vip, hebdo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas une date ; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n valeur demande votre attention ; rien n’a été enregistré.</numerusform>
            <numerusform>%n valeurs demandent votre attention ; rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer was saved, but the consent was not: %1</source>
        <translation>Le client a été enregistré, mais pas le consentement : %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerExport</name>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>All customers as CSV…</source>
        <translation>Tous les clients en CSV…</translation>
    </message>
    <message>
        <source>All customers as vCard…</source>
        <translation>Tous les clients en vCard…</translation>
    </message>
    <message>
        <source>Filtered list as CSV…</source>
        <translation>Liste filtrée en CSV…</translation>
    </message>
    <message>
        <source>Filtered list as vCard…</source>
        <translation>Liste filtrée en vCard…</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerProfileView</name>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>Edit this customer (Ctrl+E)</source>
        <translation>Modifier ce client (Ctrl+E)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>Supprimer le client…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Printed on work orders</source>
        <translation>Imprimé sur les bons d’intervention</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased on request. Sales and job history stay for the books.</source>
        <translation>Les données personnelles de ce client ont été effacées à sa demande. L’historique des ventes et des interventions reste pour la comptabilité.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>Client effacé</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Client depuis le %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Parle %1</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>Préfère : %1</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <translation>Anniversaire : %1</translation>
    </message>
    <message>
        <source>Do not service: %1</source>
        <translation>Ne pas servir : %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>No phone or email yet.</source>
        <translation>Pas encore de téléphone ni d’e-mail.</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse d’intervention</translation>
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
        <translation>Accès</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Stationnement</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animaux</translation>
    </message>
    <message>
        <source>Preferred crew</source>
        <translation>Équipe préférée</translation>
    </message>
    <message>
        <source>Arrival window</source>
        <translation>Créneau d’arrivée</translation>
    </message>
    <message>
        <source>Stays at this location, never synced</source>
        <translation>Reste dans cet établissement, jamais synchronisé</translation>
    </message>
    <message>
        <source>Gate code</source>
        <translation>Code du portail</translation>
    </message>
    <message>
        <source>Alarm code</source>
        <translation>Code de l’alarme</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentement marketing</translation>
    </message>
    <message>
        <source>Only for marketing; appointment reminders and receipts are always sent.</source>
        <translation>Pour le marketing seulement ; les rappels de rendez-vous et les reçus sont toujours envoyés.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · par %2</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>The customer disappears from lists and search. Jobs, invoices and payments stay for the books, and the deletion is recorded in the audit log.</source>
        <translation>Le client disparaît des listes et de la recherche. Les interventions, factures et paiements restent pour la comptabilité, et la suppression est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>For example: moved away, duplicate entry</source>
        <translation>Par exemple : a déménagé, doublon</translation>
    </message>
    <message>
        <source>Erase %1&apos;s personal data?</source>
        <translation>Effacer les données personnelles de %1 ?</translation>
    </message>
    <message>
        <source>For a privacy request. Names, phone numbers, emails, addresses, codes, preferences, notes and the text of calls and notes are erased for good. Sales totals, jobs and invoices stay, without the person&apos;s details. This cannot be undone.</source>
        <translation>Pour une demande de confidentialité. Les noms, numéros de téléphone, e-mails, adresses, codes, préférences, notes et le texte des appels et des notes sont effacés définitivement. Les totaux de ventes, interventions et factures restent, sans les coordonnées de la personne. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Je comprends que cette action est irréversible</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>Réserver une intervention</translation>
    </message>
    <message>
        <source>Book a job for this customer (Ctrl+B)</source>
        <translation>Réserver une intervention pour ce client (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomerSearchModel</name>
    <message>
        <source>Do not service</source>
        <translation>Ne pas servir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>spoke::ui::CustomersPage</name>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Customer deleted.</source>
        <translation>Client supprimé.</translation>
    </message>
    <message>
        <source>Search by name, phone, email, street, postal code or tag  (Ctrl+F)</source>
        <translation>Rechercher par nom, téléphone, e-mail, rue, code postal ou étiquette  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Ajouter un client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Tous les consentements</translation>
    </message>
    <message>
        <source>Agrees to %1</source>
        <translation>Accepte : %1</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Toute activité</translation>
    </message>
    <message>
        <source>Active in the last 30 days</source>
        <translation>Actif ces 30 derniers jours</translation>
    </message>
    <message>
        <source>Active in the last 90 days</source>
        <translation>Actif ces 90 derniers jours</translation>
    </message>
    <message>
        <source>Inactive for a year or more</source>
        <translation>Inactif depuis un an ou plus</translation>
    </message>
    <message>
        <source>Review possible duplicates</source>
        <translation>Examiner les doublons possibles</translation>
    </message>
    <message>
        <source>Import customers from a CSV or vCard file</source>
        <translation>Importer des clients depuis un fichier CSV ou vCard</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Sort by name or by last activity</source>
        <translation>Trier par nom ou par dernière activité</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) match the filters</source>
        <translation>
            <numerusform>%Ln client correspond aux filtres</numerusform>
            <numerusform>%Ln clients correspondent aux filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates · %1</source>
        <translation>Doublons · %1</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>Customer added.</source>
        <translation>Client ajouté.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DispatchBoard</name>
    <message>
        <source>Time off</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Time off: %1</source>
        <translation>Absence : %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Sans horaire</translation>
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
        <translation>Affectation : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Booked by head office</source>
        <translation>Réservée par le siège</translation>
    </message>
    <message>
        <source>Customer is marked do not service</source>
        <translation>Client marqué « Ne pas servir »</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflits :</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflits : %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ</source>
        <extracomment>Badge on a job booked by head office (short: it sits in a corner of the job&apos;s box)</extracomment>
        <translation>Siège</translation>
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
        <translation>Chevauche %1 (%2)</translation>
    </message>
    <message>
        <source>A job that is %1 can&apos;t be moved.</source>
        <translation>Une intervention à l’état « %1 » ne peut pas être déplacée.</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>Tableau de répartition</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DocumentPrinter</name>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save as PDF instead?</source>
        <translation>Aucune imprimante n’est installée sur cet ordinateur. Enregistrer plutôt en PDF ?</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>The document could not be printed: %1</source>
        <translation>Le document n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DraftEditor</name>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Invoice completed jobs…</source>
        <translation>Facturer des interventions terminées…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation>Émettre la facture…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Invoice draft</source>
        <translation>Brouillon de facture</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Taux normal</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Name, phone, email or street</source>
        <translation>Nom, téléphone, e-mail ou rue</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+L)</source>
        <translation>Ajouter une ligne (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add the customer&apos;s completed jobs that are not invoiced yet (Ctrl+J)</source>
        <translation>Ajouter les interventions terminées du client qui ne sont pas encore facturées (Ctrl+J)</translation>
    </message>
    <message>
        <source>e.g. 10% or %1</source>
        <translation>p. ex. 10% ou %1</translation>
    </message>
    <message>
        <source>Invoice &amp;discount</source>
        <translation>&amp;Remise sur la facture</translation>
    </message>
    <message numerus="yes">
        <source>Location default (%Ln day(s))</source>
        <translation>
            <numerusform>Par défaut de l’établissement (%Ln jour)</numerusform>
            <numerusform>Par défaut de l’établissement (%Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>Délai de &amp;paiement</translation>
    </message>
    <message>
        <source>Printed on the invoice</source>
        <translation>Imprimé sur la facture</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Enregistrer le brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the invoice its number and make it final</source>
        <translation>Attribuer son numéro à la facture et la rendre définitive</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Aucun client ne correspond.</translation>
    </message>
    <message>
        <source>No customer chosen yet</source>
        <translation>Aucun client choisi pour l’instant</translation>
    </message>
    <message>
        <source>Billed to %1</source>
        <translation>Facturé à %1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Remise sur la ligne</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Catégorie de taxe</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Supprimer cette ligne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Line %1, unit price: %2</source>
        <translation>Ligne %1, prix unitaire : %2</translation>
    </message>
    <message>
        <source>Line %1, discount: %2</source>
        <translation>Ligne %1, remise : %2</translation>
    </message>
    <message>
        <source>Invoice discount: %1</source>
        <translation>Remise sur la facture : %1</translation>
    </message>
    <message>
        <source>Add a line to see the totals.</source>
        <translation>Ajoutez une ligne pour voir les totaux.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>includes %1</source>
        <translation>dont %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Choisissez d’abord le client.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <source>Issue this invoice to %1? %2

It takes the next invoice number. Numbers can&apos;t be reused, and an issued invoice can&apos;t be changed: corrections are made with a credit note.</source>
        <translation>Émettre cette facture à %1 ? %2

Elle prend le prochain numéro de facture. Les numéros ne peuvent pas être réutilisés et une facture émise ne peut pas être modifiée : les corrections se font par un avoir.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete this draft? Its lines are lost. Jobs on it can be invoiced again.</source>
        <translation>Supprimer ce brouillon ? Ses lignes seront perdues. Ses interventions pourront être facturées à nouveau.</translation>
    </message>
    <message>
        <source>Invoice completed jobs</source>
        <translation>Facturer des interventions terminées</translation>
    </message>
    <message>
        <source>Completed jobs of this customer that are not on an invoice yet:</source>
        <translation>Interventions terminées de ce client qui ne figurent encore sur aucune facture :</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>There are no completed jobs to invoice.</source>
        <translation>Il n’y a aucune intervention terminée à facturer.</translation>
    </message>
    <message>
        <source>Add to invoice</source>
        <translation>Ajouter à la facture</translation>
    </message>
    <message>
        <source>Close draft</source>
        <translation>Fermer le brouillon</translation>
    </message>
    <message>
        <source>Close without saving the changes to this draft?</source>
        <translation>Fermer sans enregistrer les modifications de ce brouillon ?</translation>
    </message>
</context>
<context>
    <name>spoke::ui::DuplicatesScreen</name>
    <message>
        <source>Merge into this one</source>
        <translation>Fusionner dans celui-ci</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>No possible duplicates to review.</source>
        <translation>Aucun doublon possible à examiner.</translation>
    </message>
    <message>
        <source>Spoke flags customers who share a phone number or an email, or have a similar name at the same address, when they are added or imported.</source>
        <translation>Spoke signale les clients qui partagent un numéro de téléphone ou un e-mail, ou qui ont un nom proche à la même adresse, lorsqu’ils sont ajoutés ou importés.</translation>
    </message>
    <message>
        <source>These are two different customers</source>
        <translation>Ce sont deux clients différents</translation>
    </message>
    <message>
        <source>Merging keeps every phone, email, address, preference, tag, consent and timeline entry of both customers on the one you keep. It is recorded in the audit log.</source>
        <translation>La fusion reporte tous les téléphones, e-mails, adresses, préférences, étiquettes, consentements et entrées de la chronologie des deux clients sur celui que vous gardez. Elle est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Même numéro de téléphone</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>Même adresse e-mail</translation>
    </message>
    <message>
        <source>Similar name at the same address</source>
        <translation>Nom proche à la même adresse</translation>
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
            <numerusform>%n paire à examiner</numerusform>
            <numerusform>%n paires à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message numerus="yes">
        <source>%n preference(s)</source>
        <translation>
            <numerusform>%n préférence</numerusform>
            <numerusform>%n préférences</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Client depuis le %1</translation>
    </message>
    <message>
        <source>Merge into %1?</source>
        <translation>Fusionner dans %1 ?</translation>
    </message>
    <message>
        <source>Every phone number, email, address, preference, tag, consent and timeline entry of &quot;%1&quot; moves to &quot;%2&quot;, and &quot;%1&quot; leaves the customer list. The merge is recorded in the audit log.</source>
        <translation>Tous les numéros de téléphone, e-mails, adresses, préférences, étiquettes, consentements et entrées de la chronologie de « %1 » passent à « %2 », et « %1 » quitte la liste des clients. La fusion est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>spoke::ui::EmptyListState</name>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Importer depuis un fichier</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Pas encore de clients</translation>
    </message>
    <message>
        <source>Add your first customer, or bring everyone over from the tool you used before.</source>
        <translation>Ajoutez votre premier client, ou reprenez tous vos clients depuis l’outil que vous utilisiez avant.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::FirstRunWizard</name>
    <message>
        <source>Set up Spoke</source>
        <translation>Configurer Spoke</translation>
    </message>
    <message>
        <source>Create location</source>
        <translation>Créer l’établissement</translation>
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
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <source>Every row was checked; nothing has been imported yet.</source>
        <translation>Chaque ligne a été vérifiée ; rien n’a encore été importé.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>rows ready to import</source>
        <translation>lignes prêtes à importer</translation>
    </message>
    <message>
        <source>rows with problems</source>
        <translation>lignes avec des problèmes</translation>
    </message>
    <message>
        <source>Problems, by line of the file</source>
        <translation>Problèmes, par ligne du fichier</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…et %Ln autre</numerusform>
            <numerusform>…et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln valid row(s) and list the rejected ones in the report</source>
        <translation>
            <numerusform>Importer %Ln ligne valide et lister les lignes rejetées dans le rapport</numerusform>
            <numerusform>Importer les %Ln lignes valides et lister les lignes rejetées dans le rapport</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln row(s)</source>
        <translation>
            <numerusform>Importer %Ln ligne</numerusform>
            <numerusform>Importer les %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import nothing if any row is wrong</source>
        <translation>Ne rien importer si une ligne est erronée</translation>
    </message>
    <message numerus="yes">
        <source>With %Ln row(s) wrong, nothing will be imported. Fix the file and import it again.</source>
        <translation>
            <numerusform>Avec %Ln ligne erronée, rien ne sera importé. Corrigez le fichier et importez-le de nouveau.</numerusform>
            <numerusform>Avec %Ln lignes erronées, rien ne sera importé. Corrigez le fichier et importez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is one transaction: it is complete or nothing is written.</source>
        <translation>L’import est une seule transaction : il aboutit entièrement ou rien n’est écrit.</translation>
    </message>
    <message>
        <source>Spoke is still busy with the file; go back and try again in a moment.</source>
        <translation>Spoke traite encore le fichier ; revenez en arrière et réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportMappingPage</name>
    <message>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Spoke guessed from the header; columns set to &quot;(ignore)&quot; are left out.</source>
        <translation>Indiquez ce que contient chaque colonne du fichier. Spoke a deviné d’après l’en-tête ; les colonnes réglées sur « (ignorer) » sont laissées de côté.</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Correspondances enregistrées</translation>
    </message>
    <message>
        <source>Name, e.g. Old CRM export</source>
        <translation>Nom, p. ex. Export de l’ancien CRM</translation>
    </message>
    <message>
        <source>How the first rows will be read</source>
        <translation>Lecture des premières lignes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved.</source>
        <translation>Correspondance « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; applied.</source>
        <translation>Correspondance « %1 » appliquée.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportReportPage</name>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importés</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <source>possible duplicates flagged for review</source>
        <translation>doublons possibles signalés pour examen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported</source>
        <translation>
            <numerusform>%Ln client importé</numerusform>
            <numerusform>%Ln clients importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the possible duplicates from the Customers screen (Duplicates).</source>
        <translation>Examinez les doublons possibles depuis l’écran Clients (Doublons).</translation>
    </message>
    <message>
        <source>What was imported, and what was left out and why.</source>
        <translation>Ce qui a été importé, ce qui a été laissé de côté et pourquoi.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportRunPage</name>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>You can keep working; the import runs in the background.</source>
        <translation>Vous pouvez continuer à travailler ; l’import se fait en arrière-plan.</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Annulation… rien ne sera importé.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln customer(s)…</source>
        <translation>
            <numerusform>Import de %Ln client…</numerusform>
            <numerusform>Import de %Ln clients…</numerusform>
        </translation>
    </message>
    <message>
        <source>Spoke is still busy with the file; nothing was imported.</source>
        <translation>Spoke traite encore le fichier ; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportSourcePage</name>
    <message>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>séparé par des barres verticales</translation>
    </message>
    <message>
        <source>separated by &quot;%1&quot;</source>
        <translation>séparé par « %1 »</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier à l’emplacement %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A CSV file exported from the tool you used before, or a vCard (.vcf) file.</source>
        <translation>Un fichier CSV exporté depuis l’outil que vous utilisiez avant, ou un fichier vCard (.vcf).</translation>
    </message>
    <message>
        <source>Path to a .csv or .vcf file</source>
        <translation>Chemin d’un fichier .csv ou .vcf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Spoke reads CSV files in UTF-8, UTF-16 or Windows-1252, separated by commas, semicolons, tabs or pipes, with quoted fields and line breaks inside them; and vCard 3.0 and 4.0. Files of up to %1 MB. Nothing is imported before you see a dry run.</source>
        <translation>Spoke lit les fichiers CSV en UTF-8, UTF-16 ou Windows-1252, séparés par des virgules, des points-virgules, des tabulations ou des barres verticales, avec des champs entre guillemets et des sauts de ligne à l’intérieur ; ainsi que les vCard 3.0 et 4.0. Fichiers de %1 Mo au plus. Rien n’est importé avant que vous ayez vu un essai à blanc.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Fichiers clients (*.csv *.txt *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>vCard file · %1 · %n card(s)</source>
        <translation>
            <numerusform>Fichier vCard · %1 · %n fiche</numerusform>
            <numerusform>Fichier vCard · %1 · %n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln row(s) · %3 columns</source>
        <translation>
            <numerusform>%1 · %2 · %Ln ligne · %3 colonnes</numerusform>
            <numerusform>%1 · %2 · %Ln lignes · %3 colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Still busy with the previous file; try again in a moment.</source>
        <translation>Le fichier précédent est encore en cours de traitement ; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>spoke::ui::InvoiceDialog</name>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>Encaisser un paiement…</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>Imputer le crédit…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Avoir…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Annuler la facture…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Take a payment (Ctrl+Shift+P)</source>
        <translation>Encaisser un paiement (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Payé %1</translation>
    </message>
    <message>
        <source>Credited %1</source>
        <translation>Crédité %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Solde %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <source>Unused %1</source>
        <translation>Inutilisé %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Annulée : %1</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
    <message>
        <source>Credit applied.</source>
        <translation>Crédit imputé.</translation>
    </message>
    <message>
        <source>Credit note issued.</source>
        <translation>Avoir émis.</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>Remboursement enregistré.</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Why is invoice %1 voided? The number stays used and the reason is recorded.</source>
        <translation>Pourquoi annuler la facture %1 ? Le numéro reste utilisé et le motif est enregistré.</translation>
    </message>
    <message>
        <source>Not voided: a reason is required.</source>
        <translation>Non annulée : un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Invoice %1 is void.</source>
        <translation>La facture %1 est annulée.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::InvoicesPage</name>
    <message>
        <source>Invoices and payments are kept by the front desk and managers.</source>
        <translation>Les factures et les paiements sont gérés par l’accueil et les gérants.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Cash-up</source>
        <translation>Clôture de caisse</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Créances</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All invoices and credit notes</source>
        <translation>Toutes les factures et tous les avoirs</translation>
    </message>
    <message>
        <source>Open (money owed)</source>
        <translation>Impayées (sommes dues)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Search by number or customer (Ctrl+F)</source>
        <translation>Rechercher par numéro ou client (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export PDFs…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save the selected invoices as PDF files in a folder</source>
        <translation>Enregistrer les factures sélectionnées en fichiers PDF dans un dossier</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print the selected invoice (Ctrl+P)</source>
        <translation>Imprimer la facture sélectionnée (Ctrl+P)</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Encaisser un paiement</translation>
    </message>
    <message>
        <source>Take a payment on the selected invoice (Ctrl+Shift+P)</source>
        <translation>Encaisser un paiement sur la facture sélectionnée (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Start an invoice draft (Ctrl+N)</source>
        <translation>Commencer un brouillon de facture (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing to show here yet.</source>
        <translation>Rien à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>No invoice matches &quot;%1&quot;.</source>
        <translation>Aucune facture ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>Facture %1 émise.</translation>
    </message>
    <message>
        <source>Select an open invoice to take a payment on it.</source>
        <translation>Sélectionnez une facture impayée pour y encaisser un paiement.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
    <message>
        <source>Select an invoice to print.</source>
        <translation>Sélectionnez une facture à imprimer.</translation>
    </message>
    <message>
        <source>Select the invoices to export (Ctrl or Shift and click for several).</source>
        <translation>Sélectionnez les factures à exporter (Ctrl ou Maj + clic pour en choisir plusieurs).</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln PDF(s) to a folder</source>
        <translation>
            <numerusform>Exporter %Ln PDF dans un dossier</numerusform>
            <numerusform>Exporter %Ln PDF dans un dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Un export est toujours en cours.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln PDF file(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln fichier PDF enregistré dans %1.</numerusform>
            <numerusform>%Ln fichiers PDF enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %Ln file(s).</source>
        <translation>
            <numerusform>Export annulé après %Ln fichier.</numerusform>
            <numerusform>Export annulé après %Ln fichiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoke::ui::JobDialog</name>
    <message>
        <source>Unschedule (back to requests)</source>
        <translation>Retirer du planning (retour aux demandes)</translation>
    </message>
    <message>
        <source>Back to scheduled</source>
        <translation>Revenir à « Planifiée »</translation>
    </message>
    <message>
        <source>Crew en route</source>
        <translation>Équipe en route</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Commencer le travail</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Mark invoiced</source>
        <translation>Marquer comme facturée</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>Annuler l’intervention…</translation>
    </message>
    <message>
        <source>No-show…</source>
        <translation>Client absent…</translation>
    </message>
    <message>
        <source>Save time</source>
        <translation>Enregistrer l’horaire</translation>
    </message>
    <message>
        <source>Skip this visit</source>
        <translation>Sauter cette visite</translation>
    </message>
    <message>
        <source>Print work order…</source>
        <translation>Imprimer le bon d’intervention…</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Cette visite seulement</translation>
    </message>
    <message>
        <source>This and following visits</source>
        <translation>Cette visite et les suivantes</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Toutes les visites</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Arrival window:</source>
        <translation>Créneau d’arrivée :</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Équipe :</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Services :</translation>
    </message>
    <message>
        <source>Notes for the crew:</source>
        <translation>Notes pour l’équipe :</translation>
    </message>
    <message>
        <source>Booked by head office.</source>
        <translation>Réservée par le siège.</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Répétition :</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Accès :</translation>
    </message>
    <message>
        <source> (booked over by a manager)</source>
        <translation> (réservée malgré tout par un gérant)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Annuler l’intervention</translation>
    </message>
    <message>
        <source>Record a no-show</source>
        <translation>Enregistrer une absence du client</translation>
    </message>
    <message>
        <source>Why is the job cancelled?</source>
        <translation>Pourquoi l’intervention est-elle annulée ?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s’est-il passé ?</translation>
    </message>
    <message>
        <source>Book over a conflict</source>
        <translation>Réserver malgré un conflit</translation>
    </message>
    <message>
        <source>%1

To change it anyway, say why (it is recorded):</source>
        <translation>%1

Pour la modifier quand même, indiquez pourquoi (c’est enregistré) :</translation>
    </message>
</context>
<context>
    <name>spoke::ui::KeyPage</name>
    <message>
        <source>Keep the key in the system keychain (recommended)</source>
        <translation>Garder la clé dans le trousseau du système (recommandé)</translation>
    </message>
    <message>
        <source>Protect the database with a passphrase</source>
        <translation>Protéger la base par une phrase secrète</translation>
    </message>
    <message>
        <source>How your data is protected</source>
        <translation>Protection de vos données</translation>
    </message>
    <message>
        <source>Spoke encrypts the location&apos;s database. Choose where its key is kept.</source>
        <translation>Spoke chiffre la base de l’établissement. Choisissez où garder sa clé.</translation>
    </message>
    <message>
        <source>A random 256-bit key is stored in %1. Nobody has to type it: Spoke opens the database when you start it on this PC under your own account.</source>
        <translation>Une clé aléatoire de 256 bits est gardée dans %1. Personne n’a à la saisir : Spoke ouvre la base quand vous le lancez sur ce PC avec votre compte.</translation>
    </message>
    <message>
        <source>The key is derived from a passphrase you type each time Spoke starts. If it is forgotten, only a backup can bring the data back.</source>
        <translation>La clé est dérivée d’une phrase secrète que vous tapez à chaque démarrage de Spoke. Si elle est oubliée, seule une sauvegarde peut ramener les données.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la :</translation>
    </message>
    <message>
        <source>The system keychain answered: it can keep the key.</source>
        <translation>Le trousseau du système a répondu : il peut garder la clé.</translation>
    </message>
    <message>
        <source>Spoke cannot use the system keychain on this PC: %1

The database will be protected by a passphrase instead. Spoke never stores the key unprotected.</source>
        <translation>Spoke ne peut pas utiliser le trousseau du système sur ce PC : %1

La base sera plutôt protégée par une phrase secrète. Spoke ne garde jamais la clé sans protection.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::KeyStoreProbe</name>
    <message>
        <source>The keychain returned something other than what was stored in it.</source>
        <translation>Le trousseau a renvoyé autre chose que ce qui y avait été stocké.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>spoke::ui::LocationSection</name>
    <message>
        <source>Location profile</source>
        <translation>Profil de l’établissement</translation>
    </message>
    <message>
        <source>How this location appears on screens, invoices and at head office. Changes are recorded in the audit log.</source>
        <translation>Comment cet établissement apparaît à l’écran, sur les factures et au siège. Les modifications sont inscrites au journal d’audit.</translation>
    </message>
    <message>
        <source>Only an owner or a manager can change the location profile.</source>
        <translation>Seul un propriétaire ou un gérant peut modifier le profil de l’établissement.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saved. The change is in the audit log.</source>
        <translation>Enregistré. La modification figure au journal d’audit.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::LockScreen</name>
    <message>
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <source>Not you? Switch user</source>
        <translation>Ce n’est pas vous ? Changer d’utilisateur</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Who&apos;s working?</source>
        <translation>Qui travaille ?</translation>
    </message>
    <message>
        <source>Choose your name, then type your PIN or password.</source>
        <translation>Choisissez votre nom, puis tapez votre code PIN ou votre mot de passe.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>%1 (%2) locked this screen. Type the PIN or password to go on.</source>
        <translation>%1 (%2) a verrouillé cet écran. Tapez le code PIN ou le mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Choisissez d’abord votre nom.</translation>
    </message>
    <message>
        <source>Type your PIN or password.</source>
        <translation>Tapez votre code PIN ou votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Faire une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Verrouiller l’écran</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;Changer d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Change database &amp;key…</source>
        <translation>Changer la &amp;clé de la base…</translation>
    </message>
    <message>
        <source>&amp;Staff accounts</source>
        <translation>Comptes du &amp;personnel</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;About Spoke</source>
        <translation>À &amp;propos de Spoke</translation>
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
        <translation>Verrouillé — %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <source>Encrypted · key in keychain</source>
        <translation>Chiffré · clé dans le trousseau</translation>
    </message>
    <message>
        <source>Encrypted · passphrase</source>
        <translation>Chiffré · phrase secrète</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>spoke::ui::NavigationBar</name>
    <message>
        <source>Location CRM</source>
        <translation>CRM d’établissement</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>Verrouiller l’écran (Ctrl+L)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d’utilisateur</translation>
    </message>
    <message>
        <source>Let someone else sign in (Ctrl+Shift+U)</source>
        <translation>Laisser quelqu’un d’autre se connecter (Ctrl+Maj+U)</translation>
    </message>
</context>
<context>
    <name>spoke::ui::NoResultsState</name>
    <message>
        <source>Try part of the name, the last digits of the phone number, or the street. Press Ctrl+N to add a new customer.</source>
        <translation>Essayez une partie du nom, les derniers chiffres du numéro de téléphone ou la rue. Appuyez sur Ctrl+N pour ajouter un client.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;</source>
        <translation>Aucun client ne correspond à « %1 »</translation>
    </message>
</context>
<context>
    <name>spoke::ui::OpenErrorPage</name>
    <message>
        <source>Spoke has not changed the database file.</source>
        <translation>Spoke n’a pas modifié le fichier de la base.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The key does not open this location</source>
        <translation>La clé n’ouvre pas cet établissement</translation>
    </message>
    <message>
        <source>The key of this location is missing</source>
        <translation>La clé de cet établissement est introuvable</translation>
    </message>
    <message>
        <source>The system keychain did not answer</source>
        <translation>Le trousseau du système n’a pas répondu</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Le fichier de la base est endommagé</translation>
    </message>
    <message>
        <source>This is not a Spoke location</source>
        <translation>Ce n’est pas un établissement Spoke</translation>
    </message>
    <message>
        <source>This location needs a newer Spoke</source>
        <translation>Cet établissement demande un Spoke plus récent</translation>
    </message>
    <message>
        <source>Spoke cannot write to its data folder</source>
        <translation>Spoke ne peut pas écrire dans son dossier de données</translation>
    </message>
    <message>
        <source>There is no location here</source>
        <translation>Il n’y a pas d’établissement ici</translation>
    </message>
    <message>
        <source>The location could not be opened</source>
        <translation>L’établissement n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>The key Spoke found does not match this database, so it cannot be decrypted. This happens when the keychain holds a key from another installation. Restore the keychain entry, or restore the location from a backup.</source>
        <translation>La clé trouvée par Spoke ne correspond pas à cette base, qui ne peut donc pas être déchiffrée. Cela arrive quand le trousseau contient la clé d’une autre installation. Restaurez l’entrée du trousseau, ou restaurez l’établissement depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The database is encrypted with a key kept in the system keychain, and that entry is gone — for example after the keychain was reset or the data folder was copied to another PC. Without the key the data cannot be read. Restore the keychain, or restore the location from a backup.</source>
        <translation>La base est chiffrée avec une clé gardée dans le trousseau du système, et cette entrée a disparu — par exemple après une réinitialisation du trousseau ou une copie du dossier de données sur un autre PC. Sans la clé, les données sont illisibles. Restaurez le trousseau, ou restaurez l’établissement depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The key of this location is kept in the system keychain, which did not answer. Unlock the keychain (or sign in to the desktop session), then try again.</source>
        <translation>La clé de cet établissement est gardée dans le trousseau du système, qui n’a pas répondu. Déverrouillez le trousseau (ou ouvrez la session de bureau), puis réessayez.</translation>
    </message>
    <message>
        <source>The key is right, but the file&apos;s content is damaged (a disk error or an interrupted copy). Restore the location from your latest backup.</source>
        <translation>La clé est bonne, mais le contenu du fichier est endommagé (erreur de disque ou copie interrompue). Restaurez l’établissement depuis votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The data folder holds a file that Spoke did not make, or a damaged location descriptor. Choose the right data folder, or restore from a backup.</source>
        <translation>Le dossier de données contient un fichier que Spoke n’a pas créé, ou un descripteur d’établissement endommagé. Choisissez le bon dossier de données, ou restaurez depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>This location was last used by a newer version of Spoke. Install that version or a later one to open it; this version will not touch it.</source>
        <translation>Cet établissement a été utilisé en dernier par une version plus récente de Spoke. Installez cette version ou une plus récente pour l’ouvrir ; cette version n’y touchera pas.</translation>
    </message>
    <message>
        <source>Spoke must be able to write next to the database to keep sales safe. Check the folder&apos;s permissions and free space, then try again.</source>
        <translation>Spoke doit pouvoir écrire à côté de la base pour protéger les ventes. Vérifiez les droits du dossier et l’espace libre, puis réessayez.</translation>
    </message>
    <message>
        <source>Something unexpected stopped Spoke from opening the location.</source>
        <translation>Un problème inattendu a empêché Spoke d’ouvrir l’établissement.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::OwnerPage</name>
    <message>
        <source>PIN (4 to 8 digits) — quick at the front desk</source>
        <translation>Code PIN (4 à 8 chiffres) — rapide à l’accueil</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Mot de passe (au moins 8 caractères)</translation>
    </message>
    <message>
        <source>Your owner account</source>
        <translation>Votre compte propriétaire</translation>
    </message>
    <message>
        <source>The owner can do everything: manage staff, change settings, make backups. Add managers, front desk and technicians later in Settings.</source>
        <translation>Le propriétaire peut tout faire : gérer le personnel, modifier les réglages, faire des sauvegardes. Ajoutez gérants, accueil et techniciens plus tard dans Réglages.</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Vos prénom et nom</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Connexion avec :</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>Code PIN ou mot de passe :</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la :</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Au moins 8 caractères</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same PIN or password twice.</source>
        <translation>Les deux saisies diffèrent. Tapez deux fois le même code PIN ou mot de passe.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::Pages</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la :</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PassphrasePage</name>
    <message>
        <source>Enter the location passphrase</source>
        <translation>Saisissez la phrase secrète de l’établissement</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>This location&apos;s database is encrypted with a passphrase instead of a key in the system keychain. Type it to go on.</source>
        <translation>La base de cet établissement est chiffrée par une phrase secrète plutôt que par une clé du trousseau du système. Tapez-la pour continuer.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Enregistrer le reçu en PDF…</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Encaisser un paiement</translation>
    </message>
    <message>
        <source>Payment for invoice %1</source>
        <translation>Paiement de la facture %1</translation>
    </message>
    <message>
        <source>%1 · total %2 · balance %3</source>
        <translation>%1 · total %2 · solde %3</translation>
    </message>
    <message>
        <source>Payment on account</source>
        <translation>Paiement à valoir</translation>
    </message>
    <message>
        <source>%1 · kept as the customer&apos;s credit for later invoices</source>
        <translation>%1 · conservé comme crédit du client pour les prochaines factures</translation>
    </message>
    <message>
        <source>Owes %1 · credit %2</source>
        <translation>Doit %1 · crédit %2</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Montant (%1)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Mo&amp;de de paiement</translation>
    </message>
    <message>
        <source>Cheque number, card&apos;s last 4 digits, transfer reference</source>
        <translation>Numéro de chèque, 4 derniers chiffres de la carte, référence du virement</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Card payments are recorded only: take the card on the terminal.</source>
        <translation>Les paiements par carte sont seulement enregistrés : passez la carte sur le terminal.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Paiement enregistré</translation>
    </message>
    <message>
        <source>Receipt &amp;paper</source>
        <translation>&amp;Papier du reçu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>More than the balance</source>
        <translation>Supérieur au solde</translation>
    </message>
    <message>
        <source>%1 is %2 more than the balance of %3.

Keep the excess as %4&apos;s credit for later invoices?</source>
        <translation>%1 dépasse de %2 le solde de %3.

Conserver l’excédent comme crédit de %4 pour les prochaines factures ?</translation>
    </message>
    <message>
        <source>Not recorded. Change the amount, or keep the excess as credit.</source>
        <translation>Non enregistré. Modifiez le montant ou conservez l’excédent en crédit.</translation>
    </message>
    <message>
        <source>Receipt %1: %2 by %3.</source>
        <translation>Reçu %1 : %2 (%3).</translation>
    </message>
    <message>
        <source>%1 now owes %2.</source>
        <translation>%1 doit maintenant %2.</translation>
    </message>
    <message>
        <source>%1 owes nothing now.</source>
        <translation>%1 ne doit plus rien.</translation>
    </message>
    <message>
        <source>Credit on account: %1.</source>
        <translation>Crédit au compte : %1.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PlaceholderPage</name>
    <message>
        <source>Find any customer in a keystroke and keep what matters to them.</source>
        <translation>Retrouvez n’importe quel client en une frappe et gardez ce qui compte pour lui.</translation>
    </message>
    <message>
        <source>Search as you type by name, phone, email or address</source>
        <translation>Recherche dès la frappe par nom, téléphone, e-mail ou adresse</translation>
    </message>
    <message>
        <source>Preferences crews must know: &quot;downstairs bathroom, not the oven&quot;</source>
        <translation>Les préférences que les équipes doivent connaître : « salle de bain du bas, pas le four »</translation>
    </message>
    <message>
        <source>Gate and alarm codes that never leave this location</source>
        <translation>Codes de portail et d’alarme qui ne quittent jamais l’établissement</translation>
    </message>
    <message>
        <source>Visit history, invoices and payments on one page</source>
        <translation>Historique des visites, factures et paiements sur une seule page</translation>
    </message>
    <message>
        <source>Book, move and dispatch jobs on a board that works offline.</source>
        <translation>Réservez, déplacez et répartissez les interventions sur un tableau qui fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Day and week dispatch board per crew</source>
        <translation>Tableau de répartition par jour et par semaine pour chaque équipe</translation>
    </message>
    <message>
        <source>Drag to reschedule, in the location&apos;s own time zone</source>
        <translation>Glisser pour replanifier, dans le fuseau horaire de l’établissement</translation>
    </message>
    <message>
        <source>Printed work orders for crews on the road</source>
        <translation>Bons d’intervention imprimés pour les équipes sur la route</translation>
    </message>
    <message>
        <source>Bookings made by head office appear here</source>
        <translation>Les réservations faites par le siège apparaissent ici</translation>
    </message>
    <message>
        <source>Invoice, get paid, and keep every receipt.</source>
        <translation>Facturez, encaissez et gardez chaque reçu.</translation>
    </message>
    <message>
        <source>Invoices numbered with this location&apos;s prefix</source>
        <translation>Factures numérotées avec le préfixe de l’établissement</translation>
    </message>
    <message>
        <source>Payments by card, cash or check, with receipts</source>
        <translation>Paiements par carte, espèces ou chèque, avec reçus</translation>
    </message>
    <message>
        <source>Print or email invoices as PDF</source>
        <translation>Impression ou envoi des factures en PDF par e-mail</translation>
    </message>
    <message>
        <source>Voids and refunds, always audited</source>
        <translation>Annulations et remboursements, toujours audités</translation>
    </message>
    <message>
        <source>See how the location is doing at a glance.</source>
        <translation>Voyez d’un coup d’œil comment se porte l’établissement.</translation>
    </message>
    <message>
        <source>Sales and bookings by day, week and month</source>
        <translation>Ventes et réservations par jour, semaine et mois</translation>
    </message>
    <message>
        <source>Crew utilisation and repeat customers</source>
        <translation>Taux d’occupation des équipes et clients fidèles</translation>
    </message>
    <message>
        <source>Royalty figures that match head office</source>
        <translation>Redevances qui concordent avec celles du siège</translation>
    </message>
    <message>
        <source>Coming in the next release</source>
        <translation>Dans la prochaine version</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PreferenceChips</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No preferences yet. Add what the crew must know with Edit (for example &quot;Kitchen, oven: DON&apos;T&quot;).</source>
        <translation>Pas encore de préférences. Ajoutez ce que l’équipe doit savoir avec Modifier (par exemple « Cuisine, four : À ÉVITER »).</translation>
    </message>
    <message>
        <source>Every address</source>
        <translation>Toutes les adresses</translation>
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
        <translation>Ajouter une préférence</translation>
    </message>
    <message>
        <source>Every address</source>
        <translation>Toutes les adresses</translation>
    </message>
    <message>
        <source>Which address this is about</source>
        <translation>Adresse concernée</translation>
    </message>
    <message>
        <source>Area, e.g. Kitchen, oven</source>
        <translation>Zone, p. ex. Cuisine, four</translation>
    </message>
    <message>
        <source>What to do or not to do</source>
        <translation>Ce qu’il faut faire ou ne pas faire</translation>
    </message>
    <message>
        <source>Remove this preference</source>
        <translation>Supprimer cette préférence</translation>
    </message>
</context>
<context>
    <name>spoke::ui::PreferencesSection</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Spoke on this PC. It changes at once; Arabic is shown right to left.</source>
        <translation>La langue de Spoke sur ce PC. Elle change aussitôt ; l’arabe s’affiche de droite à gauche.</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Verrouillage d’inactivité</translation>
    </message>
    <message>
        <source>Lock the screen when nobody has touched the keyboard or mouse for this long. 0 turns the idle lock off. Applies to everyone at this location.</source>
        <translation>Verrouiller l’écran quand personne n’a touché le clavier ni la souris depuis ce délai. 0 désactive le verrouillage. S’applique à tout l’établissement.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Idle lock is off.</source>
        <translation>Le verrouillage d’inactivité est désactivé.</translation>
    </message>
    <message>
        <source>Idle lock set to %1 min.</source>
        <translation>Verrouillage d’inactivité réglé sur %1 min.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ProfileForm</name>
    <message>
        <source>e.g. Sparkle &amp; Shine Cleaning — Riverside</source>
        <translation>p. ex. Sparkle &amp; Shine Cleaning — Riverside</translation>
    </message>
    <message>
        <source>Street, city, postal code</source>
        <translation>Rue, ville, code postal</translation>
    </message>
    <message>
        <source>e.g. EIN 12-3456789, VAT FR12345678901</source>
        <translation>p. ex. SIRET 123 456 789 00012, TVA FR12345678901</translation>
    </message>
    <message>
        <source>e.g. RIV-</source>
        <translation>p. ex. RIV-</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nom de l’entreprise :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Tax IDs:</source>
        <translation>Identifiants fiscaux :</translation>
    </message>
    <message>
        <source>Invoice prefix:</source>
        <translation>Préfixe des factures :</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ReceivablesView</name>
    <message>
        <source>Open invoice</source>
        <translation>Ouvrir la facture</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Imprimer le relevé…</translation>
    </message>
    <message>
        <source>Owed to the location</source>
        <translation>Dû à l’établissement</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>Arrêté &amp;au</translation>
    </message>
    <message>
        <source>Aging: days past the due date</source>
        <translation>Ancienneté : jours après l’échéance</translation>
    </message>
    <message>
        <source>Open invoices, most overdue first</source>
        <translation>Factures impayées, les plus en retard d’abord</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open invoice(s) · %1 overdue</source>
        <translation>
            <numerusform>%Ln facture impayée · %1 en retard</numerusform>
            <numerusform>%Ln factures impayées · %1 en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>not due</source>
        <translation>non échue</translation>
    </message>
</context>
<context>
    <name>spoke::ui::RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Refund from %1</source>
        <translation>Remboursement sur %1</translation>
    </message>
    <message>
        <source>%1 is unused and can be given back. Money already settling an invoice is not refundable: credit the invoice first.</source>
        <translation>%1 est inutilisé et peut être rendu. Une somme qui règle déjà une facture n’est pas remboursable : établissez d’abord un avoir sur la facture.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Montant (%1)</translation>
    </message>
    <message>
        <source>&amp;Given back by</source>
        <translation>Mode de &amp;remboursement</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>Mo&amp;tif (obligatoire)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Say why the money is given back (it is recorded).</source>
        <translation>Indiquez pourquoi la somme est rendue (c’est enregistré).</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SchedulePage</name>
    <message>
        <source>Requests waiting for a time</source>
        <translation>Demandes en attente d’un horaire</translation>
    </message>
    <message>
        <source>Drag a request onto a lane, or open it and pick a slot.</source>
        <translation>Glissez une demande sur une ligne, ou ouvrez-la et choisissez un créneau.</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Aller à aujourd’hui (T)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>Vue jour (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>Vue semaine (W)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Zoom avant (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>Réserver une intervention</translation>
    </message>
    <message>
        <source>Book a job (Ctrl+B)</source>
        <translation>Réserver une intervention (Ctrl+B)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>No requests are waiting.</source>
        <translation>Aucune demande en attente.</translation>
    </message>
    <message>
        <source>Book over a conflict</source>
        <translation>Réserver malgré un conflit</translation>
    </message>
    <message>
        <source>%1

To move the job anyway, say why (it is recorded):</source>
        <translation>%1

Pour déplacer l’intervention quand même, indiquez pourquoi (c’est enregistré) :</translation>
    </message>
    <message>
        <source>The job was not moved</source>
        <translation>L’intervention n’a pas été déplacée</translation>
    </message>
    <message>
        <source>%1

A manager can book over a conflict.</source>
        <translation>%1

Un gérant peut réserver malgré un conflit.</translation>
    </message>
    <message>
        <source>Moved to %1 %2.</source>
        <translation>Déplacée au %1 à %2.</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>Réservée.</translation>
    </message>
    <message>
        <source>Route sheet %1 %2</source>
        <translation>Feuille de route %1 %2</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Bon d’intervention %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Route sheets for the selected lane, and calendars for phones</source>
        <translation>Feuilles de route de la ligne sélectionnée et calendriers pour téléphones</translation>
    </message>
    <message>
        <source>Route sheet: print preview…</source>
        <translation>Feuille de route : aperçu avant impression…</translation>
    </message>
    <message>
        <source>Route sheet: print…</source>
        <translation>Feuille de route : imprimer…</translation>
    </message>
    <message>
        <source>Route sheet: save as PDF…</source>
        <translation>Feuille de route : enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Export a technician&apos;s calendar (.ics)…</source>
        <translation>Exporter le calendrier d’un technicien (.ics)…</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SecretField</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Hide the code</source>
        <translation>Masquer le code</translation>
    </message>
    <message>
        <source>Show the code</source>
        <translation>Afficher le code</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SecurityActions</name>
    <message>
        <source>Spoke backups (*.spokebackup);;All files (*)</source>
        <translation>Sauvegardes Spoke (*.spokebackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Where should the key be kept?</source>
        <translation>Où garder la clé ?</translation>
    </message>
    <message>
        <source>Keep the key in %1? Choose No to protect the database with a passphrase instead.</source>
        <translation>Garder la clé dans %1 ? Choisissez Non pour protéger plutôt la base par une phrase secrète.</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>Le trousseau n’est pas disponible</translation>
    </message>
    <message>
        <source>Spoke cannot use the system keychain: %1
The database will be protected by a passphrase instead.</source>
        <translation>Spoke ne peut pas utiliser le trousseau du système : %1
La base sera plutôt protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>New database passphrase</source>
        <translation>Nouvelle phrase secrète de la base</translation>
    </message>
    <message>
        <source>Choose the passphrase that will protect this location&apos;s database. It is needed each time Spoke starts; if it is lost, only a backup can bring the data back.</source>
        <translation>Choisissez la phrase secrète qui protégera la base de cet établissement. Elle sera demandée à chaque démarrage de Spoke ; si elle est perdue, seule une sauvegarde peut ramener les données.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Type the passphrase that was chosen when %1 was made.</source>
        <translation>Tapez la phrase secrète choisie lors de la création de %1.</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>La sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>A random 256-bit key kept in %1.</source>
        <translation>Une clé aléatoire de 256 bits gardée dans %1.</translation>
    </message>
    <message>
        <source>A passphrase typed when Spoke starts (PBKDF2-HMAC-SHA512).</source>
        <translation>Une phrase secrète tapée au démarrage de Spoke (PBKDF2-HMAC-SHA512).</translation>
    </message>
    <message>
        <source>Only an owner can do this.</source>
        <translation>Seul un propriétaire peut le faire.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Faire une sauvegarde</translation>
    </message>
    <message>
        <source>The backup is encrypted with its own passphrase, so it can be restored on a new PC. Keep the passphrase somewhere safe: without it the backup cannot be opened.</source>
        <translation>La sauvegarde est chiffrée avec sa propre phrase secrète, pour pouvoir être restaurée sur un nouveau PC. Gardez la phrase secrète en lieu sûr : sans elle, la sauvegarde ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The backup was saved to %1.</source>
        <translation>La sauvegarde a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation>Changer la clé de la base</translation>
    </message>
    <message>
        <source>The database was re-encrypted. %1</source>
        <translation>La base a été rechiffrée. %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup? The current database is kept beside it as spoke.db.replaced.</source>
        <translation>Tout remplacer dans %1 par la sauvegarde ? La base actuelle est gardée à côté sous le nom spoke.db.replaced.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SecuritySection</name>
    <message>
        <source>Security and backups</source>
        <translation>Sécurité et sauvegardes</translation>
    </message>
    <message>
        <source>Only owners see this section. Every action here is recorded in the audit log.</source>
        <translation>Seuls les propriétaires voient cette section. Chaque action ici est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>Changer la clé…</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>Clé de la base</translation>
    </message>
    <message>
        <source>The location&apos;s database is encrypted with SQLCipher (AES-256). Move the key to the system keychain or to a passphrase; the database is re-encrypted on the spot.</source>
        <translation>La base de l’établissement est chiffrée avec SQLCipher (AES-256). Déplacez la clé vers le trousseau du système ou vers une phrase secrète ; la base est rechiffrée sur-le-champ.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Faire une sauvegarde…</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>A single file protected by its own passphrase, so it can be restored on a new PC. Keep it away from this PC: on a USB drive or in the office safe.</source>
        <translation>Un seul fichier protégé par sa propre phrase secrète, pour pouvoir le restaurer sur un nouveau PC. Gardez-le loin de ce PC : sur une clé USB ou dans le coffre du bureau.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replaces this location&apos;s data with a backup after checking it. The current database is kept beside it as spoke.db.replaced.</source>
        <translation>Remplace les données de l’établissement par une sauvegarde après l’avoir vérifiée. La base actuelle est gardée à côté sous le nom spoke.db.replaced.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ServiceDialog</name>
    <message>
        <source>Standard</source>
        <translation>Taux normal</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Taux réduit</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Offered at this location</source>
        <translation>&amp;Proposé dans cet établissement</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>This service comes from head office: its name, price, duration and tax class are set there. You can only choose whether this location offers it.</source>
        <translation>Ce service vient du siège : son nom, son prix, sa durée et sa catégorie de taxe y sont fixés. Vous pouvez seulement choisir si cet établissement le propose.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Prix :</translation>
    </message>
    <message>
        <source>&amp;Tax class:</source>
        <translation>Catégorie de &amp;taxe :</translation>
    </message>
    <message>
        <source>Head-office code:</source>
        <translation>Code du siège :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Type the price as a number, such as %1.</source>
        <translation>Saisissez le prix sous forme de nombre, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::ServicesSection</name>
    <message>
        <source>Head office</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>This location</source>
        <translation>Cet établissement</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Set by head office; this location can only switch it off or on.</source>
        <translation>Fixé par le siège ; cet établissement peut seulement le désactiver ou le réactiver.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Catégorie de taxe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Géré par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>What this location sells and books. Head office sets its own services and their prices; you can switch those off here and add services of your own.</source>
        <translation>Ce que cet établissement vend et réserve. Le siège fixe ses propres services et leurs prix ; vous pouvez les désactiver ici et ajouter vos propres services.</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Ajouter un service…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Head-office services can&apos;t be deleted here; switch them off instead.</source>
        <translation>Les services du siège ne peuvent pas être supprimés ici ; désactivez-les plutôt.</translation>
    </message>
    <message>
        <source>“%1” was added to the catalog.</source>
        <translation>« %1 » a été ajouté au catalogue.</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>« %1 » a été enregistré.</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>« %1 » est de nouveau proposé.</translation>
    </message>
    <message>
        <source>“%1” is switched off: it can no longer be booked here.</source>
        <translation>« %1 » est désactivé : il ne peut plus être réservé ici.</translation>
    </message>
    <message>
        <source>Delete a service</source>
        <translation>Supprimer un service</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalog? Jobs already booked keep it.</source>
        <translation>Supprimer « %1 » du catalogue ? Les interventions déjà réservées le conservent.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>« %1 » a été supprimé.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>Sécurité et sauvegardes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Ajouter un membre du personnel</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Changer le rôle de %1</translation>
    </message>
    <message>
        <source>New PIN or password for %1</source>
        <translation>Nouveau code PIN ou mot de passe pour %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Signs in with:</source>
        <translation>Se connecte avec :</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>Code PIN ou mot de passe :</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same PIN or password twice.</source>
        <translation>Les deux saisies diffèrent. Tapez deux fois le même code PIN ou mot de passe.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StaffModel</name>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Connexion avec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Everyone who signs in at this location. Owners and managers add accounts and reset PINs; only owners manage other owners.</source>
        <translation>Toutes les personnes qui se connectent dans cet établissement. Propriétaires et gérants ajoutent des comptes et réinitialisent les codes PIN ; seuls les propriétaires gèrent les autres propriétaires.</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>Ajouter du personnel…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <source>New PIN or password…</source>
        <translation>Nouveau code PIN ou mot de passe…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 peut maintenant se connecter.</translation>
    </message>
    <message>
        <source>%1 has a new PIN or password.</source>
        <translation>%1 a un nouveau code PIN ou mot de passe.</translation>
    </message>
    <message>
        <source>The account is unlocked.</source>
        <translation>Le compte est débloqué.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::StatementDialog</name>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation>Relevé de %1</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Statement %1 %2</source>
        <translation>Relevé %1 %2</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncFormat</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Enrolled, not synced yet</source>
        <translation>Inscrit, pas encore synchronisé</translation>
    </message>
    <message>
        <source>Enroll this PC again</source>
        <translation>Inscrivez à nouveau ce PC</translation>
    </message>
    <message>
        <source>This location works on its own. A manager can enroll it with head office&apos;s hub in Settings → Sync.</source>
        <translation>Cet établissement fonctionne seul. Un gérant peut l’inscrire auprès du hub du siège dans Réglages → Synchronisation.</translation>
    </message>
    <message>
        <source>Hub: %1 (%2)</source>
        <translation>Hub : %1 (%2)</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Modifications en attente d’envoi : %1</translation>
    </message>
    <message>
        <source>Changes from head office waiting for a record: %1</source>
        <translation>Modifications du siège en attente d’un enregistrement : %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Dernier problème : %1</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>network back</source>
        <translation>retour du réseau</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source> · synced %1</source>
        <translation> · synchronisé %1</translation>
    </message>
    <message>
        <source> · 1 change to send</source>
        <translation> · 1 modification à envoyer</translation>
    </message>
    <message>
        <source> · %1 changes to send</source>
        <translation> · %1 modifications à envoyer</translation>
    </message>
    <message>
        <source>Next try in %1 s.</source>
        <translation>Prochain essai dans %1 s.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncIndicator</name>
    <message>
        <source>Click for the sync history and the conflict log. F9 syncs now.</source>
        <translation>Cliquez pour voir l’historique de synchronisation et le journal des conflits. F9 synchronise immédiatement.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncScreen</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>Valeur écrasée</translation>
    </message>
    <message>
        <source>Won by</source>
        <translation>Imposée par</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Sync with head office</source>
        <translation>Synchronisation avec le siège</translation>
    </message>
    <message>
        <source>Sync now (F9)</source>
        <translation>Synchroniser maintenant (F9)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Conflict log</source>
        <translation>Journal des conflits</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliquées</translation>
    </message>
    <message>
        <source>A manager enrolls this PC again in Settings → Sync with a new code from head office.</source>
        <translation>Un gérant inscrit à nouveau ce PC dans Réglages → Synchronisation, avec un nouveau code fourni par le siège.</translation>
    </message>
    <message>
        <source> (hub request %1)</source>
        <translation> (requête hub %1)</translation>
    </message>
    <message>
        <source>The conflict log lists values one side overwrote when head office and this location changed the same record; the winner is applied here already.</source>
        <translation>Le journal des conflits liste les valeurs écrasées par l’une des parties quand le siège et cet établissement ont modifié le même enregistrement ; la valeur retenue est déjà appliquée ici.</translation>
    </message>
    <message>
        <source>Managers and owners also see the conflict log and the changes not applied.</source>
        <translation>Les gérants et les propriétaires voient aussi le journal des conflits et les modifications non appliquées.</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>le siège</translation>
    </message>
    <message>
        <source>this location</source>
        <translation>cet établissement</translation>
    </message>
    <message>
        <source>from head office</source>
        <translation>depuis le siège</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>to head office</source>
        <translation>vers le siège</translation>
    </message>
</context>
<context>
    <name>spoke::ui::SyncSection</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Un-enroll…</source>
        <translation>Désinscrire…</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>Les autorités de certification du système</translation>
    </message>
    <message>
        <source>Head office&apos;s CA certificate (a .pem file):</source>
        <translation>Le certificat d’autorité du siège (fichier .pem) :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Sync with head office</source>
        <translation>Synchronisation avec le siège</translation>
    </message>
    <message>
        <source>Customers, jobs and sales go up to head office&apos;s Spoke Hub; central bookings, the service catalog and managed settings come down. Spoke keeps working without a network and catches up when it is back.</source>
        <translation>Les clients, les interventions et les ventes remontent au Spoke Hub du siège ; les réservations centrales, le catalogue des services et les réglages gérés redescendent. Spoke continue de fonctionner sans réseau et rattrape son retard au retour de la connexion.</translation>
    </message>
    <message>
        <source>Sync now (F9)</source>
        <translation>Synchroniser maintenant (F9)</translation>
    </message>
    <message>
        <source>History and conflict log…</source>
        <translation>Historique et journal des conflits…</translation>
    </message>
    <message>
        <source>Head office gives you the hub&apos;s address, a one-time enrollment code and, for a private hub, its CA certificate. The access token the hub returns is kept in the system keychain.</source>
        <translation>Le siège vous fournit l’adresse du hub, un code d’inscription à usage unique et, pour un hub privé, son certificat d’autorité. Le jeton d’accès renvoyé par le hub est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>hub-ca.pem</source>
        <translation>hub-ca.pem</translation>
    </message>
    <message>
        <source>optional: base64 SHA-256 of the hub&apos;s public key</source>
        <translation>facultatif : empreinte SHA-256 en base64 de la clé publique du hub</translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation>Adresse du hub :</translation>
    </message>
    <message>
        <source>Enrollment code:</source>
        <translation>Code d’inscription :</translation>
    </message>
    <message>
        <source>This PC&apos;s name:</source>
        <translation>Nom de ce PC :</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Confiance :</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>Clé épinglée :</translation>
    </message>
    <message>
        <source>Enroll again (a replacement PC, or after head office removed this one)</source>
        <translation>Inscrire à nouveau (PC de remplacement, ou après son retrait par le siège)</translation>
    </message>
    <message>
        <source>Enroll this PC</source>
        <translation>Inscrire ce PC</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <source>Head office&apos;s CA certificate</source>
        <translation>Certificat d’autorité du siège</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose head office&apos;s CA certificate file, or trust the system&apos;s certificate authorities.</source>
        <translation>Choisissez le fichier du certificat d’autorité du siège, ou faites confiance aux autorités de certification du système.</translation>
    </message>
    <message>
        <source>Contacting the hub…</source>
        <translation>Connexion au hub…</translation>
    </message>
    <message>
        <source>Un-enroll this PC?</source>
        <translation>Désinscrire ce PC ?</translation>
    </message>
    <message>
        <source>Spoke stops syncing with %1 and forgets its access token. Changes made meanwhile wait here and go up if this PC is enrolled again. Head office still lists this PC until it removes it.</source>
        <translation>Spoke cesse de se synchroniser avec %1 et oublie son jeton d’accès. Les modifications faites entre-temps attendent ici et remontent si ce PC est inscrit à nouveau. Le siège continue de répertorier ce PC jusqu’à ce qu’il le retire.</translation>
    </message>
    <message>
        <source>This PC no longer syncs with head office.</source>
        <translation>Ce PC ne se synchronise plus avec le siège.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TaxClassDialog</name>
    <message>
        <source>New tax class</source>
        <translation>Nouvelle catégorie de taxe</translation>
    </message>
    <message>
        <source>Tax class %1</source>
        <translation>Catégorie de taxe %1</translation>
    </message>
    <message>
        <source>e.g. reduced</source>
        <translation>p. ex. reduit</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>e.g. Reduced rate</source>
        <translation>p. ex. Taux réduit</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Up to three taxes. A compound tax is charged on the price plus the taxes above it. Leave every rate empty for a tax-exempt class.</source>
        <translation>Jusqu’à trois taxes. Une taxe composée s’applique au prix augmenté des taxes qui la précèdent. Laissez tous les taux vides pour une catégorie exonérée.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>Composée</translation>
    </message>
    <message>
        <source>Tax %1: %2</source>
        <translation>Taxe %1 : %2</translation>
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
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>When each technician works, what they are trained for and when they are off; and the crews they go out in. The dispatch board warns when a booking doesn&apos;t fit.</source>
        <translation>Quand chaque technicien travaille, pour quoi il est formé et quand il est absent ; et les équipes avec lesquelles il intervient. Le tableau de répartition signale une réservation qui ne convient pas.</translation>
    </message>
    <message>
        <source>&amp;Technicians</source>
        <translation>&amp;Techniciens</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;Compétences</translation>
    </message>
    <message>
        <source>Time o&amp;ff</source>
        <translation>A&amp;bsences</translation>
    </message>
    <message>
        <source>Weekly hours, in the location&apos;s time zone. Untick a day off.</source>
        <translation>Horaires hebdomadaires, dans le fuseau horaire de l’établissement. Décochez les jours de repos.</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Travaille</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>%1 : début</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1 : fin</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Sa&amp;ve hours</source>
        <translation>&amp;Enregistrer les horaires</translation>
    </message>
    <message>
        <source>Services this technician is trained for. Space ticks the selected one.</source>
        <translation>Les services pour lesquels ce technicien est formé. La barre d’espace coche celui qui est sélectionné.</translation>
    </message>
    <message>
        <source>Sa&amp;ve skills</source>
        <translation>&amp;Enregistrer les compétences</translation>
    </message>
    <message>
        <source>Holidays and appointments, in the location&apos;s time zone (%1).</source>
        <translation>Congés et rendez-vous, dans le fuseau horaire de l’établissement (%1).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Add time off…</source>
        <translation>&amp;Ajouter une absence…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>C&amp;rews</source>
        <translation>Éq&amp;uipes</translation>
    </message>
    <message>
        <source>Technicians who go out together. The colour marks the crew on the board.</source>
        <translation>Les techniciens qui interviennent ensemble. La couleur repère l’équipe sur le tableau.</translation>
    </message>
    <message>
        <source>&amp;New crew…</source>
        <translation>&amp;Nouvelle équipe…</translation>
    </message>
    <message>
        <source>Ed&amp;it crew…</source>
        <translation>&amp;Modifier l’équipe…</translation>
    </message>
    <message>
        <source>Remove cre&amp;w</source>
        <translation>Retirer l’é&amp;quipe</translation>
    </message>
    <message>
        <source>%1 (switched off)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>no members yet</source>
        <translation>aucun membre pour l’instant</translation>
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
        <translation>et %1 (conservé tel quel)</translation>
    </message>
    <message>
        <source>A split shift set elsewhere; it is kept while the day is ticked.</source>
        <translation>Un horaire coupé défini ailleurs ; il est conservé tant que le jour reste coché.</translation>
    </message>
    <message>
        <source>Hours saved for %1.</source>
        <translation>Horaires enregistrés pour %1.</translation>
    </message>
    <message>
        <source>Skills saved for %1.</source>
        <translation>Compétences enregistrées pour %1.</translation>
    </message>
    <message>
        <source>Time off added for %1.</source>
        <translation>Absence ajoutée pour %1.</translation>
    </message>
    <message>
        <source>The time off was removed.</source>
        <translation>L’absence a été retirée.</translation>
    </message>
    <message>
        <source>Crew “%1” was added.</source>
        <translation>L’équipe « %1 » a été ajoutée.</translation>
    </message>
    <message>
        <source>Crew “%1” was saved.</source>
        <translation>L’équipe « %1 » a été enregistrée.</translation>
    </message>
    <message>
        <source>Remove a crew</source>
        <translation>Retirer une équipe</translation>
    </message>
    <message>
        <source>Remove “%1”? Its members stay; jobs it already did keep its name.</source>
        <translation>Retirer « %1 » ? Ses membres restent ; les interventions qu’elle a déjà faites gardent son nom.</translation>
    </message>
    <message>
        <source>Crew “%1” was removed.</source>
        <translation>L’équipe « %1 » a été retirée.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TimeOffDialog</name>
    <message>
        <source>Time off for %1</source>
        <translation>Absence de %1</translation>
    </message>
    <message>
        <source>Holiday, training, appointment…</source>
        <translation>Congés, formation, rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Times are in the location&apos;s time zone (%1).</source>
        <translation>Les heures sont dans le fuseau horaire de l’établissement (%1).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TimelineWidget</name>
    <message>
        <source>Log call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Nothing on the timeline yet.</source>
        <translation>Rien dans la chronologie pour l’instant.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+Shift+C)</source>
        <translation>Noter un appel (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Add a note (Ctrl+Shift+N)</source>
        <translation>Ajouter une note (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Enter to save · Esc to cancel</source>
        <translation>Entrée pour enregistrer · Échap pour annuler</translation>
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
        <translation>Noter un appel</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>What was the call about?</source>
        <translation>De quoi parlait l’appel ?</translation>
    </message>
    <message>
        <source>Write the note</source>
        <translation>Rédigez la note</translation>
    </message>
    <message>
        <source>Type something first, or press Esc.</source>
        <translation>Saisissez d’abord du texte, ou appuyez sur Échap.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::TodayPage</name>
    <message>
        <source>Good morning, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Bon après-midi, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Bonsoir, %1</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Jobs today</source>
        <translation>Interventions du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Services and crew</source>
        <translation>Services et équipe</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Sans horaire</translation>
    </message>
    <message>
        <source>Today&apos;s jobs</source>
        <translation>Interventions du jour</translation>
    </message>
    <message>
        <source>Waiting for a time or a crew</source>
        <translation>En attente d’un horaire ou d’une équipe</translation>
    </message>
    <message>
        <source>Running late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Requests with no time, and jobs with nobody sent.</source>
        <translation>Demandes sans horaire et interventions sans personne affectée.</translation>
    </message>
    <message>
        <source>Not started 10 minutes after the start, or not finished 10 minutes after the end.</source>
        <translation>Pas commencée 10 minutes après le début, ou pas terminée 10 minutes après la fin.</translation>
    </message>
    <message>
        <source>Nothing booked today.</source>
        <translation>Rien de réservé aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::WelcomePage</name>
    <message>
        <source>Welcome to Spoke</source>
        <translation>Bienvenue dans Spoke</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your location. It takes about two minutes.</source>
        <translation>Configurons ce PC pour votre établissement. Cela prend environ deux minutes.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Name, address, time zone and currency, as they appear on invoices.</source>
        <translation>Nom, adresse, fuseau horaire et devise, tels qu’ils figurent sur les factures.</translation>
    </message>
    <message>
        <source>Your owner account</source>
        <translation>Votre compte propriétaire</translation>
    </message>
    <message>
        <source>You sign in with a PIN or a password; you add your staff later.</source>
        <translation>Vous vous connectez avec un code PIN ou un mot de passe ; vous ajoutez votre personnel plus tard.</translation>
    </message>
    <message>
        <source>How your data is protected</source>
        <translation>Protection de vos données</translation>
    </message>
    <message>
        <source>Spoke encrypts everything on this PC. You choose where the key is kept.</source>
        <translation>Spoke chiffre tout sur ce PC. Vous choisissez où la clé est gardée.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing leaves this PC until you enroll it with your head office.</source>
        <translation>Rien ne quitte ce PC tant que vous ne l’avez pas inscrit auprès de votre siège.</translation>
    </message>
</context>
<context>
    <name>spoke::ui::customers</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
</TS>
