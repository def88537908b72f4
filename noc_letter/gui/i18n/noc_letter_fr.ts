<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>App</name>
    <message>
        <source>NOC Letter Builder</source>
        <translation>NOC Letter Builder</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). Your work is still open and autosaved; please save it.

Details are in {log}.</source>
        <translation>Une erreur s&apos;est produite ({error}). Votre travail est toujours ouvert et enregistré automatiquement; enregistrez-le.

Les détails sont dans {log}.</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>An estimate of how an officer may read the duties, to help you write them truthfully. Not legal advice; IRCC decides.</source>
        <translation>Une estimation de la façon dont un agent pourrait lire les tâches, pour vous aider à les décrire honnêtement. Ce n&apos;est pas un avis juridique; IRCC décide.</translation>
    </message>
    <message>
        <source>Choose a target NOC (search on the left) to see how the letter reads.</source>
        <translation>Choisissez une CNP visée (recherche à gauche) pour voir comment la lettre se lit.</translation>
    </message>
    <message>
        <source>{code} is not a NOC 2021 code. Choose your target NOC with the search.</source>
        <translation>{code} n&apos;est pas un code de la CNP 2021. Choisissez votre CNP visée avec la recherche.</translation>
    </message>
    <message>
        <source>Write at least one duty (Duties tab) to see how the letter reads as {code}.</source>
        <translation>Écrivez au moins une tâche (onglet Tâches) pour voir comment la lettre se lit par rapport à {code}.</translation>
    </message>
    <message numerus="yes">
        <source>All %n duties are unticked, so the letter has none. Tick “In letter” for the duties the letter should show.</source>
        <translation>
            <numerusform>La tâche est décochée : la lettre n&apos;en contient donc aucune. Cochez « Dans la lettre » pour les tâches que la lettre doit présenter.</numerusform>
            <numerusform>Les %n tâches sont décochées : la lettre n&apos;en contient donc aucune. Cochez « Dans la lettre » pour les tâches que la lettre doit présenter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your one duty is unticked, so the letter has none. Tick “In letter” for the duties the letter should show.</source>
        <translation>Votre seule tâche est décochée : la lettre n&apos;en contient donc aucune. Cochez « Dans la lettre » pour les tâches que la lettre doit présenter.</translation>
    </message>
    <message>
        <source>Reading the letter…</source>
        <translation>Lecture de la lettre…</translation>
    </message>
    <message>
        <source>supports your target</source>
        <translation>appuie votre CNP visée</translation>
    </message>
    <message>
        <source>reads as another skilled occupation (still counts)</source>
        <translation>se lit comme une autre profession spécialisée (compte quand même)</translation>
    </message>
    <message>
        <source>reads as a lower-TEER job (does not count)</source>
        <translation>se lit comme un emploi de niveau FEER inférieur (ne compte pas)</translation>
    </message>
    <message>
        <source>too little to tell</source>
        <translation>trop peu pour en juger</translation>
    </message>
    <message>
        <source>{code} {title} (TEER {teer})</source>
        <translation>{code} {title} (FEER {teer})</translation>
    </message>
    <message>
        <source>The duties are too vague to read as any occupation yet. Add specific duties.</source>
        <translation>Les tâches sont encore trop vagues pour se lire comme une profession. Ajoutez des tâches précises.</translation>
    </message>
    <message>
        <source>Supports your target, {target}.</source>
        <translation>Appuie votre CNP visée, {target}.</translation>
    </message>
    <message>
        <source>Reads more as {other} than your target {code} {title}. {other_code} is also skilled work (TEER 0–3), so this experience still counts for FSW and CEC, as that occupation: if it is what you do, consider it as your target; otherwise put the duties that support {code} first and describe them specifically — only what you really do.</source>
        <translation>Se lit plutôt comme {other} que comme votre CNP visée {code} {title}. {other_code} est aussi un emploi spécialisé (FEER 0 à 3) : cette expérience compte donc quand même pour le PTQF et la CEC, comme cette profession. Si c&apos;est bien ce que vous faites, envisagez-la comme CNP visée; sinon, placez en premier les tâches qui appuient {code} et décrivez-les avec précision — seulement ce que vous faites vraiment.</translation>
    </message>
    <message>
        <source>Reads more as {other} than your target {code} {title}. An officer may assume this lower-TEER job, which does not count as skilled work for Express Entry. Put the duties that support {code} first and describe them specifically — only what you really do.</source>
        <translation>Se lit plutôt comme {other} que comme votre CNP visée {code} {title}. Un agent pourrait conclure à cet emploi de niveau FEER inférieur, qui ne compte pas comme emploi spécialisé pour Entrée express. Placez en premier les tâches qui appuient {code} et décrivez-les avec précision — seulement ce que vous faites vraiment.</translation>
    </message>
    <message>
        <source>Too little to tell which occupation this is: the duties are too few or too vague. Write at least {min} specific duties you really do (what, for whom, with which tools).</source>
        <translation>Trop peu pour savoir de quelle profession il s&apos;agit : les tâches sont trop peu nombreuses ou trop vagues. Écrivez au moins {min} tâches précises que vous faites vraiment (quoi, pour qui, avec quels outils).</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} main duties covered;</source>
        <translation>
            <numerusform>%n fonction principale sur {total} couverte;</numerusform>
            <numerusform>%n fonctions principales sur {total} couvertes;</numerusform>
        </translation>
    </message>
    <message>
        <source>lead statement supported.</source>
        <translation>énoncé principal appuyé.</translation>
    </message>
    <message>
        <source>lead statement not clearly supported.</source>
        <translation>énoncé principal pas clairement appuyé.</translation>
    </message>
    <message>
        <source>Each duty counts by its stated share of working time.</source>
        <translation>Chaque tâche compte selon la part du temps de travail indiquée.</translation>
    </message>
    <message>
        <source>The margin over the next group is small: review it carefully.</source>
        <translation>L&apos;écart avec le groupe suivant est faible : vérifiez attentivement.</translation>
    </message>
    <message>
        <source>As a whole, the duties read more as {other_code} {other_title} than as your target {code} {title}. {other_code} is TEER {teer}, which also counts as skilled work for Express Entry (FSW and CEC): if it describes your job better, choose {other_code} as your target NOC. If {code} is right, put the duties that support it first and describe them specifically — only what you really do.</source>
        <translation>Dans l&apos;ensemble, les tâches se lisent plutôt comme {other_code} {other_title} que comme votre CNP visée {code} {title}. {other_code} est de niveau FEER {teer}, ce qui compte aussi comme emploi spécialisé pour Entrée express (PTQF et CEC) : si ce groupe décrit mieux votre emploi, choisissez {other_code} comme CNP visée. Si {code} est le bon choix, placez en premier les tâches qui l&apos;appuient et décrivez-les avec précision — seulement ce que vous faites vraiment.</translation>
    </message>
    <message>
        <source>As a whole, the duties read more as {other_code} {other_title} than as your target {code} {title}. {other_code} is TEER {teer}, which counts as skilled work for Express Entry (FSW and CEC): if it describes your job better, choose {other_code} as your target NOC. If {code} is right, put the duties that support it first and describe them specifically — only what you really do.</source>
        <translation>Dans l&apos;ensemble, les tâches se lisent plutôt comme {other_code} {other_title} que comme votre CNP visée {code} {title}. {other_code} est de niveau FEER {teer}, ce qui compte comme emploi spécialisé pour Entrée express (PTQF et CEC) : si ce groupe décrit mieux votre emploi, choisissez {other_code} comme CNP visée. Si {code} est le bon choix, placez en premier les tâches qui l&apos;appuient et décrivez-les avec précision — seulement ce que vous faites vraiment.</translation>
    </message>
    <message>
        <source>The duty matcher is loading…</source>
        <translation>Chargement de l&apos;analyseur de tâches…</translation>
    </message>
    <message>
        <source>Reading against {code} {title} (TEER {teer})</source>
        <translation>Lecture par rapport à {code} {title} (FEER {teer})</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut&#xa0;: {status}</translation>
    </message>
    <message>
        <source> — needs review</source>
        <translation> — à vérifier</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Se lit comme</translation>
    </message>
    <message>
        <source> ← your target</source>
        <translation> ← votre CNP visée</translation>
    </message>
    <message>
        <source>skilled</source>
        <translation>spécialisé</translation>
    </message>
    <message>
        <source>not skilled</source>
        <translation>non spécialisé</translation>
    </message>
    <message>
        <source>{code} {title} (TEER {teer}, {skilled})</source>
        <translation>{code} {title} (FEER {teer}, {skilled})</translation>
    </message>
    <message>
        <source>Groups it could be taken for</source>
        <translation>Groupes avec lesquels on pourrait la confondre</translation>
    </message>
    <message>
        <source>(share of their main duties)</source>
        <translation>(part de leurs fonctions principales)</translation>
    </message>
    <message>
        <source>{code} {title} (TEER {teer}): {share} covered</source>
        <translation>{code} {title} (FEER {teer})&#xa0;: {share} de couverture</translation>
    </message>
    <message>
        <source>Each duty counted by its share of time:</source>
        <translation>Chaque tâche comptée selon sa part du temps&#xa0;:</translation>
    </message>
    <message>
        <source>(a duty without a stated share gets an even part of what is left of 100 %)</source>
        <translation>(une tâche sans part indiquée reçoit une part égale de ce qui reste de 100 %)</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ oui</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ non</translation>
    </message>
    <message>
        <source>Lead statement supported:</source>
        <translation>Énoncé principal appuyé&#xa0;:</translation>
    </message>
    <message>
        <source>Main duties covered:</source>
        <translation>Fonctions principales couvertes&#xa0;:</translation>
    </message>
    <message>
        <source>{covered} of {total}</source>
        <translation>{covered} sur {total}</translation>
    </message>
    <message>
        <source>✗ not in your duties</source>
        <translation>✗ absente de vos tâches</translation>
    </message>
    <message>
        <source>✓ covered by your duties {rows}</source>
        <translation>✓ couverte par vos tâches {rows}</translation>
    </message>
    <message>
        <source>✓ covered by your duty {rows}</source>
        <translation>✓ couverte par votre tâche {rows}</translation>
    </message>
    <message>
        <source>NOC:</source>
        <translation>CNP&#xa0;:</translation>
    </message>
    <message>
        <source>not skilled for FSW/CEC</source>
        <translation>non spécialisé pour le PTQF et la CEC</translation>
    </message>
    <message>
        <source>Your target beside its closest neighbour</source>
        <translation>Votre CNP visée à côté de son voisin le plus proche</translation>
    </message>
    <message>
        <source>Assessment of the whole letter</source>
        <translation>Évaluation de l&apos;ensemble de la lettre</translation>
    </message>
    <message>
        <source>Make {code} {title} my target</source>
        <translation>Choisir {code} {title} comme CNP visée</translation>
    </message>
    <message>
        <source>Use {code} {title}, which the duties read as, as the target NOC</source>
        <translation>Utiliser {code} {title}, la profession à laquelle correspondent les tâches, comme CNP visée</translation>
    </message>
