<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>App</name>
    <message>
        <source>NOC Letter Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({error}). Your work is still open and autosaved; please save it.

Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>An estimate of how an officer may read the duties, to help you write them truthfully. Not legal advice; IRCC decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target NOC (search on the left) to see how the letter reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a NOC 2021 code. Choose your target NOC with the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one duty (Duties tab) to see how the letter reads as {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n duties are unticked, so the letter has none. Tick “In letter” for the duties the letter should show.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your one duty is unticked, so the letter has none. Tick “In letter” for the duties the letter should show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads as another skilled occupation (still counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads as a lower-TEER job (does not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duties are too vague to read as any occupation yet. Add specific duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports your target, {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads more as {other} than your target {code} {title}. {other_code} is also skilled work (TEER 0–3), so this experience still counts for FSW and CEC, as that occupation: if it is what you do, consider it as your target; otherwise put the duties that support {code} first and describe them specifically — only what you really do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads more as {other} than your target {code} {title}. An officer may assume this lower-TEER job, which does not count as skilled work for Express Entry. Put the duties that support {code} first and describe them specifically — only what you really do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little to tell which occupation this is: the duties are too few or too vague. Write at least {min} specific duties you really do (what, for whom, with which tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} main duties covered;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>lead statement supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead statement not clearly supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each duty counts by its stated share of working time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The margin over the next group is small: review it carefully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a whole, the duties read more as {other_code} {other_title} than as your target {code} {title}. {other_code} is TEER {teer}, which also counts as skilled work for Express Entry (FSW and CEC): if it describes your job better, choose {other_code} as your target NOC. If {code} is right, put the duties that support it first and describe them specifically — only what you really do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a whole, the duties read more as {other_code} {other_title} than as your target {code} {title}. {other_code} is TEER {teer}, which counts as skilled work for Express Entry (FSW and CEC): if it describes your job better, choose {other_code} as your target NOC. If {code} is right, put the duties that support it first and describe them specifically — only what you really do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty matcher is loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading against {code} {title} (TEER {teer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ← your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not skilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups it could be taken for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(share of their main duties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} {title} (TEER {teer}): {share} covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each duty counted by its share of time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a duty without a stated share gets an even part of what is left of 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead statement supported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duties covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{covered} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not in your duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ covered by your duties {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ covered by your duty {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not skilled for FSW/CEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your target beside its closest neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of the whole letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {code} {title} my target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {code} {title}, which the duties read as, as the target NOC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyDetail</name>
    <message>
        <source>Select a duty to see which NOC it supports and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this duty is unticked, so the letter leaves it out. Its reading is shown so you can decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said you do this NOC duty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe how &lt;i&gt;you&lt;/i&gt; do it: tools, what, for whom, how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pick: “{verb}”, from the target&apos;s verbs (use it only if it is what you do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty duty: type what you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({similarity}, shares {words}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is copied from the NOC text ({code}). Officers refuse letters that copy the NOC; say what you do in your own words. Shared words are underlined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is very close to the NOC text ({code}). Officers refuse letters that copy the NOC; say what you do in your own words. Shared words are underlined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyEditor</name>
    <message>
        <source>Your duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty duty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a list of duties from the clipboard, one row per duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected duty up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected duty down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest rewordings of the selected duty that keep your facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or add a duty, then describe what you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this duty reads as it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected &amp;duty, in your own words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what you do, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words, how do you do this? (NOC: {duty})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or add a duty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved {time} (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved {time} (all changes saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your project was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>What the letter still needs; activate one to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying hours summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors} needed, {advice} advice. Click one to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Express Entry (FSW, CEC, FST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontario (OINP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saskatchewan (SINP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Columbia (BC PNP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources (HR) officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letterhead image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer&apos;s job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer&apos;s telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target NOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid vacation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duty {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (position {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title} at {employer}, {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title}, {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer (company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC 2021 code (choose with search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid vacation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a position held at the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the position being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current job (no end date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (not a known choice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom it may concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter confirms that {applicant} {is_or_was} employed by {employer} as follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duties and responsibilities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview: the duties are put in letter order…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The window will be in English the next time you start NOC Letter Builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window will follow the system&apos;s language the next time you start NOC Letter Builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC Letter Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC letter projects (*.nocletter);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties, letter details and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matcher status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not legal advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export letter (DOCX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the &amp;employer to complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with my own &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save checklist as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find NOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC Letter Builder did not close normally. Restore the unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version}
Helps write an honest employer reference letter. Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, autosaved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved project, autosaved {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>TEER {teer} · skilled: {programs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEER {teer} · not skilled for FSW/CEC (eligible: {programs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEER {teer} · not skilled for FSW/CEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty (your own words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: describe it in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not in letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included in the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your words for: {duty})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters; the whole duty is in the editor below the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words for the NOC duty: {duty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pick: “{verb}”, from the target&apos;s verbs (keep it only if true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accepted suggestion (its provenance is saved with the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ covered by your duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if you really do this; you then describe it in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NocPicker</name>
    <message>
        <source>Search NOC: code, old 4-digit code, job title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search NOC occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the NOC catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen target NOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as &amp;target NOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected occupation as the target NOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected occupation&apos;s NOC profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type to search the %n NOC 2021 occupations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found. Enter or double-click chooses the target.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No occupation found; try another word or a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target NOC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a NOC 2021 code; search and choose your group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NocText</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French example title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US title (SOC 2018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC 2016 code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionBar</name>
    <message>
        <source>Position whose duties you are editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the position whose duties you edit; each has its own duties in the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a position in Letter details if you held more than one at the company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Loading the NOC catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue ready; loading the duty matcher (spaCy)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty matcher ready (word matching only: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty matcher ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste. Copy the list of duties (from a job description or an old letter) first, then paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paste is {size} MB of text; a letter&apos;s duties are a few kilobytes. Paste only the list of duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paste holds {count} lines, more than fit ({limit} duties in all). Paste only the list of duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text holds no duty to add: it has no words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n duties</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Include duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do this NOC duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That duty row has your words, so it stays; delete it in the duty list if you no longer do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duty could not be checked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit duty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Employment requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment requirements (in English only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US job titles (SOC 2018, by Statistics Canada&apos;s correspondence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not copy these sentences into the letter: describe what you do in your own words. Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target NOC to see its main duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duties of the target NOC: tick the ones you do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duties ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target NOC main duties and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main duties of {code}. Tick each one you really do: a new row opens for you to describe it in your own words (the NOC sentence is never copied).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <source>Your words, in the form a letter uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s own verb for what you said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French rewording is not yet as rich as English: for a French duty it asks questions and gives the letter-ready form (the infinitive, e.g. “Faire les conciliations bancaires”), but it does not yet offer the target&apos;s own verbs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. Your words do not say what you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick {verb} only if it is what you do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the verb I picked (only if it is true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if it is what you do: the line will say it was your pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for the selected duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for rewordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a duty and press “Suggest wording” for rewordings that keep your facts. You choose; nothing is added by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer these in the duty itself, only with what is true:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rewording to suggest: this duty already reads well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion {number} ({kind}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit suggestion {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss suggestion {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>supports your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads as a confusable neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads as another skilled occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads as a TEER 4-5 occupation (not skilled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too vague to read as an occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the matcher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not skilled: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too vague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · copied NOC text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · close to NOC text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters: too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats duty {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly repeats duty {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” {count} times in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty {row} has no words, only symbols or emoji; an officer cannot read it as a duty. Write what you do, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty {row} is {count} characters long; an officer reads each duty as one task. Split it into separate duties, one per line, or shorten it (under {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty {row} repeats duty {other}; the letter would say the same thing twice. Remove one of them, or untick it to keep it out of the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty {row} says nearly the same as duty {other}; the letter would say it twice. Keep the better one, or make each say what is different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty {row} has the word “{word}” {count} times in a row; check the text (a stuck key or a bad paste can do this).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