</context>
<context>
    <name>DutyDetail</name>
    <message>
        <source>Select a duty to see which NOC it supports and why.</source>
        <translation>Sélectionnez une tâche pour voir quelle CNP elle appuie et pourquoi.</translation>
    </message>
    <message>
        <source>Not in the letter:</source>
        <translation>Absente de la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>this duty is unticked, so the letter leaves it out. Its reading is shown so you can decide.</source>
        <translation>cette tâche est décochée, donc la lettre l&apos;omet. Sa lecture est affichée pour vous aider à décider.</translation>
    </message>
    <message>
        <source>You said you do this NOC duty:</source>
        <translation>Vous avez indiqué exercer cette fonction de la CNP&#xa0;:</translation>
    </message>
    <message>
        <source>Describe how &lt;i&gt;you&lt;/i&gt; do it: tools, what, for whom, how often.</source>
        <translation>Décrivez comment &lt;i&gt;vous&lt;/i&gt; l&apos;exercez : outils, quoi, pour qui, à quelle fréquence.</translation>
    </message>
    <message>
        <source>Your pick: “{verb}”, from the target&apos;s verbs (use it only if it is what you do)</source>
        <translation>Votre choix : « {verb} », parmi les verbes de la CNP visée (à utiliser seulement si c&apos;est ce que vous faites)</translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation>Suggestion acceptée</translation>
    </message>
    <message>
        <source>your original:</source>
        <translation>votre texte d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <source>Empty duty: type what you do.</source>
        <translation>Tâche vide : écrivez ce que vous faites.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>related wording</source>
        <translation>formulation apparentée</translation>
    </message>
    <message>
        <source>{kind} ({similarity}, shares {words}):</source>
        <translation>{kind} ({similarity}, mots communs&#xa0;: {words})&#xa0;:</translation>
    </message>
    <message>
        <source>this line is copied from the NOC text ({code}). Officers refuse letters that copy the NOC; say what you do in your own words. Shared words are underlined:</source>
        <translation>cette ligne est copiée du texte de la CNP ({code}). Les agents refusent les lettres qui copient la CNP; dites ce que vous faites dans vos propres mots. Les mots communs sont soulignés&#xa0;:</translation>
    </message>
    <message>
        <source>this line is very close to the NOC text ({code}). Officers refuse letters that copy the NOC; say what you do in your own words. Shared words are underlined:</source>
        <translation>cette ligne est très proche du texte de la CNP ({code}). Les agents refusent les lettres qui copient la CNP; dites ce que vous faites dans vos propres mots. Les mots communs sont soulignés&#xa0;:</translation>
    </message>
    <message>
        <source>Copy warning:</source>
        <translation>Avertissement de copie&#xa0;:</translation>
    </message>
    <message>
        <source>NOC text:</source>
        <translation>Texte de la CNP&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DutyEditor</name>
    <message>
        <source>Your duties</source>
        <translation>Vos tâches</translation>
    </message>
    <message>
        <source>&amp;Add duty</source>
        <translation>Aj&amp;outer une tâche</translation>
    </message>
    <message>
        <source>Add an empty duty row</source>
        <translation>Ajouter une ligne de tâche vide</translation>
    </message>
    <message>
        <source>Paste duties</source>
        <translation>Coller des tâches</translation>
    </message>
    <message>
        <source>Paste a list of duties from the clipboard, one row per duty</source>
        <translation>Coller une liste de tâches à partir du presse-papiers, une ligne par tâche</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected duty up (Alt+Up)</source>
        <translation>Monter la tâche sélectionnée (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected duty down (Alt+Down)</source>
        <translation>Descendre la tâche sélectionnée (Alt+Bas)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected duty</source>
        <translation>Supprimer la tâche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Suggest wording</source>
        <translation>&amp;Suggérer une formulation</translation>
    </message>
    <message>
        <source>Suggest rewordings of the selected duty that keep your facts</source>
        <translation>Suggérer des reformulations de la tâche sélectionnée qui conservent vos faits</translation>
    </message>
    <message>
        <source>Text of the selected duty</source>
        <translation>Texte de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Select or add a duty, then describe what you do.</source>
        <translation>Sélectionnez ou ajoutez une tâche, puis décrivez ce que vous faites.</translation>
    </message>
    <message>
        <source>Why this duty reads as it does</source>
        <translation>Pourquoi cette tâche se lit ainsi</translation>
    </message>
    <message>
        <source>Selected &amp;duty, in your own words:</source>
        <translation>Tâche sé&amp;lectionnée, dans vos propres mots&#xa0;:</translation>
    </message>
    <message>
        <source>Describe what you do, in your own words.</source>
        <translation>Décrivez ce que vous faites, dans vos propres mots.</translation>
    </message>
    <message>
        <source>In your own words, how do you do this? (NOC: {duty})</source>
        <translation>Dans vos propres mots, comment le faites-vous? (CNP&#xa0;: {duty})</translation>
    </message>
    <message>
        <source>Select or add a duty.</source>
        <translation>Sélectionnez ou ajoutez une tâche.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>Your work is still open.</source>
        <translation>Votre travail est toujours ouvert.</translation>
    </message>
    <message>
        <source>Last saved {time} (unsaved changes)</source>
        <translation>Enregistré à {time} (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Last saved {time} (all changes saved)</source>
        <translation>Enregistré à {time} (tout est enregistré)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Enregistré : {path}.</translation>
    </message>
    <message>
        <source>Letter exported</source>
        <translation>Lettre exportée</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Nothing in your project was changed.</source>
        <translation>Rien n&apos;a été modifié dans votre projet.</translation>
    </message>
    <message>
        <source>Cannot make the checklist</source>
        <translation>Impossible de produire la liste de vérification</translation>
    </message>
    <message>
        <source>Cannot save the checklist</source>
        <translation>Impossible d&apos;enregistrer la liste de vérification</translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation>Liste de vérification enregistrée</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>What the letter still needs; activate one to go to its field</source>
        <translation>Ce qui manque encore à la lettre; activez un élément pour aller à son champ</translation>
    </message>
    <message>
        <source>Qualifying hours summary</source>
        <translation>Résumé des heures admissibles</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Rien ne manque.</translation>
    </message>
    <message>
        <source>{errors} needed, {advice} advice. Click one to go to the field.</source>
        <translation>Requis&#xa0;: {errors}, conseils&#xa0;: {advice}. Cliquez sur un élément pour aller au champ.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Express Entry (FSW, CEC, FST)</source>
        <translation>Entrée express (PTQF, CEC, PTMSF)</translation>
    </message>
    <message>
        <source>Ontario (OINP)</source>
        <translation>Ontario (POCI)</translation>
    </message>
    <message>
        <source>Saskatchewan (SINP)</source>
        <translation>Saskatchewan (PCIS)</translation>
    </message>
    <message>
        <source>British Columbia (BC PNP)</source>
        <translation>Colombie-Britannique (BC PNP)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Immediate supervisor</source>
        <translation>Supérieur immédiat</translation>
    </message>
    <message>
        <source>Human resources (HR) officer</source>
        <translation>Agent des ressources humaines (RH)</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par année</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>de l&apos;heure</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>letter language</source>
        <translation>langue de la lettre</translation>
    </message>
    <message>
        <source>letter date</source>
        <translation>date de la lettre</translation>
    </message>
    <message>
        <source>company details</source>
        <translation>coordonnées de l&apos;entreprise</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>company address</source>
        <translation>adresse de l&apos;entreprise</translation>
    </message>
    <message>
        <source>company telephone</source>
        <translation>téléphone de l&apos;entreprise</translation>
    </message>
    <message>
        <source>company e-mail</source>
        <translation>courriel de l&apos;entreprise</translation>
    </message>
    <message>
        <source>company website</source>
        <translation>site Web de l&apos;entreprise</translation>
    </message>
    <message>
        <source>letterhead image</source>
        <translation>image d&apos;en-tête</translation>
    </message>
    <message>
        <source>person signing</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>nom du signataire</translation>
    </message>
    <message>
        <source>signer&apos;s job title</source>
        <translation>titre du poste du signataire</translation>
    </message>
    <message>
        <source>signer&apos;s telephone</source>
        <translation>téléphone du signataire</translation>
    </message>
    <message>
        <source>signer&apos;s e-mail</source>
        <translation>courriel du signataire</translation>
    </message>
    <message>
        <source>signer&apos;s role</source>
        <translation>rôle du signataire</translation>
    </message>
    <message>
        <source>applicant&apos;s name</source>
        <translation>nom du demandeur</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>postes</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>titre du poste</translation>
    </message>
    <message>
        <source>target NOC</source>
        <translation>CNP visée</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>heures par semaine</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>salaire</translation>
    </message>
    <message>
        <source>salary amount</source>
        <translation>montant du salaire</translation>
    </message>
    <message>
        <source>salary currency</source>
        <translation>devise du salaire</translation>
    </message>
    <message>
        <source>salary period</source>
        <translation>période de paie</translation>
    </message>
    <message>
        <source>benefits</source>
        <translation>avantages sociaux</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>weeks per year</source>
        <translation>semaines par année</translation>
    </message>
    <message>
        <source>paid vacation</source>
        <translation>vacances payées</translation>
    </message>
    <message>
        <source>work location</source>
        <translation>lieu de travail</translation>
    </message>
    <message>
        <source>work in Canada</source>
        <translation>travail au Canada</translation>
    </message>
    <message>
        <source>duty {number}</source>
        <translation>tâche {number}</translation>
    </message>
    <message>
        <source>{label} (position {number})</source>
        <translation>{label} (poste {number})</translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation>Changer : {field}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier : {field}</translation>
    </message>
    <message>
        <source>(untitled position)</source>
        <translation>(poste sans titre)</translation>
    </message>
    <message>
        <source>start date?</source>
        <translation>date de début?</translation>
    </message>
    <message>
        <source>{number}. {title} at {employer}, since {start}</source>
        <translation>{number}. {title} chez {employer}, depuis le {start}</translation>
    </message>
    <message>
        <source>{number}. {title}, since {start}</source>
        <translation>{number}. {title}, depuis le {start}</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>end date?</source>
        <translation>date de fin?</translation>
    </message>
    <message>
        <source>{number}. {title} at {employer}, {start} to {end}</source>
        <translation>{number}. {title} chez {employer}, du {start} au {end}</translation>
    </message>
    <message>
        <source>{number}. {title}, {start} to {end}</source>
        <translation>{number}. {title}, du {start} au {end}</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>Letter &amp;date (YYYY-MM-DD)</source>
        <translation>&amp;Date de la lettre (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Employer (company)</source>
        <translation>Employeur (entreprise)</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>&amp;Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>Person signing</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Titre du poste</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Applicant&apos;s full name</source>
        <translation>Nom complet du demandeur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>NOC 2021 code (choose with search)</source>
        <translation>Code CNP 2021 (à choisir avec la recherche)</translation>
    </message>
    <message>
        <source>Start date (YYYY-MM-DD)</source>
        <translation>Date de début (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>End date (YYYY-MM-DD)</source>
        <translation>Date de fin (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>Salary amount</source>
        <translation>Montant du salaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Salary paid</source>
        <translation>Salaire versé</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages sociaux</translation>
    </message>
    <message>
        <source>Weeks per year</source>
        <translation>Semaines par année</translation>
    </message>
    <message>
        <source>Paid vacation</source>
        <translation>Vacances payées</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <source>Work done in Canada</source>
        <translation>Travail effectué au Canada</translation>
    </message>
    <message>
        <source>Position being edited</source>
        <translation>Poste en cours de modification</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Ajouter un poste</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Supprimer le poste</translation>
    </message>
    <message>
        <source>Add a position held at the company</source>
        <translation>Ajouter un poste occupé dans l&apos;entreprise</translation>
    </message>
    <message>
        <source>Remove the position being edited</source>
        <translation>Supprimer le poste en cours de modification</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Current job</source>
        <translation>Emploi actuel</translation>
    </message>
    <message>
        <source>This is the current job (no end date)</source>
        <translation>C&apos;est l&apos;emploi actuel (pas de date de fin)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{value} (not a known choice)</source>
        <translation>{value} (choix inconnu)</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Job title</source>
        <translation>Titre du poste</translation>
    </message>
    <message>
        <source>NOC</source>
        <translation>CNP</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages sociaux</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Vacances</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <source>To whom it may concern</source>
        <translation>À qui de droit</translation>
    </message>
    <message>
        <source>This letter confirms that {applicant} {is_or_was} employed by {employer} as follows.</source>
        <translation>La présente atteste que {applicant} {is_or_was} à l&apos;emploi de {employer}, comme suit.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>was</source>
        <translation>a été</translation>
    </message>
    <message>
        <source>Main duties and responsibilities:</source>
        <translation>Principales fonctions et responsabilités&#xa0;:</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Veuillez agréer nos salutations distinguées.</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>Preparing the preview: the duties are put in letter order…</source>
        <translation>Préparation de l&apos;aperçu : les tâches sont placées dans l&apos;ordre de la lettre…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The window will be in English the next time you start NOC Letter Builder.</source>
        <translation>La fenêtre sera en anglais au prochain démarrage de NOC Letter Builder.</translation>
    </message>
    <message>
        <source>The window will be in French the next time you start NOC Letter Builder.</source>
        <translation>La fenêtre sera en français au prochain démarrage de NOC Letter Builder.</translation>
    </message>
    <message>
        <source>NOC Letter Builder</source>
        <translation>NOC Letter Builder</translation>
    </message>
    <message>
        <source>NOC letter projects (*.nocletter);;All files (*)</source>
        <translation>Projets de lettre CNP (*.nocletter);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Duties</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Letter details</source>
        <translation>&amp;Détails de la lettre</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Duties, letter details and preview</source>
        <translation>Tâches, détails de la lettre et aperçu</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Matcher status</source>
        <translation>État de l&apos;analyseur</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>Not legal advice</source>
        <translation>Ce n&apos;est pas un avis juridique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export letter (DOCX)…</source>
        <translation>E&amp;xporter la lettre (DOCX)…</translation>
    </message>
    <message>
        <source>Export for the &amp;employer to complete…</source>
        <translation>Exporter pour l&apos;employeur (à &amp;compléter)…</translation>
    </message>
    <message>
        <source>Export with my own &amp;template…</source>
        <translation>Exporter avec mon propre &amp;modèle…</translation>
    </message>
    <message>
        <source>Save checklist as &amp;PDF…</source>
        <translation>Enregistrer la liste de vérification en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>&amp;Imprimer la liste de vérification…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find NOC</source>
        <translation>&amp;Chercher une CNP</translation>
    </message>
    <message>
        <source>&amp;Add duty</source>
        <translation>Ajouter une &amp;tâche</translation>
    </message>
    <message>
        <source>&amp;Suggest wording</source>
        <translation>&amp;Suggérer une formulation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>NOC &amp;profile</source>
        <translation>&amp;Profil de la CNP</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Save the changes to this letter?</source>
        <translation>Enregistrer les modifications de cette lettre?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>NOC Letter Builder did not close normally. Restore the unsaved work?</source>
        <translation>NOC Letter Builder ne s&apos;est pas fermé normalement. Restaurer le travail non enregistré?</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Modèle de lettre</translation>
    </message>
    <message>
        <source>{app} {version}
Helps write an honest employer reference letter. Not legal advice.</source>
        <translation>{app} {version}
Aide à rédiger une lettre de référence d&apos;employeur honnête. Ce n&apos;est pas un avis juridique.</translation>
    </message>
    <message>
        <source>{name}, autosaved {when}</source>
        <translation>{name}, enregistré automatiquement le {when}</translation>
    </message>
    <message>
        <source>an unsaved project, autosaved {when}</source>
        <translation>un projet non enregistré, enregistré automatiquement le {when}</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>TEER {teer} · skilled: {programs}</source>
        <translation>FEER {teer} · spécialisé&#xa0;: {programs}</translation>
    </message>
    <message>
        <source>TEER {teer} · not skilled for FSW/CEC (eligible: {programs})</source>
        <translation>FEER {teer} · non spécialisé pour le PTQF et la CEC (admissible&#xa0;: {programs})</translation>
    </message>
    <message>
        <source>TEER {teer} · not skilled for FSW/CEC</source>
        <translation>FEER {teer} · non spécialisé pour le PTQF et la CEC</translation>
    </message>
    <message>
        <source>Found by {how}</source>
        <translation>Trouvé par {how}</translation>
    </message>
    <message>
        <source>In letter</source>
        <translation>Dans la lettre</translation>
    </message>
    <message>
        <source>Duty (your own words)</source>
        <translation>Tâche (dans vos mots)</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Se lit comme</translation>
    </message>
    <message>
        <source>Empty: describe it in your own words</source>
        <translation>Vide : décrivez-la dans vos propres mots</translation>
    </message>
    <message>
        <source> · not in letter</source>
        <translation> · absente de la lettre</translation>
    </message>
    <message>
        <source>Included in the letter</source>
        <translation>Incluse dans la lettre</translation>
    </message>
    <message>
        <source>Left out of the letter</source>
        <translation>Exclue de la lettre</translation>
    </message>
    <message>
        <source>(your words for: {duty})</source>
        <translation>(vos mots pour&#xa0;: {duty})</translation>
    </message>
    <message>
        <source>{count} characters; the whole duty is in the editor below the list.</source>
        <translation>{count} caractères; la tâche complète se trouve dans l&apos;éditeur sous la liste.</translation>
    </message>
    <message>
        <source>Your words for the NOC duty: {duty}</source>
        <translation>Vos mots pour la fonction de la CNP&#xa0;: {duty}</translation>
    </message>
    <message>
        <source>Your pick: “{verb}”, from the target&apos;s verbs (keep it only if true)</source>
        <translation>Votre choix : « {verb} », parmi les verbes de la CNP visée (à garder seulement si c&apos;est vrai)</translation>
    </message>
    <message>
        <source>An accepted suggestion (its provenance is saved with the project)</source>
        <translation>Une suggestion acceptée (sa provenance est enregistrée avec le projet)</translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Collée</translation>
    </message>
    <message>
        <source>Typed by you</source>
        <translation>Tapée par vous</translation>
    </message>
    <message>
        <source>✓ covered by your duties</source>
        <translation>✓ couverte par vos tâches</translation>
    </message>
    <message>
        <source>I do this</source>
        <translation>Je l&apos;exerce</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Non cochée</translation>
    </message>
    <message>
        <source>Covered.</source>
        <translation>Couverte.</translation>
    </message>
    <message>
        <source>Tick if you really do this; you then describe it in your own words.</source>
        <translation>Cochez si vous exercez vraiment cette fonction; vous la décrirez ensuite dans vos propres mots.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <translation>{kind}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Go to {field}</source>
        <translation>Aller à : {field}</translation>
    </message>
</context>
<context>
    <name>NocPicker</name>
    <message>
        <source>Search NOC: code, old 4-digit code, job title…</source>
        <translation>Chercher : code CNP, ancien code à 4 chiffres, titre…</translation>
    </message>
    <message>
        <source>Search NOC occupations</source>
        <translation>Chercher des professions de la CNP</translation>
    </message>
    <message>
        <source>NOC search results</source>
        <translation>Résultats de la recherche CNP</translation>
    </message>
    <message>
        <source>Loading the NOC catalogue…</source>
        <translation>Chargement du catalogue de la CNP…</translation>
    </message>
    <message>
        <source>Chosen target NOC</source>
        <translation>CNP visée choisie</translation>
    </message>
    <message>
        <source>Use as &amp;target NOC</source>
        <translation>Utiliser comme CNP &amp;visée</translation>
    </message>
    <message>
        <source>Use the selected occupation as the target NOC</source>
        <translation>Utiliser la profession sélectionnée comme CNP visée</translation>
    </message>
    <message>
        <source>Show &amp;profile</source>
        <translation>Afficher le &amp;profil</translation>
    </message>
    <message>
        <source>Show the selected occupation&apos;s NOC profile</source>
        <translation>Afficher le profil CNP de la profession sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>Type to search the %n NOC 2021 occupations.</source>
        <translation>
            <numerusform>Tapez pour chercher parmi la profession de la CNP 2021.</numerusform>
            <numerusform>Tapez pour chercher parmi les %n professions de la CNP 2021.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found. Enter or double-click chooses the target.</source>
        <translation>
            <numerusform>%n résultat. Entrée ou un double-clic choisit la CNP visée.</numerusform>
            <numerusform>%n résultats. Entrée ou un double-clic choisit la CNP visée.</numerusform>
        </translation>
    </message>
    <message>
        <source>No occupation found; try another word or a code.</source>
        <translation>Aucune profession trouvée; essayez un autre mot ou un code.</translation>
    </message>
    <message>
        <source>Target NOC:</source>
        <translation>CNP visée&#xa0;:</translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation>aucune choisie pour l&apos;instant</translation>
    </message>
    <message>
        <source>is not a NOC 2021 code; search and choose your group.</source>
        <translation>n&apos;est pas un code de la CNP 2021; cherchez et choisissez votre groupe.</translation>
    </message>
</context>
<context>
    <name>NocText</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>example title</source>
        <translation>exemple d&apos;appellation</translation>
    </message>
    <message>
        <source>French title</source>
        <translation>titre français</translation>
    </message>
    <message>
        <source>French example title</source>
        <translation>exemple d&apos;appellation en français</translation>
    </message>
    <message>
        <source>US title (SOC 2018)</source>
        <translation>titre américain (SOC 2018)</translation>
    </message>
    <message>
        <source>NOC 2016 code</source>
        <translation>code CNP 2016</translation>
    </message>
    <message>
        <source>TEER {teer}</source>
        <translation>FEER {teer}</translation>
    </message>
</context>
<context>
    <name>PositionBar</name>
    <message>
        <source>Position whose duties you are editing</source>
        <translation>Poste dont vous modifiez les tâches</translation>
    </message>
    <message>
        <source>Duties &amp;of:</source>
        <translation>Tâches d&amp;u poste&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the position whose duties you edit; each has its own duties in the letter.</source>
        <translation>Choisissez le poste dont vous modifiez les tâches; chacun a ses propres tâches dans la lettre.</translation>
    </message>
    <message>
        <source>Add a position in Letter details if you held more than one at the company.</source>
        <translation>Ajoutez un poste dans Détails de la lettre si vous en avez occupé plus d&apos;un dans l&apos;entreprise.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Loading the NOC catalogue…</source>
        <translation>Chargement du catalogue de la CNP…</translation>
    </message>
    <message>
        <source>Catalogue ready; loading the duty matcher (spaCy)…</source>
        <translation>Catalogue prêt; chargement de l&apos;analyseur de tâches (spaCy)…</translation>
    </message>
    <message>
        <source>Duty matcher ready (word matching only: {problem})</source>
        <translation>Analyseur de tâches prêt (comparaison des mots seulement&#xa0;: {problem})</translation>
    </message>
    <message>
        <source>Duty matcher ready</source>
        <translation>Analyseur de tâches prêt</translation>
    </message>
    <message>
        <source>Matching unavailable: {error}</source>
        <translation>Analyse indisponible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Ajouter un poste</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Supprimer le poste</translation>
    </message>
    <message>
        <source>Add duty</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste. Copy the list of duties (from a job description or an old letter) first, then paste.</source>
        <translation>Le presse-papiers ne contient aucun texte à coller. Copiez d&apos;abord la liste des tâches (d&apos;une description de poste ou d&apos;une ancienne lettre), puis collez-la.</translation>
    </message>
    <message>
        <source>This paste is {size} MB of text; a letter&apos;s duties are a few kilobytes. Paste only the list of duties.</source>
        <translation>Ce collage contient {size} Mo de texte; les tâches d&apos;une lettre font quelques kilo-octets. Collez seulement la liste des tâches.</translation>
    </message>
    <message>
        <source>The paste holds {count} lines, more than fit ({limit} duties in all). Paste only the list of duties.</source>
        <translation>Le collage contient {count} lignes, plus que la limite ({limit} tâches en tout). Collez seulement la liste des tâches.</translation>
    </message>
    <message>
        <source>The pasted text holds no duty to add: it has no words.</source>
        <translation>Le texte collé ne contient aucune tâche à ajouter : il n&apos;a pas de mots.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n duties</source>
        <translation>
            <numerusform>Coller %n tâche</numerusform>
            <numerusform>Coller %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Include duty</source>
        <translation>Inclure la tâche</translation>
    </message>
    <message>
        <source>Exclude duty</source>
        <translation>Exclure la tâche</translation>
    </message>
    <message>
        <source>Move duty</source>
        <translation>Déplacer la tâche</translation>
    </message>
    <message>
        <source>Remove duty</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Remove duties</source>
        <translation>Supprimer les tâches</translation>
    </message>
    <message>
        <source>I do this NOC duty</source>
        <translation>J&apos;exerce cette fonction de la CNP</translation>
    </message>
    <message>
        <source>That duty row has your words, so it stays; delete it in the duty list if you no longer do this.</source>
        <translation>Cette ligne de tâche contient vos mots, elle est donc conservée; supprimez-la dans la liste des tâches si vous n&apos;exercez plus cette fonction.</translation>
    </message>
    <message>
        <source>A duty could not be checked: {error}</source>
        <translation>Une tâche n&apos;a pas pu être vérifiée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Edit duty</source>
        <translation>Modifier la tâche</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Employment requirements</source>
        <translation>Conditions d&apos;accès à la profession</translation>
    </message>
    <message>
        <source>Employment requirements (in English only)</source>
        <translation>Conditions d&apos;accès à la profession (en anglais seulement)</translation>
    </message>
    <message>
        <source>Lead statement</source>
        <translation>Énoncé principal</translation>
    </message>
    <message>
        <source>Main duties</source>
        <translation>Fonctions principales</translation>
    </message>
    <message>
        <source>Example titles</source>
        <translation>Exemples d&apos;appellations d&apos;emploi</translation>
    </message>
    <message>
        <source>US job titles (SOC 2018, by Statistics Canada&apos;s correspondence)</source>
        <translation>Titres d&apos;emploi américains (SOC 2018, selon la table de correspondance de Statistique Canada)</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Do not copy these sentences into the letter: describe what you do in your own words. Not legal advice.</source>
        <translation>Ne copiez pas ces phrases dans la lettre : décrivez ce que vous faites dans vos propres mots. Ce n&apos;est pas un avis juridique.</translation>
    </message>
    <message>
        <source>Choose a target NOC to see its main duties.</source>
        <translation>Choisissez une CNP visée pour voir ses fonctions principales.</translation>
    </message>
    <message>
        <source>Main duties of the target NOC: tick the ones you do</source>
        <translation>Fonctions principales de la CNP visée : cochez celles que vous exercez</translation>
    </message>
    <message>
        <source>NOC profile</source>
        <translation>Profil de la CNP</translation>
    </message>
    <message>
        <source>Main duties ✓</source>
        <translation>Fonctions ✓</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Target NOC main duties and profile</source>
        <translation>Fonctions principales et profil de la CNP visée</translation>
    </message>
    <message>
        <source>Main duties of {code}. Tick each one you really do: a new row opens for you to describe it in your own words (the NOC sentence is never copied).</source>
        <translation>Fonctions principales de {code}. Cochez chacune de celles que vous exercez vraiment : une nouvelle ligne s&apos;ouvre pour que vous la décriviez dans vos propres mots (la phrase de la CNP n&apos;est jamais copiée).</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <source>Your words, in the form a letter uses</source>
        <translation>Vos mots, sous la forme qu&apos;utilise une lettre</translation>
    </message>
    <message>
        <source>The target&apos;s own verb for what you said</source>
        <translation>Le verbe de la CNP visée pour ce que vous avez dit</translation>
    </message>
    <message>
        <source>French rewording is not yet as rich as English: for a French duty it asks questions and gives the letter-ready form (the infinitive, e.g. “Faire les conciliations bancaires”), but it does not yet offer the target&apos;s own verbs.</source>
        <translation>La reformulation en français n&apos;est pas encore aussi complète qu&apos;en anglais : pour une tâche en français, elle pose des questions et donne la forme prête pour la lettre (l&apos;infinitif, p. ex. « Faire les conciliations bancaires »), mais ne propose pas encore les verbes de la CNP visée.</translation>
    </message>
    <message>
        <source>{number}. Your words do not say what you do.</source>
        <translation>{number}. Vos mots ne disent pas ce que vous faites.</translation>
    </message>
    <message>
        <source>Pick {verb} only if it is what you do</source>
        <translation>Choisir {verb} seulement si c&apos;est ce que vous faites</translation>
    </message>
    <message>
        <source>Use my pick</source>
        <translation>Utiliser mon choix</translation>
    </message>
    <message>
        <source>Use the verb I picked (only if it is true)</source>
        <translation>Utiliser le verbe que j&apos;ai choisi (seulement si c&apos;est vrai)</translation>
    </message>
    <message>
        <source>Only if it is what you do: the line will say it was your pick.</source>
        <translation>Seulement si c&apos;est ce que vous faites : la ligne indiquera que c&apos;est votre choix.</translation>
    </message>
    <message>
        <source>Suggestions for the selected duty</source>
        <translation>Suggestions pour la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Looking for rewordings…</source>
        <translation>Recherche de reformulations…</translation>
    </message>
    <message>
        <source>Select a duty and press “Suggest wording” for rewordings that keep your facts. You choose; nothing is added by itself.</source>
        <translation>Sélectionnez une tâche et appuyez sur « Suggérer une formulation » pour obtenir des reformulations qui conservent vos faits. C&apos;est vous qui choisissez; rien n&apos;est ajouté automatiquement.</translation>
    </message>
    <message>
        <source>Answer these in the duty itself, only with what is true:</source>
        <translation>Répondez à ces questions dans la tâche elle-même, seulement avec ce qui est vrai&#xa0;:</translation>
    </message>
    <message>
        <source>No rewording to suggest: this duty already reads well.</source>
        <translation>Aucune reformulation à suggérer : cette tâche se lit déjà bien.</translation>
    </message>
    <message>
        <source>Suggestion {number} ({kind}): {text}</source>
        <translation>Suggestion {number} ({kind})&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept suggestion {number}</source>
        <translation>Accepter la suggestion {number}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit suggestion {number}</source>
        <translation>Modifier la suggestion {number}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Dismiss suggestion {number}</source>
        <translation>Écarter la suggestion {number}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>supports your target</source>
        <translation>appuie votre CNP visée</translation>
    </message>
    <message>
        <source>reads as a confusable neighbour</source>
        <translation>se lit comme un groupe voisin qu&apos;on peut confondre</translation>
    </message>
    <message>
        <source>reads as another skilled occupation</source>
        <translation>se lit comme une autre profession spécialisée</translation>
    </message>
    <message>
        <source>reads as a TEER 4-5 occupation (not skilled)</source>
        <translation>se lit comme une profession de niveau FEER 4 ou 5 (non spécialisée)</translation>
    </message>
    <message>
        <source>too vague to read as an occupation</source>
        <translation>trop vague pour se lire comme une profession</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifiée</translation>
    </message>
    <message>
        <source>main duty</source>
        <translation>fonction principale</translation>
    </message>
    <message>
        <source>lead statement</source>
        <translation>énoncé principal</translation>
    </message>
    <message>
        <source>example title</source>
        <translation>exemple d&apos;appellation</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>condition d&apos;accès</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Waiting for the matcher…</source>
        <translation>En attente de l&apos;analyseur…</translation>
    </message>
    <message>
        <source>Supports {code}</source>
        <translation>Appuie {code}</translation>
    </message>
    <message>
        <source>Neighbour {code}</source>
        <translation>Voisin {code}</translation>
    </message>
    <message>
        <source>Other: {code}</source>
        <translation>Autre&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Not skilled: {code}</source>
        <translation>Non spécialisé&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Too vague</source>
        <translation>Trop vague</translation>
    </message>
    <message>
        <source> · copied NOC text</source>
        <translation> · texte de la CNP copié</translation>
    </message>
    <message>
        <source> · close to NOC text</source>
        <translation> · proche du texte de la CNP</translation>
    </message>
    <message>
        <source>no words</source>
        <translation>aucun mot</translation>
    </message>
    <message>
        <source>{count} characters: too long</source>
        <translation>{count} caractères : trop long</translation>
    </message>
    <message>
        <source>repeats duty {other}</source>
        <translation>répète la tâche {other}</translation>
    </message>
    <message>
        <source>nearly repeats duty {other}</source>
        <translation>répète presque la tâche {other}</translation>
    </message>
    <message>
        <source>“{word}” {count} times in a row</source>
        <translation>« {word} » {count} fois de suite</translation>
    </message>
    <message>
        <source>Duty {row} has no words, only symbols or emoji; an officer cannot read it as a duty. Write what you do, or remove it.</source>
        <translation>La tâche {row} n&apos;a pas de mots, seulement des symboles ou des émojis; un agent ne peut pas la lire comme une tâche. Écrivez ce que vous faites, ou supprimez-la.</translation>
    </message>
    <message>
        <source>Duty {row} is {count} characters long; an officer reads each duty as one task. Split it into separate duties, one per line, or shorten it (under {limit} characters).</source>
        <translation>La tâche {row} compte {count} caractères; un agent lit chaque ligne comme une seule tâche. Divisez-la en tâches distinctes, une par ligne, ou raccourcissez-la (moins de {limit} caractères).</translation>
    </message>
    <message>
        <source>Duty {row} repeats duty {other}; the letter would say the same thing twice. Remove one of them, or untick it to keep it out of the letter.</source>
        <translation>La tâche {row} répète la tâche {other}; la lettre dirait deux fois la même chose. Supprimez l&apos;une des deux, ou décochez-la pour la garder hors de la lettre.</translation>
    </message>
    <message>
        <source>Duty {row} says nearly the same as duty {other}; the letter would say it twice. Keep the better one, or make each say what is different.</source>
        <translation>La tâche {row} dit presque la même chose que la tâche {other}; la lettre le dirait deux fois. Gardez la meilleure, ou faites dire à chacune ce qui la distingue.</translation>
    </message>
    <message>
        <source>Duty {row} has the word “{word}” {count} times in a row; check the text (a stuck key or a bad paste can do this).</source>
        <translation>La tâche {row} contient le mot « {word} » {count} fois de suite; vérifiez le texte (une touche coincée ou un mauvais collage peut causer cela).</translation>
    </message>
    <message>
        <source>Describes your target&apos;s main duty “{duty}”.</source>
        <translation>Décrit la fonction principale de votre CNP visée « {duty} ».</translation>
    </message>
    <message>
        <source>Reads as your target occupation.</source>
        <translation>Se lit comme votre profession visée.</translation>
    </message>
    <message>
        <source>Reads more as {group} ({teer}), a group officers confuse with your target.</source>
        <translation>Se lit plutôt comme {group} ({teer}), un groupe que les agents confondent avec votre CNP visée.</translation>
    </message>
    <message>
        <source>Reads more as {group} ({teer}).</source>
        <translation>Se lit plutôt comme {group} ({teer}).</translation>
    </message>
    <message>
        <source>Reads more as {group} ({teer}), which is not skilled work for Express Entry.</source>
        <translation>Se lit plutôt comme {group} ({teer}), qui n&apos;est pas un emploi qualifié pour Entrée express.</translation>
    </message>
    <message>
        <source>Too vague to read as any occupation: say what, for whom, with which tools.</source>
        <translation>Trop vague pour se lire comme une profession : dites quoi, pour qui et avec quels outils.</translation>
    </message>
</context>
</TS>
