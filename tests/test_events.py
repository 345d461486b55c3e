"""Event rules: (sentence, expected events) tables run through the whole extraction path.

Every sentence here is written for these tests; none is taken from published news. An
expected event is ``(type, {names}, date, place id, status)``: the names are substrings of
the participants' Arabic or English labels, and must all be among the event's actors.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kg.extract import extract
from kg.extract.events import EventsFound, event_lexicon, find_events
from kg.model import EVENT_KEYS, Article
from kg.nlp import get_pipeline

D = date(2025, 9, 2)  # a Tuesday
H, P = "held", "planned"

# (text, article date, [(type, {names}, date, place, status)])
ARABIC = [
    # phone calls
    (
        "أجرى وزير الخارجية التركي هاكان فيدان اليوم اتصالا هاتفيا مع نظيره الأردني أيمن الصفدي.",
        D,
        [("phone_call", {"فيدان", "الصفدي"}, D, None, H)],
    ),
    (
        "تلقى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالاً هاتفياً من نظيره الأمريكي "
        "ماركو روبيو.",
        D,
        [("phone_call", {"فيصل بن فرحان", "روبيو"}, None, None, H)],
    ),
    (
        "بحث الرئيس التركي رجب طيب أردوغان هاتفيا أمس مع الرئيس السوري أحمد الشرع.",
        D,
        [("phone_call", {"أردوغان", "الشرع"}, date(2025, 9, 1), None, H)],
    ),
    (
        "وأجرى وزير الخارجية الأردني أيمن الصفدي مكالمة هاتفية مع نظيره المصري بدر عبد العاطي "
        "يوم الأحد.",
        D,
        [("phone_call", {"الصفدي", "عبد العاطي"}, date(2025, 8, 31), None, H)],
    ),
    (
        "أجرى وزير الخارجية التركي هاكان فيدان اليوم سلسلة اتصالات هاتفية شملت نظيره الأردني "
        "أيمن الصفدي ووزير الخارجية المصري بدر عبد العاطي.",
        D,
        [
            ("phone_call", {"فيدان", "الصفدي"}, D, None, H),
            ("phone_call", {"فيدان", "عبد العاطي"}, D, None, H),
        ],
    ),
    (
        "أنقرة - سانا\n\nأجرى وزير الخارجية التركي هاكان فيدان اليوم اتصالا هاتفيا مع نظيره "
        "السوري أسعد الشيباني.",
        D,
        [("phone_call", {"فيدان", "الشيباني"}, D, None, H)],
    ),
    (
        "بحث وزير الدفاع التركي يشار غولر مع نظيره السوري مرهف أبو قصرة خلال اتصال هاتفي "
        "التعاون العسكري.",
        D,
        [("phone_call", {"غولر", "أبو قصرة"}, None, None, H)],
    ),
    # meetings
    (
        "التقى وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني في أنقرة اليوم.",
        D,
        [("meeting", {"فيدان", "الشيباني"}, D, "ankara", H)],
    ),
    (
        "استقبل الرئيس السوري أحمد الشرع في دمشق وزير الخارجية التركي هاكان فيدان.",
        D,
        [("meeting", {"الشرع", "فيدان"}, None, "damascus", H)],
    ),
    (
        "اجتمع وزير الدفاع السوري مرهف أبو قصرة أمس بوزير الدفاع التركي يشار غولر في العاصمة "
        "التركية أنقرة.",
        D,
        [("meeting", {"أبو قصرة", "غولر"}, date(2025, 9, 1), "ankara", H)],
    ),
    (
        "عقد وزير الخارجية المصري بدر عبد العاطي اجتماعا مع نظيره الأردني أيمن الصفدي بالعاصمة "
        "عمان.",
        D,
        [("meeting", {"عبد العاطي", "الصفدي"}, None, "amman", H)],
    ),
    (
        "أجرى وزير الخارجية السوري أسعد الشيباني مع نظيره التركي هاكان فيدان مباحثات في "
        "دمشق يوم الاثنين.",
        D,
        [("meeting", {"الشيباني", "فيدان"}, date(2025, 9, 1), "damascus", H)],
    ),
    (
        "التقى وزير الدفاع المصري عبد المجيد صقر وزير الدفاع الأردني يوسف الحنيطي ووزير الدفاع "
        "السوري مرهف أبو قصرة.",
        D,
        [
            ("meeting", {"صقر", "الحنيطي"}, None, None, H),
            ("meeting", {"صقر", "أبو قصرة"}, None, None, H),
        ],
    ),
    (
        "استقبل الرئيس السوري أحمد الشرع اليوم وزير الخارجية التركي هاكان فيدان بحضور وزير "
        "الخارجية السوري أسعد الشيباني.",
        D,
        [("meeting", {"الشرع", "فيدان", "الشيباني"}, D, None, H)],
    ),
    (
        "التقى وزير الخارجية التركي هاكان فيدان ووزير الدفاع التركي يشار غولر مع وزير الخارجية "
        "السوري أسعد الشيباني ووزير الدفاع السوري مرهف أبو قصرة في أنقرة.",
        D,
        [("meeting", {"فيدان", "غولر", "الشيباني", "أبو قصرة"}, None, "ankara", H)],
    ),
    # visits
    (
        "وصل وزير الخارجية التركي هاكان فيدان اليوم إلى دمشق في زيارة رسمية.",
        D,
        [("visit", {"فيدان"}, D, "damascus", H)],
    ),
    (
        "زار وزير الخارجية السوري أسعد الشيباني أمس العاصمة السعودية الرياض.",
        D,
        [("visit", {"الشيباني"}, date(2025, 9, 1), "riyadh", H)],
    ),
    (
        "بدأ وزير الدفاع السوري مرهف أبو قصرة زيارة رسمية إلى روسيا.",
        D,
        [("visit", {"أبو قصرة"}, None, "russia", H)],
    ),
    (
        "وصل الرئيس السوري أحمد الشرع إلى العاصمة الفرنسية باريس يوم الأربعاء.",
        date(2025, 9, 4),
        [("visit", {"الشرع"}, date(2025, 9, 3), "paris", H)],
    ),
    # planned events: intended, expected, scheduled, future verbs
    (
        "ومن المقرر أن يزور وزير الخارجية التركي هاكان فيدان دمشق الأسبوع المقبل.",
        D,
        [("visit", {"فيدان"}, None, "damascus", P)],
    ),
    (
        "سيزور الرئيس التركي رجب طيب أردوغان العاصمة القطرية الدوحة.",
        D,
        [("visit", {"أردوغان"}, None, "doha", P)],
    ),
    (
        "يعتزم وزير الخارجية الأردني أيمن الصفدي زيارة القاهرة.",
        D,
        [("visit", {"الصفدي"}, None, "cairo", P)],
    ),
    (
        "ومن المتوقع أن يلتقي الرئيس السوري أحمد الشرع نظيره التركي رجب طيب أردوغان.",
        D,
        [("meeting", {"الشرع", "أردوغان"}, None, None, P)],
    ),
    # agreements and supplies
    (
        "وقع وزير الدفاع التركي يشار غولر ونظيره السوري مرهف أبو قصرة اليوم مذكرة تفاهم "
        "للتعاون العسكري.",
        D,
        [("agreement", {"غولر", "أبو قصرة"}, D, None, H)],
    ),
    (
        "وشهد اللقاء توقيع اتفاقية تعاون بين وزير الداخلية التركي علي يرلي كايا ونظيره السوري "
        "أنس خطاب.",
        D,
        [("agreement", {"خطاب"}, None, None, H)],
    ),
    # (سلم alone also hands over letters and credentials: a supply verb is زود)
    ("زودت تركيا سوريا بشحنة من المعدات العسكرية.", D, [("supply", set(), None, None, H)]),
    ("تسلم الرئيس أوراق اعتماد السفير الجديد.", D, []),
    ("تعتزم تركيا تزويد سوريا بمركبات مدرعة وطائرات مسيرة.", D, [("supply", set(), None, None, P)]),
    # statements: only "صرح / في تصريح" with a named official
    (
        "وأكد الرئيس التركي رجب طيب أردوغان في تصريح اليوم دعم بلاده لاستقرار سوريا.",
        D,
        [("statement", {"أردوغان"}, D, None, H)],
    ),
    (
        "صرح وزير الخارجية الأردني أيمن الصفدي بأن الحل السياسي هو الطريق الوحيد.",
        D,
        [("statement", {"الصفدي"}, None, None, H)],
    ),
    # no event: topics, bare statements, nobody named
    ("قال وزير الخارجية التركي هاكان فيدان إن بلاده تدعم وحدة سوريا.", D, []),
    ("أكد البيان أهمية إيصال المساعدات الإنسانية إلى غزة.", D, []),
    ("وتناول اللقاء ترتيبات زيارة الرئيس إلى العراق.", D, []),
    # other events: one official's act or a ceremony attended
    (
        "زار وزير الخارجية الأردني أيمن الصفدي العاصمة الفرنسية باريس أمس، ورفع العلم الأردني "
        "فوق مبنى القنصلية في ليون.",
        D,
        [
            ("visit", {"الصفدي"}, date(2025, 9, 1), "paris", H),
            ("other", {"الصفدي"}, date(2025, 9, 1), "lyon", H),
        ],
    ),
    (
        "شارك وزير الخارجية المصري بدر عبد العاطي اليوم في مراسم تنصيب الرئيس الإيراني في طهران.",
        D,
        [("other", {"عبد العاطي"}, D, "tehran", H)],
    ),
    (
        "افتتح وزير الداخلية السوري أنس خطاب أمس مركزا للشرطة في مدينة حلب.",
        D,
        [("other", {"خطاب"}, date(2025, 9, 1), "aleppo", H)],
    ),
    # a verb of discussion with مع and a person: talks held where the clause says
    (
        "وبحث وزير الخارجية الأردني أيمن الصفدي اليوم في العاصمة العراقية بغداد مع نظيره "
        "العراقي فؤاد حسين الأوضاع في غزة.",
        D,
        [("meeting", {"الصفدي", "فؤاد حسين"}, D, "baghdad", H)],
    ),
    # the subject before مع and the side after it take part; what follows is the topic
    (
        "بحث وزير الخارجية الصيني وانغ يي مع نظيره الأمريكي ماركو روبيو العلاقات الثنائية، "
        "وذلك على هامش اجتماعات وزراء خارجية مجموعة العشرين في جوهانسبرغ.",
        D,
        [("meeting", {"وانغ يي", "روبيو"}, None, "johannesburg", H)],
    ),
    # a negated meeting did not happen; a planned clause is planned however long
    ("ولم يلتق وزير الخارجية الأردني أيمن الصفدي نظيره السوري أسعد الشيباني منذ أشهر.", D, []),
    (
        "ومن المقرر أن يجري وزير الخارجية الروسي سيرغي لافروف ونظيره السوري أسعد الشيباني "
        "محادثات في موسكو.",
        D,
        [("meeting", {"لافروف", "الشيباني"}, None, "moscow", P)],
    ),
    # the spokesperson who announces a meeting takes no part in it
    (
        "وأعلنت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا أن وزير الخارجية الروسي "
        "سيرغي لافروف التقى اليوم نظيره السوري أسعد الشيباني في موسكو.",
        D,
        [("meeting", {"لافروف", "الشيباني"}, D, "moscow", H)],
    ),
    # a long subject (title, nobility, four names, day and place) before مع
    (
        "بحث وزير الخارجية السعودي الأمير فيصل بن فرحان بن عبدالله، اليوم في الرياض، مع "
        "وزير الخارجية العماني بدر البوسعيدي العلاقات الثنائية.",
        D,
        [("meeting", {"فيصل بن فرحان", "البوسعيدي"}, D, "riyadh", H)],
    ),
    # a ministry's statement is the ministry's; an exchange of visits agreed is no visit
    ("وذكرت وزارة الداخلية في بيان صحفي أن وزير الداخلية الكويتي فهد اليوسف رحب بالوفد.", D, []),
    (
        "واتفق وزير الخارجية الأردني أيمن الصفدي ونظيره المصري بدر عبد العاطي على تبادل "
        "الزيارات بين المسؤولين.",
        D,
        [],
    ),
    # a delegation's own state is no destination; the capital a nationality names
    (
        "وصل وفد من وزارة الدفاع السورية برئاسة رئيس هيئة الأركان العامة اللواء علي النعسان "
        "اليوم إلى العاصمة الروسية.",
        D,
        [("visit", {"النعسان"}, D, "moscow", H)],
    ),
    # the day and place after a planning cue are the planned meeting's
    (
        "استقبل وزير الداخلية المصري محمود توفيق اليوم في القاهرة وزير الداخلية الأردني "
        "مازن الفراية، للإعداد للاجتماع المقرر عقده بالعاصمة التونسية نهاية الشهر المقبل.",
        D,
        [("meeting", {"توفيق", "الفراية"}, D, "cairo", H)],
    ),
    # a given name is no trigger (فيصل is not ف + يصل, arrives)
    (
        "وأكد وزير الخارجية السعودي الأمير فيصل بن فرحان دعم المملكة للحل السياسي.",
        D,
        [],
    ),
    # a meeting noun with its pronoun and a direct object: the meeting; after عقب it is
    # the meeting the report follows, and the statement stands
    (
        "بحث وزير الخارجية المصري سامي داود خلال لقائه السفير الإيراني رضا كاظمي العلاقات.",
        D,
        [("meeting", {"داود", "كاظمي"}, None, None, H)],
    ),
    (
        "وقال وزير الخارجية الفرنسي جان دورفال في تصريح صحفي عقب لقائه نظيره السوري كريم "
        "حسن إن فرنسا تدعم الحوار.",
        D,
        [("statement", {"دورفال"}, None, None, H)],
    ),
    # an arrival told after a reception is the guest's, each guest's
    (
        "استقبل وزير الخارجية العراقي سامي داود اليوم كلا من وزير الخارجية التونسي كريم حسن "
        "ووزير الخارجية الموريتاني أحمد علي لدى وصولهما إلى بغداد.",
        D,
        [
            ("meeting", {"داود", "كريم حسن", "أحمد علي"}, D, "baghdad", H),
            ("visit", {"كريم حسن"}, D, "baghdad", H),
            ("visit", {"أحمد علي"}, D, "baghdad", H),
        ],
    ),
]

ENGLISH = [
    (
        "Turkish Foreign Minister Hakan Fidan held a phone call with his Syrian counterpart "
        "Asaad al-Shaibani on Monday.",
        D,
        [("phone_call", {"Fidan", "Shaibani"}, date(2025, 9, 1), None, H)],
    ),
    (
        "Jordanian Foreign Minister Ayman Safadi received a phone call today from Egyptian "
        "Foreign Minister Badr Abdelatty.",
        D,
        [("phone_call", {"Safadi", "Abdelatty"}, D, None, H)],
    ),
    (
        "US Secretary of State Marco Rubio spoke by phone with Saudi Foreign Minister Faisal "
        "bin Farhan on Sunday.",
        D,
        [("phone_call", {"Rubio", "Faisal"}, date(2025, 8, 31), None, H)],
    ),
    (
        "Turkish Foreign Minister Hakan Fidan met with Syrian Foreign Minister Asaad al-Shaibani "
        "in Ankara on Monday.",
        D,
        [("meeting", {"Fidan", "Shaibani"}, date(2025, 9, 1), "ankara", H)],
    ),
    (
        "Syrian President Ahmed al-Sharaa received Turkish Foreign Minister Hakan Fidan in "
        "Damascus.",
        D,
        [("meeting", {"Sharaa", "Fidan"}, None, "damascus", H)],
    ),
    (
        "Egyptian Foreign Minister Badr Abdelatty held talks with Jordanian Foreign Minister "
        "Ayman Safadi in Cairo today.",
        D,
        [("meeting", {"Abdelatty", "Safadi"}, D, "cairo", H)],
    ),
    (
        "Turkish Foreign Minister Hakan Fidan visited Damascus on Monday.",
        D,
        [("visit", {"Fidan"}, date(2025, 9, 1), "damascus", H)],
    ),
    (
        "Syrian Foreign Minister Asaad al-Shaibani arrived in Riyadh on Sunday for an official "
        "visit.",
        D,
        [("visit", {"Shaibani"}, date(2025, 8, 31), "riyadh", H)],
    ),
    (
        "Turkish Foreign Minister Hakan Fidan is expected to visit Damascus next week.",
        D,
        [("visit", {"Fidan"}, None, "damascus", P)],
    ),
    (
        "Jordanian Foreign Minister Ayman Safadi will meet Egyptian Foreign Minister Badr "
        "Abdelatty in Amman.",
        D,
        [("meeting", {"Safadi", "Abdelatty"}, None, "amman", P)],
    ),
    (
        "Turkish Defence Minister Yasar Guler and Syrian Defence Minister Murhaf Abu Qasra "
        "signed a memorandum of understanding on Monday.",
        D,
        [("agreement", {"Guler", "Abu Qasra"}, date(2025, 9, 1), None, H)],
    ),
    (
        "Turkish President Recep Tayyip Erdogan told reporters on Monday that Turkey supports "
        "Syria.",
        D,
        [("statement", {"Erdogan"}, date(2025, 9, 1), None, H)],
    ),
    ("Turkish Foreign Minister Hakan Fidan said Turkey supports the unity of Syria.", D, []),
    # a gathering's sidelines: its day and place are the meeting's, it is no event itself
    (
        "Saudi Foreign Minister Prince Faisal bin Farhan met his Syrian counterpart Asaad "
        "al-Shaibani on the sidelines of the UN General Assembly summit in New York on Monday.",
        D,
        [("meeting", {"Faisal bin Farhan", "Shaibani"}, date(2025, 9, 1), "new-york", H)],
    ),
    # "called on" is a visit paid in person, not a call; "the visiting" is an adjective
    (
        "Indian External Affairs Minister Sushma Swaraj called on Palestinian President "
        "Mahmoud Abbas and the visiting delegation on Monday.",
        D,
        [("meeting", {"Swaraj", "Abbas"}, date(2025, 9, 1), None, H)],
    ),
    # the capital a nationality names
    (
        "Syrian Foreign Minister Asaad al-Shaibani arrived in the Russian capital on Monday "
        "for talks.",
        D,
        [("visit", {"Shaibani"}, date(2025, 9, 1), "moscow", H)],
    ),
    # "will" governs its clause, hyphenated words and all; a weekday ahead for a plan
    (
        "On Monday, Jordanian Foreign Minister Ayman Safadi will lead a high-level delegation "
        "on a visit to Ankara, the ministry said.",
        D,
        [("visit", {"Safadi"}, date(2025, 9, 8), "ankara", P)],
    ),
    # "X to visit Y" is planned; what a meeting "addressed" is its topic, not its place
    (
        "Jordanian Foreign Minister Ayman Safadi is to visit Ankara on Monday.",
        D,
        [("visit", {"Safadi"}, date(2025, 9, 8), "ankara", P)],
    ),
    (
        "Iraqi Prime Minister Mohammed Shia al-Sudani received US Ambassador to Iraq Alina "
        "Romanowski on Monday.\n\nThe meeting also addressed the situation in Gaza.",
        D,
        [("meeting", {"Sudani", "Romanowski"}, date(2025, 9, 1), None, H)],
    ),
    # a delegation met together: the officials of one state after "met with"
    (
        "Turkish Foreign Minister Hakan Fidan on Wednesday met with Syrian Foreign Minister "
        "Asaad al-Shaibani, Defence Minister Murhaf Abu Qasra and intelligence chief Hussein "
        "al-Salama in Ankara.",
        D,
        [("meeting", {"Fidan", "Shaibani", "Abu Qasra", "Salama"}, date(2025, 8, 27), "ankara", H)],
    ),
    # a proposal welcomed is no guest; a meeting not yet held is none
    (
        "The Jordanian Foreign Ministry said in a statement that Foreign Minister Ayman Safadi "
        "welcomed the decision.",
        D,
        [],
    ),
    (
        "Jordanian Foreign Minister Ayman Safadi welcomed US President Donald Trump's proposal "
        "to end the war.",
        D,
        [],
    ),
    (
        "US President Joe Biden and Iraqi Prime Minister Mohammed Shia al-Sudani have yet to "
        "meet since Sudani took office.",
        D,
        [],
    ),
    # aid after a topic cue is discussed, however long the list; a new verb ends the topic
    (
        "Jordanian Foreign Minister Ayman Safadi held a phone call with Egyptian Foreign "
        "Minister Badr Abdelatty and called for a ceasefire, the release of hostages, and the "
        "unhindered delivery of aid.",
        D,
        [("phone_call", {"Safadi", "Abdelatty"}, None, None, H)],
    ),
    (
        "Jordanian Defence Minister Sami Haddad discussed border security with US Defence "
        "Secretary John Smith and thanked him for the military aid delivered to Jordan.",
        D,
        [("supply", {"Haddad", "Smith"}, None, None, H)],
    ),
    # other events: one official's act or a ceremony attended
    (
        "Jordanian Foreign Minister Ayman Safadi laid a wreath at the memorial in Baghdad on "
        "Monday.",
        D,
        [("other", {"Safadi"}, date(2025, 9, 1), "baghdad", H)],
    ),
    (
        "The visit came after Egyptian Foreign Minister Badr Abdelatty's attendance at the "
        "inauguration ceremony of the Iraqi president.",
        D,
        [("other", {"Abdelatty"}, None, None, H)],
    ),
    (
        "Syrian Foreign Minister Asaad al-Shaibani will attend the inauguration of the new "
        "embassy in Paris.",
        D,
        [("other", {"Shaibani"}, None, "paris", P)],
    ),
    # talks with no trigger: "X and Y discussed", "X discussed with Y"
    (
        "Yemeni Defence Minister Tarven Oskalid and US Ambassador Marlo Denfeth on Monday "
        "discussed ways to strengthen their partnership.",
        D,
        [("meeting", {"Oskalid", "Denfeth"}, date(2025, 9, 1), None, H)],
    ),
    (
        "Jordanian Foreign Minister Selim Dorvane discussed with his Omani counterpart Keld "
        "Amarin the situation in the region.",
        D,
        [("meeting", {"Dorvane", "Amarin"}, None, None, H)],
    ),
    ("The Egyptian foreign minister Orla Vintrey discussed the situation in Gaza.", D, []),
    # separate meetings of several people with one: one meeting each
    (
        "Libyan President Tarven Oskalid and his deputies, Marlo Denfeth and Orla Vintrey, "
        "held separate meetings with UN envoy Keld Amarin.",
        D,
        [
            ("meeting", {"Oskalid", "Amarin"}, None, None, H),
            ("meeting", {"Denfeth", "Amarin"}, None, None, H),
            ("meeting", {"Vintrey", "Amarin"}, None, None, H),
        ],
    ),
    # a press briefing is a statement, also after "his meeting with" (a meeting told)
    (
        "Egyptian Foreign Minister Selim Dorvane said during a press briefing that ties were "
        "strong.",
        D,
        [("statement", {"Dorvane"}, None, None, H)],
    ),
    (
        "Omani Foreign Minister Keld Amarin met his Kuwaiti counterpart Tarven Oskalid in "
        "Muscat. The talks were fruitful, Amarin said during a press briefing following "
        "his meeting with Oskalid.",
        D,
        [
            ("meeting", {"Amarin", "Oskalid"}, None, "muscat", H),
            ("statement", {"Amarin"}, None, None, H),
        ],
    ),
    # an event between states is the same event between persons who serve them
    (
        "Oman, Jordan sign defence pact\n\nOmani Defence Minister Tarven Oskalid and "
        "Jordanian Defence Minister Marlo Denfeth signed a defence cooperation pact in Muscat.",
        D,
        [("agreement", {"Oskalid", "Denfeth"}, None, "muscat", H)],
    ),
    (
        "A shipment of rifles was delivered by Oman to Jordan. Officials said another "
        "shipment of ammunition from Oman to Jordan arrived.",
        D,
        [("supply", set(), None, None, H)],
    ),
    # ... but two agreements between the same states are two
    (
        "Egypt and Sudan signed a trade agreement. Egypt and Sudan also signed an accord on water.",
        D,
        [("agreement", set(), None, None, H), ("agreement", set(), None, None, H)],
    ),
    # bilateral talks held, and a call by phone
    (
        "Omani Foreign Minister Keld Amarin and his Kuwaiti counterpart Tarven Oskalid on "
        "Monday held bilateral talks.",
        D,
        [("meeting", {"Amarin", "Oskalid"}, date(2025, 9, 1), None, H)],
    ),
    (
        "US Secretary of Defense Marlo Denfeth spoke by phone with Jordanian Defence "
        "Minister Selim Dorvane today.",
        D,
        [("phone_call", {"Denfeth", "Dorvane"}, D, None, H)],
    ),
    # "the signing ceremony" is the signing told; whoever attended it takes part
    (
        "The defence pact was signed yesterday by Qatari Chief of Staff Tarven Oskalid and "
        "Iranian Defence Minister Marlo Denfeth. The signing ceremony was attended by Iran's "
        "Ambassador to Doha Orla Vintrey.",
        D,
        [("agreement", {"Oskalid", "Denfeth", "Vintrey"}, date(2025, 9, 1), None, H)],
    ),
    (
        "Jordan and Egypt witnessed the signing of a trade agreement by Jordanian Trade "
        "Minister Tarven Oskalid and Egyptian Trade Minister Marlo Denfeth.",
        D,
        [("agreement", {"Oskalid", "Denfeth"}, None, None, H)],
    ),
    # an institution's statement is not the statement of the person named before it
    (
        "Kuwaiti Interior Minister Tarven Oskalid congratulated the commander, Kuwait "
        "National Guard said in a statement.",
        D,
        [],
    ),
    (
        "The Defence Ministry spokesman Marlo Denfeth said in a statement that the drill ended.",
        D,
        [("statement", {"Denfeth"}, None, None, H)],
    ),
    # talks by phone are a call
    (
        "Omani Foreign Minister Keld Amarin and his Kuwaiti counterpart Tarven Oskalid "
        "discussed by phone the situation in the region.",
        D,
        [("phone_call", {"Amarin", "Oskalid"}, None, None, H)],
    ),
    # "discussed X in a phone conversation": the call is the occasion, not the topic
    (
        "Omani Foreign Minister Keld Amarin and Kuwaiti Foreign Minister Tarven Oskalid "
        "discussed bilateral relations in a phone conversation on Monday.",
        D,
        [("phone_call", {"Amarin", "Oskalid"}, date(2025, 9, 1), None, H)],
    ),
    ("Omani Foreign Minister Keld Amarin discussed the results of the visit to Kuwait.", D, []),
    # speaking to a reporter by phone is no call between officials
    (
        "Iraqi government spokesman Tarven Oskalid told a news agency by phone that the talks "
        "would resume.",
        D,
        [],
    ),
    (
        "Jordanian Foreign Minister Tarven Oskalid, who chairs the Arab Ministerial "
        "Committee, said in a statement that the border was calm.",
        D,
        [("statement", {"Oskalid"}, None, None, H)],
    ),
    # "the two ministers" paragraphs after their talks are their two
    (
        "Omani Foreign Minister Keld Amarin held talks with his Kuwaiti counterpart Tarven "
        "Oskalid. Amarin praised the ties. He said relations were deep. He hailed the "
        "support of Kuwait. He recalled earlier ties. He thanked the hosts. Later, the two "
        "ministers signed three agreements.",
        D,
        [
            ("meeting", {"Amarin", "Oskalid"}, None, None, H),
            ("agreement", {"Amarin", "Oskalid"}, None, None, H),
        ],
    ),
    # a visit that may come, might or is hoped for is planned
    (
        "Turkish President Tarven Oskalid said that the minister may pay a visit to Russia.",
        D,
        [("visit", set(), None, "russia", "planned")],
    ),
]

# several sentences: anaphora, one event per happening, sources, datelines
ARTICLES = [
    # talks, then the call they were held on: one call
    (
        "وناقش وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري بدر عبد العاطي التطورات "
        "الإقليمية.\n\nجاء ذلك خلال اتصال هاتفي تلقاه الصفدي اليوم من عبد العاطي.",
        D,
        [("phone_call", {"الصفدي", "عبد العاطي"}, D, None, H)],
    ),
    # a shorter spelling the gazetteer knows is the same person
    (
        "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان بن عبدالله اليوم في الرياض وزير "
        "الخارجية العماني بدر البوسعيدي.\n\nوفي السياق، التقى الأمير فيصل بن فرحان بوزير "
        "خارجية قطر محمد بن عبد الرحمن آل ثاني.",
        D,
        [
            ("meeting", {"فيصل بن فرحان", "البوسعيدي"}, D, "riyadh", H),
            ("meeting", {"فيصل بن فرحان", "آل ثاني"}, None, None, H),
        ],
    ),
    # "كما استقبل X": the host just reported receives X too
    (
        "استقبل وزير الدفاع الكويتي حمد السالم الصباح اليوم وزير الدفاع السعودي خالد بن سلمان."
        "\n\nكما استقبل وزير الدولة لشؤون الدفاع القطري سعود بن عبد الرحمن آل ثاني.",
        D,
        [
            ("meeting", {"الصباح", "خالد بن سلمان"}, D, None, H),
            ("meeting", {"الصباح", "سعود بن عبد الرحمن"}, D, None, H),
        ],
    ),
    # a later report of one side of the talks just reported is the same happening
    (
        "عقد رئيس الوزراء العراقي محمد شياع السوداني اليوم مع الرئيس التركي رجب طيب أردوغان "
        "جلسة مباحثات في أنقرة.\n\nوجاء ذلك عقب مراسم استقبال رسمية من قبل الرئيس التركي "
        "رجب طيب أردوغان.",
        D,
        [("meeting", {"السوداني", "أردوغان"}, D, "ankara", H)],
    ),
    # "كما استقبل" with its own subject named by title: that subject receives, alone here
    (
        "استقبل الرئيس العراقي عبد اللطيف رشيد اليوم وزير الخارجية القطري محمد بن عبد الرحمن "
        "آل ثاني.\n\nكما استقبل رئيس البرلمان العراقي محمود المشهداني وزير الخارجية الأردني "
        "أيمن الصفدي.",
        D,
        [
            ("meeting", {"رشيد", "آل ثاني"}, D, None, H),
            ("meeting", {"المشهداني", "الصفدي"}, D, None, H),
        ],
    ),
    # "كل على حدة": one meeting per person received
    (
        "استقبل رئيس الوزراء العراقي محمد شياع السوداني اليوم سفير الكويت طارق الفرج وسفير "
        "مصر وليد إسماعيل، كل على حدة.",
        D,
        [
            ("meeting", {"السوداني", "الفرج"}, D, None, H),
            ("meeting", {"السوداني", "وليد إسماعيل"}, D, None, H),
        ],
    ),
    # "حضر الاستقبال": the reception already reported, with one more attendee
    (
        "واستقبل وزير الخارجية العراقي فؤاد حسين في بغداد اليوم وزير الخارجية الأردني أيمن "
        "الصفدي.\n\nوحضر الاستقبال وكيل وزارة الخارجية العراقية محمد حسين بحر العلوم.",
        D,
        [("meeting", {"فؤاد حسين", "الصفدي", "بحر العلوم"}, D, "baghdad", H)],
    ),
    # the same call in the lead and the body is one event; "the two ministers" adds nobody
    (
        "أجرى وزير الخارجية التركي هاكان فيدان اليوم اتصالا هاتفيا مع نظيره الأردني أيمن "
        "الصفدي.\n\nوبحث الوزيران خلال الاتصال التطورات في سوريا.",
        D,
        [("phone_call", {"فيدان", "الصفدي"}, D, None, H)],
    ),
    # a visit, then a meeting held during it: the meeting takes the visit's place
    (
        "وصل وزير الدفاع السوري مرهف أبو قصرة اليوم إلى العاصمة الروسية موسكو في زيارة "
        "رسمية.\n\nوشملت الزيارة لقاء مع وزير الدفاع الروسي أندريه بيلوسوف.",
        D,
        [
            ("visit", {"أبو قصرة"}, D, "moscow", H),
            ("meeting", {"أبو قصرة", "بيلوسوف"}, None, "moscow", H),
        ],
    ),
    # a headline and its body
    (
        "Fidan meets Shaibani in Ankara\n\nTurkish Foreign Minister Hakan Fidan met with Syrian "
        "Foreign Minister Asaad al-Shaibani in Ankara on Monday.",
        D,
        [("meeting", {"Fidan", "Shaibani"}, date(2025, 9, 1), "ankara", H)],
    ),
    # the meeting's day comes from a later sentence that refers back to it
    (
        "Turkish Foreign Minister Hakan Fidan held a meeting with Syrian President Ahmed "
        "al-Sharaa in Damascus.\n\nThe talks, which lasted three hours on Monday, focused on "
        "security.",
        D,
        [("meeting", {"Fidan", "Sharaa"}, date(2025, 9, 1), "damascus", H)],
    ),
    # a visitor meets a prime minister in turn, not as one of a delegation; a later report
    # naming one more attendee is the same meeting
    (
        "Jordanian Interior Minister Mazen Faraya met with his Iraqi counterpart Abdul Amir "
        "al-Shammari and Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad.\n\nFaraya "
        "later went to the government palace, where he met with Sudani. Shammari also attended "
        "the meeting.",
        D,
        [
            ("meeting", {"Faraya", "Shammari"}, None, "baghdad", H),
            ("meeting", {"Faraya", "Sudani", "Shammari"}, None, "baghdad", H),
        ],
    ),
    # officials of several states after "met with": one meeting each
    (
        "Egyptian Defence Minister Abdel Mageed Saqr met with Yemeni Defence Minister Mohsen "
        "al-Daeri and Nigerian Defence Minister Bello Matawalle in Cairo.",
        D,
        [
            ("meeting", {"Saqr", "Daeri"}, None, "cairo", H),
            ("meeting", {"Saqr", "Matawalle"}, None, "cairo", H),
        ],
    ),
    # "He met X": he is the person the sentence before told of; "during his visit" is the
    # visit already told, and "he held talks" there is its meeting
    (
        "Turkish Defence Minister Yasar Guler toured the defence fair in Istanbul on "
        "Tuesday.\n\nHe met Tajik Defence Minister Sherali Mirzo on the sidelines of the fair.",
        D,
        [("meeting", {"Guler", "Mirzo"}, None, None, H)],
    ),
    (
        "Iraqi Prime Minister Mohammed Shia al-Sudani began his official visit to Washington "
        "on Sunday.\n\nDuring his visit, he held talks with President Joe Biden and Defense "
        "Secretary Lloyd Austin.",
        D,
        [
            ("visit", {"Sudani"}, date(2025, 8, 31), "washington", H),
            ("meeting", {"Sudani", "Biden", "Austin"}, None, "washington", H),
        ],
    ),
    # attendees named in a later sentence join the meeting
    (
        "Syrian Interior Minister Anas Khattab met with Turkish Interior Minister Ali Yerlikaya "
        "in Ankara.\n\nTurkish Vice President Cevdet Yilmaz also attended the meeting.",
        D,
        [("meeting", {"Khattab", "Yerlikaya", "Yilmaz"}, None, "ankara", H)],
    ),
]

CASES = (
    [("ar", *c) for c in ARABIC]
    + [("en", *c) for c in ENGLISH]
    + [("ar" if any("\u0600" <= ch <= "\u06ff" for ch in c[0]) else "en", *c) for c in ARTICLES]
)


def _names(ex, ev) -> list[str]:
    out = []
    for pid in ev.actors:
        p = next(p for p in ex.persons if p.id == pid)
        out.append(" ".join(x for x in (p.name_ar, p.name_en, *(n for n, _ in p.alt_labels)) if x))
    return out


def _matches(ex, ev, want) -> bool:
    etype, names, day, place, status = want
    labels = _names(ex, ev)
    return (
        ev.type == etype
        and ev.status == status
        and ev.date == day
        and ev.place == place
        and all(any(n in lab for lab in labels) for n in names)
    )


@pytest.mark.parametrize(
    "lang,text,day,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_events_sentences(lang, text, day, expected):
    ex = extract(Article(id="t", lang=lang, text=text, date=day))
    got = list(ex.events)
    assert len(got) == len(expected), [
        (e.type, _names(ex, e), e.date, e.place, e.status) for e in got
    ]
    for want in expected:
        assert any(_matches(ex, e, want) for e in got), (
            want,
            [(e.type, _names(ex, e), e.date, e.place, e.status) for e in got],
        )


def test_events_mentions_slice_the_text():
    text = ARTICLES[1][0]
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert ex.events
    for e in ex.events:
        for m in e.mentions:
            assert text[m.begin : m.end] == m.text
            assert m.rule.startswith(f"ev.{e.type}.")


def test_events_ids_are_stable():
    art = Article(id="t", lang="ar", text=ARABIC[0][0], date=D)
    assert [e.id for e in extract(art).events] == [e.id for e in extract(art).events]
    assert all(len(e.id) == 12 for e in extract(art).events)


def test_events_cameo_and_hosts():
    ex = extract(Article(id="t", lang="ar", text=ARABIC[8][0], date=D))
    (ev,) = ex.events
    host = next(p for p in ex.persons if p.name_ar and "الشرع" in p.name_ar)
    assert ev.cameo == "043" and ev.hosts == (host.id,)


def test_events_state_actors_and_targets():
    ex = extract(Article(id="t", lang="ar", text=ARABIC[25][0], date=D))
    (ev,) = ex.events
    assert set(ev.country_actors) == {"TR", "SY"} and ev.targets == ("SY",)
    assert {c.code for c in ex.countries} >= {"TR", "SY"}


def test_events_country_place_has_labels():
    ex = extract(Article(id="t", lang="ar", text=ARABIC[17][0], date=D))
    (place,) = ex.places
    assert (place.id, place.kind, place.country, place.label_en) == (
        "russia",
        "country",
        "RU",
        "Russia",
    )
    assert place.label_ar


def test_events_sources_media_ministry_and_dateline():
    text = (
        "أنقرة - سانا\n\nأجرى وزير الخارجية التركي هاكان فيدان اليوم اتصالا هاتفيا مع "
        "نظيره السوري أسعد الشيباني، حسبما ذكرت وكالة الأناضول.\n\nوذكرت وزارة الدفاع "
        "التركية أن وزير الدفاع التركي يشار غولر التقى نظيره السوري مرهف أبو قصرة."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [s.org for s in ex.sources] == ["sana"]
    by_type = {e.type: e for e in ex.events}
    assert [s.org for s in by_type["phone_call"].sources] == ["anadolu-agency"]
    assert [s.org for s in by_type["meeting"].sources] == ["tr-ministry-of-defence"]
    orgs = {o.id: o for o in ex.organizations}
    assert orgs["anadolu-agency"].kind == "news_agency"
    for s in ex.sources + by_type["phone_call"].sources:
        assert text[s.mention.begin : s.mention.end] == s.mention.text


def test_events_dateline_place_not_for_calls():
    text = "دمشق - سانا\n\nاستقبل الرئيس السوري أحمد الشرع اليوم وزير الخارجية التركي هاكان فيدان."
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [e.place for e in ex.events] == ["damascus"]
    ex = extract(Article(id="t", lang="ar", text=ARABIC[5][0], date=D))
    assert [e.place for e in ex.events] == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a dateline run into the first sentence serves it
        (
            "ERBIL (Kurdistan 24) – Kurdistan Region President Karwan Baziani on Monday "
            "chaired a meeting with a delegation led by Major General Sam Holt.",
            "erbil",
        ),
        # a dateline on a line of its own, below a headline
        (
            "Defence chief and envoy discuss security\nADEN, Yemen\nYemen's Defence Minister "
            "Salem Harbi and US Ambassador Tom Fagan on Monday discussed security ties.",
            "aden",
        ),
        (
            "Ministers meet\nAMMAN\nJordanian Foreign Minister Nadir Haddad met his Iraqi "
            "counterpart Sami Kubaisi on Sunday.",
            "amman",
        ),
        # a headline of more than a place and its state is no dateline
        (
            "Talks in Amman on trade\nJordanian Foreign Minister Nadir Haddad met his Iraqi "
            "counterpart Sami Kubaisi on Sunday.",
            None,
        ),
    ],
)
def test_events_dateline_forms(text, place):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [e.place for e in ex.events] == [place]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a participant of no known state may be at home where they met
        (
            "en",
            "Foreign Minister Karim Zerhouni on Wednesday held talks in Rabat with his Malian "
            "counterpart Amadou Traore.",
            "rabat",
        ),
        (
            "ar",
            "والتقى وزير الخارجية نادر العلي في عمان نظيره العراقي سامي الكبيسي.",
            "amman",
        ),
        # both states known, the place in neither: a place they talked about, not theirs
        (
            "en",
            "Jordanian Foreign Minister Nadir Haddad met his Iraqi counterpart Sami Kubaisi "
            "and discussed the situation in Rabat.",
            None,
        ),
    ],
)
def test_events_place_of_a_participant_of_no_known_state(lang, text, place):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert [e.place for e in ex.events if e.type == "meeting"] == [place]


def test_events_no_article_date_no_day():
    ex = extract(Article(id="t", lang="ar", text=ARABIC[0][0]))
    assert [(e.date, e.earliest) for e in ex.events] == [(None, None)]


def test_events_find_events_empty():
    art = Article(id="t", lang="ar", text="لا شيء هنا.")
    found = find_events(get_pipeline("ar")(art.text), article=art)
    assert found == EventsFound()


def test_events_lexicon_has_every_type():
    for lang in ("ar", "en"):
        lex = event_lexicon(lang)
        types, todo = set(), [lex.triggers.root]
        while todo:
            node = todo.pop()
            for k, v in node.items():
                if k is None:
                    types.add(v.type)
                else:
                    todo.append(v)
        assert types == set(EVENT_KEYS)  # every contract type has triggers, and no other
        assert {"planned", "source", "topic"} <= set(lex.cues)


def test_events_summary_line_of_the_seed_form():
    # the seed form's first line summarises the body: each of its events is one happening
    # with the body's telling of it, and the body's time wins over the summary's date
    from kg.ingest import read_txt

    text = (
        "date 2025-10-17 - أجرى وزيرا الخارجية الأردني أيمن الصفدي والمصري بدر عبد العاطي "
        "اتصالا هاتفيا لمتابعة ما بحثه اجتماع عمان الأخير. - زار وزير الدفاع الأردني "
        "سامي حداد القاهرة.\n\n"
        "وأجرى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا مع نظيره المصري بدر عبد العاطي.\n\n"
        "وكان الصفدي ووزير الدفاع سامي حداد قد عقدا اجتماعا الأسبوع الماضي في عمان مع "
        "عبد العاطي."
    )
    article = read_txt(text, origin="t")
    assert article.summary and article.date == date(2025, 10, 17)
    ex = extract(article)
    got = sorted((e.type, e.date, e.earliest, e.place) for e in ex.events)
    assert got == [
        ("meeting", None, date(2025, 10, 6), "amman"),
        ("phone_call", date(2025, 10, 17), None, None),
        ("visit", None, None, "cairo"),
    ]


def test_events_the_occasion_of_a_sidelines_event_takes_no_part():
    text = (
        "ووقع وزيرا خارجية السعودية فيصل بن فرحان وعمان بدر البوسعيدي اليوم مذكرة تفاهم، "
        "وذلك على هامش زيارة سلطان عمان هيثم بن طارق للسعودية."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    (event,) = [e for e in ex.events if e.type == "agreement"]
    labels = _names(ex, event)
    assert len(labels) == 2 and not any("هيثم" in label for label in labels)
    # the visit that is the occasion was made: told here first, the sultan's alone
    (visit,) = [e for e in ex.events if e.type != "agreement"]
    (maker,) = _names(ex, visit)
    assert visit.type == "visit" and "هيثم بن طارق" in maker


def test_events_summary_item_visit_with_talks_is_one_happening():
    # a summary item that tells a visit and the talks held on it names one happening: the
    # body's visit, its talks and the ministry's word of the meeting all fold into it
    from kg.ingest import read_txt

    text = (
        "date 2025-11-04 - زار الفريق سامر قوجة بغداد على رأس وفد أردني، حيث أجرى مباحثات "
        "مع وزير الدفاع العراقي ثابت العباسي. - تعتزم الأردن تزويد العراق بمعدات عسكرية.\n\n"
        "أعلنت وزارة الدفاع الأردنية اليوم عن لقاء جمع بين مدير التعاون الدولي بالوزارة "
        "الفريق سامر قوجة ووزير الدفاع العراقي ثابت العباسي في بغداد.\n\n"
        "وذكرت الوزارة أن الفريق سامر قوجة زار بغداد على رأس وفد أردني، وأجرى مباحثات مع "
        "وزير الدفاع العراقي ثابت العباسي. وقال مسؤولون إن الأردن تعتزم تزويد العراق "
        "بمعدات عسكرية خلال الأسابيع المقبلة."
    )
    ex = extract(read_txt(text, origin="t"))
    got = sorted((e.type, e.status, e.place, len(e.actors)) for e in ex.events)
    assert got == [("supply", "planned", None, 0), ("visit", "held", "baghdad", 2)]


def test_events_arabic_verb_with_its_subject_left_out():
    # "كما التقى بالجنرال X": the subject is he who was just told of
    text = (
        "وصل قائد القيادة المركزية الأمريكية الجنرال مارك ويلسون إلى بغداد. واجتمع ويلسون "
        "برئيس أركان الجيش العراقي الفريق سامي الجبوري. كما التقى بالجنرال كيفن لاري، قائد "
        "قوة المهام المشتركة."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    pairs = {frozenset(_names(ex, e)) for e in ex.events if e.type == "meeting"}
    assert frozenset({"مارك ويلسون", "كيفن لاري"}) in pairs


@pytest.mark.parametrize(
    "tail",
    [
        "كما بحث مع وزير الدفاع التونسي علي منصور آخر المستجدات.",
        "فيما استعرض مع وزيرة الصحة التونسية ليلى منصور العلاقات الثنائية.",
        "ثم ناقش مع رئيس الوزراء التونسي نزار الفرجاني سبل التعاون.",
    ],
)
def test_events_arabic_talks_with_their_subject_left_out(tail):
    # "كما بحث مع X": talks of him who was just told of, one meeting of their own
    text = "استقبل وزير الخارجية الليبي كمال بوزيد أمس نظيره التونسي سامي فريد. " + tail
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    pairs = [frozenset(_names(ex, e)) for e in ex.events if e.type == "meeting"]
    assert len(pairs) == 2 and all("كمال بوزيد" in p for p in pairs)


def test_events_arabic_talks_left_out_subject_past_the_meeting_told():
    # two sentences on the meeting itself, then "كما استعرض مع" + a long chain of titles
    text = (
        "التقى وزير الداخلية البحريني ماجد الزيدي في مسقط أمس وزير الخارجية العماني سعيد "
        "الرواس. ونقل وزير الداخلية خلال اللقاء تحيات الملك. وجرى خلال اللقاء استعراض "
        "العلاقات الثنائية. كما استعرض مع نائب رئيس الوزراء لشؤون العلاقات والتعاون الدولي "
        "الممثل الخاص لسلطان عمان خالد بن هلال، العلاقات الأخوية. فيما بحث مع وزير المكتب "
        "السلطاني الفريق سالم النعماني الموضوعات ذات الاهتمام المشترك."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    pairs = {frozenset(_names(ex, e)) for e in ex.events if e.type == "meeting"}
    assert frozenset({"ماجد الزيدي", "خالد بن هلال"}) in pairs
    assert frozenset({"ماجد الزيدي", "سالم النعماني"}) in pairs
    assert frozenset({"خالد بن هلال", "سالم النعماني"}) not in pairs


def test_events_arabic_talks_whose_subject_is_a_bare_title():
    # "وبحث وزير الداخلية، مع نظيره X": the one interior minister told of before
    text = (
        "التقى وزير الداخلية البحريني ماجد الزيدي في مسقط أمس وزير الخارجية العماني سعيد "
        "الرواس. وبحث وزير الداخلية، مع نظيره في السلطنة خلفان الهنائي سبل التعاون."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    pairs = {frozenset(_names(ex, e)) for e in ex.events if e.type == "meeting"}
    assert frozenset({"ماجد الزيدي", "خلفان الهنائي"}) in pairs
    # two foreign ministers told of: the bare title names neither
    text = (
        "استقبل وزير الخارجية الليبي كمال بوزيد أمس نظيره التونسي سامي فريد. وبحث وزير "
        "الخارجية مع وزير الدفاع التونسي علي منصور العلاقات الثنائية."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert all("علي منصور" not in _names(ex, e) for e in ex.events)


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        # leaders of three states arriving for one occasion: a visit each
        (
            "شهدت العاصمة الرباط أمس وصول كل من رئيس جمهورية غانا كوفي منساه، ورئيس وزراء "
            "جمهورية ساو تومي وبرينسيبي جواو فييرا، ونائب رئيس المجلس الرئاسي الليبي سالم "
            "القطراني.",
            [["جواو فييرا"], ["سالم القطراني"], ["كوفي منساه"]],
        ),
        (
            "وصل إلى نواكشوط اليوم رئيس جمهورية السنغال عمر جالو، ورئيس وزراء جمهورية مالي "
            "موسى كوليبالي.",
            [["عمر جالو"], ["موسى كوليبالي"]],
        ),
        # الوصل, with the article, is a noun ("bridges of connection"), no arrival
        (
            "وجمع اللقاء الملك محمد بن علي بالرئيس جاكوب مولي خلال القمة بالعاصمة العاجية "
            "أبيدجان، ومد جسور الوصل بين البلدين.",
            [],
        ),
        # two ministers of one state: one visit of both
        (
            "وصل وزير الخارجية المصري سامح فريد ووزير الدفاع المصري علي كامل إلى عمان.",
            [["سامح فريد", "علي كامل"]],
        ),
    ],
)
def test_events_arabic_arrival_of_coordinated_visitors(text, visits):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    got = sorted(sorted(_names(ex, e)) for e in ex.events if e.type == "visit")
    assert got == visits


def test_events_arabic_bare_title_points_back_to_its_holder():
    # "إجتمع القائد العام مع X": the commander named before, not nobody
    text = (
        "استقبل الرئيس الفرنسي جان مارتان القائد العام للقوات المسلحة المشير سالم الحداد في "
        "باريس. يشار إلى أن القائد العام قد اجتمع أيضا مع وزير الخارجية الفرنسي لوران بيرتو."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    pairs = {frozenset(_names(ex, e)) for e in ex.events if e.type == "meeting"}
    assert frozenset({"سالم الحداد", "لوران بيرتو"}) in pairs
    # two holders of the title: the bare title names neither
    text = (
        "التقى وزير الخارجية الأردني سامر الحداد نظيره المصري كمال الشاذلي. وقال الوزير إن "
        "اللقاء مثمر."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert not [m for p in ex.persons for m in p.mentions if m.text == "الوزير"]


def test_events_time_of_the_sentence_before_carries_to_its_telling():
    # the day of the talks is in the sentence before, which names no one else
    text = (
        "بحث وزير الدفاع الشيخ فهد السالم في مكتبه أمس الثلاثاء مع عدد من سفراء الدول "
        "الصديقة العلاقات الثنائية.\n\nوذكرت الوزارة في بيان أن الشيخ فهد السالم استقبل سفير "
        "جمهورية رومانيا لدى البلاد أوريل كوستا."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=date(2024, 12, 18)))
    assert [(e.type, e.date) for e in ex.events] == [("meeting", date(2024, 12, 17))]


def test_events_a_verb_with_its_own_subject_after_a_place():
    # "واجتمع بالقاهرة X مع Y": بالقاهرة is a place, the subject is X, not the last person
    text = (
        "استقبل الوزير سامي حداد الوفد. واجتمع بالقاهرة وزير الخارجية المصري كريم عودة مع "
        "نظيره السوداني علي يوسف."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    pairs = {frozenset(_names(ex, e)) for e in ex.events if e.type == "meeting"}
    assert frozenset({"كريم عودة", "علي يوسف"}) in pairs
    assert not any("سامي حداد" in p and len(p) > 1 for p in pairs)


def test_events_a_meeting_of_one_named_person_needs_whom_he_met():
    # nobody else named, no group named: a mention of a meeting, not a meeting
    text = "وزار وزير الدفاع الأردني سامر الحداد المعرض والتقى على هامشه."
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert not [e for e in ex.events if e.type == "meeting"]
    # a group he met, not by name: the meeting stands
    text = "والتقى وزير الدفاع الأردني سامر الحداد بقيادات الجيش في الجنوب."
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [len(e.actors) for e in ex.events if e.type == "meeting"] == [1]
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Defence Minister Tarven Oskalid met army leaders in the south.",
            date=D,
        )
    )
    assert [len(e.actors) for e in ex.events if e.type == "meeting"] == [1]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "ar",
            "تلقى وزير الخارجية الكويتي سالم الحمد، اتصالاً هاتفياً من نظيره الإيراني كريم "
            "باقري، وهو ثاني اتصال بينهما منذ مقتل الوزير السابق حسين داود في حادث.",
            {"سالم الحمد", "كريم باقري"},
        ),
        (
            "ar",
            "استقبل وزير الدفاع الأردني نادر العلي نظيره العراقي كريم داود، وهي الزيارة "
            "الأولى منذ تولي الوزير السابق سامي حسن منصبه.",
            {"نادر العلي", "كريم داود"},
        ),
        (
            "en",
            "Foreign Minister Karim Haddad received a phone call from his Iranian counterpart "
            "Ali Nouri, the first since the death of former minister Reza Karimi.",
            {"Karim Haddad", "Ali Nouri"},
        ),
        # the host who invited: not a visitor (his title runs past a comma)
        (
            "ar",
            "حل وزير الداخلية التونسي، سامي الورغي، اليوم بالجزائر، في زيارة رسمية، بدعوة "
            "من وزير الداخلية الجزائري، كمال بوزيد.",
            {"سامي الورغي"},
        ),
        (
            "ar",
            "وصل وزير الخارجية الأردني نادر حداد إلى بغداد في زيارة رسمية تلبية لدعوة من "
            "نظيره العراقي سامي الكبيسي.",
            {"نادر حداد"},
        ),
        (
            "en",
            "Kenyan Defence Minister Daniel Mwangi arrived in Addis Ababa for an official "
            "visit at the invitation of Ethiopian Defence Minister Abebe Tesfaye.",
            {"Daniel Mwangi"},
        ),
    ],
)
def test_events_an_aside_names_no_participant(lang, text, names):
    ex = extract(Article(id="t", lang=lang, text=text, date=date(2026, 1, 5)))
    assert len(ex.events) == 1
    got = {n for n in _names(ex, ex.events[0])}
    assert all(any(n in lab for lab in got) for n in names), got
    assert len(got) == len(names), got


def test_events_his_meeting_with_someone_new_is_a_meeting_of_its_own():
    text = (
        "Foreign Secretary John Carter on Friday met envoys of three states. "
        "In his meeting with Chinese Ambassador Li Wei, Carter conveyed thanks. "
        "About Carter's meeting with Nepalese Ambassador Ram Thapa, a spokesperson said "
        "both sides were satisfied."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=date(2026, 1, 5)))
    pairs = sorted(sorted(_names(ex, e)) for e in ex.events if len(e.actors) == 2)
    assert pairs == [["John Carter", "Li Wei"], ["John Carter", "Ram Thapa"]]


def test_events_his_meeting_with_the_same_person_refers_back():
    text = (
        "Foreign Minister John Carter met Chinese Ambassador Li Wei on Friday. "
        "In his meeting with Li Wei, Carter conveyed thanks."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=date(2026, 1, 5)))
    assert len(ex.events) == 1


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Nepalese Ambassador Ram Thapa made a farewell call on Prime Minister Ali Khan.",
            "meeting",
        ),
        (
            "Ruritanian Ambassador Ivo Lenk paid an introductory call on Foreign Minister "
            "Karim Salem.",
            "meeting",
        ),
        (
            "Indian Ambassador Ravi Kumar pays a courtesy visit to Foreign Minister Karim Salem.",
            "meeting",
        ),
        (
            "Secretary of State John Doyle spoke today with Foreign Minister Karim Salem.",
            "phone_call",
        ),
        (
            "Secretary of State John Doyle talked on Monday with Foreign Minister Karim Salem.",
            "phone_call",
        ),
    ],
)
def test_events_courtesy_calls_and_readouts_from_the_grammar(text, etype):
    ex = extract(Article(id="t", lang="en", text=text, date=date(2026, 1, 7)))
    got = [e.type for e in ex.events if len(e.actors) == 2]
    assert got == [etype], got


def test_events_a_visit_to_a_place_stays_a_visit():
    text = "Foreign Minister Karim Salem paid a visit to Cairo on Monday."
    ex = extract(Article(id="t", lang="en", text=text, date=date(2026, 1, 7)))
    assert [e.type for e in ex.events] == ["visit"]


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "أكد سفير الأردن لدى اليمن، سامي داود، دعم بلاده. جاء ذلك خلال لقاء جمعه أمس في "
            "عدن مع وزير الخارجية اليمني، كريم حسن.",
            "meeting",
            {"سامي داود", "كريم حسن"},
        ),
        (
            "أكد وزير الخارجية سامي داود أهمية التعاون. جاء ذلك خلال اتصال هاتفي مع نظيره "
            "المصري كريم حسن.",
            "phone_call",
            {"سامي داود", "كريم حسن"},
        ),
    ],
)
def test_events_the_sentence_before_gives_the_other_side_of_a_backref(text, etype, names):
    ex = extract(Article(id="t", lang="ar", text=text, date=date(2026, 1, 5)))
    assert [e.type for e in ex.events] == [etype]
    got = _names(ex, ex.events[0])
    assert all(any(n in lab for lab in got) for n in names) and len(got) == 2, got


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "ar",
            "استقبل الرئيس سامي داود وزير الخارجية كريم حسن الذي نقل إليه رسالة من الرئيس "
            "المصري نادر علي.",
            {"سامي داود", "كريم حسن"},
        ),
        (
            "en",
            "President Sami Dawood received Foreign Minister Karim Hassan, who conveyed a "
            "message from Egyptian President Nader Ali.",
            {"Sami Dawood", "Karim Hassan"},
        ),
    ],
)
def test_events_the_sender_of_a_message_takes_no_part(lang, text, names):
    ex = extract(Article(id="t", lang=lang, text=text, date=date(2026, 1, 5)))
    assert len(ex.events) == 1
    got = _names(ex, ex.events[0])
    assert len(got) == len(names) and all(any(n in lab for lab in got) for n in names), got


@pytest.mark.parametrize(
    ("text", "place_en"),
    [
        (
            "استقبل أمير الكويت الشيخ نادر الأحمد في قصر بيان اليوم وزير الخارجية المصري كريم حسن.",
            "Bayan Palace",
        ),
        (
            "وكان في استقباله بمطار عدن الدولي وزير الخارجية اليمني كريم حسن ونظيره السعودي "
            "سامي داود.",
            "Aden International Airport",
        ),
        (
            "التقى رئيس الأركان سامي داود في معسكر المرتفع قائد القوات البريطانية جون سميث.",
            "Al-Murtafa Camp",
        ),
    ],
)
def test_events_a_venue_is_the_place_of_a_meeting(text, place_en):
    ex = extract(Article(id="t", lang="ar", text=text, date=date(2026, 1, 5)))
    (ev,) = [e for e in ex.events if e.type == "meeting"]
    place = next(p for p in ex.places if p.id == ev.place)
    assert place.label_en == place_en
    assert place.label_ar in text  # the venue as written, offsets kept by the mention


def test_events_a_visit_goes_to_a_city_not_to_a_venue():
    text = (
        "وصل رئيس الأركان سامي داود إلى مسقط، وزار خلال زيارته معسكر المرتفع حيث التقى "
        "قائد الجيش كريم حسن."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=date(2026, 1, 5)))
    visits = [e for e in ex.events if e.type == "visit"]
    assert visits and all(not e.place.startswith("venue-") for e in visits if e.place)


def test_events_those_who_attended_the_audience_take_part():
    text = (
        "استقبل وزير الدفاع سامي داود اليوم قائد الجيش الباكستاني كريم حسن. حضر المقابلة "
        "الفريق نادر علي رئيس أركان الجيش الأردني، والوفد المرافق."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=date(2026, 1, 5)))
    (ev,) = ex.events
    got = _names(ex, ev)
    assert len(got) == 3 and any("نادر علي" in n for n in got), got


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "ar",
            "أجرى وزير الخارجية سامي داود اتصالا هاتفيا مع نظيره المصري كريم حسن، والتقى "
            "بالسفير الأردني نادر علي.",
            {
                ("phone_call", frozenset({"سامي داود", "كريم حسن"})),
                ("meeting", frozenset({"سامي داود", "نادر علي"})),
            },
        ),
        (
            "en",
            "Foreign Minister Sami Dawood held a phone call with Egyptian Foreign Minister "
            "Karim Hassan and met Jordanian Ambassador Nader Ali.",
            {
                ("phone_call", frozenset({"Sami Dawood", "Karim Hassan"})),
                ("meeting", frozenset({"Sami Dawood", "Nader Ali"})),
            },
        ),
    ],
)
def test_events_a_new_verb_clause_takes_its_own_objects(lang, text, want):
    ex = extract(Article(id="t", lang=lang, text=text, date=date(2026, 1, 5)))
    names = {p.id: p.name_ar or p.name_en for p in ex.persons}
    got = {(e.type, frozenset(names[a] for a in e.actors)) for e in ex.events}
    assert got == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "غادر وزير الخارجية سامي داود البلاد أمس متوجها إلى القاهرة لترؤس الوفد."),
        ("en", "Foreign Minister Karim Salem departed for Cairo on Monday to attend the meeting."),
    ],
)
def test_events_a_departure_to_a_city_is_a_visit_there(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=date(2026, 1, 5)))
    assert [(e.type, e.place) for e in ex.events] == [("visit", "cairo")]


def test_events_the_meetings_named_after_them_were_separate():
    text = (
        "اجتمع وزير الدولة القطري نادر الخليفي في واشنطن مع المبعوث الأمريكي سامي بولس، "
        "ومساعد وزير الخارجية الأمريكي كمال فترل. وجرى خلال الاجتماعات بحث العلاقات."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert sorted(len(e.actors) for e in ex.events if e.type == "meeting") == [2, 2]
    # without the plural, one meeting of one state's officials
    text = text.replace("خلال الاجتماعات", "خلال الاجتماع")
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert sorted(len(e.actors) for e in ex.events if e.type == "meeting") == [3]


@pytest.mark.parametrize(
    ("text", "visitors"),
    [
        # a visit told in a relative clause is that of the person it follows
        (
            "رحب رئيس الوزراء الإثيوبي كمال تيسفاي برئيس جمهورية الصومال سامي فارح، الذي "
            "بدأ اليوم زيارة رسمية لإثيوبيا.",
            ["سامي فارح"],
        ),
        (
            "واستقبل الرئيس اللبناني سامي عون وزير الخارجية المصري كريم فؤاد الذي يزور "
            "لبنان حاليا.",
            ["كريم فؤاد"],
        ),
        (
            "Ethiopian Prime Minister Kamal Tesfaye welcomed Somali President Sami Farah, "
            "who began a state visit to Ethiopia on Monday.",
            ["Sami Farah"],
        ),
    ],
)
def test_events_a_visit_in_a_relative_clause_is_the_antecedent_s(text, visitors):
    lang = "en" if text[0].isascii() else "ar"
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    assert len(visits) == 1
    assert _names(ex, visits[0]) == visitors


def test_events_the_delegation_s_visit_refers_back_and_receptions_stay_apart():
    text = (
        "استقبل محافظ عدن سامي الجفري اليوم الوفد العسكري السعودي برئاسة قائد المنطقة "
        "الجنوبية اللواء الركن علي بن زيد الحربي الذي يزور اليمن حالياً. من جانبه عبر المحافظ "
        "الجفري عن سروره بزيارة الوفد العسكري السعودي لمحافظة عدن. واستقبل وزير الداخلية "
        "اليمني نادر العلي قائد المنطقة الجنوبية السعودي اللواء علي بن زيد الحربي."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    assert [len(v.actors) for v in visits] == [1]
    assert "علي بن زيد الحربي" in _names(ex, visits[0])[0]
    meetings = [e for e in ex.events if e.type == "meeting"]
    assert [len(e.actors) for e in meetings] == [2, 2]
    assert meetings[0].actors != meetings[1].actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "وصل الرئيس القبرصي أندرياس كوستا إلى الرياض اليوم في زيارة رسمية. وكان وزير "
            "الخارجية السعودي الأمير فهد بن ناصر في مقدمة مستقبليه لدى وصوله المطار.",
        ),
        (
            "ar",
            "وصل وزير الدفاع التركي كمال أوزتورك إلى عمان اليوم في زيارة عمل. وكان في "
            "استقباله وزير الدولة لشؤون الدفاع الأردني نادر العلي.",
        ),
        (
            "en",
            "Cypriot President Andreas Kostas arrived in Riyadh on Monday for an official "
            "visit. He was received at the airport by Saudi Foreign Minister Fahd Nasser.",
        ),
    ],
)
def test_events_received_on_arrival_is_a_meeting_with_the_visitor(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    meetings = [e for e in ex.events if e.type == "meeting"]
    assert len(visits) == 1 and len(meetings) == 1
    assert set(visits[0].actors) < set(meetings[0].actors)
    assert meetings[0].date == visits[0].date and meetings[0].place == visits[0].place


@pytest.mark.parametrize(
    "text",
    [
        "وصل وزير الداخلية السعودي الأمير كمال بن نادر إلى الجزائر اليوم. وفي سياق متصل، "
        "استقبل سموه وزير الداخلية الأردني سامي العدوان.",
        "التقى وزير الخارجية الكويتي الشيخ كمال الصباح نظيره الإيراني سامي نوري. كما "
        "استقبل معاليه السفير الياباني كينجي ساتو.",
        "وصل رئيس الوزراء الأردني كمال حداد إلى بغداد. وجاء ذلك أثناء استقبال دولته وزير "
        "الخارجية العراقي سامي نوري.",
    ],
)
def test_events_his_highness_after_the_trigger_is_the_subject_told_of(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    first = ex.events[0].actors[0]
    last = [e for e in ex.events if e.type == "meeting"][-1]
    assert first in last.actors and len(last.actors) == 2


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("وصل وزير الخارجية المصري كريم فؤاد الى بيروت بعد ظهر اليوم.", D),
        ("وصل وزير الخارجية المصري كريم فؤاد الى بيروت بعد ظهر أمس.", D - timedelta(days=1)),
        # after a day, the time is not the event's
        ("وصل وزير الخارجية المصري كريم فؤاد الى بيروت بعد الخميس الماضي.", None),
    ],
)
def test_events_this_afternoon_is_the_day_of_the_event(text, day):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [e.date for e in ex.events if e.type == "visit"] == [day]


def test_events_accompanied_by_is_attendance():
    text = (
        "استقبل وزير الخارجية الأردني كمال حداد برفقة وزير الداخلية سامي نوري السفير "
        "الإيطالي ماركو فيراري."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    (meeting,) = [e for e in ex.events if e.type == "meeting"]
    assert len(meeting.actors) == 3


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a city right after "in" that follows the one met, or the meeting's own words,
        # is where they met, in whatever state
        (
            "The Indian Defence Minister Arjun Mehra held a meeting with the Defence Minister "
            "of Tajikistan, Colonel General Rustam Nabiyev in Moscow.",
            "moscow",
        ),
        (
            "Kenyan Foreign Minister Peter Odhiambo met his Ghanaian counterpart Kofi Mensah "
            "in Paris on Monday.",
            "paris",
        ),
        (
            "Jordanian Foreign Minister Nadir Haddad held talks in Rome with his Iraqi "
            "counterpart Sami Kubaisi.",
            "rome",
        ),
        # a city named after a topic is talked about
        (
            "Kenyan Foreign Minister Peter Odhiambo met his Ghanaian counterpart Kofi Mensah "
            "and discussed the attack in Paris.",
            None,
        ),
    ],
)
def test_events_a_city_after_the_one_met_is_the_meetings_place(text, place):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [e.place for e in ex.events if e.type == "meeting"] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "arrived in this Chinese port city": the state, or the dateline's city in it
        (
            "Indian Defence Minister Arjun Mehra arrived in this Chinese port city on "
            "Wednesday to attend the conclave.",
            "china",
        ),
        (
            "Kenyan Foreign Minister Peter Odhiambo arrived in the Egyptian city on Monday.",
            "egypt",
        ),
        (
            "SHANGHAI, June 26: The Indian defence minister Arjun Mehra arrived in this "
            "Chinese port city on Wednesday to attend the conclave.",
            "shanghai",
        ),
    ],
)
def test_events_a_city_described_by_its_states_adjective(text, place):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [e.place for e in ex.events if e.type == "visit"] == [place]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a plural title of several states names each state's holder: one meeting each
        (
            "Indian Defence Minister Arjun Mehra visited Moscow on Monday. He also met the "
            "Defence Ministers of Kazakhstan and Uzbekistan. The Defence Minister of "
            "Kazakhstan, Lieutenant General Bolat Serikbay, thanked him, and Uzbekistan's "
            "Minister of Defence, Major General Jamshid Karimbek, agreed.",
            {("Arjun Mehra", "Bolat Serikbay"), ("Arjun Mehra", "Jamshid Karimbek")},
        ),
        (
            "Kenyan Foreign Minister Peter Odhiambo arrived in Cairo. He also met the Foreign "
            "Ministers of Ghana, Togo and Benin. Ghanaian Foreign Minister Kofi Mensah, Togolese "
            "Foreign Minister Yao Agbeko and Beninese Foreign Minister Paul Houngbo attended.",
            {
                ("Peter Odhiambo", "Kofi Mensah"),
                ("Peter Odhiambo", "Yao Agbeko"),
                ("Peter Odhiambo", "Paul Houngbo"),
            },
        ),
        (
            "Jordanian Interior Minister Nadir Haddad was in Rome. He met the Interior "
            "Ministers of Italy and Spain. Italian Interior Minister Marco Bellini and "
            "Spanish Interior Minister Carlos Ortega spoke to the press.",
            {("Nadir Haddad", "Marco Bellini"), ("Nadir Haddad", "Carlos Ortega")},
        ),
    ],
)
def test_events_a_plural_title_of_several_states_is_one_meeting_each(text, pairs):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = {tuple(_names(ex, e)) for e in ex.events if e.type == "meeting"}
    assert got == pairs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "The Secretary and X": the one named before by a title that holds the word
        (
            "US Secretary of State Dana Harmon spoke on Monday. The Secretary and Foreign "
            "Minister Marco Bellini of Italy spoke by phone today.",
            ["Dana Harmon", "Marco Bellini"],
        ),
        (
            "Secretary of State Dana Harmon flew to Nairobi. The Secretary and Kenyan Foreign "
            "Minister Peter Odhiambo spoke by phone on Monday.",
            ["Dana Harmon", "Peter Odhiambo"],
        ),
        (
            "Under Secretary of Defense Lena Ford arrived in Rome. The Secretary and Defence "
            "Minister Marco Bellini of Italy held talks at the ministry on Tuesday.",
            ["Lena Ford", "Marco Bellini"],
        ),
    ],
)
def test_events_the_secretary_is_the_one_named_before(text, names):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = [_names(ex, e) for e in ex.events if e.type in ("phone_call", "meeting")]
    assert got == [names]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # "He also met ..." after a quoted meeting with X alone: he is the one who met X
        (
            "Earlier, the Indian Defence Minister Arjun Mehra held a meeting with the Defence "
            "Minister of Tajikistan, Colonel General Rustam Nabiyev in Moscow. “Had a fruitful "
            "meeting with the Defence Minister of Tajikistan, Colonel General Rustam Nabiyev,” "
            "Mehra tweeted. He also met the Defence Ministers of Kazakhstan and Uzbekistan. "
            "The Defence Minister of Kazakhstan, Lieutenant General Bolat Serikbay, and "
            "Uzbekistan's Minister of Defence, Major General Jamshid Karimbek, were there too.",
            {
                ("Arjun Mehra", "Rustam Nabiyev"),
                ("Arjun Mehra", "Bolat Serikbay"),
                ("Arjun Mehra", "Jamshid Karimbek"),
            },
        ),
        (
            "Kenyan Foreign Minister Peter Odhiambo met Ghanaian Foreign Minister Kofi Mensah "
            "in Accra. “A very good meeting with Foreign Minister Kofi Mensah,” Odhiambo said. "
            "He also met Togolese Foreign Minister Yao Agbeko on Monday.",
            {("Peter Odhiambo", "Kofi Mensah"), ("Peter Odhiambo", "Yao Agbeko")},
        ),
        (
            "Jordanian Interior Minister Nadir Haddad met Italian Interior Minister Marco "
            "Bellini in Rome. “An excellent meeting with Marco Bellini,” Haddad wrote. He also "
            "met Spanish Interior Minister Carlos Ortega.",
            {("Nadir Haddad", "Marco Bellini"), ("Nadir Haddad", "Carlos Ortega")},
        ),
    ],
)
def test_events_he_after_a_quoted_meeting_with_one_is_the_one_who_met_him(text, pairs):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = {tuple(_names(ex, e)) for e in ex.events if e.type == "meeting"}
    assert got == pairs


@pytest.mark.parametrize(
    ("text", "visitor", "pairs"),
    [
        # a person named again by the first words of his name, as Indonesian, Malay and
        # Thai stories do; "he" after his arrival on a visit is the visitor
        (
            "Ruritanian Defence Minister Bolo Tanaka met Defence Minister Kamal Osei Nordin "
            "at the ministry.\n\nKamal Osei praised the talks.\n\nBolo arrived at the air base "
            "last night to begin his two-day visit to Ghana.\n\nEarlier today, he met with "
            "Prime Minister Kofi Mensah at the palace.",
            "Bolo Tanaka",
            {("Bolo Tanaka", "Kamal Osei Nordin"), ("Bolo Tanaka", "Kofi Mensah")},
        ),
        (
            "Foreign Minister Sutarjo Wiranata held talks with Foreign Minister Ama Boateng "
            "in Accra.\n\nBoateng thanked her guest.\n\nSutarjo arrived in Ghana on Sunday "
            "for an official visit.\n\nHe also met President Ade Bello.",
            "Sutarjo Wiranata",
            {("Sutarjo Wiranata", "Ama Boateng"), ("Sutarjo Wiranata", "Ade Bello")},
        ),
        (
            "Interior Minister Yodphet Chanwong met Interior Minister Marco Bellini in Rome."
            "\n\nBellini spoke of migration.\n\nYodphet came to Italy for a three-day visit."
            "\n\nHe met Prime Minister Carlo Ferri later.",
            "Yodphet Chanwong",
            {("Yodphet Chanwong", "Marco Bellini"), ("Yodphet Chanwong", "Carlo Ferri")},
        ),
    ],
)
def test_events_a_first_name_and_he_after_a_visit_are_the_visitor(text, visitor, pairs):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [_names(ex, e) for e in ex.events if e.type == "visit"] == [[visitor]]
    got = {tuple(_names(ex, e)) for e in ex.events if e.type == "meeting"}
    assert got == pairs


@pytest.mark.parametrize(
    "text",
    [
        # two persons begin with "Bolo": the word alone names neither
        "Defence Minister Bolo Tanaka met Interior Minister Bolo Mensah in Accra.\n\n"
        "Bolo arrived on Sunday for a visit.",
        # "Bolo Rahimi" is someone else than Bolo Tanaka
        "Defence Minister Bolo Tanaka met Interior Minister Ama Mensah in Accra.\n\n"
        "Bolo Rahimi arrived on Sunday for a visit.",
        "Foreign Minister Sutarjo Wiranata met Foreign Minister Ama Boateng.\n\n"
        "Sutarjo Halim came to Ghana for a visit.",
    ],
)
def test_events_a_first_name_shared_or_followed_by_a_surname_names_no_one(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [_names(ex, e) for e in ex.events if e.type == "visit"] in ([], [[]])


def _credentials(text: str) -> list[tuple[str, set[str]]]:
    ex = extract(Article(id="t", text=text, lang="ar", date=date(2025, 10, 1)))
    names = {p.id: p.name_ar for p in ex.persons}
    return [(e.type, {names[a] for a in e.actors if a in names}) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "تقبل الرئيس الجيبوتي سامر دوالي اليوم أوراق اعتماد السفير الكوري هان جيسو.",
            {"سامر دوالي", "هان جيسو"},
        ),
        (
            "تسلم وزير الخارجية البحريني يوسف القحطاني نسخة من أوراق اعتماد السفير الياباني سوتا ميكامي.",
            {"يوسف القحطاني", "سوتا ميكامي"},
        ),
        (
            "قدم السفير الياباني سوتا ميكامي أوراق اعتماده إلى الرئيس الجيبوتي سامر دوالي.",
            {"سوتا ميكامي", "سامر دوالي"},
        ),
    ],
)
def test_events_credentials_presented_are_one_event_of_both_sides(text, actors):
    assert _credentials(text) == [("other", actors)]


def test_events_one_credentials_ceremony_told_over_sentences():
    text = (
        "تقبل الرئيس الجيبوتي سامر دوالي اليوم أوراق اعتماد عدد من السفراء. "
        "وحضر مراسم تقبل أوراق الاعتماد وزير الخارجية كريم العلي."
    )
    assert _credentials(text) == [("other", {"سامر دوالي", "كريم العلي"})]


def _place_of(ex, ev):
    return next((p for p in ex.places if p.id == ev.place), None)


@pytest.mark.parametrize(
    ("text", "place_en"),
    [
        (
            "Kuwait Army Chief of Staff Lt Gen Fahad Nirmal received the visiting British "
            "commander John Pellow at the General Staff Headquarters of Kuwait Army yesterday.",
            "General Staff Headquarters of Kuwait Army",
        ),
        (
            "Bahrain's Foreign Minister Khalid Farsan met Omani Foreign Minister Salim Dauud "
            "at Gudaibiya Palace on Monday.",
            "Gudaibiya Palace",
        ),
        (
            "Jordan's Defence Minister Samir Haddan met Egyptian Defence Minister Karim Wassef "
            "in his office at the National Guard's headquarters.",
            "National Guard's headquarters",
        ),
        (
            "Algerian Army Chief of Staff Nadir Boukhal received the Tunisian Defence Minister "
            "Karim Wassef at the chief of staff headquarters of the Algerian army.",
            "Chief of staff headquarters of the Algerian",
        ),
    ],
)
def test_events_an_english_venue_is_the_place_of_a_meeting(text, place_en):
    ex = extract(Article(id="t", lang="en", text=text, date=date(2026, 1, 5)))
    (ev,) = [e for e in ex.events if e.type == "meeting"]
    place = _place_of(ex, ev)
    assert place is not None and place.label_en.startswith(place_en), place


@pytest.mark.parametrize(
    "text",
    [
        "Jordan's Defence Minister Samir Haddan met Egyptian Defence Minister Karim Wassef "
        "in his office on Monday.",
        "Omani Foreign Minister Salim Dauud met Bahraini Foreign Minister Khalid Farsan at "
        "the base on Sunday.",
        "Iraqi Defence Minister Nadir Kassab received Kuwaiti Defence Minister Fahad Nirmal "
        "at the headquarters of the ministry.",
    ],
)
def test_events_an_english_head_with_no_name_is_no_venue(text):
    ex = extract(Article(id="t", lang="en", text=text, date=date(2026, 1, 5)))
    (ev,) = [e for e in ex.events if e.type == "meeting"]
    assert ev.place is None or not ev.place.startswith("venue-")


@pytest.mark.parametrize(
    ("text", "place_en"),
    [
        (
            "التقى وزير الخارجية الليبي سالم دعوب بقصر الإليزيه نظيره الفرنسي جان بيار مورو.",
            "Elysee Palace",
        ),
        (
            "استقبل أمير الكويت الشيخ نادر الأحمد في قصر السيف وزير الخارجية الأردني كريم حداد.",
            "Seif Palace",
        ),
        (
            "Libyan Foreign Minister Salem Daoub met his French counterpart Jean-Pierre Moreau "
            "at the Elysee Palace on Monday.",
            "Elysee Palace",
        ),
    ],
)
def test_events_a_venue_the_lexicon_knows_keeps_its_english_name(text, place_en):
    lang = "en" if text.isascii() else "ar"
    ex = extract(Article(id="t", lang=lang, text=text, date=date(2026, 1, 5)))
    (ev,) = [e for e in ex.events if e.type == "meeting"]
    assert _place_of(ex, ev).label_en == place_en


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "استقبل الرئيس المصري كريم منصور في قصر الوردة بالقاهرة وزير الخارجية الأردني "
            "سامي حداد.",
            "Palace",
        ),
        (
            "استقبل وزير الدفاع العماني سالم الحارثي قائد الجيش الأردني كريم حداد في معسكر "
            "الوادي لتسلم رسالة خطية.",
            "Camp",
        ),
        (
            "التقى رئيس الأركان الكويتي نادر العنزي في مطار الواحة بدمشق وزير الدفاع السوري "
            "سامي داود.",
            "Airport",
        ),
    ],
)
def test_events_a_venue_name_ends_before_a_word_with_a_preposition(text, head):
    # the venue's name is one word: not the city (بالقاهرة) nor a purpose (لتسلم) after it
    ex = extract(Article(id="t", lang="ar", text=text, date=date(2026, 1, 5)))
    (ev,) = [e for e in ex.events if e.type == "meeting"]
    label = _place_of(ex, ev).label_en
    assert label.endswith(" " + head) and len(label.split()) == 2, label


@pytest.mark.parametrize(
    "text",
    [
        "وجرت مراسم استقبال وزير الخارجية الأردني كريم حداد في المطار بحضور السفير "
        "المصري سامي منصور.",
        "التقى وزير الدفاع العماني سالم الحارثي في القصر بحضور قائد الجيش الأردني كريم حداد.",
        "استقبل وزير الداخلية الكويتي نادر العنزي في الفندق بحضور نظيره البحريني سامي داود.",
    ],
)
def test_events_a_definite_venue_head_takes_no_name(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=date(2026, 1, 5)))
    labels = [_place_of(ex, e).label_en for e in ex.events if e.place]
    assert not any(lab.startswith("Bahdour") or "Hdour" in lab for lab in labels), labels
    assert all(not e.place or not e.place.startswith("venue-") for e in ex.events), labels


@pytest.mark.parametrize(
    ("text", "place_en"),
    [
        (
            "وفي بغداد، اجتمع وزير الدفاع الأردني كريم حداد بنظيره العراقي سامي داود.",
            "Baghdad",
        ),
        (
            "وفي عمان، التقى وزير الخارجية المصري نادر منصور بنظيره الأردني سالم حداد.",
            "Amman",
        ),
        (
            "وفي الرياض، استقبل وزير الدفاع السعودي سامي الحارثي نظيره الكويتي نادر العنزي.",
            "Riyadh",
        ),
    ],
)
def test_events_a_fronted_place_after_wa_fi_is_the_place(text, place_en):
    ex = extract(Article(id="t", lang="ar", text=text, date=date(2026, 1, 5)))
    (ev,) = [e for e in ex.events if e.type == "meeting"]
    assert _place_of(ex, ev).label_en == place_en


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "استقبل الرئيس المصري كريم منصور في القاهرة وزير الخارجية الروسي إيفان بتروف، "
            "وأكد أن القاهرة تثمن علاقاتها مع موسكو.",
            "ar",
        ),
        (
            "وصل وزير الدفاع الروسي إيفان بتروف إلى القاهرة، وقال إن بلاده تعزز علاقاتها مع عمان.",
            "ar",
        ),
        (
            "Russian Foreign Minister Ivan Petrov arrived in Cairo on Monday, saying his "
            "country valued its ties with Amman.",
            "en",
        ),
    ],
)
def test_events_a_capital_after_with_is_a_side_not_a_place(text, lang):
    ex = extract(Article(id="t", lang=lang, text=text, date=date(2026, 1, 5)))
    evs = [e for e in ex.events if e.type in ("meeting", "visit")]
    assert evs and all(_place_of(ex, e).label_en == "Cairo" for e in evs)


@pytest.mark.parametrize(
    ("text", "place_en"),
    [
        (
            "بحث وزير الدفاع الكويتي الشيخ نادر العنزي في مكتبه بقصر بيان أمس مع عدد من "
            "السفراء سبل التعاون.\nوذكرت الوزارة في بيان أن الشيخ نادر العنزي استقبل سفير "
            "رومانيا لدى البلاد كريم دوبرا.",
            "Bayan Palace",
        ),
        (
            "بحث وزير الخارجية العماني سالم الحارثي في مسقط اليوم مع عدد من السفراء سبل "
            "التعاون.\nوقالت الوزارة إن سالم الحارثي استقبل سفير اليابان لدى السلطنة كينجي ماتسو.",
            "Muscat",
        ),
        (
            "بحث وزير الداخلية البحريني سامي داود في قصر القضيبية أمس مع عدد من السفراء سبل "
            "التعاون.\nوأفادت الوزارة بأن سامي داود استقبل سفير المكسيك لدى المملكة خوان بيريرا.",
            "Gudaibiya Palace",
        ),
    ],
)
def test_events_a_reception_told_after_the_talks_takes_their_place(text, place_en):
    ex = extract(Article(id="t", lang="ar", text=text, date=date(2026, 1, 5)))
    evs = [e for e in ex.events if e.type == "meeting" and len(e.actors) >= 2]
    assert evs and all(_place_of(ex, e) and _place_of(ex, e).label_en == place_en for e in evs)


@pytest.mark.parametrize(
    ("text", "place_en"),
    [
        (
            "زار قائد الجيش اللبناني العماد كريم حداد المملكة العربية السعودية.\nوخلال "
            "الزيارة، التقى العماد حداد نظيره السعودي الفريق سامي الحارثي.",
            "Saudi Arabia",
        ),
        (
            "زار وزير الدفاع الأردني نادر منصور سلطنة عمان.\nوخلال زيارته، التقى منصور "
            "وزير الدفاع العماني سالم البلوشي.",
            "Oman",
        ),
        (
            "Jordanian Defence Minister Nadir Mansour visited Kuwait on Monday.\nDuring his "
            "visit, Mansour met Kuwaiti Defence Minister Fahad Nirmal.",
            "Kuwait",
        ),
    ],
)
def test_events_a_meeting_with_the_hosts_during_a_visit_is_in_its_state(text, place_en):
    lang = "en" if text.isascii() else "ar"
    ex = extract(Article(id="t", lang=lang, text=text, date=date(2026, 1, 5)))
    (ev,) = [e for e in ex.events if e.type == "meeting"]
    assert _place_of(ex, ev).label_en == place_en


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وصل وزير الخارجية الليبي سالم دعوب صباح اليوم الاثنين إلى باريس.\nواجتمع دعوب "
            "أيضا مع وزير الدفاع الفرنسي جان بيار مورو.",
            "ar",
        ),
        (
            "وصل وزير الدفاع الأردني كريم حداد اليوم إلى مسقط في زيارة رسمية.\nكما التقى حداد "
            "وزير الخارجية العماني سالم البلوشي.",
            "ar",
        ),
        (
            "Jordanian Defence Minister Karim Haddan arrived in Muscat on Monday for an official "
            "visit.\nHaddan also met Omani Foreign Minister Salim Dauud.",
            "en",
        ),
    ],
)
def test_events_a_meeting_told_with_also_is_on_the_visits_day(text, lang):
    ex = extract(Article(id="t", lang=lang, text=text, date=date(2026, 1, 5)))
    (visit,) = [e for e in ex.events if e.type == "visit"]
    (meeting,) = [e for e in ex.events if e.type == "meeting"]
    assert visit.date == date(2026, 1, 5) and meeting.date == visit.date


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        (
            "Foreign Minister Karim Haddan on Wednesday held talks in Amman with his Omani "
            "counterpart, Salim Dauud. Following these talks, the two ministers signed four "
            "cooperation agreements.",
            "en",
            "agreement",
        ),
        (
            "Defence Minister Nadir Mansour held talks in Kuwait City on Sunday with his Omani "
            "counterpart Salim Dauud. After the talks, the two ministers signed a memorandum of "
            "understanding.",
            "en",
            "agreement",
        ),
        (
            "أجرى وزير الخارجية الأردني كريم حداد أمس مباحثات في عمان مع نظيره العماني سالم "
            "البلوشي. وفي ختام المباحثات وقع الوزيران مذكرة تفاهم.",
            "ar",
            "agreement",
        ),
    ],
)
def test_events_an_act_following_the_talks_is_on_their_day_and_place(text, lang, etype):
    ex = extract(Article(id="t", lang=lang, text=text, date=date(2026, 1, 5)))
    (talks,) = [e for e in ex.events if e.type == "meeting"]
    (act,) = [e for e in ex.events if e.type == etype]
    assert talks.date is not None and act.date == talks.date
    assert talks.place is not None and act.place == talks.place


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # credentials accredited, presented or received: one event of both sides, typed
        # like the Arabic أوراق اعتماد (other), whatever the verb
        (
            "President Halvard Ostrem accredited the ambassadors of Uganda, Julius Okemba,"
            " and Vietnam, Tran Van Dong.",
            {"Halvard Ostrem", "Julius Okemba", "Tran Van Dong"},
        ),
        (
            "Namibian President Halvard Ostrem accredits the new ambassador of Peru, Tomas"
            " Alcantar.",
            {"Halvard Ostrem", "Tomas Alcantar"},
        ),
        (
            "The ambassadors of Kenya, Joseph Otienko, and Ghana, Kofi Mensarbo, presented"
            " their credentials to President Halvard Ostrem.",
            {"Halvard Ostrem", "Joseph Otienko", "Kofi Mensarbo"},
        ),
        (
            "Peruvian Ambassador Tomas Alcantar presented his letters of credence to"
            " President Halvard Ostrem.",
            {"Halvard Ostrem", "Tomas Alcantar"},
        ),
        (
            "President Halvard Ostrem of Namibia received the credentials of the new"
            " Ambassador of Peru, Tomas Alcantar, on Tuesday.",
            {"Halvard Ostrem", "Tomas Alcantar"},
        ),
        (
            "Peruvian Ambassador Tomas Alcantar presented a copy of his credentials to"
            " Foreign Minister Kofi Mensarbo of Ghana on Monday.",
            {"Kofi Mensarbo", "Tomas Alcantar"},
        ),
    ],
)
def test_events_english_credentials_are_one_event_of_both_sides(text, names):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = [(e.type, set(_names(ex, e)), e.status) for e in ex.events]
    assert len(got) == 1, got
    etype, labels, st = got[0]
    assert (etype, st) == ("other", H)
    assert all(any(n in lab for lab in labels) for n in names), labels


def test_events_an_envoy_received_who_presents_credentials_is_met_too():
    text = (
        "President Halvard Ostrem of Namibia received the new Ambassador of Peru, Tomas"
        " Alcantar, who presented his credentials."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert sorted(e.type for e in ex.events) == ["meeting", "other"]


@pytest.mark.parametrize(
    ("text", "names", "status"),
    [
        # "would call on": a courtesy call to come
        (
            "Japanese Ambassador Sota Mikawa would call on Prime Minister Imran Qadirzai.",
            {"Sota Mikawa", "Imran Qadirzai"},
            P,
        ),
        (
            "Indian Foreign Minister Ravi Kumaran will call on President Karim Sahibzada tomorrow.",
            {"Ravi Kumaran", "Karim Sahibzada"},
            P,
        ),
    ],
)
def test_events_a_call_to_come(text, names, status):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = [(set(_names(ex, e)), e.status) for e in ex.events if e.type == "meeting"]
    assert len(got) == 1, got
    labels, st = got[0]
    assert st == status
    assert all(any(n in lab for lab in labels) for n in names), labels


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "the NATIONALITY statesman": that state's one head named before
        (
            "Namibian President Halvard Ostrem met the new ambassador of Peru, Tomas Alcantar."
            " The Namibian statesman also received the ambassador of Ghana, Kofi Mensarbo.",
            [{"Halvard Ostrem", "Tomas Alcantar"}, {"Halvard Ostrem", "Kofi Mensarbo"}],
        ),
        (
            "Prime Minister Lemma Gedefaw of Ethiopia arrived in Nairobi. The Ethiopian leader"
            " met Kenyan Foreign Minister Joseph Otienko.",
            [{"Lemma Gedefaw", "Joseph Otienko"}],
        ),
        # "The TITLE" with no name: the one person named before with that title
        (
            "The EU's High Representative for Foreign Affairs, Liesbet Van Dorne, spoke on"
            " Monday. The High Representative met the foreign minister of Egypt, Hazem"
            " Abdelmoneim.",
            [{"Liesbet Van Dorne", "Hazem Abdelmoneim"}],
        ),
        (
            "The EU's High Representative for Foreign Affairs, Liesbet Van Dorne, arrived in"
            " Cairo. The EU's High Representative met Egyptian Foreign Minister Hazem"
            " Abdelmoneim.",
            [{"Liesbet Van Dorne", "Hazem Abdelmoneim"}],
        ),
        (
            "Ruritanian Special Envoy Ivo Lenk spoke in Geneva. The Special Envoy then met"
            " Kenyan Foreign Minister Joseph Otienko.",
            [{"Ivo Lenk", "Joseph Otienko"}],
        ),
    ],
)
def test_events_a_title_with_no_name_is_the_one_named_before(text, names):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = [_names(ex, e) for e in ex.events if e.type == "meeting"]
    assert len(got) == len(names), got
    for want in names:
        assert any(all(any(n in lab for lab in labels) for n in want) for labels in got), got


def test_events_a_titles_own_body_is_no_reference_back():
    # "the President of the Council" names its body: not the president named before
    text = (
        "Chairman of the Sovereignty Council Tomas Ubaldo arrived in Asmara to meet Eritrean"
        " President Ivo Lenk. During the visit, the President of the Council is accompanied"
        " by Foreign Minister Joseph Otienko."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert not any(
        "Ivo Lenk" in " ".join(_names(ex, e)) and "Otienko" in " ".join(_names(ex, e))
        for e in ex.events
    )


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        # "called on X to VERB" is an appeal, no call paid
        (
            "Kenyan Foreign Minister Joseph Otienko called on Prime Minister Imran Qadirzai to"
            " release the prisoners.",
            0,
        ),
        (
            "We call on President Karim Sahibzada to step down, Kenyan Foreign Minister Joseph"
            " Otienko said.",
            0,
        ),
        (
            "Kenyan Foreign Minister Joseph Otienko said he would call on Prime Minister Imran"
            " Qadirzai to resign.",
            0,
        ),
        # ... unless the verb is what a call is paid for
        (
            "Japanese Ambassador Sota Mikawa called on Prime Minister Imran Qadirzai to discuss"
            " bilateral ties.",
            1,
        ),
        (
            "Japanese Ambassador Sota Mikawa called on Prime Minister Imran Qadirzai on Monday.",
            1,
        ),
    ],
)
def test_events_called_on_to_do_is_an_appeal(text, meetings):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert len([e for e in ex.events if e.type == "meeting"]) == meetings


def _all_actors(ex) -> list[set[str]]:
    return [set(_names(ex, e)) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "lang", "sides", "absent"),
    [
        # on whose behalf: the proxy acts, the principal takes no part
        (
            "نيابة عن الملك نزار القحطبي، استقبل ولي العهد الأمير ماهر القحطبي اليوم سفير "
            "البرتغال توماس ألكانتار.",
            "ar",
            {"ماهر القحطبي", "ألكانتار"},
            "نزار القحطبي",
        ),
        (
            "استقبل ولي العهد الأمير ماهر القحطبي نيابة عن الملك نزار القحطبي سفير البرتغال "
            "توماس ألكانتار.",
            "ar",
            {"ماهر القحطبي", "ألكانتار"},
            "نزار القحطبي",
        ),
        (
            "On behalf of King Orvald Penrick, Crown Prince Lidor Penrick received the"
            " Ambassador of Peru, Tomas Alcantar, on Tuesday.",
            "en",
            {"Lidor Penrick", "Tomas Alcantar"},
            "Orvald Penrick",
        ),
        (
            "Crown Prince Lidor Penrick, on behalf of King Orvald Penrick, received the"
            " Ambassador of Peru, Tomas Alcantar.",
            "en",
            {"Lidor Penrick", "Tomas Alcantar"},
            "Orvald Penrick",
        ),
        # the sender of a message conveyed at the meeting
        (
            "استقبل الرئيس الموريتاني سيدي ولد الطالبي وزير الخارجية المغربي كريم العلواني، "
            "الذي أبلغه رسالة شفوية من الملك المغربي حسن الزياني.",
            "ar",
            {"الطالبي", "العلواني"},
            "الزياني",
        ),
        (
            "استقبل الرئيس الموريتاني سيدي ولد الطالبي وزير الخارجية المغربي كريم العلواني، "
            "الذي سلمه رسالة مكتوبة من الملك المغربي حسن الزياني.",
            "ar",
            {"الطالبي", "العلواني"},
            "الزياني",
        ),
        (
            "President Sidi Ould Talbin received Foreign Minister Karim Alwanei, who conveyed"
            " a verbal message from King Hassan Zayyani.",
            "en",
            {"Talbin", "Alwanei"},
            "Zayyani",
        ),
        # the sender of an invitation handed over
        (
            "استقبل الرئيس التونسي منجي الصغيري وزير الخارجية الليبي عمران الفرجاني الذي "
            "سلمه دعوة من الرئيس الليبي سالم الكيلاني.",
            "ar",
            {"الصغيري", "الفرجاني"},
            "الكيلاني",
        ),
        (
            "President Halvard Ostrem received Foreign Minister Karim Alwanei, who handed him"
            " an invitation from President Sidi Talbin.",
            "en",
            {"Ostrem", "Alwanei"},
            "Talbin",
        ),
        # a ruler invoked in a stock phrase
        (
            "وأكد وزير الخارجية الأردني سامي الدعيسان حرص الأردن بقيادة جلالة الملك نزار "
            "القحطبي على التعاون، وذلك لدى استقباله سفير البرتغال توماس ألكانتار.",
            "ar",
            {"الدعيسان", "ألكانتار"},
            "نزار القحطبي",
        ),
        (
            "بتوجيهات من الرئيس نزار القحطبي، استقبل وزير الخارجية سامي الدعيسان اليوم سفير "
            "البرتغال توماس ألكانتار.",
            "ar",
            {"الدعيسان", "ألكانتار"},
            "نزار القحطبي",
        ),
        (
            "Foreign Minister Sami Duaisan received the Ambassador of Peru, Tomas Alcantar,"
            " and said that the kingdom, under the leadership of King Orvald Penrick, values"
            " the ties.",
            "en",
            {"Duaisan", "Alcantar"},
            "Penrick",
        ),
    ],
)
def test_events_a_proxy_phrase_names_no_participant(text, lang, sides, absent):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    meetings = [set(_names(ex, e)) for e in ex.events if e.type == "meeting"]
    assert len(meetings) == 1, meetings
    (names,) = meetings
    assert all(any(n in lab for lab in names) for n in sides), names
    assert not any(absent in lab for actors in _all_actors(ex) for lab in actors)


@pytest.mark.parametrize(
    ("text", "held", "planned"),
    [
        # an imperfect verb in a visit report: the meeting is still to come
        (
            "وصل الأمين العام لمجلس الوزراء السوداني الفريق عادل الكباشي إلى أديس أبابا "
            "اليوم، ويلتقي الفريق عادل الكباشي خلال الزيارة بالرئيس الإثيوبي ديرجي تافيسا.",
            {"visit"},
            {"meeting"},
        ),
        (
            "وصل وزير الخارجية الليبي عمران الفرجاني إلى تونس اليوم في زيارة رسمية يلتقي "
            "خلالها رئيس الحكومة التونسية منجي الصغيري.",
            {"visit"},
            {"meeting"},
        ),
        (
            "وصل وزير الخارجية الليبي عمران الفرجاني إلى تونس اليوم، ومن المقرر أن يلتقي "
            "رئيس الحكومة التونسية منجي الصغيري.",
            {"visit"},
            {"meeting"},
        ),
        (
            "وصل وزير الخارجية الليبي عمران الفرجاني إلى تونس اليوم، وسيلتقي رئيس الحكومة "
            "التونسية منجي الصغيري.",
            {"visit"},
            {"meeting"},
        ),
        # ... but going on, or on a day of the past, it was held
        (
            "استقبل رئيس الحكومة التونسية منجي الصغيري وزير الخارجية الليبي عمران الفرجاني "
            "الذي يزور البلاد حاليا.",
            {"meeting", "visit"},  # the visit told in the relative clause, held too
            set(),
        ),
        (
            "ويلتقي وزير الخارجية الليبي عمران الفرجاني أمس رئيس الحكومة التونسية منجي الصغيري.",
            {"meeting"},
            set(),
        ),
    ],
)
def test_events_an_arabic_imperfect_in_a_report_is_planned(text, held, planned):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert {e.type for e in ex.events if e.status == H} == held
    assert {e.type for e in ex.events if e.status == P} == planned


@pytest.mark.parametrize(
    ("text", "held_names", "later"),
    [
        (
            "التقى وزير الخارجية المكلف علي الطاهري السفراء كل على حدة، وسيقدم السفراء "
            "أوراق اعتمادهم لرئيس مجلس السيادة الفريق أول ركن عمر الجاكوني غداً.",
            {"الطاهري"},
            "الجاكوني",
        ),
        (
            "التقى وزير الخارجية الأردني سامي الدعيسان اليوم نظيره العراقي فراس القطامي، "
            "وسيلتقي غدا رئيس الوزراء العراقي منذر الحديثي.",
            {"الدعيسان", "القطامي"},
            "الحديثي",
        ),
        (
            "التقى وزير الخارجية الأردني سامي الدعيسان اليوم نظيره العراقي فراس القطامي، "
            "ومن المقرر أن يلتقي غدا رئيس الوزراء العراقي منذر الحديثي.",
            {"الدعيسان", "القطامي"},
            "الحديثي",
        ),
    ],
)
def test_events_a_clause_of_what_is_to_come_stays_out_of_the_held_event(text, held_names, later):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    held = [e for e in ex.events if e.status == H and e.type == "meeting"]
    assert len(held) == 1
    names = set(_names(ex, held[0]))
    assert all(any(n in lab for lab in names) for n in held_names), names
    assert not any(later in lab for lab in names)
    assert held[0].date != D + timedelta(days=1)  # غدا is no day of what was done
    assert any(any(later in lab for lab in _names(ex, e)) for e in ex.events if e.status == P)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وصل السيد كرمانوفيتش إلى بغداد اليوم، وكان في استقباله في المطار نائب وزير "
            "الخارجية العراقي منذر الحديثي.",
            "ar",
        ),
        (
            "وصل السيد كرمانوفيتش، إلى العاصمة العراقية اليوم الاحد، وكان في استقباله في "
            'مطار بغداد نائب وزير خارجية العراق "منذر الحديثي".',
            "ar",
        ),
        (
            "وصل المبعوث كرمانوفيتش إلى بغداد اليوم، وكان في مقدمة مستقبليه وزير الخارجية "
            "العراقي منذر الحديثي.",
            "ar",
        ),
        (
            "Mr. Karmanovic arrived in Baghdad on Sunday and was received at the airport by"
            " Iraqi Deputy Foreign Minister Munther Hadithi.",
            "en",
        ),
    ],
)
def test_events_a_receiver_is_never_the_visitor(text, lang):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    for e in ex.events:
        if e.type == "visit":
            assert not any("الحديثي" in n or "Hadithi" in n for n in _names(ex, e))


@pytest.mark.parametrize(
    ("text", "lang", "guest", "host"),
    [
        # a visit told after a reception is the guest's, not the host's
        (
            "استقبل ولي العهد الأمير ماهر القحطبي في قصره وزير الخارجية العماني سالم الحارثي، "
            "وذلك في إطار زيارة معاليه الرسمية للبلاد.",
            "ar",
            "الحارثي",
            "القحطبي",
        ),
        (
            "استقبل الرئيس التونسي منجي الصغيري اليوم وزير الخارجية الليبي عمران الفرجاني "
            "بمناسبة زيارته إلى تونس.",
            "ar",
            "الفرجاني",
            "الصغيري",
        ),
        (
            "President Halvard Ostrem received Foreign Minister Karim Alwanei of Morocco on"
            " Monday as part of his official visit to Namibia.",
            "en",
            "Alwanei",
            "Ostrem",
        ),
        (
            "Namibian President Halvard Ostrem on Monday received Moroccan Foreign Minister"
            " Karim Alwanei, on a working visit to Windhoek.",
            "en",
            "Alwanei",
            "Ostrem",
        ),
        # ... and so is a visit told after a meeting verb: not of the one met
        (
            "Kenyan Defence Minister Joseph Otienko paid a courtesy call on Namibian Defence"
            " Minister Halvard Ostrem during his official visit to Namibia.",
            "en",
            "Otienko",
            "Ostrem",
        ),
        (
            "التقى وزير الدفاع الكيني جوزيف أوتينكو وزير الدفاع الناميبي هالفارد أوستريم "
            "خلال زيارته الرسمية إلى ناميبيا.",
            "ar",
            "أوتينكو",
            "أوستريم",
        ),
        (
            "والتقى وزير الدفاع الكيني جوزيف أوتينكو بوزير الدفاع الناميبي هالفارد أوستريم "
            "في إطار زيارته الحالية لناميبيا.",
            "ar",
            "أوتينكو",
            "أوستريم",
        ),
        # ... but the host's own visit, told between him and his guest, stays his
        (
            "استقبل وزير الخارجية الأردني سامي الدعيسان خلال زيارته إلى بغداد رئيس الوزراء "
            "العراقي منذر الحديثي.",
            "ar",
            "الدعيسان",
            "الحديثي",
        ),
    ],
)
def test_events_a_visit_after_a_meeting_is_the_guests(text, lang, guest, host):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    (visit,) = [e for e in ex.events if e.type == "visit"]
    names = _names(ex, visit)
    assert any(guest in n for n in names), names
    assert not any(host in n for n in names), names


@pytest.mark.parametrize(
    ("text", "lang", "members"),
    [
        # those who go with the visitor are of his visit, told once or twice
        (
            "وصل الأمين العام لمجلس الوزراء السوداني الفريق عادل الكباشي إلى جوبا اليوم. "
            "ويرافق الأمين العام لمجلس الوزراء السوداني في زيارته، كل من وزير المالية سامي "
            "الدقيري ووزير الطاقة والنفط المكلف محمد عبدالله الحاجي.",
            "ar",
            {"الكباشي", "الدقيري", "الحاجي"},
        ),
        (
            "وصل وزير الخارجية الليبي عمران الفرجاني إلى تونس اليوم، يرافقه وزير الداخلية "
            "الليبي سالم الكيلاني.",
            "ar",
            {"الفرجاني", "الكيلاني"},
        ),
        (
            "Libyan Foreign Minister Imran Farjani arrived in Tunis on Monday, accompanied by"
            " Interior Minister Salem Kilani.",
            "en",
            {"Farjani", "Kilani"},
        ),
    ],
)
def test_events_a_visitors_companions_are_of_his_one_visit(text, lang, members):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    (visit,) = [e for e in ex.events if e.type == "visit"]
    names = _names(ex, visit)
    assert all(any(m in n for n in names) for m in members), names


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Kemi Aradovo held fruitful discussions with Norway's Ambassador Lars Ovikstad.",
        "Foreign Minister Kemi Aradovo held consultations with Norway's Ambassador Lars Ovikstad.",
        "Foreign Minister Kemi Aradovo had a cordial meeting with Norway's Ambassador Lars Ovikstad.",
    ],
)
def test_events_english_talks_held_with_an_adjective_are_a_meeting(sentence):
    # held/had + (a) + fruitful, cordial, in-depth ... + talks, discussions, meeting
    ex = extract(Article(id="t", text=sentence, lang="en", date=date(2025, 3, 3)))
    assert [(e.type, e.status, len(e.actors)) for e in ex.events] == [("meeting", "held", 2)]


@pytest.mark.parametrize(
    "sentence",
    [
        "رحب وزير الخارجية المصري سامي فؤادي بزيارة وزير الخارجية الأردني جون بيترسون إلى القاهرة.",
        "وأكد الوزير سامي فؤادي ترحيبه بزيارة المدير العام لمنظمة الصحة العالمية جون بيترسون لمصر.",
        "أشاد رئيس الوزراء التونسي سامي فؤادي بزيارة الرئيس السنغالي جون بيترسون إلى تونس.",
    ],
)
def test_events_arabic_a_visit_noun_in_construct_is_its_possessor_s(sentence):
    # رحب X بزيارة TITLE Y: the visit is Y's; X welcomes it
    ex = extract(Article(id="t", text=sentence, lang="ar", date=date(2025, 3, 3)))
    names = {p.id: p.name_ar for p in ex.persons}
    visits = [[names[a] for a in e.actors] for e in ex.events if e.type == "visit"]
    assert visits == [["جون بيترسون"]]


@pytest.mark.parametrize("kind", ["بروتوكولية", "مجاملة", "وداعية"])
def test_events_arabic_a_courtesy_visit_is_a_meeting(kind):
    # زيارة بروتوكولية، مجاملة، وداعية: a call on someone, no trip of the host's
    text = f"التقى رئيس مجلس النواب نادر الحدادي السفير الأميركي جون ميلرمان، في زيارة {kind}."
    ex = extract(Article(id="t", text=text, lang="ar", date=date(2025, 3, 3)))
    assert [e.type for e in ex.events] == ["meeting"]


def test_events_english_called_at_a_ministry_is_no_phone_call():
    text = (
        "Defence Minister Tom Bakerlund received a team from the National Defence College "
        "which called at the Ministry of Defence in Accra."
    )
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 3, 3)))
    assert "phone_call" not in {e.type for e in ex.events}


def test_events_english_talks_held_with_several_are_one_meeting_each():
    # held discussions with A and B: as "met A and B", one meeting per person met
    text = (
        "Foreign Minister Kemi Aradovo held fruitful discussions with Norway's Ambassador Lars "
        "Ovikstad and Chile's Ambassador Mira Teskova."
    )
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 3, 3)))
    assert sorted(len(e.actors) for e in ex.events if e.type == "meeting") == [2, 2]


@pytest.mark.parametrize("when", ["on Monday", "yesterday"])
def test_events_english_discussed_then_a_time_then_with(when):
    text = (
        f"Minister of Higher Education Yousef Al-Alawani discussed {when} with US Ambassador "
        "Dana Kirkwellan cooperation on student exchanges."
    )
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 10, 1)))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]
    assert ex.events[0].date is not None


@pytest.mark.parametrize("verb", ["يزور", "تزور"])
def test_events_arabic_a_visit_in_a_relative_clause_beside_a_meeting_is_kept(verb):
    # استقبل X Y الذي يزور البلاد حاليا: the meeting, and Y's visit
    who = "الذي" if verb == "يزور" else "التي"
    text = f"استقبل رئيس مجلس النواب نادر الحدادي أمس وزير الخارجية الأردني كمال الرحيمي {who} {verb} البلاد حاليا."
    ex = extract(Article(id="t", text=text, lang="ar", date=date(2025, 10, 1)))
    names = {p.id: p.name_ar for p in ex.persons}
    got = {(e.type, tuple(sorted(names[a] for a in e.actors))) for e in ex.events}
    assert ("visit", ("كمال الرحيمي",)) in got
    assert any(t == "meeting" for t, _ in got)


def test_events_the_envoys_named_after_the_credentials_sentence_join_it():
    # the credentials told with the host alone, the ambassadors listed in the next sentence
    text = (
        "تسلم رئيس الجمهورية الجزائرية عمر السالمي، اليوم الاثنين، أوراق اعتماد عدة سفراء. "
        'وذكر بيان للرئاسة أن الأمر يتعلق بكل من "سعادة سفير جمهورية البرتغال، السيد جواو '
        'سيلفيرا، وسعادة سفيرة جمهورية الهند، السيدة بريا شارمان".'
    )
    ex = extract(Article(id="t", text=text, lang="ar", date=date(2025, 10, 1)))
    names = {p.id: p.name_ar for p in ex.persons}
    (ev,) = [e for e in ex.events if e.type == "other"]
    assert {names[a] for a in ev.actors} == {"عمر السالمي", "جواو سيلفيرا", "بريا شارمان"}


def test_events_envoys_in_an_event_of_their_own_do_not_join_the_credentials():
    text = (
        "تسلم رئيس الجمهورية الجزائرية عمر السالمي أوراق اعتماد عدة سفراء. والتقى وزير "
        "الخارجية أحمد العطافي سفير جمهورية البرتغال جواو سيلفيرا."
    )
    ex = extract(Article(id="t", text=text, lang="ar", date=date(2025, 10, 1)))
    names = {p.id: p.name_ar for p in ex.persons}
    (ev,) = [e for e in ex.events if e.type == "other"]
    assert {names[a] for a in ev.actors} == {"عمر السالمي"}


def _typed(text: str, lang: str) -> list[tuple[str, str, set[str]]]:
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    return [(e.type, e.status, set(_names(ex, e))) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # visits spoken of in general: an exchange of visits, mutual visits
        (
            "Ambassador Lena Korvath said that ties between Peru and Ghana grew stronger as "
            "shown by the exchange of bilateral visits of the two leaders.",
            "en",
        ),
        (
            "Foreign Minister Dario Santelli noted that the mutual visits of officials of Italy "
            "and Chile had deepened trade.",
            "en",
        ),
        (
            "Minister Tomas Revik praised the exchange of high-level visits between Norway and "
            "Kenya.",
            "en",
        ),
        (
            "وقال السفير الإيطالي ماركو بيلوني إن العلاقات تعززت عبر زيارات متبادلة بين قادة "
            "البلدين.",
            "ar",
        ),
    ],
)
def test_events_visits_spoken_of_in_general_are_no_visit(text, lang):
    assert _typed(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an invitation to visit is a visit intended, not one paid
        ("President Amara Okonjo invited her to later come and visit the country.", "en"),
        (
            "Prime Minister Hugo Lindqvist thanked Ambassador Clara Weiss and invited her to "
            "come back and visit Sweden.",
            "en",
        ),
        (
            "President Pedro Alvarenga invited his Chilean counterpart Mateo Rios to come and "
            "visit Brasilia.",
            "en",
        ),
        (
            "وجدد الرئيس الغاني كوفي مينسا دعوته لنظيره التوغولي إيدو لاوسون لزيارة أكرا.",
            "ar",
        ),
    ],
)
def test_events_an_invitation_to_visit_is_no_visit_paid(text, lang):
    assert not [t for t in _typed(text, lang) if t[1] == H], _typed(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no person, and the states only in a clause of their ties told in general
        (
            "Peru and Chile have long been strategic partners, cementing this relationship by "
            "signing partnership agreements and memoranda of understanding in trade and energy.",
            "en",
        ),
        (
            "Ghana and Togo enjoy close ties; they have deepened them over the years by signing "
            "agreements in education and health.",
            "en",
        ),
        (
            "The ambassador said Peru and Chile had cemented their relationship by signing "
            "strategic partnership agreements and memoranda of understanding in trade.",
            "en",
        ),
        (
            "وترتبط مصر والسودان بعلاقات وثيقة، تعززت عبر توقيع اتفاقيات ومذكرات تفاهم في "
            "مجالات عدة.",
            "ar",
        ),
    ],
)
def test_events_states_in_a_general_clause_sign_nothing(text, lang):
    assert _typed(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # ... but states that are the trigger's subject or object act as such
        ("تعتزم تركيا تزويد سوريا بمعدات عسكرية.", "ar", "supply"),
        (
            "A shipment of weapons was delivered by the United States to the Lebanese army on "
            "Friday.",
            "en",
            "supply",
        ),
        (
            "Jordan and Iraq signed an agreement on energy cooperation in Baghdad.",
            "en",
            "agreement",
        ),
    ],
)
def test_events_states_that_act_make_an_event_with_no_person(text, lang, etype):
    assert [t[0] for t in _typed(text, lang)] == [etype]


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        # a state's aid that goes on, told by someone else, is not his supply
        (
            "Envoy Farid Mansour expressed satisfaction that Armenia continues to provide "
            "humanitarian aid to the people of Syria.",
            "en",
            "Farid Mansour",
        ),
        (
            "Minister Karl Obst welcomed that Norway continues to provide humanitarian "
            "assistance to the people of Sudan.",
            "en",
            "Karl Obst",
        ),
        (
            "وأعرب المبعوث الأممي كارلوس ميندا عن ارتياحه لأن الأردن لا يزال يقدم مساعدات "
            "إنسانية للشعب السوري.",
            "ar",
            "كارلوس ميندا",
        ),
    ],
)
def test_events_aid_that_goes_on_is_no_supply_of_the_speaker(text, lang, who):
    got = _typed(text, lang)
    assert not [t for t in got if t[0] == "supply" and any(who in n for n in t[2])], got


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a message handed over is no supply; the reception is a meeting
        (
            "Speaker of the Shura Council Omar Zayani received on Thursday a written message "
            "from his Kuwaiti counterpart Marzouq Hamdan. The message was delivered to Zayani "
            "when he received in his office Khalid Mutairi, Ambassador of Kuwait to Oman.",
            {"Omar Zayani", "Khalid Mutairi"},
        ),
        (
            "Foreign Minister Salim Harthy received a written message from the Qatari Foreign "
            "Minister Jassim Thani. The letter was delivered to Harthy when he received Qatari "
            "Ambassador Ali Kuwari in his office.",
            {"Salim Harthy", "Ali Kuwari"},
        ),
        (
            "The message was delivered to Foreign Minister Salim Harthy by Qatari Ambassador "
            "Ali Kuwari, who was received by the minister on Monday.",
            {"Salim Harthy", "Ali Kuwari"},
        ),
    ],
)
def test_events_a_message_delivered_is_no_supply(text, sides):
    got = _typed(text, "en")
    assert [t[0] for t in got] == ["meeting"], got
    assert all(any(n in lab for lab in got[0][2]) for n in sides), got


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a visit paid to a person is a meeting with him
        (
            "Chief of the Defence Force General Arthur Pembroke on Sunday paid a visit to Chief "
            "of Army Staff General Tariq Hameed, the military said.",
            {"Arthur Pembroke", "Tariq Hameed"},
        ),
        (
            "Canadian Defence Minister Ellen Marchand paid a visit to Prime Minister Omar "
            "Siddiqui in Islamabad on Tuesday.",
            {"Ellen Marchand", "Omar Siddiqui"},
        ),
        (
            "Pakistani Navy chief Admiral Faisal Karimi paid a visit to Australian Defence "
            "Minister Helen Crowe in Canberra.",
            {"Faisal Karimi", "Helen Crowe"},
        ),
    ],
)
def test_events_a_visit_paid_to_a_person_is_a_meeting(text, sides):
    got = _typed(text, "en")
    assert [t[0] for t in got] == ["meeting"], got
    assert all(any(n in lab for lab in got[0][2]) for n in sides), got


def test_events_a_visit_paid_to_a_city_stays_a_visit():
    text = "Admiral Faisal Karimi, the Pakistani Navy chief, paid a visit to Karachi on Monday."
    assert [t[0] for t in _typed(text, "en")] == ["visit"]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a summit congratulated on is what the congratulations are for, no meeting
        (
            "هاتف الرئيس الموريتاني أحمد ولد سالم يوم الجمعة الرئيس السنغالي مامادو ديوب. كما "
            "قدم الرئيس السنغالي تهنئة للرئيس الموريتاني على انعقاد قمة دول الساحل بنواكشوط.",
            "ar",
            ["phone_call"],
        ),
        (
            "بحث رئيس الوزراء التونسي منير الجلاصي هاتفيا مع نظيره الليبي سالم الورفلي العلاقات "
            "الثنائية. وقدم الجلاصي التهنئة للورفلي على استضافة طرابلس قمة دول الجوار.",
            "ar",
            ["phone_call"],
        ),
        (
            "President Alan Mbeki congratulated President Joseph Tembo on the success of the "
            "regional summit in Lusaka.",
            "en",
            [],
        ),
    ],
)
def test_events_a_summit_congratulated_on_is_no_meeting(text, lang, want):
    assert [t[0] for t in _typed(text, lang)] == want


@pytest.mark.parametrize(
    "text",
    [
        # استقبال with nobody after it receives things; a head of state only invoked
        "وأكد المحافظ ماهر الدسوقي أن المدينة التي أعلنها الرئيس المصري كمال عزام عاصمة "
        "للثقافة أصبحت قادرة على استقبال المزيد من السياح.",
        "وأشار الوزير سالم العبري إلى أن البلاد مستعدة لاستقبال الاستثمارات الأجنبية في ظل "
        "توجيهات الرئيس اليمني فؤاد الحكمي.",
        "وقال وزير السياحة التونسي منصف الحامي إن البلاد جاهزة لاستقبال مزيد من السياح في ظل "
        "توجيهات الرئيس التونسي نزار الطرابلسي.",
    ],
)
def test_events_arabic_a_reception_of_things_is_no_meeting(text):
    assert _typed(text, "ar") == []


@pytest.mark.parametrize(
    ("text", "lang", "sides", "absent"),
    [
        # "في ظل توجيهات", "under the directives of": the head of state is only invoked
        (
            "واستقبل وزير الدفاع العماني سالم العبري اليوم السفير الهندي راجيف مالهوترا في ظل "
            "توجيهات الرئيس الهندي أرجون سينغ.",
            "ar",
            {"سالم العبري", "راجيف مالهوترا"},
            "أرجون سينغ",
        ),
        (
            "Omani Defence Minister Salim Abri received Indian Ambassador Rajiv Malhotra under "
            "the directives of Indian President Arjun Singh.",
            "en",
            {"Salim Abri", "Rajiv Malhotra"},
            "Arjun Singh",
        ),
        (
            "Under the directives of President Kamal Azzam, Egyptian Interior Minister Hisham "
            "Nour met Italian Ambassador Marco Bellini in Cairo.",
            "en",
            {"Hisham Nour", "Marco Bellini"},
            "Kamal Azzam",
        ),
    ],
)
def test_events_a_head_of_state_under_whose_directives_takes_no_part(text, lang, sides, absent):
    got = _typed(text, lang)
    assert [t[0] for t in got] == ["meeting"], got
    labels = got[0][2]
    assert all(any(n in lab for lab in labels) for n in sides), got
    assert not any(absent in lab for lab in labels), got


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        # "X said that STATE delivered aid": the state's supply, which X only reports
        (
            "Minister Karl Obst said that Norway delivered humanitarian aid to Sudan on Monday.",
            "en",
            "Karl Obst",
        ),
        (
            "Envoy Farid Mansour welcomed that Armenia has sent humanitarian aid to the people "
            "of Syria.",
            "en",
            "Farid Mansour",
        ),
        (
            "وأشاد المبعوث الأممي كارلوس ميندا بأن الأردن أرسل مساعدات إنسانية إلى سوريا.",
            "ar",
            "كارلوس ميندا",
        ),
    ],
)
def test_events_a_states_supply_reported_is_not_the_reporters(text, lang, who):
    got = _typed(text, lang)
    assert [t[0] for t in got] == ["supply"], got
    assert not any(who in n for n in got[0][2]), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a tour of duty is a posting, not a visit
        (
            "Outgoing Ethiopian Ambassador Lena Korvath called on President Amara Okonjo at "
            "State House to bid farewell after her tour of duty in Ghana.",
            ["meeting"],
        ),
        (
            "Outgoing Ambassador Ines Morlan thanked Prime Minister Hugo Lindqvist for his "
            "support during her tour of duty in Sweden.",
            [],
        ),
        (
            "Defence Minister Omar Siddiqui praised Colonel Tariq Hameed, who ended a two-year "
            "tour of duty in Mali.",
            [],
        ),
    ],
)
def test_events_a_tour_of_duty_is_no_visit(text, want):
    assert [t[0] for t in _typed(text, "en")] == want


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # meetings, in the plural, with several of other states: one meeting each
        (
            "Defence Minister Rahul Mehta on Sunday held meetings with US Secretary "
            "of Defense John Carver, Australian Defence Minister Helen Crowe and New Zealand "
            "Defence Minister Tom Ashby.",
            [
                ("Rahul Mehta", "John Carver"),
                ("Rahul Mehta", "Helen Crowe"),
                ("Rahul Mehta", "Tom Ashby"),
            ],
        ),
        (
            "Foreign Minister Salim Harthy held meetings with Qatari Foreign Minister Jassim "
            "Thani and Kuwaiti Foreign Minister Nasser Sabah in Muscat on Monday.",
            [("Salim Harthy", "Jassim Thani"), ("Salim Harthy", "Nasser Sabah")],
        ),
        (
            "Japanese Foreign Minister Kenji Sato held meetings with Indian Foreign Minister "
            "Ravi Kumaran and Brazilian Foreign Minister Pedro Alvarenga on Tuesday.",
            [("Kenji Sato", "Ravi Kumaran"), ("Kenji Sato", "Pedro Alvarenga")],
        ),
    ],
)
def test_events_meetings_with_several_of_other_states_are_one_each(text, pairs):
    got = [t for t in _typed(text, "en") if t[0] == "meeting"]
    assert len(got) == len(pairs), got
    for x, y in pairs:
        assert any(
            len(t[2]) == 2 and any(x in n for n in t[2]) and any(y in n for n in t[2]) for t in got
        ), got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the states after "between" are the sides of an agreement signed
        ("جرى توقيع مذكرة تفاهم بين مصر والأردن في القاهرة.", "ar"),
        (
            "A memorandum of understanding on trade was signed between the governments of "
            "Jordan and Iraq.",
            "en",
        ),
        ("وتم التوقيع على اتفاقية للتعاون الاقتصادي بين تونس والجزائر.", "ar"),
    ],
)
def test_events_the_states_between_whom_an_agreement_is_signed_are_its_sides(text, lang):
    assert [t[0] for t in _typed(text, lang)] == ["agreement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Tom Bakerlund received a courtesy call from Foreign Minister Sami Fordani "
        "at the Palace on Monday.",
        "The outgoing Ambassador Sami Fordani paid a farewell call on President Tom Bakerlund.",
        "Foreign Minister Sami Fordani pays a courtesy call on President Tom Bakerlund.",
    ],
)
def test_events_a_courtesy_or_farewell_call_is_a_meeting_not_a_phone_call(sentence):
    ex = extract(Article(id="t", text=sentence, lang="en", date=date(2025, 10, 1)))
    assert [e.type for e in ex.events] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The ministry said this came after a courtesy visit by Indonesian Defence "
            "Minister Arif Wiranto, to Defence Minister Hasan Karim at the ministry today.",
            {"Arif Wiranto", "Hasan Karim"},
        ),
        (
            "Talks followed a visit by Foreign Minister Lena Varga to President Tomas Verri.",
            {"Lena Varga", "Tomas Verri"},
        ),
    ],
)
def test_events_a_visit_by_someone_to_a_person_is_a_meeting(text, pair):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    pairs = {frozenset(_names(ex, e)) for e in ex.events if e.type == "meeting"}
    assert frozenset(pair) in pairs


@pytest.mark.parametrize("state", ["Bangladeshi", "Pakistani"])
def test_events_a_title_and_state_name_their_holder_as_the_title_means_there(state):
    # "army chief" is the chief of staff there: the holder read so is the one meant
    text = (
        f"{state} Army Chief General Rahim Karim is on a visit. Earlier on Thursday, Chief "
        f"of Army Staff General Tomas Verri held a meeting with the {state} Army Chief."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    pairs = {frozenset(_names(ex, e)) for e in ex.events if e.type == "meeting"}
    assert frozenset({"Rahim Karim", "Tomas Verri"}) in pairs


@pytest.mark.parametrize(
    "tail",
    [
        "Also present were Deputy Defence Minister Adi Zaman and Army Chief General Musa Hafiz.",
        "Those in attendance included Deputy Defence Minister Adi Zaman; and Army Chief "
        "General Musa Hafiz.",
        "Deputy Defence Minister Adi Zaman and Army Chief General Musa Hafiz were also present.",
    ],
)
def test_events_a_sentence_of_who_was_present_joins_the_meeting(tail):
    text = "Defence Minister Bolo Tanaka met Defence Minister Kamal Osei in Accra. " + tail
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = [set(_names(ex, e)) for e in ex.events if e.type == "meeting"]
    assert got == [{"Bolo Tanaka", "Kamal Osei", "Adi Zaman", "Musa Hafiz"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy visit received, or paid to a person, is a meeting
        (
            "The Minister of Defence, Musa Danladi, on Tuesday received the new Chief of "
            "Army Staff, Maj. Gen. Wale Bamidele, on a courtesy visit to his office.",
            [("meeting", {"Musa Danladi", "Wale Bamidele"})],
        ),
        (
            "Foreign Minister Bolo Tanaka paid a courtesy visit to President Ade Bello.",
            [("meeting", {"Bolo Tanaka", "Ade Bello"})],
        ),
        (
            "Interior Minister Kamal Osei received Ambassador Lars Holm of Norway on a "
            "farewell visit on Monday.",
            [("meeting", {"Kamal Osei", "Lars Holm"})],
        ),
    ],
)
def test_events_a_courtesy_visit_is_a_meeting(text, expected):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, set(_names(ex, e))) for e in ex.events] == expected


def test_events_the_ministers_office_is_the_minister_of_the_event_told():
    text = (
        "Foreign Minister Ade Bello on Tuesday received the Chinese Ambassador to Nigeria, "
        "Cui Wen, in Abuja. They discussed trade. The Tunisian Ambassador to Nigeria Jalel "
        "Trabi was in the minister's office on a farewell visit."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = [set(_names(ex, e)) for e in ex.events if e.type == "meeting"]
    assert got == [{"Ade Bello", "Cui Wen"}, {"Jalel Trabi", "Ade Bello"}]


def test_events_those_present_join_the_meeting_of_two_sides_not_a_later_mention():
    text = (
        "Defence Minister Bolo Tanaka met Defence Minister Kamal Osei in Accra on Monday. "
        "The talks were warm. Kamal spoke of training. The meeting was their first meeting "
        "since Kamal became minister last year. Also present were Deputy Defence Minister "
        "Adi Zaman and Army Chief General Musa Hafiz."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = [set(_names(ex, e)) for e in ex.events if e.type == "meeting"]
    assert got == [{"Bolo Tanaka", "Kamal Osei", "Adi Zaman", "Musa Hafiz"}]


@pytest.mark.parametrize(
    ("lang", "text", "pairs"),
    [
        # an event told up to a colon, then a list, one person a line: one event each
        (
            "ar",
            "أجرى وزير الخارجية سيدي ولد أحمد اليوم سلسلة اتصالات هاتفية مع نظرائه.\n\n"
            "وفي هذا السياق أجرى الوزير مكالمات مع السادة:\n\n"
            "- سالم بابا، وزير الشؤون الخارجية، بجمهورية مالي.\n\n"
            "- كوفي ميناه، وزير الشؤون الخارجية بجمهورية غانا.\n\n"
            "وشدد الجميع على أهمية التضامن.",
            {("سيدي ولد أحمد", "سالم بابا"), ("سيدي ولد أحمد", "كوفي ميناه")},
        ),
        (
            "en",
            "Foreign Minister Ade Bello on Monday held phone calls with the following:\n\n"
            "- Kofi Mensah, Foreign Minister of Ghana.\n- Yao Agbeko, Foreign Minister of Togo."
            "\n\nThe ministers discussed the pandemic.",
            {("Ade Bello", "Kofi Mensah"), ("Ade Bello", "Yao Agbeko")},
        ),
        (
            "en",
            "Defence Minister Musa Danladi met these officials in Abuja:\n"
            "• General Wale Bamidele, Chief of Army Staff of Ghana.\n"
            "• Admiral Sani Adeyemi, Chief of Naval Staff of Togo.",
            {("Musa Danladi", "Wale Bamidele"), ("Musa Danladi", "Sani Adeyemi")},
        ),
    ],
)
def test_events_a_list_after_a_colon_is_one_event_each(lang, text, pairs):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    names = {p.id: (p.name_ar if lang == "ar" else p.name_en) for p in ex.persons}
    got = {tuple(names[a] for a in e.actors) for e in ex.events}
    assert got == pairs


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        # the members of one delegation of several states, met together: one meeting
        (
            "ar",
            "التقى محافظ حضرموت سالم علي في مدينة المكلا وفدا أوروبيا ضم سفير ألمانيا لدى "
            "اليمن هانس مولر، وسفيرة هولندا لدى بلادنا آنا دي فريس.",
            {"سالم علي", "هانس مولر", "آنا دي فريس"},
        ),
        (
            "ar",
            "استقبل وزير الخارجية سالم علي وفدا ضم السفير الألماني هانس مولر والسفير الفرنسي "
            "جان دوبون.",
            {"سالم علي", "هانس مولر", "جان دوبون"},
        ),
        (
            "en",
            "Foreign Minister Ade Bello met a delegation that included German Ambassador Hans "
            "Muller and French Ambassador Jean Dupont.",
            {"Ade Bello", "Hans Muller", "Jean Dupont"},
        ),
    ],
)
def test_events_a_delegation_of_several_states_is_one_meeting(lang, text, group):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    names = {p.id: (p.name_ar if lang == "ar" else p.name_en) for p in ex.persons}
    got = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert got == [group]


@pytest.mark.parametrize(
    "text",
    [
        # talks told as a meeting, "over the phone" in their sentence or the next: a call
        "AMMAN - Foreign Minister Omar Haddad and EU Commissioner for Trade Lena Ford on "
        "Tuesday discussed the partnership. The discussion, over the phone, also covered "
        "refugees.",
        "Foreign Minister Omar Haddad and Trade Minister Lena Ford of Norway on Tuesday "
        "discussed the partnership over the phone.",
        "Foreign Minister Omar Haddad discussed trade with Foreign Minister Lena Ford of "
        "Norway by telephone on Tuesday.",
    ],
)
def test_events_talks_over_the_phone_are_a_phone_call(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, set(_names(ex, e)), e.place) for e in ex.events] == [
        ("phone_call", {"Omar Haddad", "Lena Ford"}, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an audience held with, or granted to, another official is a meeting
        "Peruvian Foreign Minister Luis Vega held an audience with Foreign Minister Pedro "
        "Soto of Chile.",
        "President Ana Ruiz of Chile granted an audience to Foreign Minister Luis Vega of Peru.",
        "Foreign Minister Luis Vega of Peru had an audience with President Ana Ruiz of Chile.",
    ],
)
def test_events_an_audience_is_a_meeting(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


@pytest.mark.parametrize(
    ("text", "one", "others"),
    [
        # courtesy calls in the plural, of several on one: one meeting with each
        (
            "Four ambassadors on Friday paid courtesy calls on Vice President Dr. Ade Bello "
            "in Lilongwe.\n\nThe envoys who paid the courtesy calls on Bello were Hans Muller "
            "Ambassador of Germany, Jean Dupont Ambassador of France and Li Wen Ambassador of "
            "China.\n\nThe envoys also included Her Excellency Ana Ruiz the ambassador of Chile.",
            "Ade Bello",
            {"Hans Muller", "Jean Dupont", "Li Wen", "Ana Ruiz"},
        ),
        (
            "Foreign Minister Kofi Mensah received courtesy calls from Ambassador Hans Muller "
            "of Germany, Ambassador Jean Dupont of France and Ambassador Li Wen of China.",
            "Kofi Mensah",
            {"Hans Muller", "Jean Dupont", "Li Wen"},
        ),
        (
            "The new Ambassador of Japan, Kenji Sato, paid farewell calls on Prime Minister "
            "Kofi Mensah, Foreign Minister Ama Boateng and Defence Minister Yaw Osei of Ghana.",
            "Kenji Sato",
            {"Kofi Mensah", "Ama Boateng", "Yaw Osei"},
        ),
    ],
)
def test_events_courtesy_calls_in_the_plural_are_one_meeting_each(text, one, others):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = [set(_names(ex, e)) for e in ex.events if e.type == "meeting"]
    assert sorted(got, key=sorted) == sorted(({one, o} for o in others), key=sorted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # envoys received unnamed, named later in a list of their own: they took part
        (
            "President Amina Odhiambo on Tuesday received four new ambassadors at State House "
            "who presented their credentials. Later the envoys held talks with the President. "
            "The new envoys are Hamza Lawal from Nigeria, Arvind Menon from India and Lucia "
            "Prado from Peru.",
            {"Amina Odhiambo", "Hamza Lawal", "Arvind Menon", "Lucia Prado"},
        ),
        (
            "Prime Minister Tomas Verri received three new ambassadors on Monday. The new "
            "ambassadors are Hamza Lawal of Nigeria and Arvind Menon of India.",
            {"Tomas Verri", "Hamza Lawal", "Arvind Menon"},
        ),
        # no unnamed envoys in the event's sentence: nobody is added
        (
            "President Amina Odhiambo met the press on Tuesday. The new ambassadors are Hamza "
            "Lawal from Nigeria and Arvind Menon from India.",
            set(),
        ),
    ],
)
def test_events_envoys_received_unnamed_then_listed(text, expected):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = [set(_names(ex, e)) for e in ex.events if e.type in ("meeting", "other")]
    assert all(g == expected for g in got) and bool(got) == bool(expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # what was reached during a call took place, whatever is to come of it
        (
            "The two ministries will continue to implement the agreements reached during the "
            "telephone conversation between Presidents Tomas Verri and Arvind Menon in May.",
            "en",
        ),
        (
            "Both sides will build on the understandings reached at the meeting between Prime "
            "Minister Lucia Prado and Chancellor Jonas Weber.",
            "en",
        ),
        # a definite call with its sides named after بين is the call itself, first told
        (
            "وستعمل الوزارتان على تنفيذ ما تم الاتفاق عليه خلال الاتصال الهاتفي بين الرئيس "
            "الروسي بافل سيدوروف والرئيس التركي كمال أوزتورك.",
            "ar",
        ),
        (
            "وجرى الاتصال الهاتفي بين الرئيس الروسي بافل سيدوروف والرئيس التركي كمال أوزتورك.",
            "ar",
        ),
    ],
)
def test_events_an_event_reached_during_took_place(text, lang):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert [(e.status, len(e.actors)) for e in ex.events] == [("held", 2)]


def test_events_a_definite_event_noun_between_groups_makes_no_event():
    # "the talks between the Saudi delegation and the rebels": no two people named after it
    text = (
        "Foreign Minister Ahmed Sallal announced that the talks between the Saudi "
        "delegation and the rebels would resume after the holiday."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert ex.events == () or list(ex.events) == []


@pytest.mark.parametrize(
    "verb", ["exchanged views with", "conferred with", "had talks with", "had lunch with"]
)
def test_events_english_verbs_of_talks_are_a_meeting_each(verb):
    text = (
        f"Foreign Minister Kemi Aradovo {verb} Norway's Foreign Minister Lars Ovikstad and "
        "Chile's Foreign Minister Mira Teskova."
    )
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 3, 3)))
    assert sorted(len(e.actors) for e in ex.events if e.type == "meeting") == [2, 2]


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("Ambassador Lars Ovikstad was called to Oslo for consultations.", False),
        ("Foreign Minister Kemi Aradovo called for calm on Monday.", False),
        ("Foreign Minister Kemi Aradovo called off the talks.", False),
        ("Foreign Minister Kemi Aradovo called Foreign Minister Lars Ovikstad.", True),
        ("President Kemi Aradovo called to congratulate President Lars Ovikstad.", True),
        ("Foreign Minister Kemi Aradovo was called by President Lars Ovikstad.", True),
    ],
)
def test_events_english_called_for_or_in_the_passive_is_no_phone_call(text, call):
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 3, 3)))
    assert ("phone_call" in {e.type for e in ex.events}) is call


def test_events_english_an_introductory_call_is_a_meeting():
    text = (
        "Prime Minister Kemi Aradovo received an introductory call from the Chilean "
        "Ambassador Lars Ovikstad yesterday."
    )
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 3, 3)))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


def test_events_english_signatories_told_one_by_one_sign_one_agreement():
    text = (
        "Ghana has signed a Cooperation Agreement with Rwanda. Ghana's Foreign Minister, Ama "
        "Odenkye, signed on behalf of her country. Dr. Tom Birutano, Minister of Foreign "
        "Affairs of Rwanda, signed on behalf of Rwanda."
    )
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 3, 3)))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("agreement", 2)]
    # two pairs of signatories, two agreements
    text = (
        "Foreign Minister Ama Odenkye and Foreign Minister Tom Birutano signed a trade pact. "
        "Defence Minister Kofi Mensarh and Defence Minister Leo Kagamo signed a defence accord."
    )
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 3, 3)))
    assert sorted(len(e.actors) for e in ex.events if e.type == "agreement") == [2, 2]


@pytest.mark.parametrize(
    ("text", "call"),
    [
        # "called" that names something is no call
        ("Foreign Minister Kemi Aradovo met students of a so-called AbiBac class.", False),
        ("Foreign Minister Kemi Aradovo denounced what she called a threat to peace.", False),
        ("Foreign Minister Kemi Aradovo said the talks were, as she called them, frank.", False),
        ("As agreed, Foreign Minister Kemi Aradovo called Foreign Minister Lars Ovikstad.", True),
    ],
)
def test_events_english_called_that_names_is_no_phone_call(text, call):
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 3, 3)))
    assert ("phone_call" in {e.type for e in ex.events}) is call


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        # the subject of a verb of discussion set off by a comma before مع is a side
        (
            "بحث وزير الخارجية التركي كمال أوزدمير، مع نظيره الأمريكي جون ريفرز، خلال محادثة "
            "هاتفية اليوم مستجدات الأزمة.",
            "phone_call",
            {"كمال أوزدمير", "جون ريفرز"},
        ),
        (
            "بحث وزير الدفاع الأردني سامي الحديدي، مع نظيره العراقي، ثامر الدليمي، خلال اتصال "
            "هاتفي، اليوم، التعاون العسكري.",
            "phone_call",
            {"سامي الحديدي", "ثامر الدليمي"},
        ),
        (
            "ناقش وزير الداخلية الكويتي فهد الزبن، مع السفير الياباني كينجي ساتو، سبل التعاون.",
            "meeting",
            {"فهد الزبن", "كينجي ساتو"},
        ),
    ],
)
def test_events_arabic_subject_set_off_by_a_comma_before_with(text, kind, names):
    assert (kind, "held", names) in _typed(text, "ar")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # talks, discussions or a meeting between two named officials: their meeting
        (
            "Libya was the focus of talks between UN Special Envoy Ana Ruvik and Foreign "
            "Minister Jean Dupraz.",
            {"Ana Ruvik", "Jean Dupraz"},
        ),
        (
            "A meeting between Kenyan President William Kamau and Ugandan President Moses "
            "Okelo took place in Kampala.",
            {"William Kamau", "Moses Okelo"},
        ),
        (
            "Discussions between Defence Minister Lars Ovikstad and his Chilean counterpart "
            "Mira Teskova focused on training.",
            {"Lars Ovikstad", "Mira Teskova"},
        ),
    ],
)
def test_events_english_talks_between_two_officials_are_a_meeting(text, names):
    assert ("meeting", "held", names) in _typed(text, "en")


def test_events_english_consultations_between_two_countries_are_no_meeting():
    text = (
        "These talks are part of the regular consultations between the two countries, Foreign "
        "Minister Jean Dupraz said during a press briefing."
    )
    assert [k for k, _, _ in _typed(text, "en")] == ["statement"]


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        # بحث X، خلال استقباله، Y: the subject set off by a comma before the occasion
        (
            "بحث رئيس مفوضية الاتحاد الإفريقي موسى فكي، خلال استقباله، السفير الياباني كينجي "
            "ساتو، التعاون.",
            "meeting",
            {"موسى فكي", "كينجي ساتو"},
        ),
        (
            "بحث وزير الخارجية المصري كريم سليم، خلال استقباله، السفير الياباني كينجي ساتو، سبل "
            "التعاون.",
            "meeting",
            {"كريم سليم", "كينجي ساتو"},
        ),
        (
            "ناقش وزير الدفاع الأردني سامي الحديدي، خلال اتصال هاتفي، مع نظيره العراقي ثامر "
            "الدليمي، التعاون.",
            "phone_call",
            {"سامي الحديدي", "ثامر الدليمي"},
        ),
    ],
)
def test_events_arabic_subject_set_off_by_a_comma_before_the_occasion(text, kind, names):
    assert (kind, "held", names) in _typed(text, "ar")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a working session (جلسة عمل) with someone is a meeting
        (
            "عقد وزير الخارجية الموريتاني سالم ولد أحمد جلسة عمل مع نظيره المالي موسى كوناتي.",
            {"سالم ولد أحمد", "موسى كوناتي"},
        ),
        (
            "وعقد وزير الدفاع الأردني سامي الحديدي جلسة عمل مع السفير الياباني كينجي ساتو.",
            {"سامي الحديدي", "كينجي ساتو"},
        ),
    ],
)
def test_events_arabic_a_working_session_is_a_meeting(text, names):
    assert ("meeting", "held", names) in _typed(text, "ar")


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # where a non-resident envoy lives is no place of the event
        ("قدم السفير الياباني كينجي ساتو أوراق اعتماده سفيرا لبلاده، مقيما في داكار.", "ar", None),
        (
            "قدم السفير النرويجي المقيم في باماكو أولاف ليندمان أوراق اعتماده للرئيس في نواكشوط.",
            "ar",
            "nouakchott",
        ),
        (
            "Ambassador Lars Berg, resident in Nairobi, presented his credentials to President "
            "Ali Hassan in Mogadishu.",
            "en",
            "mogadishu",
        ),
    ],
)
def test_events_a_resident_envoy_s_seat_is_no_place(text, lang, place):
    ex = extract(Article(id="t", text=text, lang=lang, date=D))
    assert [e.place for e in ex.events] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # an event told "earlier in the day", "later that day": the day of the one before
        "BAMAKO: Foreign Minister Ana Ruvik on Tuesday received the Chilean Ambassador Luis "
        "Sotelo. Earlier in the day, she met with the Peruvian Ambassador Jorge Vidal.",
        "BAMAKO: Foreign Minister Ana Ruvik on Tuesday received the Chilean Ambassador Luis "
        "Sotelo. Later that day, she met the Peruvian Ambassador Jorge Vidal.",
        "استقبل وزير الخارجية المالي سامي كوناتي يوم الثلاثاء السفير التشيلي لويس سوتيلو. وفي "
        "وقت لاحق، التقى الوزير السفير البيروفي خورخي فيدال.",
    ],
)
def test_events_an_event_later_that_day_takes_its_day(text):
    lang = "ar" if "وزير" in text else "en"
    ex = extract(Article(id="t", text=text, lang=lang, date=date(2023, 7, 8)))
    meetings = [e for e in ex.events if e.type == "meeting"]
    assert len(meetings) == 2
    assert {e.date for e in meetings} == {date(2023, 7, 4)}


@pytest.mark.parametrize(
    ("text", "lang", "url", "place"),
    [
        # the state named by its kind is the article's own, when it is of that kind
        (
            "استقبل وزير الدفاع سالم الحارثي أمس الفريق أول زبير شاه رئيس الأركان الباكستاني "
            "الذي يزور السلطنة حاليا.",
            "ar",
            "https://www.omandaily.om/x/1",
            "oman",
        ),
        (
            "Foreign Minister Ana Ruvik of Guinea-Bissau arrived on Monday. Ruvik's visit to the "
            "kingdom reinforces the ties, the minister noted.",
            "en",
            "https://www.maroc.ma/en/news/x",
            "morocco",
        ),
        (
            "وصل وزير الخارجية الأردني نادر الزعبلاوي إلى المملكة في زيارة رسمية.",
            "ar",
            "https://www.spa.gov.sa/x/1",
            "saudi-arabia",
        ),
        # ... not a kingdom's word for a sultanate's article
        (
            "وصل وزير الخارجية الأردني نادر الزعبلاوي إلى المملكة في زيارة رسمية.",
            "ar",
            "https://www.omandaily.om/x/1",
            None,
        ),
    ],
)
def test_events_a_state_named_by_its_kind_is_the_article_s_own(text, lang, url, place):
    ex = extract(Article(id="t", text=text, lang=lang, url=url, date=D))
    assert [e.place for e in ex.events if e.type == "visit"] == [place]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # "the newly accredited ambassador": a participle as an adjective, no credentials act
        (
            "President William Kamau received the newly-accredited Ambassador of Peru Luis Soto "
            "at State House on Monday.",
            ["meeting"],
        ),
        (
            "President William Kamau received the newly accredited Ambassador of Peru, Luis Soto.",
            ["meeting"],
        ),
        # ... but the act itself is one
        (
            "President William Kamau accredited the new ambassadors of Peru and Chile on Monday.",
            ["other"],
        ),
    ],
)
def test_events_english_a_newly_accredited_envoy_is_received_not_accredited(text, types):
    assert [t for t, _, _ in _typed(text, "en")] == types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an exchange of views (تبادل ... مع ... وجهات النظر) is talks, a meeting
        (
            "وتبادل وزير الخارجية الهندي رافي كومار مع وزير الخارجية الروسي سيرغي لافرين وجهات "
            "النظر حول التعاون.",
            {"رافي كومار", "سيرغي لافرين"},
        ),
        (
            "وتبادلت وزيرة الخارجية الغانية أما أودنكي مع نظيرها التوغولي كوسي أغبو وجهات النظر.",
            {"أما أودنكي", "كوسي أغبو"},
        ),
    ],
)
def test_events_arabic_an_exchange_of_views_is_a_meeting(text, names):
    assert ("meeting", "held", names) in _typed(text, "ar")


def test_events_arabic_an_exchange_of_prisoners_is_no_meeting():
    assert _typed("وتبادل البلدان الأسرى مع الجانب الروسي.", "ar") == []


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # an adjective spelt as its state's very name (المالي: Malian, and financial) is
        # the state's only where the article has an official of it
        (
            "وقع وزير المالية الكويتي أنور سالم ووزيرة الاقتصاد التونسية فريال علي اتفاقية "
            "للتعاون المالي.",
            {"KW", "TN"},
        ),
        (
            "وقع وزير الخارجية الكويتي أنور سالم ونظيره المالي عبدولاي ديوب اتفاقية للتعاون.",
            {"KW", "ML"},
        ),
        ("وقع العراق والأردن اتفاقية للتعاون المالي.", {"IQ", "JO"}),
    ],
)
def test_events_an_adjective_spelt_as_a_state_s_name(text, states):
    (ev,) = extract(Article(id="t", lang="ar", text=text, date=D)).events
    assert set(ev.country_actors) == states


def test_events_visiting_before_a_title_is_no_visit_of_the_subject():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Spanish Foreign Minister Pablo Ortega held talks on Thursday with visiting "
            "Chilean Foreign Minister Ana Rojas in Madrid.",
            date=D,
        )
    )
    assert [e.type for e in ex.events] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # held talks (تحادث), saw off (ودّع)
        (
            "تحادث وزير الخارجية المغربي عمر الصنهاجي مع نظيره الغاني كوفي منساه.",
            "meeting",
        ),
        ("ودّع الرئيس النيجيري أحمد بولا سفير نيجيريا لدى البرازيل يوسف دانجوما.", "meeting"),
    ],
)
def test_events_talks_and_farewell_verbs(text, kind):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [(kind, 2)]


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        # held discussion (singular), a telephone talk, a city spelt with its diacritics
        (
            "Prime Minister Tomas Varga held discussion with Latvian Foreign Minister Ilze "
            "Berzina in his office today.",
            "meeting",
            None,
        ),
        (
            "On May 3, Foreign Minister Ana Costa held a telephone talk with Minister Kenji "
            "Sato of Japan.",
            "phone_call",
            None,
        ),
        (
            "Vietnamese President Vo Van Minh met US Ambassador John Smith in Hà Nội.",
            "meeting",
            "hanoi",
        ),
    ],
)
def test_events_english_wordings_of_talks_and_calls(text, kind, place):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors), e.place) for e in ex.events] == [(kind, 2, place)]


def test_events_a_call_spelt_hatifan():
    # اتصالا هاتفا: the adverb written without its ي, as some sites do
    ex = extract(
        Article(
            id="t",
            lang="ar",
            text="تلقى الرئيس المصري، سامي حداد، اتصالا هاتفا من نظيره الإيراني، كمال رضائي.",
            date=D,
        )
    )
    assert [(e.type, len(e.actors)) for e in ex.events] == [("phone_call", 2)]


@pytest.mark.parametrize(
    "text",
    [
        # the subject set off by commas around a day
        "بحث وزير الخارجية الليبي سالم الحداد، الخميس، هاتفيًا مع نظيره الكندي روبرت كلارك.",
        "بحث وزير الدفاع الغاني كوفي منساه، اليوم، مع نظيره البيروفي خوان سالدانيا التعاون.",
    ],
)
def test_events_a_subject_set_off_by_a_day(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    (ev,) = ex.events
    assert len(ev.actors) == 2


def _speakers(ex):
    names = {p.id: p.name_en or p.name_ar for p in ex.persons}
    return [[names[a] for a in e.actors] for e in ex.events if e.type == "statement"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # a statement told before its speaker, who opens the main clause
        (
            "en",
            "In a statement on Tuesday, the Special Assistant to the Minister of Foreign "
            "Affairs, Musa Kaltungo, said the minister would travel to Lima.",
            "Musa Kaltungo",
        ),
        (
            "en",
            "In a statement to the press after the talks, Foreign Minister Tomas Verlan of "
            "Chile said that trade would grow.",
            "Tomas Verlan",
        ),
        (
            "ar",
            "وفي تصريح صحفي عقب اللقاء، قال وزير الخارجية التشيلي توماس فيرلان إن المباحثات "
            "كانت مثمرة.",
            "توماس فيرلان",
        ),
        (
            "ar",
            "وفي بيان أصدرته الوزارة، أكد وزير الدفاع الغاني كوفي أدجاي أن التعاون مستمر.",
            "كوفي أدجاي",
        ),
        # guards: an institution speaks, or the phrase runs into a quotation
        (
            "en",
            "In a statement on Tuesday, the foreign ministry said that Foreign Minister "
            "Tomas Verlan of Chile would travel to Lima.",
            None,
        ),
        (
            "ar",
            'وفي تصريح للصحافة عقب اللقاء قال المسؤول: "التقيت بالرئيس, السيد خوان بيريز, أمس".',
            None,
        ),
    ],
)
def test_events_a_statement_told_before_its_speaker(lang, text, speaker):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert _speakers(ex) == ([[speaker]] if speaker else [])


@pytest.mark.parametrize(
    "text",
    [
        # a call told in the opening phrase, its counterpart before the subject
        "وفي اتصال هاتفي مع نظيره البيروفي خوان كيسبي، بحث وزير الخارجية التشيلي توماس "
        "فيرلان العلاقات الثنائية.",
        "وخلال اتصال هاتفي تلقاه من نظيره الغاني كوفي أدجاي، أكد وزير الدفاع الكيني ألفريد "
        "موتوا أهمية التعاون.",
        # في before the call: the call is the occasion of the talks, not their topic
        "بحث وزير الخارجية التشيلي توماس فيرلان في اتصال هاتفي مع نظيرته البيروفية آنا "
        "كيسبي العلاقات الثنائية.",
        "بحث رئيس الوزراء الماليزي أنور كمال في اتصال هاتفي مع رئيس الوزراء السنغافوري لي "
        "كوان المستجدات الإقليمية.",
    ],
)
def test_events_a_call_in_an_opening_or_occasion_phrase(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("phone_call", 2)]


@pytest.mark.parametrize(
    "text",
    [
        # "a call" as a noun, with its parties
        "Foreign Minister Ana Costa of Chile spoke during a call on Thursday with her "
        "Peruvian counterpart, Rosa Quispe.",
        "Foreign Minister Ana Costa of Chile had a call with her Peruvian counterpart Rosa "
        "Quispe on Monday.",
        "Prime Minister Tomas Varga of Latvia held a call with Prime Minister Kenji Sato of Japan.",
    ],
)
def test_events_a_call_as_a_noun(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("phone_call", 2)]


def test_events_no_call_in_a_call_for_calm():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Foreign Minister Ana Costa of Chile issued a call for calm.",
            date=D,
        )
    )
    assert ex.events == () or not any(e.type == "phone_call" for e in ex.events)


def test_events_an_ambassador_stationed_elsewhere_gives_no_place():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Kenyan President Daniel Omondi received Chilean Ambassador Pablo Ortega, "
            "stationed in Beijing, at State House.",
            date=D,
        )
    )
    (ev,) = ex.events
    assert ev.place != "beijing"


@pytest.mark.parametrize(
    "text",
    [
        # a time between the arrival and its destination
        "The president of Mexico, Andres Lopez, arrived this Friday in Cali, Colombia.",
        "President Andres Lopez of Mexico arrived this morning in Bogota.",
        "Foreign Minister Ana Costa of Chile landed on Tuesday in Lima.",
    ],
)
def test_events_an_arrival_with_its_time_before_the_place(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("visit", 1)]


@pytest.mark.parametrize(
    ("lang", "text", "visitor"),
    [
        # the visit told in a relative clause is its antecedent's, however far the noun
        (
            "en",
            "President Kofi Adjei of Ghana held a meeting with Foreign Minister Ana Costa of "
            "Chile, who arrived in Accra for a working visit.",
            "Ana Costa",
        ),
        (
            "ar",
            "استقبل الرئيس الغاني كوفي أدجاي وزيرة الخارجية التشيلية آنا كوستا، التي وصلت إلى "
            "أكرا في زيارة عمل.",
            "آنا كوستا",
        ),
    ],
)
def test_events_a_visit_in_a_relative_clause(lang, text, visitor):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    names = {p.id: p.name_en or p.name_ar for p in ex.persons}
    visits = [[names[a] for a in e.actors] for e in ex.events if e.type == "visit"]
    assert visits == [[visitor]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the two holders of a minister's post named before, told as a pair
        (
            "ar",
            "أجرى وزير الدفاع الغاني كوفي أدجاي محادثات مع نظيره الكيني ألفريد موتوا في "
            "نيروبي. وعقب لقاء أدجاي مع الرئيس الكيني جون كاماو، وقع وزيرا الدفاع مذكرة تفاهم.",
        ),
        (
            "en",
            "Defence Minister Kofi Adjei of Ghana held talks with his Kenyan counterpart "
            "Alfred Mutua in Nairobi. He later met President John Kamau of Kenya. The two "
            "defence ministers then signed a memorandum of understanding on training.",
        ),
        (
            "ar",
            "استقبل وزير الخارجية البيروفي خوان كيسبي نظيرته التشيلية آنا كوستا في ليما. "
            "والتقت كوستا الرئيس البيروفي لويس بيريز. ووقع وزيرا خارجية البلدين اتفاقية "
            "للتعاون.",
        ),
    ],
)
def test_events_an_act_of_a_pair_of_ministers(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    roles = {t.person: t.role for t in ex.tenures}
    (agreement,) = [e for e in ex.events if e.type == "agreement"]
    assert len(agreement.actors) == 2
    assert {roles[a] for a in agreement.actors} <= {"defence_minister", "foreign_minister"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a joint press conference or statement is its two sides'
        (
            "ar",
            "أكدت رئيسة المفوضية الأوروبية آنا براندت خلال مؤتمر صحفي مشترك مع رئيس "
            "الجمهورية الغاني كوفي أدجاي أن غانا شريك مهم.",
        ),
        (
            "en",
            "Speaking at a joint press conference with Peruvian Foreign Minister Rosa Quispe "
            "in Lima on Monday, Chilean Foreign Minister Ana Costa said trade would grow.",
        ),
    ],
)
def test_events_a_joint_statement_is_both_sides(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    (st,) = [e for e in ex.events if e.type == "statement"]
    assert len(st.actors) == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # whom the calls told just before were held with, named in a sentence of its own
        (
            "en",
            "Accra - Telephone calls were held between Foreign Minister Kofi Adjei of Ghana "
            "and several of his counterparts on Sunday.\n\nDiscussions were held with Ana "
            "Costa, Minister of Foreign Affairs of Chile; and Rosa Quispe, Minister of "
            "Foreign Affairs of Peru.",
        ),
        (
            "ar",
            "أجرى وزير الخارجية الغاني كوفي أدجاي اليوم اتصالات هاتفية مع عدد من نظرائه. "
            "وشملت الاتصالات وزيرة الخارجية التشيلية آنا كوستا، ووزيرة الخارجية البيروفية "
            "روزا كيسبي.",
        ),
    ],
)
def test_events_calls_held_with_those_named_after(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    calls = [e for e in ex.events if e.type == "phone_call"]
    assert len(calls) == 2 and all(len(e.actors) == 2 for e in calls)
    assert len({a for e in calls for a in e.actors}) == 3


def test_events_one_named_in_the_occasion_at_the_sidelines_takes_no_part():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Defence Minister Kofi Adjei of Ghana met Japan's Minister of Defense Hamada "
            "Taro at the sidelines of the state visit to Japan of President John Mensah.",
            date=D,
        )
    )
    names = {p.id: p.name_en for p in ex.persons}
    meetings = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert meetings == [{"Kofi Adjei", "Hamada Taro"}]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a relative clause about another occasion lends the meeting neither its people
        # nor its day nor its place
        (
            "ar",
            "واجتمع وزير الخارجية الغاني كوفي أدجاي، الذي كان في كيتو لحضور حفل تنصيب الرئيس "
            "الإكوادوري دانييل روا يوم الثلاثاء، مع وزيرة الخارجية البيروفية آنا كيسبي يوم "
            "الأربعاء.",
        ),
        (
            "en",
            "Ghana's Foreign Minister Kofi Adjei, who was in Quito to attend the inauguration "
            "of Ecuadorian President Daniel Roa on Tuesday, met Peruvian Foreign Minister Ana "
            "Quispe on Wednesday.",
        ),
    ],
)
def test_events_a_relative_clause_about_another_occasion(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    names = {p.id: p.name_en or p.name_ar for p in ex.persons}
    (meeting,) = [e for e in ex.events if e.type == "meeting"]
    assert len(meeting.actors) == 2
    assert not any("روا" in names[a] or "Roa" in names[a] for a in meeting.actors)
    assert meeting.date is not None and meeting.date.weekday() == 2  # Wednesday


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a host met a delegation, whose leader the next sentence names
        (
            "en",
            "President Daniel Omondi of Kenya hosted a high-level delegation from Oman at "
            "State House on Thursday. The delegation was led by Salim Al Harthy, a special "
            "envoy of the Sultan of Oman.",
        ),
        (
            "ar",
            "استقبل الرئيس الكيني ألفريد موتوا وفدا عمانيا رفيع المستوى اليوم. وترأس الوفد "
            "المبعوث الخاص لسلطان عمان سالم الحارثي.",
        ),
    ],
)
def test_events_a_delegation_whose_leader_the_next_sentence_names(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the opening phrase of a statement closes on a state or a body, not on a person
        (
            "en",
            "In a statement on Tuesday, Egypt condemned the remarks of US President Jack Brown.",
        ),
        (
            "ar",
            "وفي بيان يوم الثلاثاء، أدانت مصر تصريحات الرئيس الأمريكي جاك براون.",
        ),
    ],
)
def test_events_no_speaker_for_a_statement_whose_subject_is_a_state(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert _speakers(ex) == []


def test_events_topics_after_the_talks_included_are_no_participants():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Foreign Minister Ana Costa of Chile arrived in Tokyo on Monday for talks. The "
            "talks included a discussion of President Omar Fathy's peace plan.",
            date=D,
        )
    )
    names = {p.id: p.name_en for p in ex.persons}
    assert not any("Omar Fathy" in {names[a] for a in e.actors} for e in ex.events)


def test_events_a_call_for_calm_during_talks_is_no_phone_call():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Foreign Minister Ana Costa of Chile met Foreign Minister Rosa Quispe of Peru in "
            "Lima, during a call for calm on the border.",
            date=D,
        )
    )
    assert [e.type for e in ex.events] == ["meeting"]


def _ar_actors(text: str) -> list[tuple[str, str, set[str]]]:
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    names = {p.id: p.name_ar for p in ex.persons}
    return [(e.type, e.status, {names[a] for a in e.actors}) for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        # the subject named right before the verb of talks
        "أعلنت الوزارة أن الرئيس الغاني كوفي أدجاي بحث مع ملك ماليزيا السلطان هاني سمير العلاقات.",
        "وقال البيان إن وزير الخارجية البيروفي خوان كيسبي ناقش مع ملك ماليزيا السلطان هاني "
        "سمير التعاون.",
    ],
)
def test_events_ar_talks_with_the_subject_before_the_verb(text):
    got = _ar_actors(text)
    assert any(t == "meeting" and len(a) == 2 and "هاني سمير" in a for t, _s, a in got)


@pytest.mark.parametrize(
    "text",
    [
        "تحادثت وزيرة الخارجية الكينية هالة كوتو هاتفيا مع نظيرتها البرازيلية سلمى ماريو.",
        "تباحث وزير الدفاع الغاني كوفي أدجاي عبر الهاتف مع نظيره البيروفي خوان كيسبي.",
        "اجتمع وزير الخارجية الغاني كوفي أدجاي هاتفياً مع نظيره البيروفي خوان كيسبي.",
    ],
)
def test_events_ar_a_verb_of_talks_by_phone_is_a_call_only(text):
    assert [t for t, _s, _a in _ar_actors(text)] == ["phone_call"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia vetoed a resolution calling for a ceasefire in Chad and the delivery of "
        "humanitarian aid on Monday.",
        "Minister Jan Novak spoke of the war and demanded the delivery of humanitarian aid by "
        "Chad to the region.",
    ],
)
def test_events_aid_called_for_is_no_supply(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert not [e for e in ex.events if e.type == "supply"]


def test_events_ar_a_verb_of_talks_by_phone_past_a_date_is_a_call_only():
    got = _ar_actors(
        "تحادثت وزيرة الخارجية الكينية الجديدة هالة كوتو، اليوم الأحد 22 مايو 2022، "
        "هاتفيًّا مع نظيرتها البرازيلية سلمى ماريو."
    )
    assert [t for t, _s, _a in got] == ["phone_call"]


@pytest.mark.parametrize(
    "text",
    [
        "Omar Fathy, Minister of Foreign Affairs, spoke on the telephone on 28 April to Mr "
        "Sami Kotu, Minister of Foreign Affairs of Mali.",
        "Foreign Minister Omar Fathy of Chad talked on the phone with Foreign Minister Sami "
        "Kotu of Mali.",
    ],
)
def test_events_spoke_on_the_telephone_is_a_call(text):
    assert [(t, a) for t, _s, a in _typed(text, "en")] == [
        ("phone_call", {"Omar Fathy", "Sami Kotu"})
    ]


def test_events_a_meeting_hoped_for_is_not_held():
    got = _typed(
        "Foreign Minister Ingrid Holm of Norway spoke by phone with Foreign Minister Tomas "
        "Berg of Sweden. Holm also expressed hope for an in-person meeting with Berg in the "
        "near future.",
        "en",
    )
    assert not any(t == "meeting" and s == "held" for t, s, _a in got)


@pytest.mark.parametrize(
    ("lang", "text", "visitor", "host"),
    [
        (
            "ar",
            "يلتقي رئيس وزراء الهند رافي شارما اليوم وزير الخارجية البرازيلي ماركو سيلفا، في "
            "إطار زيارة يقوم بها سيلفا للهند.",
            "ماركو سيلفا",
            "رافي شارما",
        ),
        (
            "en",
            "President Sami Kotu of Mali met Foreign Minister Omar Fathy of Chad in Bamako "
            "during a visit by Fathy to Mali.",
            "Omar Fathy",
            "Sami Kotu",
        ),
    ],
)
def test_events_a_visit_made_by_is_its_maker_s(lang, text, visitor, host):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    visits = [" ".join(_names(ex, e)) for e in ex.events if e.type == "visit"]
    assert visits and all(visitor in v and host not in v for v in visits)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Omar Fathy of Chad earlier today conferred at his office with "
        "Foreign Minister Sami Kotu of Mali.",
        "Foreign Minister Omar Fathy of Chad confers today at his office with Foreign Minister "
        "Sami Kotu of Mali.",
    ],
)
def test_events_a_meeting_verb_and_with_apart(text):
    assert [(t, a) for t, _s, a in _typed(text, "en")] == [("meeting", {"Omar Fathy", "Sami Kotu"})]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # the object of a proxy's preposition is no subject of the talks
        (
            "ar",
            "وصل وزير الخارجية سامي الحداد إلى عمان اليوم. ونيابة عن الرئيس كمال العبيدي بحث "
            "مع رئيس الوزراء منير الزين ملف الطاقة.",
            "no_meeting_of:كمال العبيدي",
        ),
        # a call told after the meeting with ثم leaves the meeting
        (
            "ar",
            "التقى الرئيس كمال العبيدي في القاهرة اليوم رئيس الوزراء الأردني منير الزين، ثم "
            "تحدث هاتفيا مع الرئيس الفرنسي جان دوبون.",
            "meeting",
        ),
        # a call for peace, then a meeting: the meeting stands
        (
            "en",
            "Foreign Minister John Harlan made a call for peace on Monday and then met Kenyan "
            "President Tom Reed in Nairobi.",
            "meeting",
        ),
        # looking forward in a relative clause leaves the meeting held
        (
            "en",
            "Foreign Minister John Harlan, who said he looked forward to working with Reed, met "
            "Kenyan President Tom Reed in Nairobi on Monday.",
            "meeting",
        ),
        # "by" after "his visit" names who welcomed him, not the visitor
        (
            "en",
            "Kenyan President Tom Reed was welcomed at the start of his visit by Portuguese Prime "
            "Minister Ana Costa in Lisbon on Monday.",
            "visitor:Tom Reed",
        ),
    ],
)
def test_events_over_broad_readings_stay_off(lang, text, kind):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    if kind == "meeting":
        assert any(e.type == "meeting" and e.status == "held" for e in ex.events)
    elif kind.startswith("no_meeting_of:"):
        who = kind.split(":", 1)[1]
        assert not any(e.type == "meeting" and who in " ".join(_names(ex, e)) for e in ex.events)
    else:
        who = kind.split(":", 1)[1]
        visits = [" ".join(_names(ex, e)) for e in ex.events if e.type == "visit"]
        assert visits and all(who in v for v in visits)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb of talks opening the sentence, its subject two persons joined by و
        (
            "بحث وزير الخارجية الأردني سامي حداد ونظيره الكويتي سالم الفهد العلاقات الثنائية.",
            ("meeting", "held", {"سامي حداد", "سالم الفهد"}),
        ),
        (
            "بحث وزير الخارجية الأردني سامي حداد هاتفيا ونظيره الكويتي سالم الفهد العلاقات.",
            ("phone_call", "held", {"سامي حداد", "سالم الفهد"}),
        ),
        # ... and the meeting the next sentence refers back to is those talks
        (
            "بحث قائد الجيش المشير سامي حداد والممثلة الخاصة للأمين العام، رئيسة بعثة الأمم "
            "المتحدة، سارة بيانكي، آليات الدعم. جاء ذلك خلال لقائهما أمس بحضور نائب قائد الجيش "
            "اللواء كريم حداد.",
            ("meeting", "held", {"سامي حداد", "سارة بيانكي", "كريم حداد"}),
        ),
        # a verb of the future before an event noun
        (
            "وقال الوزير سامي حداد إنه سيقوم بزيارة مدينة لاهور لبحث التعاون.",
            ("visit", "planned", {"سامي حداد"}),
        ),
    ],
)
def test_events_arabic_talks_of_a_pair_and_a_light_verb_of_the_future(text, want):
    assert want in _ar_actors(text)


def test_events_arabic_talks_of_a_pair_are_one_event_with_the_meeting_after():
    got = _ar_actors(
        "بحث قائد الجيش المشير سامي حداد والممثلة الخاصة للأمين العام، رئيسة بعثة الأمم "
        "المتحدة، سارة بيانكي، آليات الدعم. جاء ذلك خلال لقائهما أمس بحضور نائب قائد الجيش "
        "اللواء كريم حداد."
    )
    assert len([e for e in got if e[0] == "meeting"]) == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "بحث وزير الخارجية الأردني سامي حداد مع وزير الخارجية الهولندي يان فوس في العاصمة "
            "الهولندية لاهاي العلاقات الثنائية.",
            "the-hague",
        ),
        (
            "بحث وزير الخارجية الأردني سامي حداد مع نظيره البلجيكي يان فوس في بروكسل العلاقات.",
            "brussels",
        ),
        # what they discussed, not where
        ("بحث وزير الخارجية الأردني سامي حداد مع نظيره البلجيكي يان فوس في غزة والضفة.", None),
    ],
)
def test_events_arabic_talks_held_in_a_city_named_after_whom_with(text, place):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [e.place for e in ex.events if e.type == "meeting"] == [place]


def test_events_arabic_an_arrival_s_aim_is_the_visit_held():
    ex = extract(
        Article(
            id="t",
            lang="ar",
            text="وصل وزير الخارجية الأردني سامي حداد، الإثنين، إلى جدة لإجراء جولة مباحثات مع "
            "نظيره.",
            date=D,
        )
    )
    visits = [e for e in ex.events if e.type == "visit"]
    assert [(e.status, e.place) for e in visits] == [("held", "jeddah")]


@pytest.mark.parametrize("post", ["وزير الخارجية", "وزير النقل"])
def test_events_arabic_a_bare_title_before_with_his_counterpart_is_the_one_named_before(post):
    text = (
        f"التقى {post} الأردني سامي حداد الوفد. ووقع {post} مع نظيره السعودي فهد الدوسري "
        "مذكرة تفاهم."
    )
    assert ("agreement", "held", {"سامي حداد", "فهد الدوسري"}) in _ar_actors(text)


@pytest.mark.parametrize(
    ("text", "visitors"),
    [
        # the trip of someone named by surname alone is no official's of the sentence
        ("Bolivian President Luis Arce confirmed Ruiz's trip to La Paz.", []),
        # ... but a day's name before 's is a time, and the visit the subject's
        ("Bolivian President Luis Arce began Monday's visit to Lima.", [{"Luis Arce"}]),
        (
            "Bolivian President Luis Arce confirmed Foreign Minister Ana Ruiz's trip to La Paz.",
            [{"Ana Ruiz"}],
        ),
    ],
)
def test_events_english_a_visit_is_its_possessor_s(text, visitors):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    names = {p.id: p.name_en for p in ex.persons}
    got = [{names[a] for a in e.actors} for e in ex.events if e.type == "visit"]
    assert got == visitors


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb of the future is one of the imperfect's, not any word in سي, ست, سن
        (
            "أجرى وزير الخارجية الأردني سامر حداد في ستوكهولم مباحثات مع نظيره السويدي أندرس ليند.",
            ("meeting", "held", {"سامر حداد", "أندرس ليند"}),
        ),
        (
            "اختتم وزير الخارجية البرازيلي سيلسو ريبيرو زيارة إلى القاهرة.",
            ("visit", "held", {"سيلسو ريبيرو"}),
        ),
        # a pair's talks by phone, told so in the next sentence, are a call
        (
            "بحث وزير الخارجية المصري سامح عادل ونظيره الفرنسي جان مارتان العلاقات الثنائية. "
            "جاء ذلك خلال اتصال هاتفي بينهما اليوم.",
            ("phone_call", "held", {"سامح عادل", "جان مارتان"}),
        ),
        # a trip of its own to a place of its own, after a stop on the way
        (
            "وصل الرئيس الموريتاني محمد ولد أحمد إلى داكار في طريقه لإجراء زيارة إلى بانجول.",
            ("visit", "planned", {"محمد ولد أحمد"}),
        ),
    ],
)
def test_events_arabic_this_round_s_rules_keep_their_bounds(text, want):
    assert want in _ar_actors(text)


def test_events_arabic_each_on_his_own_is_no_talks_and_a_topic_s_city_no_venue():
    got = _ar_actors(
        "ناقش وزير الخارجية الأردني سامر حداد ووزير الخارجية المصري سامح عادل في مقالين "
        "منفصلين مستقبل المنطقة."
    )
    assert not any(e[0] == "meeting" for e in got)
    ex = extract(
        Article(
            id="t",
            lang="ar",
            text="بحث وزير الخارجية المصري سامح عادل مع المبعوث الأممي كمال يوسف في الأوضاع في "
            "طرابلس.",
            date=D,
        )
    )
    assert [e.place for e in ex.events if e.type == "meeting"] == [None]


# "spoke" and a day before "by phone", "on the telephone" (a readout's order): a call.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Secretary of Defense Harold Finch spoke today by telephone with Italian Defence "
            "Minister Paolo Serrano.",
            D,
        ),
        (
            "Foreign Minister Anja Vesterholm spoke yesterday by phone with her Greek "
            "counterpart Nikos Dravilas.",
            D - timedelta(days=1),
        ),
        (
            "Prime Minister Tomas Rendal talked this morning over the phone with Spanish Prime "
            "Minister Elena Cabrales.",
            D,
        ),
    ],
)
def test_events_a_readout_s_spoke_today_by_phone_is_a_call(text, day):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    calls = [e for e in ex.events if e.type == "phone_call"]
    assert len(calls) == 1 and len(calls[0].actors) == 2
    assert calls[0].date == day


# "X is in CITY" (to attend, for talks, currently): a visit there, as "arrived in" is; "is in"
# before no place (is in contact) is none.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Defense Minister Arif Demirel is in Brussels to attend a two-day meeting of the "
            "alliance's defence ministers.",
            "brussels",
        ),
        ("Foreign Minister Lena Sorvik is currently in Tokyo to open the new embassy.", "tokyo"),
        ("Interior Minister Pavel Hruza was in Cairo last week for a security forum.", "cairo"),
    ],
)
def test_events_an_official_is_in_a_city_is_a_visit(text, place):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    assert len(visits) == 1 and visits[0].place == place and len(visits[0].actors) == 1


def test_events_is_in_before_no_place_is_no_visit():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Foreign Minister Lena Sorvik said the ministry is in contact with the families.",
            date=D,
        )
    )
    assert not ex.events


# "The ceremony was attended by X", وحضر المراسم X: the attendees join the ceremony just told.
@pytest.mark.parametrize(
    ("lang", "text", "attendee"),
    [
        (
            "en",
            "President Omar Haddan received the credentials of the new Ambassador of Peru Luis "
            "Carrizo. The ceremony was attended by Foreign Minister Samir Tawfiq.",
            "Samir Tawfiq",
        ),
        (
            "en",
            "King Idris Malouf received the credentials of the new Ambassador of Chile Ana "
            "Reyes. Also at the ceremony was Minister of the Royal Court Faisal Darwish, and the "
            "ceremony was attended by Foreign Minister Nabil Sahar.",
            "Nabil Sahar",
        ),
        (
            "ar",
            "تسلم الرئيس عمر الحداد أوراق اعتماد سفير البيرو لويس كاريزو. وحضر المراسم وزير "
            "الخارجية سامي التوفيق.",
            "سامي التوفيق",
        ),
    ],
)
def test_events_the_ceremony_s_attendees_join_it(lang, text, attendee):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    (ceremony,) = [e for e in ex.events if e.type == "other"]
    assert any(attendee in n for n in _names(ex, ceremony))


# A guest signs a book (the golden book, the visitors' book): no agreement.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Before the talks, Foreign Minister Lena Sorvik signed the visitors' book at the "
            "ministry of her Greek counterpart Nikos Dravilas.",
        ),
        (
            "ar",
            "واستقبل وزير الخارجية الأردني أيمن الصفدي نظيره التشيكي يان ليبافسكي، ثم وقع الضيف "
            "على السجل الذهبي للوزارة.",
        ),
        (
            "en",
            "Defence Minister Ulla Berg signed the golden book of the city hosted by Mayor Jens "
            "Aalto.",
        ),
    ],
)
def test_events_a_signed_guest_book_is_no_agreement(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert not [e for e in ex.events if e.type == "agreement"]


def test_events_a_signed_agreement_is_still_one():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Foreign Minister Lena Sorvik and her Greek counterpart Nikos Dravilas signed "
            "an agreement on visas.",
            date=D,
        )
    )
    assert [e.type for e in ex.events] == ["agreement"]


# One who has died (the late President X, الملك الراحل X) takes part in no event: not in the
# condolence visit, not as its visitor.
@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        (
            "en",
            "Foreign Minister Lena Sorvik visited Tehran to offer condolences on the death of "
            "the late President Reza Amini.",
            "Reza Amini",
        ),
        (
            "ar",
            "وقدم وزير الخارجية الأردني كريم الصفوري التعازي في وفاة الرئيس الراحل إبراهيم "
            "ناصري خلال زيارته لطهران.",
            "إبراهيم ناصري",
        ),
        (
            "ar",
            "وأطلع قائد الجيش العماد جان خوري الرئيس على نتائج زيارته للرياض للتعزية بالملك "
            "الراحل فهد بن سلطان.",
            "فهد بن سلطان",
        ),
    ],
)
def test_events_one_who_has_died_takes_part_in_no_event(lang, text, dead):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert not any(dead in n for e in ex.events for n in _names(ex, e))


def test_events_late_on_a_day_is_no_death():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Foreign Minister Lena Sorvik met President Ahmad Karimi late on Monday in "
            "Tehran.",
            date=D,
        )
    )
    (meeting,) = ex.events
    assert len(meeting.actors) == 2


# "bade farewell to" the outgoing ambassador: the farewell call, a meeting.
@pytest.mark.parametrize(
    "text",
    [
        "President Sahle Tadesse bade farewell to the outgoing Israeli Ambassador Rafi Moran.",
        "Foreign Minister Lena Sorvik bid farewell to the Greek Ambassador Nikos Dravilas.",
        "King Idris Malouf bids farewell to the outgoing Ambassador of Chile Ana Reyes.",
    ],
)
def test_events_a_farewell_to_an_envoy_is_a_meeting(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


# Visits counted or praised in general (an increase in high-level visits): no visit held.
@pytest.mark.parametrize(
    "text",
    [
        "President Ilham Rustamov praised the increase in high-level bilateral visits.",
        "Foreign Minister Lena Sorvik welcomed the number of visits between the two states.",
        "Prime Minister Tomas Rendal called for regular visits of officials.",
    ],
)
def test_events_visits_in_general_are_no_visit(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert not [e for e in ex.events if e.type == "visit"]


# The review's readings: "late" of a time, "is in" of a thing, a book in an agreement's name,
# a ceremony with its own occasion.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In late March President Karl Dreher met Foreign Minister Lena Sorvik in Berlin.",
            [("meeting", 2)],
        ),
        (
            "Talks ran late as President Karl Dreher met Foreign Minister Lena Sorvik.",
            [("meeting", 2)],
        ),
        ("Foreign Minister Lena Sorvik said the key to peace is in Jerusalem.", []),
        (
            "Foreign Minister Lena Sorvik signed an agreement on book publishing with Greek "
            "Foreign Minister Nikos Dravilas.",
            [("agreement", 2)],
        ),
        (
            "President Karl Dreher inaugurated the new hospital in Kassel on Monday. On Tuesday, "
            "Foreign Minister Lena Sorvik attended the ceremony marking Unity Day in Bonn.",
            [("other", 1)],
        ),
    ],
)
def test_events_the_review_s_readings(text, expected):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert sorted((e.type, len(e.actors)) for e in ex.events) == sorted(expected)


# English phrases with a hyphen are keyed as the tokenizer leaves them (co - chaired), so
# that co-chaired, swearing-in and high-level visits match at all.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ilse Vandermeer and Foreign Minister Tomas Rendal co-chaired the "
            "third session of the Joint Commission in Tallinn.",
            [("meeting", 2)],
        ),
        (
            "Trade Minister Pia Lundqvist co-chaired the business forum with her Egyptian "
            "counterpart Hossam Fawzi.",
            [("meeting", 2)],
        ),
        (
            "The Joint Committee was co-chaired by Interior Minister Saleh Dunbari and Interior "
            "Minister Karim Jelassi.",
            [("meeting", 2)],
        ),
        (
            "President Amadou Kessari attended the swearing-in ceremony of the new cabinet in "
            "Dakar.",
            [("other", 1)],
        ),
        ("Foreign Minister Lena Sorvik praised the high-level visits of the last year.", []),
    ],
)
def test_events_hyphenated_phrases(text, expected):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert sorted((e.type, len(e.actors)) for e in ex.events) == sorted(expected)


# "received a (courtesy) visit from X": a meeting X paid on the subject, who is the host.
@pytest.mark.parametrize(
    "text",
    [
        "Minister Sara Saleh received a visit from Minister Karl Dorn at the ministry.",
        "Defence Minister Sara Saleh received a courtesy visit from the Ambassador of Chile, "
        "Diego Roa.",
        "President Amadou Kessari receives a courtesy visit from Foreign Minister Ana Quispe.",
    ],
)
def test_events_received_a_visit_from_is_a_meeting(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


# "yesterday evening", "yesterday morning": the day before the article's.
@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ravi Kapoor and President Elio Araya held a telephonic conversation "
        "yesterday morning.",
        "Prime Minister Ravi Kapoor met President Elio Araya yesterday evening.",
        "Yesterday evening, Foreign Minister Ana Quispe held talks with her Chilean counterpart "
        "Diego Roa.",
    ],
)
def test_events_yesterday_evening_is_the_day_before(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [e.date for e in ex.events] == [D - timedelta(days=1)]


# "Lima, The Minister ...": the dateline's place is where the event was.
def test_events_a_dateline_closed_by_a_comma_gives_the_place():
    text = "Lima, The Minister of Interior, Jorge Quispe, held talks with his Chilean counterpart Diego Roa."
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [e.place for e in ex.events] == ["lima"]


# A style and a given name alone (الأمير فهد, الشيخ سالم) is the one person the article
# named in full with that given name and a father's name; "a similar call" is a call.
@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "تلقى ولي العهد الأمير فهد بن ناصر اتصالا هاتفيا من الملك سعد بن حمد. واستقبل "
            "الأمير فهد اتصالا مماثلا من الرئيس سامي الكرمي.",
            "سامي الكرمي",
        ),
        (
            "تلقى ولي العهد الأمير فهد بن ناصر اتصالا هاتفيا من الملك سعد بن حمد، كما تلقى "
            "الأمير فهد أمس اتصالا من الرئيس سامي الكرمي.",
            "سامي الكرمي",
        ),
        (
            "استقبل نائب رئيس الوزراء الشيخ سالم بن راشد وزير الخارجية الأردني حسان القرمي. "
            "وتلقى الشيخ سالم اتصالا هاتفيا آخر من الرئيس سامي الكرمي.",
            "سامي الكرمي",
        ),
    ],
)
def test_events_a_style_and_a_given_name_alone(text, partner):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    names = {p.id: p.name_ar for p in ex.persons}
    calls = [{names[a] for a in e.actors} for e in ex.events if e.type == "phone_call"]
    assert any(partner in c and len(c) == 2 for c in calls)
    assert not any(partner in c and len(c) == 1 for c in calls)


# An agreement signed with no signatory named, right after the talks ("After the talks, a
# memorandum was signed"; وعقب المباحثات تم التوقيع): the talks' parties signed it;
# "initialled" is a signing.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Foreign Minister Ana Quispe held talks with her Chilean counterpart Diego Roa in "
            "Lima. After the talks, a memorandum of understanding on consular cooperation was "
            "signed.",
        ),
        (
            "en",
            "Defence Minister Ana Quispe and her Chilean counterpart Diego Roa initialled a "
            "defence cooperation agreement.",
        ),
        (
            "ar",
            "عقد وزير الخارجية سالم بوخاري جلسة مباحثات مع نظيره التونسي كمال الهادي. وعقب "
            "المباحثات تم التوقيع على مذكرة تفاهم.",
        ),
        (
            "ar",
            "التقى وزير الداخلية سالم بوخاري نظيره المغربي كمال الهادي. وفي ختام اللقاء تم "
            "التوقيع على اتفاقية للتعاون الأمني.",
        ),
    ],
)
def test_events_an_agreement_signed_after_the_talks(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert ("agreement", 2) in [(e.type, len(e.actors)) for e in ex.events]


# Each memorandum of a list signed by its own pair: "signed it" with its pronoun
# (ووقعها, فوقعها, تم توقيعها بين X ومن الجانب الماليزي Y).
@pytest.mark.parametrize(
    "text",
    [
        "وتتعلق المذكرة الأولى بالتجارة، وتم توقيعها بين وزير التجارة حسان القرمي، ومن "
        "الجانب الماليزي وزير الصناعة كمال حسن.",
        "وتشمل مذكرة التفاهم الثانية التعاون في مجال العمل، ووقعها وزير العمل ناصر الدلوي، "
        "ونظيره الماليزي فهد رحيم.",
        "أما المذكرة الثالثة فوقعها وزير العمل ناصر الدلوي، مع وزير التعليم الماليزي فهد رحيم.",
    ],
)
def test_events_signed_it_with_its_pronoun(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("agreement", 2)]


# The review's readings of this round's event rules: a style and a given name that a family
# name or بن carries on, or that another person of the article shares, or whose owner was
# not named with the style, is no later mention; co-chairs and co-chair are no meeting; "the
# last evening of" is no date; a meeting with several named in one list is one meeting,
# and "discussion" without an article is a meeting.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ar",
            "استقبل رئيس الدولة الشيخ محمد بن زايد السفير الأردني سامي الكرمي. كما استقبل وزير "
            "الخارجية الكويتي الشيخ محمد الصباح السفير الفرنسي جان دوبوا.",
            [("meeting", 2), ("meeting", 2)],
        ),
        (
            "ar",
            "استقبل الرئيس التونسي محمد بن سالم السفير الأردني سامي الكرمي. وتلقى الشيخ محمد "
            "اتصالا من وزير الخارجية الفرنسي جان دوبوا.",
            [("meeting", 2), ("phone_call", 1)],
        ),
        (
            "en",
            "The co-chairs, Foreign Minister Ana Quispe and Foreign Minister Diego Roa, issued a "
            "joint statement.",
            [("statement", 2)],
        ),
        (
            "en",
            "Foreign Minister Ana Quispe, who co-chairs the regional task force with Foreign "
            "Minister Diego Roa, praised the report.",
            [],
        ),
        (
            "en",
            "Foreign Minister Ana Quispe held a high-level meeting in Lima with President Elio "
            "Araya, Defence Minister Karl Dorn and Interior Minister Jan Berg.",
            [("meeting", 4)],
        ),
        (
            "en",
            "Foreign Minister Ana Quispe held productive discussion with her Chilean counterpart "
            "Diego Roa.",
            [("meeting", 2)],
        ),
    ],
)
def test_events_the_review_s_readings_of_this_round(lang, text, expected):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert sorted((e.type, len(e.actors)) for e in ex.events) == sorted(expected)


def test_events_the_last_evening_of_a_summit_is_no_date():
    text = "Foreign Minister Ana Quispe met President Elio Araya on the last evening of the summit."
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [e.date for e in ex.events] == [None]


# بحث X [a day] Y: after the day, the verb's object is whom the talks were with.
@pytest.mark.parametrize(
    "text",
    [
        "بحث رئيس الحكومة سامي الحداد اليوم الخميس وزير خارجية ألمانيا هانز مولر، آخر "
        "التطورات السياسية.",
        "بحث وزير الدفاع كمال الهادي أمس السفير الإيطالي ماركو بيانكي، سبل التعاون.",
        "بحث رئيس المجلس منير العياري الثلاثاء الماضي المبعوث الأممي بيتر هالدن، مسار الانتخابات.",
    ],
)
def test_events_talks_with_a_direct_object_after_the_day(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


# كان X في مقدمة مستقبلي Y لدى وصوله: X receives Y; the arrival is Y's, never X's. With
# guests no name gives, no meeting of X alone and no visit of his.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "كان وزير الخارجية سامي الحداد في مقدمة مستقبلي وزير الخارجية الأردني مازن "
            "الطويسي لدى وصوله إلى المنامة أمس.",
            [("meeting", 2), ("visit", 1)],
        ),
        (
            "كان رئيس الأركان اللواء الركن سامي بن سلمان الحداد في مقدمة مستقبلي رؤساء "
            "الأركان لدى وصولهم إلى المنامة أمس.",
            [],
        ),
        (
            "وكان في استقبال وزير خارجية سلطنة عمان، الذي وصل مقر الرئاسة في مدينة رام الله، "
            "وزير الخارجية الفلسطيني كمال الهادي، ومستشار الرئيس منير العياري.",
            [],
        ),
    ],
)
def test_events_receivers_named_before_the_arrival(text, expected):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert sorted((e.type, len(e.actors)) for e in ex.events) == expected
    visits = [e for e in ex.events if e.type == "visit"]
    names = {p.id: p.name_ar for p in ex.persons}
    assert all("الحداد" not in names[a] for e in visits for a in e.actors)


def test_events_the_receivers_past_the_guest_s_arrival_clause():
    text = (
        "وصل وزير الخارجية العماني سالم بن فهد الهاشمي اليوم إلى رام الله. وكان في استقبال "
        "وزير الخارجية العماني، الذي وصل مقر الرئاسة على متن طائرة، وزير الخارجية "
        "الفلسطيني كمال الهادي، ومستشار الرئيس منير العياري."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    got = sorted((e.type, len(e.actors)) for e in ex.events)
    assert got == [("meeting", 3), ("visit", 1)]


# إلى البلاد: the article's own state, whatever its kind (from the outlet or the dateline).
@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://news.example.bh/1", "BH"),
        ("https://news.example.jo/1", "JO"),
        ("https://news.example.om/1", "OM"),
    ],
)
def test_events_arrival_in_the_country_is_the_home_state(url, code):
    from kg.extract.events import _country_place

    text = "وصل إلى البلاد اليوم وزير الخارجية الإيطالي ماركو بيانكي."
    ex = extract(Article(id="t", lang="ar", text=text, date=D, url=url))
    visits = [e for e in ex.events if e.type == "visit"]
    assert len(visits) == 1
    assert visits[0].place == _country_place(code, "ar")["id"]


# كلا على حدة with a companion inside the list (سفير A، يرافقه الملحق Y، وسفير B): one
# meeting per guest, the companion with his principal only.
@pytest.mark.parametrize(
    "text",
    [
        "استقبل وزير الدفاع الشيخ سالم العلي في مكتبه كلا على حدة، سفير دولة قطر لدى البلاد "
        "علي بن عبدالله الكواري، يرافقه الملحق العسكري العميد عيد يوسف السليطي، وسفير مملكة "
        "البحرين لدى البلاد صلاح المالكي.",
        "استقبل وزير الخارجية كمال الهادي كلا على حدة سفير تونس منير العياري، يرافقه نائب السفير "
        "سامي الحداد، وسفير الأردن مازن الطويسي.",
        "التقى رئيس الأركان الفريق سالم الحربي كلا على حدة، سفير المغرب كريم بناني، برفقة "
        "الملحق العسكري العقيد سامي الحداد، وسفيرة البرتغال ماريا بيرتي.",
    ],
)
def test_events_separately_with_a_companion_in_the_list(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert sorted(len(e.actors) for e in ex.events if e.type == "meeting") == [2, 3]


# وقعت A وB اتفاقية ... ووقعها عن الجانب A X وعن الجانب B Y: one signing, its signatories
# those the next sentence names, at the place and day of the first.
@pytest.mark.parametrize(
    "text",
    [
        "وقعت الكويت وسلطنة عمان أمس في مسقط اتفاقية للتعاون الأمني. ووقع الاتفاقية عن "
        "الجانب العماني وزير الداخلية سالم الحارثي فيما وقع عن الجانب الكويتي وزير الداخلية "
        "بدر المطيري.",
        "وقعت تونس والجزائر اليوم في وهران مذكرة تفاهم للتعاون الطاقي. ووقعها عن الجانب "
        "التونسي وزير الطاقة منير العياري وعن الجانب الجزائري وزير الطاقة كريم بلقاسم.",
        "وقع الأردن ومصر أمس في القاهرة اتفاقية للنقل. ووقع الاتفاقية وزير النقل الأردني سامي "
        "الحداد ووزير النقل المصري كمال الهادي.",
    ],
)
def test_events_a_signing_between_states_is_its_signatories(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    agreements = [e for e in ex.events if e.type == "agreement"]
    assert len(agreements) == 1
    assert len(agreements[0].actors) == 2 and agreements[0].place is not None


# وكان في استقبال Y، X، لدى وصوله: the guest is the one named right after the cue, the
# receivers after him; a receiver told "also among those who received" him joins the same
# reception.
@pytest.mark.parametrize(
    "text",
    [
        "حل وزير الخارجية المغربي كريم بناني اليوم بالرياض. وكان في استقبال بناني، نائب وزير "
        "الخارجية السعودي سالم الحربي، وذلك لدى وصوله مطار الرياض. وكان سفير المغرب منير "
        "العياري أيضا من بين مستقبلي الوزير بناني.",
        "وصل وزير الخارجية الأردني مازن الطويسي اليوم إلى الدوحة. وكان في استقبال الطويسي، "
        "وزير الدولة القطري سالم الكواري، لدى وصوله مطار الدوحة. وكان سفير الأردن كمال "
        "الهادي أيضا ضمن مستقبلي الوزير الطويسي.",
    ],
)
def test_events_one_reception_of_the_guest_named_after_the_cue(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    names = {p.id: p.name_ar for p in ex.persons}
    visits = [[names[a] for a in e.actors] for e in ex.events if e.type == "visit"]
    meetings = [e for e in ex.events if e.type == "meeting"]
    assert len(visits) == 1 and len(visits[0]) == 1
    assert len(meetings) == 1 and len(meetings[0].actors) == 3


# The review's readings of this round: companions of a visit all go with it; the receiver
# is no visitor when a comma comes before the guest's arrival; البلاد after a state named in
# the sentence is that state; a signing told as past is not today's.
def test_events_companions_of_an_arrival_all_go_with_it():
    text = (
        "وصل رئيس الوزراء الأردني سالم الحربي إلى بغداد يرافقه وزير الخارجية سامي الحداد، "
        "ووزير الطاقة كمال الهادي، ووزير التجارة منير العياري."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("visit", 4)]


def test_events_the_receiver_is_no_visitor_past_a_comma():
    text = (
        "وكان وزير الدفاع سامي الحداد في مقدمة مستقبلي وزير الدفاع الأردني مازن الطويسي، "
        "الذي وصل إلى المنامة أمس."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    names = {p.id: p.name_ar for p in ex.persons}
    visitors = {names[a] for e in ex.events if e.type == "visit" for a in e.actors}
    assert "سامي الحداد" not in visitors


def test_events_the_country_after_a_state_named_is_that_state():
    from kg.extract.events import _country_place

    text = "وصل وزير الخارجية الإيطالي ماركو بيانكي إلى تونس، في أول زيارة له إلى البلاد."
    ex = extract(Article(id="t", lang="ar", text=text, date=D, url="https://news.example.bh/1"))
    assert [e.place for e in ex.events if e.type == "visit"] == [_country_place("TN", "ar")["id"]]


def test_events_a_signing_told_as_past_is_not_today_s():
    text = (
        "وقعت تونس والجزائر اليوم في وهران مذكرة تفاهم للتعاون الطاقي. وكان وزير الطاقة "
        "التونسي منير العياري قد وقع الشهر الماضي مع نظيره الجزائري كريم بلقاسم اتفاقية للغاز."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert len([e for e in ex.events if e.type == "agreement"]) == 2


# "The meeting was attended by X" far after the one meeting the article told: X attends it.
@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Omar Haddad of Peru held the annual meeting with the heads of "
        "missions. The aim was to exchange views. The talks covered trade. Gaza was "
        "discussed. Climate was raised. The meeting was attended by Karim Nasser, Foreign "
        "Ministry Undersecretary, and Lina Farah, Foreign Ministry Undersecretary.",
        "Interior Minister Lina Farah of Chile received Ambassador Omar Haddad of Peru. They "
        "spoke of trade. They spoke of migration. Security was raised. Sport was raised. The "
        "meeting was attended by Karim Nasser, Interior Ministry Undersecretary.",
    ],
)
def test_events_the_one_meeting_attended_far_after(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "استقبل وزير الخارجية العماني سالم الهاشمي سفير اليابان كينجي تاناكا. وهدف اللقاء إلى "
        "تبادل الآراء. وتناول النقاش التجارة. وجرى بحث الأوضاع في غزة. وتطرق إلى المناخ. وحضر "
        "اللقاء وكيل الوزارة للشؤون السياسية كمال الهادي ووكيل الوزارة للشؤون الإدارية منير "
        "العياري.",
        "التقى وزير الدفاع الأردني مازن الطويسي نظيره العراقي كامل الشمري. وبحث الجانبان التعاون. "
        "وتناول اللقاء التدريب. وجرى بحث الحدود. وتطرق إلى التسليح. وحضر اللقاء رئيس الأركان "
        "الأردني الفريق سالم الحربي.",
    ],
)
def test_events_the_one_meeting_attended_far_after_in_arabic(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    meetings = [e for e in ex.events if e.type == "meeting"]
    assert len(meetings) == 1 and len(meetings[0].actors) >= 3


# "the two sides" after a meeting with one new person named: that person and one side of
# the meeting told before, not everyone of it (bilateral meetings, one after another).
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Foreign Minister Ana Lestari of Indonesia held bilateral meetings with her "
            "counterparts. During the bilateral meeting between Minister Lestari and Norwegian "
            "Foreign Minister Per Dahl, they agreed to continue talks. Moreover, during the "
            "bilateral meeting with Chinese Foreign Minister Li Wen, the two sides discussed "
            "trade.",
            [{"Ana Lestari", "Per Dahl"}, {"Ana Lestari", "Li Wen"}],
        ),
        (
            "Defence Minister Omar Haddad of Jordan met Defence Minister Karim Nasser of Egypt "
            "on Monday. Later, during the meeting with Interior Minister Tomas Brevik of Norway, "
            "the two ministers discussed security.",
            [{"Omar Haddad", "Karim Nasser"}, {"Omar Haddad", "Tomas Brevik"}],
        ),
    ],
)
def test_events_the_two_sides_with_one_new_person(text, pairs):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    names = {p.id: p.name_en for p in ex.persons}
    found = [sorted(names[a] for a in e.actors) for e in ex.events]
    assert sorted(found) == sorted(map(sorted, pairs))


# "held their first direct talks": a possessive, an ordinal and an adjective before talks.
@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Tom Brevik of Norway and Foreign Minister Li Wen of China on Friday "
        "held their first direct talks as the two countries seek ties.",
        "Defence Minister Omar Haddad of Jordan and Defence Minister Karim Nasser of Egypt held "
        "their second round-table meeting in Amman.",
        "President Lina Farah of Chile and President Marta Obiang of Peru held their latest "
        "formal talks on Monday.",
    ],
)
def test_events_their_first_direct_talks(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


# "وشملت اللقاءات كلا من A، B" after a meeting of one with several unnamed: one meeting
# with each person the sentence names.
@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        (
            "التقى وزير الخارجية السوداني سالم داود في أديس أبابا بعدد من المبعوثين والسفراء.\n"
            "وشملت اللقاءات كلا من كمال برهوم مبعوث الأمم المتحدة، والمبعوث الفرنسي جان دوبوا، "
            "والسفير الإيطالي ماريو بيانكي.",
            "ar",
            3,
        ),
        (
            "التقى وزير الدفاع الأردني نبيل زكي في عمان عددا من السفراء.\nوشملت لقاءاته السفير "
            "الياباني كينجي تاناكا والسفير الكندي ديفيد براون.",
            "ar",
            2,
        ),
        (
            "Foreign Minister Omar Haddad of Jordan met several envoys in Geneva. The meetings "
            "were with Ambassador Lina Farah of Chile and Ambassador Marta Obiang of Peru.",
            "en",
            2,
        ),
    ],
)
def test_events_the_meetings_included_each(text, lang, n):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    meetings = [e for e in ex.events if e.type == "meeting"]
    assert len(meetings) == n and all(len(e.actors) == 2 for e in meetings)


# A phone call told with the medium written without its article (on phone, over phone,
# via video call).
@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ravi Menon of India spoke on phone with President Ram Gurung of Nepal "
        "on Monday.",
        "Prime Minister Ravi Menon of India spoke over phone with President Ram Gurung of Nepal "
        "on Monday.",
        "President Lina Farah of Chile talked via video call with President Marta Obiang of Peru.",
    ],
)
def test_events_a_call_on_phone_without_the_article(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("phone_call", 2)]


# A dateline on the line below the headline gives the events their place.
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Naval chief meets premier, discusses maritime security\n\nISLAMABAD (Dunya News) - "
            "Chief of Naval Staff Admiral Omar Haddad on Thursday called on Prime Minister "
            "Karim Nasser.",
            "en",
            "islamabad",
        ),
        (
            "وزير الخارجية يستقبل السفير الياباني\nدمشق-سانا\nاستقبل وزير الخارجية سالم داود "
            "اليوم سفير اليابان كينجي تاناكا وبحث معه العلاقات.",
            "ar",
            "damascus",
        ),
    ],
)
def test_events_a_dateline_below_the_headline(text, lang, place):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert [e.place for e in ex.events] == [place]


# "recently received Y" is an act; "the recently accredited ambassador" an adjective.
def test_events_recently_received_is_an_act():
    text = "Foreign Minister Khalid Nasser recently received Foreign Minister Mark Vella in Riyadh."
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


def test_events_the_recently_accredited_ambassador_is_no_act():
    text = "The newly appointed envoy praised the recently accredited Ambassador Tom Kline."
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert list(ex.events) == []


# A city after في / بـ right after a participant (past a time) is where they met, even in
# a third state.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "التقى وزير الخارجية الأردني زيد الخوالدة اليوم في جنيف نظيره الكويتي خالد الرومي.",
            "geneva",
        ),
        ("التقى وزير الدفاع المصري نبيل زكي أمس بجنيف نظيره الأردني سالم الحربي.", "geneva"),
        ("التقى وزير الخارجية المغربي كمال برهوم في جنيف نظيره التونسي منير العياري.", "geneva"),
    ],
)
def test_events_a_meeting_in_a_third_state_in_arabic(text, place):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [(e.type, e.place) for e in ex.events] == [("meeting", place)]


def test_events_a_topic_place_is_no_third_state_venue():
    text = (
        "التقى وزير الخارجية الأردني زيد الخوالدة نظيره الكويتي خالد الرومي وبحثا الأوضاع في جنيف."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [e.place for e in ex.events if e.type == "meeting"] == [None]


# An invitation to visit (دعوة لزيارة, an invitation to visit) makes the visit planned.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("سلم السفير الفرنسي بيير لوران اليوم الرئيس اللبناني جورج خوري دعوة لزيارة باريس.", "ar"),
        ("وسلم السفير الرئيس الليبي رسالة تتضمن دعوة رسمية لزيارة روما.", "ar"),
        (
            "Ambassador Pierre Laurent of France handed President Georges Khoury of Lebanon an "
            "invitation to visit Paris.",
            "en",
        ),
    ],
)
def test_events_an_invitation_to_visit_is_planned(text, lang):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert all(e.status == "planned" for e in ex.events if e.type == "visit")


# "Y، الذي وصل اليوم إلى بيروت" after a reception: Y arrived, not his host.
@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "استقبل الرئيس اللبناني جورج خوري اليوم وزير الخارجية التركي مراد أوزتورك، الذي "
            "وصل صباح اليوم إلى بيروت.",
            "مراد أوزتورك",
        ),
        (
            "استقبل رئيس الوزراء الأردني سمير الحداد وزير الدفاع المصري نبيل زكي، الذي وصل "
            "أمس إلى عمان.",
            "نبيل زكي",
        ),
    ],
)
def test_events_the_relative_arrival_after_a_reception_is_the_guest_s(text, visitor):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    names = {p.id: p.name_ar for p in ex.persons}
    visits = [[names[a] for a in e.actors] for e in ex.events if e.type == "visit"]
    assert visits == [[visitor]]


# "received him" after an arrival: the visitor told before is the object.
@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Tom Brevik of Norway arrived in Valletta on Wednesday. Prime Minister "
        "John Camilleri of Malta received him at his office.",
        "Foreign Minister Tom Brevik of Norway landed in Valletta on Wednesday. Prime Minister "
        "John Camilleri of Malta met him the same day.",
        "President Ana Costa of Chile touched down in Lima on Monday. President Rosa Quispe of "
        "Peru welcomed her at the palace.",
    ],
)
def test_events_received_him_after_an_arrival(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    meetings = [e for e in ex.events if e.type == "meeting"]
    assert len(meetings) == 1 and len(meetings[0].actors) == 2


# Whoever mediates or asks for an event (بتنسيق من, at the request of) takes no part.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "أجرى الرئيس الكيني وليام كاماو اتصالا هاتفيا بالرئيس الإثيوبي تاي أديسو بتنسيق من "
            "الرئيس الجيبوتي عمر جامع.",
            "ar",
        ),
        (
            "أجرى وزير الخارجية الأردني سالم داود اتصالا هاتفيا بنظيره المصري نبيل زكي بناء على "
            "طلب من الأمين العام للأمم المتحدة كمال برهوم.",
            "ar",
        ),
        (
            "President Lina Farah of Chile spoke by phone with President Marta Obiang of Peru at "
            "the request of President Omar Haddad of Panama.",
            "en",
        ),
    ],
)
def test_events_a_mediator_takes_no_part(text, lang):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("phone_call", 2)]


# "I extend an invitation to X to visit": X's visit is planned.
@pytest.mark.parametrize(
    "text",
    [
        'Prime Minister Anwar Rahim received Defence Minister Kenji Sato. "I also extend an '
        'invitation to Prime Minister Taro Ito of Japan to visit Malaysia next year," he said.',
        "President Lina Farah of Chile extends an invitation to President Marta Obiang of Peru "
        "to visit Santiago.",
    ],
)
def test_events_extend_an_invitation_to_visit(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert all(e.status == "planned" for e in ex.events if e.type == "visit")


# Readings the review found too broad: a side asked (no proxy person), "her" + a noun, a
# verb "dialled down", "landed at a time", a city after talks in Arabic.
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "At the request of the Jordanian side President Karim Nasser of Egypt received "
            "Foreign Minister Omar Haddad of Jordan on Monday.",
            "en",
            [("meeting", 2)],
        ),
        (
            "بطلب من الجانب الأردني استقبل الرئيس المصري كمال برهوم وزير الخارجية الأردني سالم "
            "داود.",
            "ar",
            [("meeting", 2)],
        ),
        (
            "Foreign Minister Tom Brevik of Norway arrived in Valletta. Prime Minister Joanna "
            "Camilleri of Malta met her cabinet.",
            "en",
            [("visit", 1)],
        ),
        (
            "Prime Minister Ravi Menon of India dialled down the rhetoric against President Ram "
            "Gurung of Nepal.",
            "en",
            [],
        ),
        (
            "The remarks of President Ana Costa of Chile landed at a sensitive time for Peru.",
            "en",
            [],
        ),
    ],
)
def test_events_readings_too_broad(text, lang, want):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == want


def test_events_a_city_after_arabic_talks_is_no_venue():
    text = "تباحث وزير الخارجية الأردني زيد الخوالدة ونظيره الفرنسي جان مارتان في القدس."
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [e.place for e in ex.events] == [None]


def test_events_a_state_s_recently_accredited_ambassador_is_no_act():
    text = "He praised Canada's recently accredited Ambassador Tom Kline."
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert list(ex.events) == []


# Talks whose verb comes after an occasion set off by a comma ("on the sidelines of the
# signing, X and Y discussed ...") are still talks between the persons of its subject.
@pytest.mark.parametrize(
    "text",
    [
        "وعلى هامش التوقيع، بحثت وزيرة الطاقة الأردنية سلمى حداد، ووزير البترول المصري سالم "
        "داود، أوجه التعاون الثنائي.",
        "على هامش القمة، بحث وزير الطاقة الأردني كمال برهوم ووزير البترول المصري سالم داود، "
        "أوجه التعاون.",
    ],
)
def test_events_arabic_talks_after_an_occasion(text):
    assert [(t, len(a)) for t, _s, a in _ar_actors(text)] == [("meeting", 2)]


# Two long titled names may stand before the English verb of talks.
def test_events_english_talks_after_two_long_titled_names():
    text = (
        "LIMA: Federal Minister for Energy Tom Kline and Ambassador of Peru to Chile Ana Maria "
        "de la Costa Ruiz discussed the ongoing bilateral cooperation."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


# "X hosted a reception for Y": a meeting of the two.
def test_events_hosted_a_reception_for_a_visitor():
    text = (
        "HANOI — Vietnamese Minister of Public Security General Tom Kline hosted a reception "
        "in Hanoi on January 10 for Chinese Vice Minister of Public Security Chen Wei."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


# "الزيارة التي قام بها الوزير مؤخرا لمصر": a visit first told after a meeting, made
# before it; the meeting is not held where that visit went, and a later "the meeting"
# is the meeting's.
def test_events_arabic_a_visit_told_as_made_before():
    text = (
        "استقبل وزير الصحة السيد سالم داود سفير مصر السيد كمال برهوم. وتناول اللقاء نتائج "
        "الزيارة التي قام بها معالي الوزير مؤخرا لدولة مصر الشقيقة. وجرى اللقاء بحضور "
        "المدير العام للصحة جميل حداد."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    names = {p.id: p.name_ar for p in ex.persons}
    got = sorted((e.type, e.place, tuple(sorted(names[a] for a in e.actors))) for e in ex.events)
    assert got == [
        ("meeting", None, ("جميل حداد", "سالم داود", "كمال برهوم")),
        ("visit", "egypt", ("سالم داود",)),
    ]


# A telephone meeting is a call; supply chains and a delivered message supply nothing.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peruvian Foreign Minister Tom Kline on Tuesday held a 20-minute telephone meeting "
            "with Chilean Foreign Minister Ana Costa.",
            [("phone_call", 2)],
        ),
        (
            "Peruvian Trade Minister Tom Kline said after meeting Chilean Trade Minister Ana "
            "Costa that they agreed to boost supply chains.",
            [("meeting", 2)],
        ),
        (
            "Peruvian Foreign Minister Tom Kline delivered Chilean President Ana Costa's message "
            "to President Jim Roe.",
            [],
        ),
        ("Peru delivered two drones to Chile, Defence Minister Tom Kline said.", [("supply", 1)]),
    ],
)
def test_events_english_calls_and_things_that_supply_nothing(text, want):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == want


# Protocol visits, or meetings the text calls separate, of one host with several guests
# in one sentence: one meeting each.
@pytest.mark.parametrize(
    "text",
    [
        "استقبل وزير الصحة سالم داود وفودا دبلوماسية في زيارات بروتوكولية شملت كلا من سفير "
        "كوبا كمال عيسى، وسفير كوريا الجنوبية جون لي.",
        "واستقبل الوزير سالم داود اليوم السفير الفرنسي جان مارتان، قبل أن يستقبل السفيرة "
        "الألمانية آنا مولر، وتناول اللقاءان المنفصلان العلاقات.",
    ],
)
def test_events_arabic_separate_meetings_of_one_host(text):
    got = sorted(len(a) for t, _s, a in _ar_actors(text) if t == "meeting")
    assert got == [2, 2]


# The review's readings: goods delivered "to" a side are supplied; a visit praised with قام
# بها and no word of the recent past is the visit told before (no new one).
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Peru delivered two drones to the Chilean side, Defence Minister Tom Kline said.",
            "en",
            [("supply", 1)],
        ),
        (
            "استقبل الرئيس المصري سالم داود وزير الخارجية الأردني كمال برهوم. وأشاد الرئيس "
            "بالزيارة التي قام بها الوزير إلى القاهرة.",
            "ar",
            [("meeting", 2)],
        ),
    ],
)
def test_events_review_readings_of_this_round(text, lang, want):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == want


# A telephonic interaction (South Asian English) is a phone call.
def test_events_a_telephonic_interaction_is_a_phone_call():
    text = (
        "Army Chief General Tom Kline on Friday held a telephonic interaction with Nepal's "
        "Chief of Army Staff, Ana Costa and discussed defence cooperation."
    )
    ex = extract(Article(id="t", text=text, lang="en"))
    assert [e.type for e in ex.events] == ["phone_call"]


def test_events_a_virtual_interaction_with_students_is_no_call():
    text = "Prime Minister Tom Kline held a virtual interaction with students."
    ex = extract(Article(id="t", text=text, lang="en"))
    assert [e.type for e in ex.events if e.type == "phone_call"] == []


# "The Navy Chief, who is on a three-day visit, will meet X": the visit is not X's.
def test_events_a_titled_antecedent_s_visit_is_not_the_next_person_s():
    text = (
        "Chief of the Bangladesh Navy Admiral Tom Kline called on Defence Minister Ana Costa "
        "on Monday. The Bangladesh Navy Chief, who is on a three-day visit beginning today, "
        "is also scheduled to meet National Security Adviser Lota Venn."
    )
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    visitors = {names[a] for e in ex.events if e.type == "visit" for a in e.actors}
    assert "Lota Venn" not in visitors


# "X along with Y met Z", "X together with Y": Y goes with X to the one meeting.
@pytest.mark.parametrize(
    "text",
    [
        "Defence Secretary Tom Kline along with Ambassador Ana Costa met with National "
        "Security Adviser Lota Venn at the White House on Monday.",
        "Defence Secretary Tom Kline together with Ambassador Ana Costa met National Security "
        "Adviser Lota Venn on Monday.",
        "Foreign Minister Tom Kline, along with Ambassador Ana Costa, held talks with Prime "
        "Minister Lota Venn in Lima.",
    ],
)
def test_events_along_with_joins_the_one_meeting(text):
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    meetings = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert meetings == [{"Tom Kline", "Ana Costa", "Lota Venn"}]


# Talks of two whose phone call was told before, with no place or day of their own, are
# that call told again; with a day or a place of their own they are talks of their own.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Foreign Minister Tom Kline and Foreign Minister Ana Costa discussed the crisis by "
            "phone. Kline congratulated Costa on her appointment as they discussed the alliance.",
            ["phone_call"],
        ),
        (
            "Defence Minister Tom Kline and Defence Minister Ana Costa discussed the border over "
            "the phone. Costa thanked Kline as they discussed joint exercises.",
            ["phone_call"],
        ),
        (
            "Foreign Minister Tom Kline held a phone call with Foreign Minister Ana Costa on "
            "Monday. On Tuesday, Kline discussed trade with Costa in Paris.",
            ["phone_call", "meeting"],
        ),
    ],
)
def test_events_talks_after_a_call_are_that_call(text, want):
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 9, 3)))
    assert [e.type for e in ex.events] == want


# Talks held with an adjective before them (key, crucial, substantive) are a meeting; a
# text wrapped to a width keeps its visits and meetings across its line breaks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Tarven Oskalid and his Kenyan counterpart Lena Korvath have held "
            "key talks in Nairobi on bilateral relations.",
            [("meeting", "held", {"Tarven Oskalid", "Lena Korvath"})],
        ),
        (
            "Defence Minister Tarven Oskalid held substantive talks with his Kenyan counterpart "
            "Lena Korvath.",
            [("meeting", "held", {"Tarven Oskalid", "Lena Korvath"})],
        ),
        (
            "NAIROBI, March 3: Chief of General Staff, General Tarven Oskalid arrived on a\n"
            "two-day official visit to Kenya and called on the Chief of Defence Forces, General "
            "Lena Korvath here at the\nheadquarters. Matters of mutual interest\n"
            "including defence cooperation between\nthe two armies were discussed.",
            [
                ("visit", "held", {"Tarven Oskalid"}),
                ("meeting", "held", {"Tarven Oskalid", "Lena Korvath"}),
            ],
        ),
    ],
)
def test_talks_with_adjectives_and_wrapped_lines(text, expected):
    got = _typed(text, "en")
    for want in expected:
        assert want in got


# عمان is Oman or Amman as the article reads it: written عُمان, or in a text that names
# the Sultanate more (سلطنة عمان, العماني, مسقط) than Jordan, the state; else the city.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وصل وزير الخارجية السوري كريم السلوم إلى عُمان أمس في زيارة رسمية.", "oman"),
        (
            "أشاد الوزير بالعلاقات مع سلطنة عمان. ووصل وزير الخارجية السوري كريم السلوم إلى "
            "عمان أمس في زيارة رسمية.",
            "oman",
        ),
        (
            "عمان (بترا) - وصل وزير الخارجية العماني سالم الحارثي إلى عمان اليوم في زيارة رسمية.",
            "amman",
        ),
        (
            "وصل وزير الخارجية السوري كريم السلوم إلى عمان في زيارة رسمية. وكان السلوم قد زار "
            "العاصمة العمانية مسقط الشهر الماضي.",
            "amman",
        ),
        (
            "عمان (بترا) - وصل وزير الخارجية السوري كريم السلوم إلى عمان أمس في زيارة رسمية.",
            "amman",
        ),
        (
            "وصل وزير الخارجية السوري كريم السلوم إلى عمان أمس في زيارة رسمية. وأشاد بالعلاقات "
            "الأردنية السورية.",
            "amman",
        ),
    ],
)
def test_oman_or_amman_as_the_article_reads_it(text, place):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    places = [e.place for e in ex.events if e.type == "visit"]
    assert place in places
    assert ({"oman", "amman"} - {place}).isdisjoint(places)


# "hosted visiting US Marine Corps Gen X": "visiting" after a verb of receiving is the
# guest's adjective, no visit of the host (to the United States).
def test_events_hosted_visiting_is_no_visit_of_the_host():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Chief of Defence Forces Gen Tarven Oskalid on Thursday hosted visiting U.S. "
            "Marine Corps Gen Ivo Stanek, Commander of US Africa Command, at the Defence "
            "Headquarters.",
            date=D,
        )
    )
    assert [e.type for e in ex.events] == ["meeting"]


# بحث X مع A، وسفير B لدى اليمن C: each titled person listed after "، و" past the first
# one after مع is in the talks too.
def test_events_talks_with_a_second_guest_after_a_comma_and():
    ex = extract(
        Article(
            id="t",
            lang="ar",
            text="بحث رئيس الوزراء نادر الزعبلاوي مع وزير التجارة الكوري كيم سو، وسفير كوريا "
            "لدى بلادنا لي مين، سبل التعاون.",
            date=D,
        )
    )
    names = {p.id: p.name_ar for p in ex.persons}
    assert [sorted(names[a] for a in e.actors) for e in ex.events] == [
        sorted(["نادر الزعبلاوي", "كيم سو", "لي مين"])
    ]


# A visit that a sidelines cue names as its occasion, with its maker ("on the sidelines of
# President X's visit to Y", على هامش زيارة X إلى Y), or "during the visit of X to Y" with
# no visit before it: a visit made, told here first, the maker's.
@pytest.mark.parametrize(
    ("lang", "text", "maker", "place"),
    [
        (
            "en",
            "On the sidelines of Kenyan President Samuel Otieno's visit to Ethiopia, the two "
            "foreign ministers signed a deal.",
            "Samuel Otieno",
            "ethiopia",
        ),
        (
            "en",
            "Ghanaian Foreign Minister Kofi Adu met Togolese President Komi Dogbe on Monday on "
            "the sidelines of the visit of Ghanaian President Ama Boateng to Togo.",
            "Ama Boateng",
            "togo",
        ),
        (
            "en",
            "The talks were held during the visit of Chilean Foreign Minister Ana Petrova to Peru.",
            "Ana Petrova",
            "peru",
        ),
        (
            "ar",
            "والتقى وزير الخارجية العراقي نادر الزعبلاوي اليوم نظيره الأردني، على هامش زيارة "
            "رئيس الوزراء الأردني سامر القطامي إلى بغداد.",
            "سامر القطامي",
            "baghdad",
        ),
    ],
)
def test_events_a_visit_named_as_the_occasion_or_with_its_maker(lang, text, maker, place):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    assert [(e.place, e.status) for e in visits] == [(place, "held")]
    (label,) = _names(ex, visits[0])
    assert maker in label


def test_events_a_sidelines_gathering_and_a_visit_already_told_make_no_visit():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Ghanaian President Ama Boateng arrived in Lome on Monday. Ghanaian Foreign "
            "Minister Kofi Adu met Togolese President Komi Dogbe on the sidelines of the visit "
            "of President Ama Boateng to Togo and of the regional summit.",
            date=D,
        )
    )
    assert sorted(e.type for e in ex.events) == ["meeting", "visit"]


# "X and Y exchanged views", "X discussed, with Y, ...": talks, a meeting; على استقباله
# (thanks for receiving him) refers to the reception told, no second one.
@pytest.mark.parametrize(
    ("lang", "text", "n_actors"),
    [
        (
            "en",
            "Kenyan Foreign Minister Ruth Kamau and her Ugandan counterpart Peter Okello "
            "exchanged views on regional security.",
            2,
        ),
        (
            "en",
            "The Head of the Presidential Council, Omar Zintan, discussed, with UN "
            "Under-Secretary-General Jean Lapierre, on Monday, the security situation.",
            2,
        ),
        (
            "ar",
            "استقبل الملك سامر بن راشد في قصره أمس الأمين العام للجامعة العربية نادر الفلاحي. "
            "من جهته أعرب الأمين العام عن شكره للملك على استقباله. حضر الاستقبال الأمير فهد "
            "بن سعد وزير الخارجية.",
            3,
        ),
    ],
)
def test_events_views_exchanged_and_thanks_for_a_reception(lang, text, n_actors):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", n_actors)]


# "the visit of X" said of in other ways (postponed, called off, ahead of it, spoken of)
# is no visit made; a visit to come on whose sidelines one meets is none either.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Turkish Foreign Minister Tovar Elkin said the visit of Syrian President Brisa "
            "Calloway to Ankara had been postponed.",
        ),
        ("en", "The visit of Turkish President Ahmet Demir to Damascus was called off."),
        (
            "en",
            "Foreign Minister Tovar Elkin met the envoy ahead of the visit of President Brisa "
            "Calloway to Ankara.",
        ),
        (
            "ar",
            "والتقى وزير الخارجية نادر الزعبلاوي اليوم السفير التركي على هامش التحضير لزيارة "
            "الرئيس التركي فراس القطامين المرتقبة إلى عمّان.",
        ),
    ],
)
def test_events_a_visit_spoken_of_is_no_visit_made(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert not [e for e in ex.events if e.type == "visit" and e.status == "held"]


# A bare definite title with no name and no state ("The chief of staff met ...", والتقى
# رئيس الأركان بوزير ...) is the one person named before whose title holds these words;
# not a diplomat's grade (الوزير المفوض), not a style (الأمير), not where two hold it.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Egyptian Army Chief of Staff Lt Gen Samir Fahmy arrived in Ankara on Monday. The "
            "chief of staff met Turkish Defence Minister Nadir Ozturk on Tuesday.",
            ["Samir Fahmy", "Nadir Ozturk"],
        ),
        (
            "ar",
            "وصل رئيس أركان الجيش المصري الفريق سامر القطامي إلى أنقرة أمس. والتقى رئيس الأركان "
            "بوزير الدفاع التركي نادر أوزتورك.",
            ["سامر القطامي", "نادر أوزتورك"],
        ),
        (
            "ar",
            "وصل وزير الدفاع العراقي سامر القطامي إلى الرياض. وأضافت أن وزير الدفاع التقى نظيره "
            "السعودي الأمير فهد بن سعد.",
            ["سامر القطامي", "فهد بن سعد"],
        ),
    ],
)
def test_events_a_bare_title_is_the_one_named_before(lang, text, expected):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    (meeting,) = [e for e in ex.events if e.type == "meeting"]
    labels = _names(ex, meeting)
    assert len(labels) == len(expected)
    assert all(any(n in label for label in labels) for n in expected)


def test_events_a_grade_after_a_bare_title_is_no_reference():
    ex = extract(
        Article(
            id="t",
            lang="ar",
            text="استقبل الأمين العام للجامعة العربية نادر الزعبلاوي وزير خارجية الجزائر سامر "
            "القطامي. وصرح الوزير المفوض فراس الطوقي، المتحدث باسم الأمين العام، بأن اللقاء "
            "كان مثمرا.",
            date=D,
        )
    )
    statements = [e for e in ex.events if e.type == "statement"]
    assert not any(any("سامر القطامي" in n for n in _names(ex, e)) for e in statements)


def test_events_a_call_on_is_a_meeting():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Prior to the talks, Kenyan Foreign Minister Paul Otieno had a call-on with the "
            "President of Ghana, Mr John Mensah.",
            date=D,
        )
    )
    assert [(e.type, len(e.actors)) for e in ex.events] == [("meeting", 2)]


# A bare title names the one holder named before of that same post: not a deputy's, an
# adviser's or a spokesman's title with the same words; the object's title after it
# (التقى وزير الخارجية الرئيس الكيني X) gives it no state. "exchanged views" is talks of
# the names right before it, not of states a speaker names; "discussed trade, with Y
# saying" is no talks with Y; thanks for a reception with its guest named after it (حرص
# على استقباله الوزير X) is a reception.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Egyptian Deputy Foreign Minister Badr Tamim met the delegation. The foreign "
            "minister met Kenyan President Jomo Kariuki.",
            [["Badr Tamim"]],
        ),
        (
            "ar",
            "التقى نائب وزير الخارجية المصري سامر الطوقي الوفد. والتقى وزير الخارجية بوزير "
            "الدفاع الكيني بيتر كاماو.",
            [["سامر الطوقي"]],
        ),
        (
            "ar",
            "التقى وزير الخارجية المصري بدر تميم الوفد. والتقى وزير الخارجية الرئيس الكيني "
            "جومو كاريوكي.",
            [["بدر تميم"], ["بدر تميم", "جومو كاريوكي"]],
        ),
        (
            "en",
            "Egyptian Foreign Minister Badr Tamim praised Kenyan President Jomo Kariuki, saying "
            "Cairo and Nairobi had exchanged views constantly.",
            [],
        ),
        (
            "en",
            "Egyptian Foreign Minister Badr Tamim discussed trade, with Kenyan President Jomo "
            "Kariuki saying exports had doubled.",
            [],
        ),
        (
            "ar",
            "وحرص الرئيس الكيني جومو كاريوكي على استقباله وزير الخارجية المصري بدر تميم في المطار.",
            [["جومو كاريوكي", "بدر تميم"]],
        ),
    ],
)
def test_events_bare_titles_views_and_thanks_read_narrowly(lang, text, expected):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    got = sorted(sorted(_names(ex, e)) for e in ex.events if e.type == "meeting")
    want = sorted(sorted(x) for x in expected)
    assert len(got) == len(want)
    assert all(
        len(g) == len(w) and all(any(n in x for x in g) for n in w)
        for g, w in zip(got, want, strict=True)
    )


# "He also spoke with President Y" after his arrival: a meeting on the visit (a call says
# by phone); "The two ministers held their first talks over the telephone" after a
# sentence that named two and told no event: their call; a leader named as the possessor
# of his administration (since the launch of Prime Minister X's administration) is no
# actor of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian Defence Minister Sergei Volkov arrived in Minsk on Monday. He also spoke "
            "with President Anton Kravets.",
            [("visit", ["Sergei Volkov"]), ("meeting", ["Sergei Volkov", "Anton Kravets"])],
        ),
        (
            "Japanese Foreign Minister Kenji Ota and his Chinese counterpart, Li Wen, on Tuesday "
            "reaffirmed their commitment. The two ministers held their first talks over the "
            "telephone since the launch of Prime Minister Sato Aki's administration.",
            [("phone_call", ["Kenji Ota", "Li Wen"])],
        ),
    ],
)
def test_events_on_a_visit_by_phone_and_the_two_named_before(text, expected):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    got = sorted((e.type, sorted(_names(ex, e))) for e in ex.events)
    want = sorted((t, sorted(n)) for t, n in expected)
    assert [t for t, _ in got] == [t for t, _ in want]
    assert all(
        len(g) == len(w) and all(any(x in y for y in g) for x in w)
        for (_t, g), (_u, w) in zip(got, want, strict=True)
    )


def test_events_the_agent_of_a_passive_reception_is_its_host():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Later, Prime Minister Kofi Mensah of Ghana was received by Qatari Prime "
            "Minister Khalid Hamad at the Amiri Diwan.",
            date=D,
        )
    )
    (meeting,) = ex.events
    names = {p.id: p.name_en for p in ex.persons}
    assert [names[h] for h in meeting.hosts] == ["Khalid Hamad"]


# A visit to a list of places (a tour of A, B and C; زيارة إلى كل من A وB; جولة شملت A
# ودولة B) is a visit to each; "Rome, Italy" names one place twice; a visit to one of
# them told on its own later is not told twice.
@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "ar",
            "أجرى قائد القوات البحرية النرويجية الأدميرال كارل موفيك زيارة إلى كل من العراق "
            "وسوريا.",
            ["iraq", "syria"],
        ),
        (
            "ar",
            "قام وزير الدفاع البيروفي لوسيو سابيدرا بجولة شملت المملكة العربية السعودية ودولة "
            "الإمارات العربية المتحدة ومملكة البحرين.",
            ["bahrain", "saudi-arabia", "united-arab-emirates"],
        ),
        (
            "en",
            "Peruvian Defence Minister Lucio Sabedra visited Rome, Paris and Berlin last week.",
            ["berlin", "paris", "rome"],
        ),
        (
            "en",
            "Chilean Foreign Minister Ana Torvik wrapped up a tour of Oman, Qatar and Kuwait.",
            ["kuwait", "oman", "qatar"],
        ),
        ("en", "Chilean Foreign Minister Ana Torvik visited Rome, Italy on Monday.", ["rome"]),
        (
            "ar",
            "أجرى قائد القوات البحرية النرويجية الأدميرال كارل موفيك زيارة إلى كل من العراق "
            "وسوريا. وفي سوريا، زار موفيك مواقع قواته.",
            ["iraq", "syria"],
        ),
    ],
)
def test_events_a_visit_to_a_list_of_places_is_a_visit_to_each(lang, text, places):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    assert sorted(e.place for e in visits) == places
    assert len({e.id for e in visits}) == len(visits)
    assert all(len(e.actors) == 1 for e in visits)


def _met(ex, pair) -> bool:
    """A meeting of exactly the two persons of ``pair`` (a name each, as labelled)."""
    meetings = [_names(ex, e) for e in ex.events if e.type == "meeting"]
    return any(len(m) == 2 and all(any(n in x for x in m) for n in pair) for m in meetings)


# An Arabic verb of meeting that goes on from the sentence before (ثم, كما, و) with one
# person named right after it and nothing after him but the sentence's end, a preposition
# or a clause of what was discussed: he is its object, its subject he who was just told
# of; one followed by another noun (وفدا) is its subject.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "استقبل وزير الدفاع البيروفي لوسيو سابيدرا السفير الكندي جون ميلز. ثم التقى سفير "
            "ماليزيا أحمد زكري وتم البحث في العلاقات.",
            ["لوسيو سابيدرا", "أحمد زكري"],
        ),
        (
            "استقبل وزير الداخلية الغاني كوفي منساه السفير الهندي راجيف نير. كما التقى سفير "
            "البرازيل باولو سيلفا.",
            ["كوفي منساه", "باولو سيلفا"],
        ),
        (
            "التقى وزير الخارجية النرويجي كارل موفيك الرئيس البيروفي توماس أرييتا في ليما. "
            "كما التقى نظيره البيروفي لوسيا سافيدرا.",
            ["كارل موفيك", "لوسيا سافيدرا"],
        ),
    ],
)
def test_events_arabic_lone_object_of_a_verb_that_goes_on(text, pair):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert _met(ex, pair), [sorted(_names(ex, e)) for e in ex.events if e.type == "meeting"]


def test_events_arabic_a_subject_with_a_noun_after_it_is_no_lone_object():
    ex = extract(
        Article(
            id="t",
            lang="ar",
            text="استقبل وزير الدفاع البيروفي لوسيو سابيدرا السفير الكندي جون ميلز. والتقى "
            "رئيس الوزراء أحمد زكري وفدا من رجال الأعمال.",
            date=D,
        )
    )
    assert not any(
        e.type == "meeting"
        and any("سابيدرا" in n for n in _names(ex, e))
        and any("زكري" in n for n in _names(ex, e))
        for e in ex.events
    )


# The persons listed after مع / with, each with his post told after his name (السيد X،
# وزير ...، والسيد Y، وزير ...) or before it, all take part; "مع كل من", "bilateral
# meetings with" make one event with each; talks told after an arrival are a meeting held
# on the visit, not the visit.
@pytest.mark.parametrize(
    ("lang", "text", "groups"),
    [
        (
            "ar",
            "كما تباحث وزير الخارجية البيروفي لوسيو سابيدرا مع وزير الخارجية الكندي جون ميلز "
            "ووزير الخارجية الماليزي أحمد زكري.",
            [["لوسيو سابيدرا", "جون ميلز", "أحمد زكري"]],
        ),
        (
            "ar",
            "وصل وزير الخارجية البيروفي لوسيو سابيدرا إلى القاهرة. كما تباحث مع كل من السيد "
            "جون ميلز، وزير الدولة الكندي، والسيد أحمد زكري، وزير الخارجية الماليزي، والسيدة "
            "سارة كوبر، وزيرة خارجية أستراليا.",
            [
                ["لوسيو سابيدرا", "جون ميلز"],
                ["لوسيو سابيدرا", "أحمد زكري"],
                ["لوسيو سابيدرا", "سارة كوبر"],
            ],
        ),
        (
            "en",
            "Peruvian Foreign Minister Lucio Sabedra held bilateral meetings with Canadian "
            "Foreign Minister John Mills, Malaysian Foreign Minister Ahmad Zakri and Australian "
            "Foreign Minister Sarah Cooper in Cairo.",
            [
                ["Lucio Sabedra", "John Mills"],
                ["Lucio Sabedra", "Ahmad Zakri"],
                ["Lucio Sabedra", "Sarah Cooper"],
            ],
        ),
        (
            "ar",
            "وصل وزير الخارجية البيروفي لوسيو سابيدرا إلى القاهرة اليوم. وبحث الوزير مع وزير "
            "الدولة الكندي جون ميلز العلاقات.",
            [["لوسيو سابيدرا", "جون ميلز"]],
        ),
    ],
)
def test_events_lists_after_with_and_talks_with_each(lang, text, groups):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    meetings = sorted(sorted(_names(ex, e)) for e in ex.events if e.type == "meeting")
    assert len(meetings) == len(groups), meetings
    for want in groups:
        assert any(
            len(m) == len(want) and all(any(n in x for x in m) for n in want) for m in meetings
        ), (want, meetings)


# A definite noun of an official with no post of his own and a state's adjective (the
# Iraqi official, the Chilean guest, الضيف العماني) stands for the one official of that
# state named before.
@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Chilean Foreign Minister Ana Torvik met President Tomas Arrieta in Lima on Sunday. "
            "The Chilean official, who arrived on Saturday, also met Peruvian Defence Minister "
            "Lucia Saavedra.",
            ["Ana Torvik", "Lucia Saavedra"],
        ),
        (
            "en",
            "Ghanaian Trade Minister Kojo Appiah arrived in Rome on Monday. The Ghanaian guest "
            "later met Italian Finance Minister Marco Bellini.",
            ["Kojo Appiah", "Marco Bellini"],
        ),
        (
            "ar",
            "وصل وزير الخارجية العماني سالم الحارثي إلى ليما. والتقى الضيف العماني وزير "
            "الدفاع البيروفي لوسيو سابيدرا.",
            ["سالم الحارثي", "لوسيو سابيدرا"],
        ),
    ],
)
def test_events_an_official_named_by_noun_and_state(lang, text, pair):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert _met(ex, pair), [sorted(_names(ex, e)) for e in ex.events if e.type == "meeting"]


# An Arabic verb of receiving or meeting whose object is a pronoun suffix (كما استقبله Y,
# واستقبلهما Y) receives the guests of the meeting or visit told just before; the person
# named after it is its subject, never its object.
@pytest.mark.parametrize(
    ("text", "pair", "host"),
    [
        (
            "استقبل الرئيس البيروفي توماس أرييتا اليوم وزير الخارجية الكندي جون ميلز. كما "
            "استقبله رئيس الوزراء البيروفي أحمد زكري.",
            ["أحمد زكري", "جون ميلز"],
            "أحمد زكري",
        ),
        (
            "وصل وزير الخارجية الكندي جون ميلز إلى ليما. واستقبله رئيس الوزراء البيروفي أحمد زكري.",
            ["أحمد زكري", "جون ميلز"],
            "أحمد زكري",
        ),
        (
            "التقى رئيس الوزراء الغاني كوفي منساه اليوم وزيرة الخارجية الهندية سونيا راو. "
            "والتقاها كذلك وزير الدفاع الغاني كوامي بواتنغ.",
            ["كوامي بواتنغ", "سونيا راو"],
            None,
        ),
    ],
)
def test_events_arabic_object_suffix_is_the_guest_told_before(text, pair, host):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    names = {p.id: p.name_ar for p in ex.persons}
    meetings = [e for e in ex.events if e.type == "meeting"]
    got = [e for e in meetings if sorted(names[a] for a in e.actors) == sorted(pair)]
    assert len(got) == 1, [[names[a] for a in e.actors] for e in meetings]
    if host is not None:
        assert [names[h] for h in got[0].hosts] == [host]


# A sentence that tells who made up a delegation and no event (The Ghanaian delegation
# included X and Y; وضم الوفد X وY) adds its members to the meeting told just before and to
# the visit of their state.
@pytest.mark.parametrize(
    ("lang", "text", "members"),
    [
        (
            "en",
            "President Kofi Mensah of Ghana arrived in Lima on Sunday. He held talks with "
            "Peruvian President Tomas Arrieta on Monday. Members of Mensah's delegation "
            "included Ghana's Minister of Foreign Affairs, Ama Owusu; Minister of National "
            "Security, Kwame Boateng; and officials of the Foreign Ministry.",
            ["Ama Owusu", "Kwame Boateng"],
        ),
        (
            "en",
            "Chilean President Ana Torvik held talks with Peruvian President Tomas Arrieta in "
            "Lima. The Chilean delegation included Foreign Minister Jorge Pena.",
            ["Jorge Pena"],
        ),
        (
            "ar",
            "التقى الرئيس الغاني كوفي منساه الرئيس البيروفي توماس أرييتا في ليما. وضم الوفد "
            "الغاني وزيرة الخارجية أما أووسو ووزير الأمن كوامي بواتنغ.",
            ["أما أووسو", "كوامي بواتنغ"],
        ),
    ],
)
def test_events_a_delegation_told_after_its_meeting_joins_it(lang, text, members):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    (meeting,) = [e for e in ex.events if e.type == "meeting"]
    labels = _names(ex, meeting)
    assert all(any(m in lab for lab in labels) for m in members), labels


# A bare definite title in a subject's place (والتقى الوزير, "The minister also met")
# when several holders of the post were named: the one the story follows, the first actor
# of the last event told.
@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "ar",
            "أجرى وزير الخارجية البيروفي لوسيو سابيدرا أمس مباحثات مع نظيره الكندي جون ميلز. "
            "والتقى الوزير أيضا وزيرة خارجية غانا أما أووسو.",
            ["لوسيو سابيدرا", "أما أووسو"],
        ),
        (
            "en",
            "Peruvian Foreign Minister Lucio Sabedra held talks with his Canadian counterpart "
            "John Mills on Monday. The minister also met Ghanaian Foreign Minister Kofi Mensah.",
            ["Lucio Sabedra", "Kofi Mensah"],
        ),
        (
            "ar",
            "استقبل وزير الدفاع الغاني كوفي منساه نظيره الكيني جون أوتينو. وبحث الوزير مع "
            "السفير الهندي راجيف نير التعاون.",
            ["كوفي منساه", "راجيف نير"],
        ),
    ],
)
def test_events_bare_title_subject_is_the_protagonist(lang, text, pair):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert _met(ex, pair), [sorted(_names(ex, e)) for e in ex.events if e.type == "meeting"]


# English talks "with X, Minister of A, and Y, Minister of B": each item of the list takes
# part; "The Foreign Minister of Armenia" with no name is the one holder of that state's
# post named before; a plural noun of calls or meetings with one side named before it
# ("had phone conversations with", "اتصالات هاتفية مع") is one event with each other side.
@pytest.mark.parametrize(
    ("lang", "text", "groups"),
    [
        (
            "en",
            "Armenian Foreign Minister Aram Petrosyan discussed the developments with Sergey "
            "Volkov, Foreign Minister of Russia, and Jean Dupont, Foreign Minister of France.",
            [("meeting", ["Aram Petrosyan", "Sergey Volkov", "Jean Dupont"])],
        ),
        (
            "en",
            "Armenian Foreign Minister Aram Petrosyan arrived in Paris on Sunday. The Foreign "
            "Minister of Armenia discussed the developments with Jean Dupont, Foreign Minister "
            "of France.",
            [("visit", ["Aram Petrosyan"]), ("meeting", ["Aram Petrosyan", "Jean Dupont"])],
        ),
        (
            "en",
            "Armenian Foreign Minister Aram Petrosyan had a number of phone conversations with "
            "his foreign counterparts on Sunday. The Foreign Minister of Armenia discussed the "
            "developments with Sergey Volkov, Foreign Minister of Russia, and Jean Dupont, "
            "Foreign Minister of France.",
            [
                ("phone_call", ["Aram Petrosyan", "Sergey Volkov"]),
                ("phone_call", ["Aram Petrosyan", "Jean Dupont"]),
            ],
        ),
        (
            "ar",
            "أجرى وزير الخارجية البيروفي لوسيو سابيدرا اتصالات هاتفية مع وزير الخارجية الكندي "
            "جون ميلز ووزير الخارجية الماليزي أحمد زكري.",
            [
                ("phone_call", ["لوسيو سابيدرا", "جون ميلز"]),
                ("phone_call", ["لوسيو سابيدرا", "أحمد زكري"]),
            ],
        ),
        (
            "en",
            "Indian Defence Minister Raj Kumar stopped over in Tehran on Saturday and held talks "
            "with Iranian Defence Minister Ali Rezaei.",
            [("visit", ["Raj Kumar"]), ("meeting", ["Raj Kumar", "Ali Rezaei"])],
        ),
    ],
)
def test_events_lists_of_talks_and_plural_calls(lang, text, groups):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    got = sorted((e.type, sorted(_names(ex, e))) for e in ex.events)
    assert len(got) == len(groups), got
    for etype, names in groups:
        assert any(
            t == etype and len(g) == len(names) and all(any(n in x for x in g) for n in names)
            for t, g in got
        ), (etype, names, got)


def test_events_plural_meetings_of_two_sides_named_before_stay_one():
    text = (
        "وصل الرئيس الغاني كوفي منساه إلى ليما. ودخل الرئيسان منساه وأرييتا في لقاءات مغلقة. "
        "ويرافق الرئيس الغاني وزير الخارجية أما أووسو."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert len([e for e in ex.events if e.type == "meeting"]) <= 1


def _pairs(ex) -> list[tuple[str, tuple[str, ...]]]:
    names = {p.id: p.name_ar or p.name_en for p in ex.persons}
    return sorted((e.type, tuple(sorted(names[a] for a in e.actors))) for e in ex.events)


# What the readings across sentences must not take: a subject followed by a comma, a
# time or a noun of its own is no object; a verbal noun with a possessive (خلال استقباله)
# is no verb with an object; a place that opens a new clause (وروسيا تراقب, Syria's news
# agency) ends a list of places; official and diplomatic as adjectives are no officials; a
# counterpart of the opener's own state is the guest's; a delegation of a state that took
# no part joins nothing; "with each of" two states splits no summit.
@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        (
            "ar",
            "استقبل الرئيس اللبناني ميشال حداد السفير الفرنسي جان لوران. واستقبل رئيس الوزراء "
            "اللبناني نبيل سلامة، اليوم، وفدا من البنك الدولي.",
            ("meeting", ("ميشال حداد", "نبيل سلامة")),
        ),
        (
            "ar",
            "استقبل الرئيس اللبناني ميشال حداد السفير الفرنسي جان لوران. والتقى وزير الخارجية "
            "اللبناني جورج خوري في بيروت وفدا أوروبيا.",
            ("meeting", ("جورج خوري", "ميشال حداد")),
        ),
        (
            "ar",
            "استقبل الرئيس اللبناني ميشال حداد السفير الفرنسي جان لوران. وخلال استقباله وزير "
            "الخارجية القطري محمد الخليفي، أكد حداد دعم المبادرة.",
            ("meeting", ("جان لوران", "محمد الخليفي")),
        ),
        (
            "ar",
            "استقبل الرئيس التونسي منصف الباجي وزير الخارجية الجزائري رشيد بلقاسم. كما التقى "
            "نظيره التونسي نبيل عمار.",
            ("meeting", ("منصف الباجي", "نبيل عمار")),
        ),
        (
            "en",
            "Iranian Foreign Minister Abbas Karimi arrived in Baghdad on Sunday. Iraqi President "
            "Latif Rashid met Syrian envoy Omar Haddad, the Iranian official news agency said.",
            ("meeting", ("Abbas Karimi", "Latif Rashid", "Omar Haddad")),
        ),
        (
            "en",
            "Kenyan President Samuel Kiprop met Ugandan President Yoweri Kato in Kampala on "
            "Monday. The Ghanaian delegation included Trade Minister Kojo Appiah.",
            ("meeting", ("Kojo Appiah", "Samuel Kiprop", "Yoweri Kato")),
        ),
    ],
)
def test_events_readings_across_sentences_do_not_overreach(lang, text, absent):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert absent not in _pairs(ex)


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("ar", "زار وزير الخارجية الإيراني حسين رضائي دمشق وبيروت، وروسيا تراقب التحركات.", 2),
        ("en", "Iraqi Prime Minister Adel Karim visited Tehran, Syria's news agency reported.", 1),
        ("en", "Iraqi Prime Minister Adel Karim arrived in Tehran, and Saudi Arabia said so.", 1),
    ],
)
def test_events_a_list_of_places_ends_where_a_clause_begins(lang, text, places):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert len([e for e in ex.events if e.type == "visit"]) == places


def test_events_with_each_of_two_states_splits_no_summit():
    text = (
        "عقد الرئيس المصري عبد الفتاح منصور قمة ثلاثية مع العاهل الأردني عبد الله الهاشمي "
        "ورئيس الوزراء العراقي عادل كريم، وبحث القادة تعزيز التعاون مع كل من سوريا ولبنان."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [len(e.actors) for e in ex.events if e.type == "meeting"] == [3]


# A definite delegation with no name after it ("The delegation held talks with X", والتقى
# الوفد X) stands for those who came on the visit told before; one of another state than
# theirs, or one whose head is named there (الوفد الروسي برئاسة X), does not.
@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "A Ghanaian delegation headed by Foreign Minister Ama Owusu arrived in Moscow on "
            "Monday. The delegation held talks with Russian Foreign Minister Sergei Volkov.",
            ["Ama Owusu", "Sergei Volkov"],
        ),
        (
            "ar",
            "وصل وفد غاني برئاسة وزيرة الخارجية أما أووسو إلى موسكو. والتقى الوفد وزير الخارجية "
            "الروسي سيرغي فولكوف.",
            ["أما أووسو", "سيرغي فولكوف"],
        ),
        (
            "en",
            "Kenyan Trade Minister Ruth Wanjiru arrived in Lima on Sunday. The Kenyan delegation "
            "later met Peruvian Finance Minister Jorge Pena.",
            ["Ruth Wanjiru", "Jorge Pena"],
        ),
    ],
)
def test_events_the_delegation_is_those_who_came(lang, text, pair):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert _met(ex, pair), [sorted(_names(ex, e)) for e in ex.events if e.type == "meeting"]


def test_events_a_delegation_of_the_hosts_is_not_the_visitors():
    text = (
        "Ghanaian Foreign Minister Ama Owusu arrived in Moscow on Monday. The Russian "
        "delegation met Chinese Foreign Minister Li Wen."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert not any(
        e.type == "meeting" and any("Ama Owusu" in n for n in _names(ex, e)) for e in ex.events
    )


# The guest, the visitor (الضيف) with no name after him: he who came on the visit told
# before.
@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "ar",
            "وصل وزير الخارجية العماني سالم الحارثي إلى ليما. والتقى الضيف وزير الدفاع البيروفي "
            "لوسيو سابيدرا.",
            ["سالم الحارثي", "لوسيو سابيدرا"],
        ),
        (
            "en",
            "Omani Foreign Minister Salim Harthy arrived in Lima on Sunday. The guest later met "
            "Peruvian Defence Minister Lucio Sabedra.",
            ["Salim Harthy", "Lucio Sabedra"],
        ),
        (
            "en",
            "Omani Foreign Minister Salim Harthy arrived in Lima on Sunday. President Tomas "
            "Arrieta received the visitor at the palace.",
            ["Salim Harthy", "Tomas Arrieta"],
        ),
    ],
)
def test_events_the_guest_is_he_who_came(lang, text, pair):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert _met(ex, pair), [sorted(_names(ex, e)) for e in ex.events if e.type == "meeting"]


def test_events_a_verb_going_on_after_a_reception_of_an_unnamed_host_has_no_subject():
    # استقبل وزير الداخلية Y: the host is not named; ثم التقى Z is not Y's meeting with Z
    text = (
        "استقبل وزير الداخلية، قبل ظهر اليوم في مكتبه، القائم بأعمال السفارة الكندية جون "
        "ميلز. كما التقى سفير باكستان أحمد زكري، وتم البحث في التعاون."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert not any(
        e.type == "meeting"
        and any("ميلز" in n for n in _names(ex, e))
        and any("زكري" in n for n in _names(ex, e))
        for e in ex.events
    )


def test_events_a_post_told_first_is_its_holder_named_later():
    text = (
        "استقبل وزير الداخلية، قبل ظهر اليوم، السفير الكندي جون ميلز. وكذلك استقبل الوزير "
        "النعيمي وفدا من البلديات."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert ("meeting", ("النعيمي", "جون ميلز")) in _pairs(ex)


# A meeting noun in construct with its owner (بلقاء الرئيس X مع Y): the meeting is X's
# with Y; who speaks or writes of it before takes no part (a minister commenting on it,
# the spokesman of a statement told before); who attended it (حضر X لقاء Y مع Z) does.
@pytest.mark.parametrize(
    ("text", "pair", "not_in"),
    [
        (
            "وأشاد وزير الخارجية سامر داود بلقاء رئيس الوزراء خالد ناصر مع نظيره الأردني "
            "فهد سليم في عمان.",
            ("خالد ناصر", "فهد سليم"),
            "سامر داود",
        ),
        (
            "وعلق وزير الإعلام عادل منير على لقاء الرئيس الغيني مامادو كوندي مع رئيس "
            "الوزراء المالي موسى ديارا في باماكو.",
            ("مامادو كوندي", "موسى ديارا"),
            "عادل منير",
        ),
        (
            "وانتقد وزير الدفاع الإسرائيلي يوسي بن دافيد في منشور لقاء الرئيس الفنزويلي "
            "خوسيه مارين مع وزير الخارجية الإيراني حميد نوري، أمس.",
            ("خوسيه مارين", "حميد نوري"),
            "يوسي بن دافيد",
        ),
    ],
)
def test_events_a_meeting_noun_in_construct_is_its_owners(text, pair, not_in):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert _met(ex, pair), _pairs(ex)
    assert not any(not_in in _names(ex, e) for e in ex.events), _pairs(ex)


def test_events_a_meeting_noun_in_construct_keeps_who_attended_it():
    text = (
        "وحضر وزير الخارجية سامر داود لقاء رئيس الوزراء خالد ناصر مع نظيره الأردني فهد سليم "
        "في عمان."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert ("meeting", ("خالد ناصر", "سامر داود", "فهد سليم")) in _pairs(ex), _pairs(ex)


def test_events_a_meeting_noun_in_construct_takes_no_one_from_the_sentence_before():
    # the spokesman's statement told before: the meeting of the president with a person
    # who holds no post the rules know is no meeting of the spokesman's
    text = (
        "قال المتحدث باسم الخارجية سمير فارس، السبت، إن على المسؤولين الشعور بالعار. جاء "
        "ذلك في بيان صادر عن الناطق باسم الوزارة تعليقا على منشور لوزير الخارجية الأردني "
        "سامي حداد يتعلق بلقاء الرئيس التونسي منصور قاسم مع رئيس المكتب السياسي للحركة "
        "وليد عباس في تونس."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert not any(
        {"سمير فارس", "سامي حداد"} & set(_names(ex, e)) for e in ex.events if e.type == "meeting"
    ), _pairs(ex)


# "كما استقبل X ... ، ثم Y": the host of the reception told before receives X, then Y, one
# after the other (one meeting each), when neither serves the host's state; "على رأس وفد"
# (heading a delegation) is a visit only with a place it goes to.
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "استقبل قائد الجيش العماد سمير حداد في مكتبه المنسق الخاص للأمم المتحدة يانس "
            "كولر. كما استقبل الأمين العام المساعد لجامعة الدول العربية رامي زكريا على رأس "
            "وفد مرافق، ثم السفير البابوي المونسينيور لوكا فيرانتي.",
            [("رامي زكريا", "سمير حداد"), ("سمير حداد", "لوكا فيرانتي")],
        ),
        (
            "استقبل وزير الدفاع اللبناني جورج نصار السفير الفرنسي إيرفيه ماغرو. كما استقبل "
            "السفير الياباني ماساهيكو تاكيدا، ثم السفير الهندي رافي شنكر.",
            [("جورج نصار", "ماساهيكو تاكيدا"), ("جورج نصار", "رافي شنكر")],
        ),
        (
            "استقبل رئيس الوزراء الأردني فيصل العمري السفير الكوري كيم سانغ هو. كما استقبل "
            "المبعوث الأممي هانس كوبر، ثم السفير الروسي غليب ديسياتنيكوف.",
            [("فيصل العمري", "هانس كوبر"), ("غليب ديسياتنيكوف", "فيصل العمري")],
        ),
    ],
)
def test_events_received_in_turn_after_also(text, pairs):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    got = _pairs(ex)
    for pair in pairs:
        assert ("meeting", pair) in got, got
    assert not any(e.type == "visit" for e in ex.events), got


# Talks told with no one named after credentials presented between two (ثم جرى بحث,
# استعرض الجانبان, the two sides discussed) are a meeting of those two; not when another
# event is told between, nor talks before the credentials.
@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "ar",
            "تسلم وزير الخارجية العراقي سامر داود، يوم الأحد، نسخة من أوراق اعتماد السيد "
            "كينجي تاناكا، سفير اليابان الجديد لدى العراق، ثم جرى بحث العلاقات الثنائية.",
            ("سامر داود", "كينجي تاناكا"),
        ),
        (
            "ar",
            "سلم السفير السعودي فهد بن سالم العتيبي نسخة من أوراق اعتماده إلى مستشار الرئيس "
            "الفلسطيني رامي الخطيب. وأعلنت السفارة عن هذه الخطوة. وعقب ذلك، استعرض الجانبان "
            "أوجه العلاقات الثنائية.",
            ("رامي الخطيب", "فهد بن سالم العتيبي"),
        ),
        (
            "en",
            "Foreign Minister Tomas Velarde received a copy of the credentials of the new "
            "Korean Ambassador Park Min-ho on Monday. The two sides discussed ways to expand "
            "trade.",
            ("Park Min-ho", "Tomas Velarde"),
        ),
    ],
)
def test_events_talks_after_credentials_are_a_meeting(lang, text, pair):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert ("meeting", pair) in _pairs(ex), _pairs(ex)
    assert any(e.type == "other" for e in ex.events), _pairs(ex)


@pytest.mark.parametrize(
    "text",
    [
        # another event told between: the talks are not the ceremony's
        "تسلم وزير الخارجية العراقي سامر داود نسخة من أوراق اعتماد السفير الياباني كينجي "
        "تاناكا. واتصل الوزير داود هاتفيا بنظيره الكويتي فهد الصباح. وجرى بحث العلاقات.",
        # talks told before the credentials
        "جرى بحث العلاقات الثنائية قبل أن يتسلم وزير الخارجية العراقي سامر داود نسخة من "
        "أوراق اعتماد السفير الياباني كينجي تاناكا.",
    ],
)
def test_events_talks_after_credentials_not_across_another_event(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert ("meeting", ("سامر داود", "كينجي تاناكا")) not in _pairs(ex), _pairs(ex)


# منذ قليل, قبل ساعات (a while ago), "a few hours ago": today; the same two who met today
# and "at the end of last February" met twice, and today's meeting takes no place from
# the other.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استقبل وزير الخارجية سامر داود، منذ قليل، نظيره السوري فهد سليم في مقر الوزارة."),
        ("ar", "استقبل وزير الخارجية سامر داود، منذ ساعات، نظيره السوري فهد سليم في مقر الوزارة."),
        (
            "en",
            "Foreign Minister Tomas Velarde met his Korean counterpart Park Min-ho a few hours "
            "ago at the ministry.",
        ),
    ],
)
def test_events_a_while_ago_is_today(lang, text):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert [e.date for e in ex.events if e.type == "meeting"] == [D]


@pytest.mark.parametrize(
    "text",
    [
        "استقبل وزير الخارجية سامر داود، اليوم، نظيره السوري فهد سليم في مقر الوزارة. وهذه "
        "أول زيارة لسليم منذ توليه منصبه. وكان داود قد زار، نهاية فبراير الماضي، العاصمة "
        "دمشق، حيث التقى الرئيس السوري ماهر نصار، بالإضافة إلى وزير الخارجية السوري فهد سليم.",
        "استقبل وزير الخارجية سامر داود، اليوم، نظيره السوري فهد سليم في مقر الوزارة. وبحث "
        "الجانبان العلاقات الثنائية. وكان داود قد التقى سليم في دمشق في يناير الماضي.",
    ],
)
def test_events_the_same_two_met_at_two_times(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    met = [
        e
        for e in ex.events
        if e.type == "meeting" and set(_names(ex, e)) == {"سامر داود", "فهد سليم"}
    ]
    assert len(met) == 2, _pairs(ex)
    today = [e for e in met if e.date == D]
    assert len(today) == 1 and today[0].place is None, [(e.date, e.place) for e in met]


# "X visited Army Commander General Y at his office": a visit paid to a person is a
# meeting with him; not a visit to his tomb or to a state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Defense Minister Elias Haddad visited Army Commander General Joseph Karam at "
            "his office in Yarze on Friday.",
            ("meeting", ("Elias Haddad", "Joseph Karam")),
        ),
        (
            "Foreign Minister Tomas Velarde visited Lebanese President Nabil Rahme in Baabda "
            "on Friday.",
            ("meeting", ("Nabil Rahme", "Tomas Velarde")),
        ),
        (
            "President Tomas Velarde visited President Ahmed Rami's tomb on Friday.",
            ("visit", ("Tomas Velarde",)),
        ),
    ],
)
def test_events_a_person_visited_is_met(text, expected):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert _pairs(ex) == [expected], _pairs(ex)


# A guest received on arrival told by his post and state alone (وكان في استقبال وزير
# الخارجية الكويتي لدى وصوله إلى الرياض): the one holder of that post and state named
# before arrived: his visit.
@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        (
            "استقبل وزير الخارجية السعودي سامر داود بقصره بالرياض، أمس، وزير الخارجية "
            "الكويتي فهد سالم. وكان في استقبال وزير الخارجية الكويتي لدى وصوله إلى مطار "
            "قاعدة الرياض الجوية أمس، نائب وزير الخارجية نادر العلي.",
            "فهد سالم",
            "riyadh",
        ),
        (
            "التقى الرئيس التونسي منصور قاسم اليوم وزير الدفاع الجزائري رشيد بوزيد. وكان في "
            "استقبال وزير الدفاع الجزائري عند وصوله إلى مطار تونس قرطاج وزير الدفاع التونسي "
            "عماد المالكي.",
            "رشيد بوزيد",
            "carthage",
        ),
    ],
)
def test_events_a_guest_received_by_post_and_state(text, visitor, place):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    visits = [(tuple(_names(ex, e)), e.place) for e in ex.events if e.type == "visit"]
    assert ((visitor,), place) in visits, _pairs(ex)


# An interview is a statement (في مقابلة, خلال حوار, "in an interview"); one told with
# its speaker left out (وقال خلال مقابلة, "He said in an interview") is the statement of
# the one the sentence before opened with.
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "ar",
            "أكد المتحدث الرسمي لوزارة الخارجية القطرية سامر داود أهمية الجولة. وقال خلال "
            "مقابلة مع قناة إخبارية مساء اليوم إن نهج بلاده ثابت.",
            "سامر داود",
        ),
        (
            "ar",
            "قال وزير الخارجية العماني سالم الحارثي في مقابلة صحفية اليوم إن الحوار هو الحل.",
            "سالم الحارثي",
        ),
        (
            "en",
            "Foreign Minister Tomas Velarde met his Korean counterpart Park Min-ho on Monday. "
            "He said in an interview on Tuesday that ties were strong.",
            "Tomas Velarde",
        ),
    ],
)
def test_events_an_interview_is_a_statement(lang, text, speaker):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    said = [tuple(_names(ex, e)) for e in ex.events if e.type == "statement"]
    assert said == [(speaker,)], _pairs(ex)


def test_events_a_statement_with_no_speaker_takes_no_one_from_a_sentence_named_late():
    # the sentence before names its person far from its start: not its subject
    text = (
        "وفي إطار الجهود الدبلوماسية المستمرة منذ أشهر طويلة في المنطقة كلها أشاد البيان "
        "بدور وزير الخارجية سامر داود. وقال خلال مقابلة مع قناة إخبارية إن الحل قريب."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert not [e for e in ex.events if e.type == "statement"], _pairs(ex)


# "ahead of", "in preparation for", تمهيدا, استعدادا: the event after them is to come; who
# and where is named after a word of what is to come, past a held event's trigger, is that
# event's, not the held one's.
@pytest.mark.parametrize(
    ("lang", "text", "held", "planned"),
    [
        (
            "ar",
            "التقى وزير الخارجية سامر داود نظيره الأردني فهد سليم اليوم تمهيدا لزيارة الرئيس "
            "منصور قاسم إلى عمان.",
            [("meeting", ("سامر داود", "فهد سليم"), None)],
            [("visit", ("منصور قاسم",), "amman")],
        ),
        (
            "en",
            "Foreign Minister Tomas Velarde met his Korean counterpart Park Min-ho on Monday "
            "ahead of President Tom Reed's trip to Seoul in April.",
            [("meeting", ("Park Min-ho", "Tomas Velarde"), None)],
            [("visit", ("Tom Reed",), "seoul")],
        ),
        (
            "ar",
            "استقبل الرئيس التونسي منصور قاسم اليوم وزير الخارجية الجزائري رشيد بوزيد، "
            "استعدادا للقمة المغاربية التي يحضرها الرئيس الليبي سالم الورفلي في طرابلس.",
            [("meeting", ("رشيد بوزيد", "منصور قاسم"), None)],
            [],
        ),
    ],
)
def test_events_what_is_to_come_after_a_held_event(lang, text, held, planned):
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    names = {p.id: p.name_ar or p.name_en for p in ex.persons}

    def rows(status):
        return sorted(
            (e.type, tuple(sorted(names[a] for a in e.actors)), e.place)
            for e in ex.events
            if e.status == status
        )

    assert rows("held") == held, rows("held")
    assert all(r in rows("planned") for r in planned), rows("planned")


# English: a clause that "after", "as", "while" ... opens with a subject and a verb of its
# own ("after President Z called for calm") lends none of its persons to the main
# clause's event, and its event is none of the main clause's persons'.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Foreign Minister Tomas Velarde met Korean Foreign Minister Park Min-ho after "
            "President Tom Reed called for calm.",
            ("meeting", ("Tom Reed", "Tomas Velarde")),
        ),
        (
            "Foreign Minister Tomas Velarde met Korean Foreign Minister Park Min-ho after the "
            "Korean minister arrived in Lima.",
            ("visit", ("Tomas Velarde",)),
        ),
        (
            "Foreign Minister Tomas Velarde met Korean Foreign Minister Park Min-ho as "
            "President Tom Reed arrived in Seoul.",
            ("meeting", ("Tom Reed", "Tomas Velarde")),
        ),
    ],
)
def test_events_a_subordinate_clause_keeps_its_persons(text, wrong):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert wrong not in _pairs(ex), _pairs(ex)
    assert ("meeting", ("Park Min-ho", "Tomas Velarde")) in _pairs(ex), _pairs(ex)


# What the new readings must leave alone: a meeting noun in construct with no partner
# named after it is the subject's meeting (عقب لقاء الرئيس Y); a title that begins with و
# (وزير) opens no guest in turn; talks told "in search of", in another city or after
# another matter are no talks after credentials, nor are those of credentials presented
# in the past; a speaker with his own subject (مصدر مطلع) is no one told before; a
# dialogue is no interview; "48 hours ago" is not today; the arrival received is no host's.
@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "قال وزير الخارجية الأردني سامر الخطيب عقب لقاء الرئيس المصري نادر القاسمي إن "
            "العلاقات متينة.",
            ("meeting", ("سامر الخطيب", "نادر القاسمي")),
            None,
        ),
        (
            "أكد الرئيس المصري نادر القاسمي، خلال لقاء رئيس الوزراء العراقي فارس الدوري معه "
            "اليوم، عمق العلاقات.",
            ("meeting", ("فارس الدوري", "نادر القاسمي")),
            None,
        ),
        (
            "استقبل الرئيس اللبناني نبيل حداد اليوم السفير الفرنسي جان مارتان. كما استقبل "
            "وزير الدفاع نزار سلوم وزير الخارجية القبرصي أندرياس كوستا.",
            ("meeting", ("أندرياس كوستا", "نزار سلوم")),
            ("meeting", ("نبيل حداد", "نزار سلوم")),
        ),
        (
            "تسلم الرئيس اللبناني نبيل حداد اليوم أوراق اعتماد السفير الفرنسي جان مارتان. "
            "ويواصل الوسطاء جهودهم بحثاً عن حل للأزمة.",
            None,
            ("meeting", ("جان مارتان", "نبيل حداد")),
        ),
        (
            "تسلم الرئيس اللبناني نبيل حداد اليوم أوراق اعتماد السفير الفرنسي جان مارتان. وفي "
            "شأن آخر، تم بحث ملف النازحين في اجتماع الحكومة.",
            None,
            ("meeting", ("جان مارتان", "نبيل حداد")),
        ),
        (
            "استقبل الرئيس اللبناني نبيل حداد اليوم السفير الفرنسي جان مارتان. وقال مصدر مطلع "
            "في تصريح صحفي إن اللقاء كان مثمرا.",
            None,
            ("statement", ("نبيل حداد",)),
        ),
        (
            "شارك وزير الخارجية الأردني سامر الخطيب في حوار المنامة الذي يعقد في البحرين.",
            None,
            ("statement", ("سامر الخطيب",)),
        ),
    ],
)
def test_events_the_new_readings_leave_alone(text, wanted, unwanted):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    got = _pairs(ex)
    if wanted:
        assert wanted in got, got
    if unwanted:
        assert unwanted not in got, got


def test_events_a_visit_dated_by_its_first_day_gives_its_place_to_a_meeting_after():
    text = (
        "Egyptian President Nader Qasimi arrived in Baghdad on Saturday for a three-day state "
        "visit. On Sunday, Qasimi met Iraqi Prime Minister Faris Douri."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=date(2025, 5, 4)))
    met = [e for e in ex.events if e.type == "meeting"]
    assert [(m.date, m.place) for m in met] == [(date(2025, 5, 4), "baghdad")]


def test_events_hours_ago_counted_are_not_today():
    text = "Lebanese President Nabil Haddad met French Ambassador Jean Martin just 48 hours ago."
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert all(e.date != D for e in ex.events), [(e.type, e.date) for e in ex.events]


def test_events_a_guest_received_on_arrival_hosts_no_visit():
    text = (
        "وصل وزير الخارجية الكويتي عبدالله الرشيد إلى بغداد اليوم. وكان في استقبال وزير "
        "الخارجية الكويتي لدى وصوله إلى بغداد وكيل الوزارة كريم الساعدي."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert all(not e.hosts for e in ex.events if e.type == "visit"), [
        (e.type, e.hosts) for e in ex.events
    ]


def test_events_a_time_after_since_is_no_remark():
    text = "استقبل الرئيس اللبناني نبيل حداد منذ قليل في قصر بعبدا السفير الفرنسي جان مارتان."
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert [(e.type, e.date) for e in ex.events] == [("meeting", D)], _pairs(ex)


# Who met whom in English when one side is told by a pronoun, a pair of states or a bare
# title:
# "In his meeting with X, the Chinese minister assessed that ...": the pronoun points
# ahead to the clause's subject (a person named there, or the one official of the
# adjective's state named before), not to the last one told of.
# "The Iraqi and Iranian foreign ministers met": the holders of that post of those two
# states, named before or after, met.
# English: a definite title with no name right before an event verb ("Later, the FM also
# received X", "The Prime Minister met X") is the one holder of that post named before,
# the one in the last event told when several are.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Korean Vice Minister Park Jae-seo met Japanese Vice Minister Ito Kenji on "
            "Saturday. Park also met Chinese Defense Minister Wen Dalin on Sunday. In his "
            "meeting with North Korea's Vice Defense Minister Ri Chol-ho, the Chinese minister "
            "assessed that ties were strong.",
            ("Ri Chol-ho", "Wen Dalin"),
        ),
        (
            "Togo's Foreign Minister Komi Adjovi met Niger's Foreign Minister Issa Moussa on "
            "Sunday. Adjovi also met Ghanaian Foreign Minister Kwame Asare on Monday. In his "
            "talks with Benin's Foreign Minister Paul Houndji, the Ghanaian minister said that "
            "the region needed calm.",
            ("Kwame Asare", "Paul Houndji"),
        ),
        (
            "Chile's Foreign Minister Ana Soto met Argentina's Foreign Minister Juan Pereyra on "
            "Sunday. Soto also met Peruvian Foreign Minister Luis Vegara on Monday. In his "
            "meeting with Bolivia's Foreign Minister Raul Quispe, Vegara said that trade would "
            "grow.",
            ("Luis Vegara", "Raul Quispe"),
        ),
        (
            "Iraqi Foreign Minister Fuad Hassan arrived in Tehran on Monday. The Iraqi and "
            "Iranian foreign ministers met to discuss bilateral ties. Iranian Foreign Minister "
            "Javad Zarif said the talks were good.",
            ("Fuad Hassan", "Javad Zarif"),
        ),
        (
            "The Saudi and Emirati foreign ministers held talks in Riyadh on Monday. Saudi "
            "Foreign Minister Faisal Omar said after the talks with UAE Foreign Minister Ali "
            "Saeed that ties were strong.",
            ("Ali Saeed", "Faisal Omar"),
        ),
        (
            "Kenyan President Daniel Otieno and Ugandan President Moses Okello spoke on the "
            "phone on Friday. On Monday the Kenyan and Ugandan presidents met in Kampala.",
            ("Daniel Otieno", "Moses Okello"),
        ),
        (
            "Foreign Minister Kwame Asante met Finnish Foreign Minister Liisa Virtanen in Accra "
            "on Monday. Later, the FM also received Chilean Ambassador Rosa Diaz.",
            ("Kwame Asante", "Rosa Diaz"),
        ),
        (
            "Indian Prime Minister Raj Mehta arrived in London on Monday. The Prime Minister "
            "met Interior Minister Tomas Ruiz of Peru in London today.",
            ("Raj Mehta", "Tomas Ruiz"),
        ),
        (
            "Ghanaian President John Mensah arrived in Abuja on Monday. The president met "
            "Nigerian Foreign Minister Yusuf Bello.",
            ("John Mensah", "Yusuf Bello"),
        ),
    ],
)
def test_events_english_sides_told_by_pronoun_pair_or_bare_title(text, pair):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert ("meeting", pair) in _pairs(ex), _pairs(ex)


# "received on Sunday copies of the credentials of X": the credentials are the event, no
# meeting of the one who received them alone.
@pytest.mark.parametrize(
    "text",
    [
        "Mensah Receives Credentials of Ambassadors\n\nThe Foreign Minister, Dr. Amina "
        "Mensah, received on Sunday copies of credentials of the Ambassadors of Peru, Chile "
        "and Kenya.",
        "Foreign Minister Amina Mensah received on Sunday the credentials of the new "
        "ambassadors of Peru and Chile.",
        "President Tomas Velarde received yesterday copies of the credentials of two envoys.",
    ],
)
def test_events_credentials_received_are_no_meeting(text):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert not [e for e in ex.events if e.type == "meeting"], _pairs(ex)


# What the English readings of clauses and bare titles must leave alone: a title with "of
# a state" or a possessive after it is no bare title; two holders of the post in the
# last event, neither at home, leave it unsaid; the ministers' advisers or deputies are
# not the ministers; a clause that opens the sentence and closes with a comma is cut off;
# a place of the clause "while Z visited Paris" is not the meeting's; a statement issued
# by a body is not the opener's; a held meeting after "ahead of a summit," stays held.
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (
            "Moldovan President Ozan Marek met Foreign Minister Jorvan Telluk on Saturday. The "
            "President of Lithuania met Ambassador Kessa Brin on Sunday.",
            ("meeting", ("Kessa Brin", "Ozan Marek")),
        ),
        (
            "Prime Minister Lina Sorv met Ambassador Kessa Brin on Saturday. The Prime "
            "Minister's spokesman met Ambassador Ruel Dask on Sunday.",
            ("meeting", ("Lina Sorv", "Ruel Dask")),
        ),
        (
            "Foreign Minister Jorvan Telluk met Foreign Minister Arvid Kelm on Sunday. Later, "
            "the foreign minister also received Ambassador Ruel Dask.",
            ("meeting", ("Jorvan Telluk", "Ruel Dask")),
        ),
        (
            "Iraqi Foreign Minister Jorvan Telluk and Iranian Foreign Minister Arvid Kelm spoke "
            "on Saturday. Advisers to the Iraqi and Iranian foreign ministers met on Sunday.",
            ("meeting", ("Arvid Kelm", "Jorvan Telluk")),
        ),
        (
            "After President Ozan Marek called for calm, Foreign Minister Jorvan Telluk met "
            "Ambassador Kessa Brin.",
            ("meeting", ("Jorvan Telluk", "Kessa Brin", "Ozan Marek")),
        ),
    ],
)
def test_events_english_clauses_and_bare_titles_leave_alone(text, unwanted):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert unwanted not in _pairs(ex), _pairs(ex)


def test_events_a_place_of_a_clause_of_its_own_is_not_the_meetings():
    text = (
        "Prime Minister Lina Sorv met President Ozan Marek while Foreign Minister Jorvan "
        "Telluk visited Paris."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [e.place for e in ex.events if e.type == "meeting"] == [None]


def test_events_held_after_ahead_of_a_summit_stays_held():
    text = (
        "President Ozan Marek arrived in Riga on Sunday ahead of a summit, and met Prime "
        "Minister Lina Sorv."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert [e.status for e in ex.events if e.type == "meeting"] == ["held"]


def test_events_a_statement_issued_by_a_body_is_not_the_openers():
    text = (
        "التقى وزير الخارجية جورفان تيلوك السفير كيسا برين اليوم. وأكد في بيان صادر عن وزارة "
        "الخارجية الروسية أن موسكو تدعم الحوار."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert not [e for e in ex.events if e.type == "statement"], _pairs(ex)


@pytest.mark.parametrize(
    ("text", "lang", "pairs"),
    [
        # separate talks with several: one meeting with each
        (
            "أجرى وزير التجارة المغربي سامي الإدريسي محادثات منفصلة مع وزير التجارة الغاني "
            "كوفي أدجاي، ووزيرة الصحة البيروفية آنا كوستا.",
            "ar",
            [{"سامي الإدريسي", "كوفي أدجاي"}, {"سامي الإدريسي", "آنا كوستا"}],
        ),
        (
            "Ghanaian Trade Minister Kofi Adjei held separate meetings with Peruvian Health "
            "Minister Ana Costa and Chilean Mining Minister Jorge Pinto.",
            "en",
            [{"Kofi Adjei", "Ana Costa"}, {"Kofi Adjei", "Jorge Pinto"}],
        ),
        (
            "Kenyan Foreign Minister Tom Kline separately met Moroccan Foreign Minister Sami "
            "Idrissi and Tunisian Foreign Minister Omar Tazi on Monday.",
            "en",
            [{"Tom Kline", "Sami Idrissi"}, {"Tom Kline", "Omar Tazi"}],
        ),
    ],
)
def test_events_separate_talks_are_one_meeting_with_each(text, lang, pairs):
    meetings = [names for kind, _s, names in _typed(text, lang) if kind == "meeting"]
    assert sorted(map(sorted, meetings)) == sorted(map(sorted, pairs))


@pytest.mark.parametrize(
    ("text", "visitor", "host", "guest"),
    [
        # those met on a visit host it, unless they serve another state than the visited
        (
            "Ghanaian Trade Minister Kofi Adjei arrived in Lima on Monday for a three-day "
            "visit. During the visit, Adjei met Malaysian Prime Minister Tamer Holu. Adjei "
            "also met Peruvian Foreign Minister Ana Costa.",
            "Kofi Adjei",
            "Ana Costa",
            "Tamer Holu",
        ),
        (
            "Kenyan Foreign Minister Tom Kline arrived in Rabat on Sunday on an official "
            "visit. During his stay, Kline met the Tunisian Foreign Minister Omar Tazi. Kline "
            "later met Moroccan Foreign Minister Sami Idrissi.",
            "Tom Kline",
            "Sami Idrissi",
            "Omar Tazi",
        ),
        (
            "Zambian President Tamer Holu arrived in Nairobi on Monday for a state visit. "
            "During the visit, Holu met Ugandan Prime Minister Omar Basri. Holu also met "
            "Kenyan Foreign Minister Lota Venn.",
            "Tamer Holu",
            "Lota Venn",
            "Omar Basri",
        ),
    ],
)
def test_events_a_fellow_guest_met_on_a_visit_is_no_host_of_it(text, visitor, host, guest):
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    names = {p.id: p.name_en for p in ex.persons}
    (visit,) = [e for e in ex.events if e.type == "visit"]
    hosts = {names[h] for h in visit.hosts}
    assert names[visit.actors[0]] == visitor
    assert guest not in hosts
    assert host in hosts


@pytest.mark.parametrize(
    ("text", "lang", "pairs"),
    [
        # talks with (a number of) his counterparts, then their list: one meeting each
        (
            "أجرى وزير الطاقة الجزائري كمال عبدو محادثات مع عدد من نظرائه على غرار الوزير "
            "الإيراني للبترول سامي رضائي، ووزير الطاقة الروسي بوريس كولين.",
            "ar",
            [{"كمال عبدو", "سامي رضائي"}, {"كمال عبدو", "بوريس كولين"}],
        ),
        (
            "وعقد وزير المالية التركي سامي أوزال مباحثات مع نظرائه السعودي فهد الحربي، "
            "والقطري علي الكبيسي.",
            "ar",
            [{"سامي أوزال", "فهد الحربي"}, {"سامي أوزال", "علي الكبيسي"}],
        ),
        (
            "Ghanaian Energy Minister Kofi Adjei held talks with his counterparts, Peruvian "
            "Energy Minister Ana Costa and Chilean Energy Minister Jorge Pinto, on the "
            "sidelines of the forum.",
            "en",
            [{"Kofi Adjei", "Ana Costa"}, {"Kofi Adjei", "Jorge Pinto"}],
        ),
    ],
)
def test_events_talks_with_his_counterparts_listed_are_one_meeting_each(text, lang, pairs):
    meetings = [names for kind, _s, names in _typed(text, lang) if kind == "meeting"]
    assert sorted(map(sorted, meetings)) == sorted(map(sorted, pairs))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "called" that names a thing is no call; one whose greetings are conveyed takes
        # no part
        (
            "Prime Minister Ahmed Toure welcomed Mr Jonas Berg, the UN Special Envoy, at the "
            "foot of the plane called « Teranga » shortly after noon.",
            "phone_call",
        ),
        (
            "Foreign Minister Kofi Mensah met President Faure Agbeko in Lome and handed him "
            "President Nana Boateng's message.",
            "Nana Boateng",
        ),
        (
            "Prime Minister Ama Boateng received Defence Minister Kofi Adjei on Monday and "
            "Adjei conveyed to her President Tom Kline's best wishes.",
            "Tom Kline",
        ),
    ],
)
def test_events_a_name_for_a_thing_or_greetings_conveyed_make_no_event(text, absent):
    typed = _typed(text, "en")
    assert all(kind != absent and absent not in names for kind, _s, names in typed)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # "the minister", "the state minister" before the verb: the one minister named
        # before, who meets each of those after the verb
        (
            "Ghanaian Foreign Minister Kofi Adjei is visiting Brussels. On the sidelines of "
            "the meeting, the minister met British Minister of State Tom Kline and Spanish "
            "Foreign Minister Jorge Pinto.",
            [{"Kofi Adjei", "Tom Kline"}, {"Kofi Adjei", "Jorge Pinto"}],
        ),
        (
            "Ghanaian Minister of State for Foreign Affairs Kofi Adjei arrived in Madrid. "
            "On Tuesday, the state minister met Spanish Foreign Minister Jorge Pinto and "
            "Portuguese Foreign Minister Ana Costa.",
            [{"Kofi Adjei", "Jorge Pinto"}, {"Kofi Adjei", "Ana Costa"}],
        ),
        (
            "Kenyan Trade Minister Tom Kline is in Paris for the forum. Later, the minister "
            "met French Trade Minister Jean Dubois and German Economy Minister Karl Weber.",
            [{"Tom Kline", "Jean Dubois"}, {"Tom Kline", "Karl Weber"}],
        ),
    ],
)
def test_events_the_bare_minister_is_the_one_minister_named_before(text, pairs):
    meetings = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert sorted(map(sorted, meetings)) == sorted(map(sorted, pairs))


@pytest.mark.parametrize(
    "text",
    [
        # a bare title before the verb that names no one known: those met after the
        # verb did not meet each other
        "The Prime Minister met Rwandan Foreign Minister Ama Boateng and Burundian Foreign "
        "Minister Jorge Pinto.",
        "Kenyan Trade Minister Tom Kline met Ugandan Trade Minister Sami Oduya in Kampala. "
        "Later, the minister met Rwandan Foreign Minister Ama Boateng and Burundian Foreign "
        "Minister Jorge Pinto.",
        "On Monday, the President received Ghanaian Ambassador Kofi Adjei and Peruvian "
        "Ambassador Ana Costa.",
    ],
)
def test_events_an_unsaid_subject_leaves_its_objects_unmet(text):
    meetings = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    pairs = [{"Ama Boateng", "Jorge Pinto"}, {"Kofi Adjei", "Ana Costa"}]
    assert not any(names == pair for names in meetings for pair in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "General Tomas Velkar, the Army Chief of Ruritania, flew to Lima on Monday. His "
        "programme includes a call-on with the Minister of Defence, Carlos Vega.",
        "Defence Minister Tom Reed is slated to meet Prime Minister Ana Lopes on Friday.",
        "President Kiro Dan arrived in Accra. His itinerary includes talks with Foreign "
        "Minister Ama Boateng.",
    ],
)
def test_events_a_programme_or_a_slate_tells_of_a_meeting_to_come(text):
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 5, 4)))
    meetings = [e for e in ex.events if e.type == "meeting"]
    assert meetings and all(e.status == "planned" for e in meetings)


@pytest.mark.parametrize(
    "text",
    [
        "وعقد رئيس الوزراء كمال دانو جولة مباحثات مع نظيره الأردني سامي حداد.",
        "وقالت الأمانة إن جولة المباحثات بين الوفدين، التي حضرها رئيس الوزراء سامي حداد، "
        "كانت مثمرة.",
        "اختتم وزير الخارجية كمال دانو جولة جديدة من المفاوضات مع نظيره سامي حداد.",
    ],
)
def test_events_a_round_of_talks_is_no_tour(text):
    # جولة مباحثات: a round of talks, not a visit of the one who holds them
    assert not any(kind == "visit" for kind, _s, _n in _typed(text, "ar"))


@pytest.mark.parametrize(
    "text",
    [
        "Army Chief General Tomas Velkar interacted with Defence Minister Greg Bilton.",
        "Interior Minister Tom Reed held parleys with his Afghan counterpart Ali Kazimi.",
        "Foreign Minister Ana Lima had a one-on-one meeting with President Kiro Dan.",
        "Foreign Minister Ana Lima held a dialogue with Finance Minister Jose Pardo.",
    ],
)
def test_events_verbs_of_meeting_in_south_asian_and_wire_english(text):
    # interacted with, held parleys with, a one-on-one meeting, held a dialogue with
    meetings = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert any(len(names) == 2 for names in meetings)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("بدأ وزير الخارجية كمال دانو جولة مشاورات إقليمية تشمل الرياض ومسقط.", 2),
        ("وصل وزير الخارجية كمال دانو إلى مسقط في إطار جولة مشاورات.", 1),
    ],
)
def test_events_a_tour_of_consultations_to_places_is_a_visit(text, places):
    # جولة مشاورات تشمل X: a tour; a round of talks names no place to go to
    ex = extract(Article(id="t", text=text, lang="ar", date=D))
    assert len([e for e in ex.events if e.type == "visit"]) == places


def test_events_whose_visit_is_the_one_named_before_whose():
    # "X -- whose two-day official visit ... concluded --": X's visit, not the host's
    text = (
        "During his meeting with President Tomas Velkar, Minister Kiro Dan -- whose two-day "
        "official visit to the country concluded yesterday -- congratulated him."
    )
    visits = [names for kind, _s, names in _typed(text, "en") if kind == "visit"]
    assert visits and all(names == {"Kiro Dan"} for names in visits)


def test_events_he_past_sentences_that_name_no_one():
    # "He also held meetings with A; B; and C" two sentences after the last one named: he
    # is not found, and A, B, C meet not one another
    text = (
        "Minister of State Kiro Dan called on President Tomas Velkar. During his meeting with "
        "President Velkar, Dan congratulated him. This was the first incoming visit by a "
        "minister this year, according to a statement. Both countries reviewed the defence "
        "cooperation, it said. He also held meetings with Foreign Minister Ana Lima; Energy "
        "Minister Jose Pardo; and Defence Minister Tom Reed."
    )
    meetings = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert not any({"Ana Lima", "Tom Reed"} <= names for names in meetings)


def test_events_he_unfound_leaves_the_objects_unmet():
    text = "The ceremony was long. He also met Foreign Minister Ana Lima and Energy Minister Jose Pardo."
    assert not any(kind == "meeting" for kind, _s, _n in _typed(text, "en"))


@pytest.mark.parametrize(
    ("text", "agreements"),
    [
        ("An envoy carrying a signed letter from President Kiro Dan arrived in Male.", 0),
        ("Foreign Minister Ana Lima delivered a signed message from President Kiro Dan.", 0),
        ("Foreign Minister Ana Lima signed letters of intent with Foreign Minister Jose Pardo.", 1),
    ],
)
def test_events_a_signed_letter_is_no_agreement(text, agreements):
    # "a signed letter from X": what the signature is on, no signing of an agreement
    assert sum(kind == "agreement" for kind, _s, _n in _typed(text, "en")) == agreements


def test_events_a_bare_title_two_hold_is_the_home_official_s():
    # DOHA: the interior minister met Rwanda's; "the Minister of Interior met Z": the one
    # whose state no words gave (the dateline's), not the guest of that title
    text = (
        "DOHA: Minister of Interior Salem Al Kuwari met Minister of Interior of Rwanda Jean "
        "Mutabazi yesterday. After the meeting, the Minister of Interior of Rwanda visited the "
        "Command Center. Meanwhile, the Minister of Interior met Minister of Interior of "
        "Oman Sayyid Badr Al Harthi."
    )
    meetings = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert {"Salem Al Kuwari", "Badr Al Harthi"} in meetings
    assert {"Jean Mutabazi", "Badr Al Harthi"} not in meetings


@pytest.mark.parametrize(
    "text",
    [
        "Minister of Health Salem Al Kuwari met Minister of Interior of Rwanda Jean Mutabazi "
        "yesterday. After the meeting, the Minister of Interior of Rwanda visited the center.",
        "Minister of Health Salem Al Kuwari met Minister of Interior of Rwanda Jean Mutabazi "
        "yesterday. The Minister of Interior of Rwanda visited the command centre.",
        "Minister of Health Salem Al Kuwari met Foreign Minister of Ghana Kofi Mensah in Doha. "
        "After the talks, the Foreign Minister of Ghana visited the museum.",
    ],
)
def test_events_a_title_s_state_is_no_place_and_the_visitor_goes_alone(text):
    # "the Minister of Interior of Rwanda visited the center": his state, not where; a
    # visitor named after a meeting takes not its other side along
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    assert visits
    for e in visits:
        assert _names(ex, e) in (["Jean Mutabazi"], ["Kofi Mensah"])
        assert e.place not in ("rwanda", "ghana")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "United Nations Secretary-General Tomas Varga arrived in Oslo on Monday. Later, "
            "the Secretary-General held a working dinner with Norwegian Foreign Minister Kari "
            "Holm. That afternoon, the Secretary-General met with Prime Minister Erik Dahl.",
            "Tomas Varga",
        ),
        (
            "UN High Commissioner for Refugees Sofia Lindqvist landed in Lisbon on Monday "
            "evening. Later, the High Commissioner had a working lunch with Portuguese Foreign "
            "Minister Ana Neves. That afternoon, the High Commissioner met with the President "
            "of Portugal, Marco Duarte.",
            "Sofia Lindqvist",
        ),
        (
            "WHO Director-General Paul Ekwueme arrived in Accra on Monday. That evening, the "
            "Director-General met with Ghana's Minister of Health Ama Boateng.",
            "Paul Ekwueme",
        ),
    ],
)
def test_events_a_bare_title_of_a_body_s_officer_is_his(text, who):
    # "the Secretary-General met": the one named before with those words in his title (a
    # hyphen between them; a title that alone would mean another post, High Commissioner)
    meetings = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert meetings and all(who in names and len(names) == 2 for names in meetings)


@pytest.mark.parametrize(
    ("text", "held", "planned"),
    [
        (
            "On the sidelines of the summit, Prime Minister Rui Costa of Portugal met with "
            "the King of Jordan Faisal Hamdan but could not hold any structured meeting with "
            "US President John Hale.",
            [{"Rui Costa", "Faisal Hamdan"}],
            [],
        ),
        (
            "President Ana Torres met Prime Minister Jan Berg but did not have talks with "
            "Chancellor Otto Kramer.",
            [{"Ana Torres", "Jan Berg"}],
            [],
        ),
        (
            "Foreign Minister Ana Neves of Portugal arrived in Lima. According to spokesman "
            "Rui Costa, the meeting with Japan's Foreign Minister Kenji Ota will be the "
            "ministers' first personal contact.",
            [],
            [{"Ana Neves", "Kenji Ota"}],
        ),
        (
            "Prime Minister Rui Costa of Portugal spoke by phone with Austrian Chancellor Anna "
            "Berg. Spokesman Pedro Lima said the two leaders agreed to meet again soon.",
            [],
            [{"Rui Costa", "Anna Berg"}],
        ),
    ],
)
def test_events_meetings_not_held_are_not_held(text, held, planned):
    # "could not hold any meeting with Y", "did not have talks with": none; "the meeting
    # with Y will be their first contact", "the two leaders agreed to meet": to come, of
    # the two leaders (not the spokesman who tells of it)
    got = [(s, names) for kind, s, names in _typed(text, "en") if kind == "meeting"]
    assert [n for s, n in got if s == "held"] == held
    assert [n for s, n in got if s == "planned"] == planned


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Spokesman Pedro Lima told presspersons that the visit was a success.", "Pedro Lima"),
        (
            "Foreign Office spokesman Pedro Lima told a briefing that talks covered energy.",
            "Pedro Lima",
        ),
        (
            "Deputy Foreign Minister Ivan Petrov told journalists that Lisbon had no contacts.",
            "Ivan Petrov",
        ),
    ],
)
def test_events_more_ways_of_telling_the_press(text, speaker):
    assert ("statement", "held", {speaker}) in _typed(text, "en")


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        # a speech quoted names a meeting: it is his words, no meeting of his alone
        (
            'Prime Minister Rui Costa of Portugal met Austrian Chancellor Anna Berg. "A good '
            'meeting," Costa told reporters.',
            [{"Rui Costa", "Anna Berg"}],
        ),
        # words set off in quotes are no speech: a "warm meeting" was held
        (
            'Foreign Minister Kiro Dan held a "warm meeting" with Omani counterpart Salim Al '
            "Harthi in Riyadh.",
            [{"Kiro Dan", "Salim Al Harthi"}],
        ),
    ],
)
def test_events_an_event_noun_in_a_quoted_speech(text, meetings):
    got = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert got == meetings
    if "told reporters" in text:
        assert ("statement", "held", {"Rui Costa"}) in _typed(text, "en")


def test_events_a_statement_takes_no_counterpart_beside_its_speaker():
    # وأعلن X في تصريح عن اتفاقه مع نظيره التركي: X's statement alone
    text = (
        "التقى وزير النقل اليمني صالح المحرمي وزير النقل التركي جاهد أوزكان في أنقرة. "
        "وأعلن المحرمي في تصريح صحفي عن اتفاقه مع نظيره التركي على تشكيل لجنة مشتركة."
    )
    statements = [names for kind, _s, names in _typed(text, "ar") if kind == "statement"]
    assert statements == [{"صالح المحرمي"}]


@pytest.mark.parametrize(
    "text",
    [
        "وصل وزراء الدفاع الخليجيون إلى الرياض أمس. فقد وصل الشيخ علي الحمود نائب رئيس الوزراء "
        "وزير الدفاع بدولة الكويت، والسيد سالم الحارثي الوزير المسؤول عن شؤون الدفاع بسلطنة عمان.",
        "وصل وزراء الداخلية العرب إلى الرياض أمس. فقد وصل الشيخ علي الحمود وزير الداخلية بدولة "
        "الكويت، والسيد سالم الحارثي وزير الداخلية بسلطنة عمان.",
    ],
)
def test_events_an_arrival_told_again_by_name_goes_where_the_first_went(text):
    # "The ministers arrived in Riyadh. X, minister of defence of Kuwait, and Y, of Oman,
    # arrived": both arrive in Riyadh, not in the states of their titles; neither hosts
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    assert visits and all(e.place == "riyadh" and not e.hosts for e in visits)
    assert {n for e in visits for n in _names(ex, e)} == {"علي الحمود", "سالم الحارثي"}


@pytest.mark.parametrize(
    ("text", "guest", "hosts"),
    [
        (
            "وصل وزير الخارجية التونسي عمر بن صالح إلى الرباط، واستقبله وزير الخارجية المغربي "
            "كريم بناني.",
            "عمر بن صالح",
            {"كريم بناني"},
        ),
        (
            "وصل وزير الصحة الأردني فراس الهواري إلى بغداد حيث استقبله وزير الصحة العراقي صالح "
            "الحسناوي والسفير الأردني منذر الصويلح.",
            "فراس الهواري",
            {"صالح الحسناوي", "منذر الصويلح"},
        ),
    ],
)
def test_events_who_receives_him_is_named_after_the_verb(text, guest, hosts):
    # وصل X ...، واستقبله Y: Y receives him (the verb's pronoun is X)
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    names = {p.id: p.name_ar for p in ex.persons}
    met = [e for e in ex.events if e.type == "meeting"]
    assert met and all({names[h] for h in e.hosts} == hosts for e in met)
    visits = [e for e in ex.events if e.type == "visit"]
    assert visits and all(_names(ex, e) == [guest] for e in visits)


def test_events_a_delegation_arrives_and_its_receivers_do_not():
    # ووصل الوفد ... واستقبله Y والسفير Z: the delegation arrives, Y and Z receive it
    text = (
        "ووصل الوفد التشادي مساء أمس إلى الرباط واستقبله وزير الخارجية المغربي كريم بناني "
        "والسفير التشادي أحمد زكريا."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert not any(e.type == "visit" and "كريم بناني" in _names(ex, e) for e in ex.events)


@pytest.mark.parametrize(
    "lead",
    [
        "Minister of State Ravi Kallan has called on Zambian President Tom Nkosi during his "
        "visit to Zambia. During his meeting with President Nkosi, Kallan congratulated him. "
        "This was the first incoming visit this year. Both countries reviewed the defence "
        "cooperation, it said. He also",
        "Foreign Minister Ravi Kallan arrived in Lusaka on Monday. Kallan",
    ],
)
def test_events_held_meetings_with_a_list_is_a_meeting_with_each(lead):
    # "He also held meetings with A; B; and C" (ministers of one state): one meeting each,
    # and "he" is the one the story follows, sentences after he was last named
    text = (
        f"{lead} held meetings with Minister of Foreign Affairs Joseph Banda; Minister of "
        "Energy Dr Peter Mwale; and Minister of Defence Alice Phiri."
    )
    ex = extract(
        Article(id="t", lang="en", text=text, date=D, url="https://www.business-standard.com/a/1")
    )
    pairs = sorted(
        sorted(_names(ex, e)) for e in ex.events if e.type == "meeting" and len(e.actors) == 2
    )
    for other in ("Joseph Banda", "Peter Mwale", "Alice Phiri"):
        assert sorted(["Ravi Kallan", other]) in pairs


@pytest.mark.parametrize(
    "rank",
    ["Maj Gen (retd.)", "Brigadier (Retd.)", "Lt Gen (rtd.)"],
)
def test_events_a_retired_officer_s_mark_ends_no_sentence(rank):
    # "... adviser Maj Gen (retd.) X, on Monday on the first day of his maiden visit": one
    # sentence; X is met, and the visit is the subject's
    text = (
        "Lima: Chilean Navy chief Admiral Jorge Soto met Peru's senior military officers, "
        f"including the President's security adviser {rank} Luis Vera, on Monday on the "
        "first day of his maiden visit."
    )
    got = _typed(text, "en")
    assert ("meeting", "held", {"Jorge Soto", "Luis Vera"}) in got
    assert not any(kind == "visit" and "Luis Vera" in names for kind, _s, names in got)


@pytest.mark.parametrize(
    "text",
    [
        "Australia and Portugal agreed on a civil nuclear deal for supply of uranium, in the "
        "bilateral meeting between Prime Minister Rui Costa and his counterpart Jack Turner.",
        "Foreign Minister Ana Neves held talks on supplies of grain with Foreign Minister "
        "Kenji Ota.",
        "بحث وزير الدفاع سالم داود مع نظيره التركي أحمد يلماز بشأن تزويد الجيش بطائرات.",
    ],
)
def test_events_a_supply_talked_about_is_no_supply(text):
    # "a deal for supply of uranium", "talks on supplies", بشأن تزويد: the topic
    lang = "ar" if "بحث" in text else "en"
    assert not any(kind == "supply" for kind, _s, _n in _typed(text, lang))


def test_events_an_arrival_s_subjects_stop_at_a_clause_of_their_own():
    # وصل X إلى القاهرة، فيما يترأس وفد سوريا Y: Y is not X's fellow visitor
    text = (
        "وصل وزير الخارجية سالم داود إلى القاهرة، فيما يترأس وفد سوريا نائب وزير الخارجية خالد عمر."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    assert visits and all(_names(ex, e) == ["سالم داود"] for e in visits)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Secretary-General Tomas Varga discussed maritime security in meetings with "
            "foreign ministers. In his meeting with Peru's Minister for Foreign Affairs, Carla "
            "Ruiz, Mr. Varga raised the border dispute.",
            {"Tomas Varga", "Carla Ruiz"},
        ),
        (
            "Secretary-General Tomas Varga met Peru's Minister for Foreign Affairs Carla Ruiz. "
            "In the meeting between the Secretary-General and Gabon's Minister for Foreign "
            "Affairs, Paul Ndong, the two men discussed piracy.",
            {"Tomas Varga", "Paul Ndong"},
        ),
        (
            "Prime Minister Rui Costa of Portugal met Chancellor Anna Berg of Austria on Monday. "
            "He discussed cooperation in railways and renewable energy with the Prime Minister "
            "of Greece Nikos Pappas.",
            {"Rui Costa", "Nikos Pappas"},
        ),
        (
            "Foreign Minister Ana Neves discussed cooperation in railways and renewable energy "
            "with Prime Minister Nikos Pappas.",
            {"Ana Neves", "Nikos Pappas"},
        ),
    ],
)
def test_events_a_meeting_with_one_not_met_before(text, pair):
    # "In his meeting with TITLE, X,", "In the meeting between A and TITLE, X,": a meeting
    # of its own with X, not the one told before; "He discussed [a topic] with X"
    assert ("meeting", "held", pair) in _typed(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "عقد وزير الخارجية سالم داود اجتماعا مع السفير الفرنسي جان مارتان يسبق زيارة الرئيس "
        "الفرنسي بيار دوران إلى تونس.",
        "التقى وزير الخارجية سالم داود السفير الإيطالي ماركو بيانكي للتحضير لزيارة رئيس "
        "الوزراء الإيطالي جوفاني روسو إلى تونس.",
        "Foreign Minister Salem Daoud met French Ambassador Jean Martin in talks that precede "
        "the visit of President Pierre Durand to Tunis.",
    ],
)
def test_events_an_event_that_precedes_another_leaves_it_to_come(text):
    # "a meeting that precedes the visit of Z", يسبق زيارة, للتحضير لزيارة: Z's visit is
    # to come, and Z took no part in the meeting
    lang = "en" if text.isascii() else "ar"
    got = _typed(text, lang)
    visits = [(s, n) for kind, s, n in got if kind == "visit"]
    assert all(s == "planned" for s, _n in visits)
    assert visits or lang == "en"  # (English tells no visit beside the meeting)
    assert not any(kind == "meeting" and len(n) > 2 for kind, _s, n in got)


@pytest.mark.parametrize(
    "text",
    [
        "بحث وزير الزراعة الكويتي فهد المطيري التعاون مع السودان وتشاد. جاء ذلك على هامش "
        "اجتماع وزراء الزراعة العرب في الخرطوم، حيث التقى مع وزير الزراعة السوداني حسن علي "
        "ووزير الزراعة التشادي إدريس محمد.",
        "شارك وزير الزراعة الكويتي فهد المطيري في المؤتمر بالخرطوم. وجاء ذلك على هامش "
        "الدورة، إذ التقى مع وزير الزراعة السوداني حسن علي ووزير الزراعة التشادي إدريس محمد.",
    ],
)
def test_events_where_he_met_is_his_meeting(text):
    # "..., حيث التقى مع A وB": he who was told of met each; A and B did not meet
    got = [n for kind, _s, n in _typed(text, "ar") if kind == "meeting"]
    assert {"فهد المطيري", "حسن علي"} in got and {"فهد المطيري", "إدريس محمد"} in got
    assert {"حسن علي", "إدريس محمد"} not in got


def test_events_a_clause_of_its_own_after_and():
    # "In June, A visited Suva, and just last Tuesday, B arrived in the city": B is no
    # host of A's visit, and its day is B's
    text = (
        "In June, Norway's interior minister Per Dahl visited Suva, and just last Tuesday, "
        "Norway's trade minister Ola Berg arrived in the city."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit" and "Per Dahl" in _names(ex, e)]
    assert visits and all(_names(ex, e) == ["Per Dahl"] and e.date is None for e in visits)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "US Secretary of State John Harlan and Russian Foreign Minister Pavel Orlov arrived "
            "in Manila on Thursday to hold meetings with the ASEAN foreign ministers.",
            None,
        ),
        (
            "وصل وزير الخارجية الأمريكي جون هارلان ووزير الخارجية الروسي بافل أورلوف إلى مانيلا "
            "لعقد اجتماعات مع وزراء خارجية الآسيان.",
            None,
        ),
        (
            "President Ana Berg and Prime Minister Jan Holm held talks with each other on Monday.",
            {"Ana Berg", "Jan Holm"},
        ),
    ],
)
def test_events_two_who_meet_no_one_named_do_not_meet_each_other(text, pair):
    # "A and B ... to hold meetings with the ASEAN ministers": each met others, unnamed
    lang = "en" if text.isascii() else "ar"
    meetings = [n for kind, _s, n in _typed(text, lang) if kind == "meeting"]
    assert meetings == ([pair] if pair else [])


@pytest.mark.parametrize(
    "text",
    [
        "The High Commissioner of India to Fiji, Mr. Raj Kumar, made his introduction to Prime "
        "Minister, Hon. Tomasi Vaka.",
        "Ambassador Raj Kumar, having an audience with Prime Minister Tomasi Vaka, conveyed "
        "greetings.",
        "Ambassador Raj Kumar presented a copy of his credentials during an audience with Prime "
        "Minister Tomasi Vaka.",
    ],
)
def test_events_an_envoy_s_introduction_and_audience(text):
    # "made his introduction to X", "having an audience with X": a meeting with X
    assert any(
        kind == "meeting" and {"Raj Kumar", "Tomasi Vaka"} <= n
        for kind, _s, n in _typed(text, "en")
    )


# The review's readings of this round: each rule narrowed where a sentence of ordinary
# news showed it too broad (names invented).
@pytest.mark.parametrize(
    ("text", "lang", "want", "not_want"),
    [
        # two men whose names hold the same words in another order, each with his post
        (
            "KHARTOUM - Interior Minister Ahmed Osman met Finance Minister Osman Ahmed on Sunday.",
            "en",
            {"Ahmed Osman", "Osman Ahmed"},
            None,
        ),
        # "with a view to", "with the participation of": no one met but each other
        (
            "President Ana Berg and Prime Minister Jan Holm held talks with a view to expanding trade.",
            "en",
            {"Ana Berg", "Jan Holm"},
            None,
        ),
        (
            "عقد الرئيس سامي داود ورئيس الوزراء خالد عمر اجتماعا مع التركيز على الاقتصاد.",
            "ar",
            {"سامي داود", "خالد عمر"},
            None,
        ),
        # "but later held talks with C", "but not before meeting C": C was met
        (
            "Foreign Minister Ana Neves met President Tom Ware but later held talks with Prime "
            "Minister Cho Min-ho.",
            "en",
            {"Ana Neves", "Cho Min-ho"},
            None,
        ),
        (
            "Foreign Minister Ana Neves met President Tom Ware but not before meeting Prime "
            "Minister Cho Min-ho.",
            "en",
            {"Ana Neves", "Cho Min-ho"},
            None,
        ),
        # a speaker named between: "he" is not the one in the most events
        (
            "President Samuel Otera met Ambassador Kim Jung on Monday. Samuel Otera also met "
            "Ambassador Lee Park. The meetings were cordial. In a separate development, "
            "opposition leader Raila Amoro criticised the budget. Amoro said taxes were too "
            "high. He met British Ambassador Neil Wigmore on Tuesday.",
            "en",
            None,
            {"Samuel Otera", "Neil Wigmore"},
        ),
        # لم يسبق لها مثيل: unprecedented, the meeting after it held
        (
            "زار الرئيس الفرنسي جان دوران بغداد في زيارة لم يسبق لها مثيل والتقى رئيس الوزراء "
            "سامي الكرخي.",
            "ar",
            {"جان دوران", "سامي الكرخي"},
            None,
        ),
        # a guest met in a clause of its own after تسبق is met
        (
            "عقد وزير الخارجية عبدالله الحارثي لقاء مع نظيره الأردني سامي الكرخي في الفترة "
            "التي تسبق القمة العربية، والتقى كذلك وزير الخارجية المصري بدر السعيد.",
            "ar",
            {"عبدالله الحارثي", "بدر السعيد"},
            None,
        ),
        # "the agreement he signed with X in 2022": a past signing, no meeting
        (
            "President Tomas Rende met President Ivo Maren on Monday. He discussed the agreement "
            "he signed with Minister Carla Ruiz in 2022.",
            "en",
            None,
            {"Tomas Rende", "Carla Ruiz"},
        ),
        # a meeting told only in a quote stands
        (
            "“Our meeting today was productive,” Foreign Minister Ana Lopez said, standing next "
            "to her Japanese counterpart Kenji Ota.",
            "en",
            {"Ana Lopez", "Kenji Ota"},
            None,
        ),
    ],
)
def test_events_review_readings_of_the_round(text, lang, want, not_want):
    meetings = [n for kind, s, n in _typed(text, lang) if kind == "meeting" and s == "held"]
    if want:
        assert want in meetings
    if not_want:
        assert not_want not in meetings


def test_events_who_agreed_to_meet_and_met_met():
    text = (
        "Foreign Minister Ana Neves and Foreign Minister Kenji Ota, who agreed to meet "
        "regularly, met in Doha on Monday."
    )
    assert ("meeting", "held", {"Ana Neves", "Kenji Ota"}) in _typed(text, "en")


def test_events_a_receiver_after_an_arrival_is_no_visitor():
    # وصل A ...، وB في مقدمة مستقبليه: B receives A
    text = (
        "وصل وزير الخارجية التونسي عمر بن صالح إلى الرباط، ووزير الخارجية المغربي كريم "
        "بناني على رأس مستقبليه."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    assert visits and all(_names(ex, e) == ["عمر بن صالح"] for e in visits)


def test_events_a_deputy_is_not_the_bare_title_s_holder():
    # "The Secretary-General welcomed the talks": not his deputy named before
    text = (
        "Deputy Secretary-General Amina Lawal met President Bola Adeyemi in Abuja. The "
        "Secretary-General welcomed the talks."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    names = {p.id: p.name_en for p in ex.persons}
    assert not any(names.get(h) == "Amina Lawal" for e in ex.events for h in e.hosts)


@pytest.mark.parametrize(
    "text",
    [
        "سلم وزير الخارجية سامي حداد رسالة من الرئيس إلى الملك تتصل بالعلاقات الثنائية.",
        "تسلم الرئيس كريم فاضل رسالة من الوزير سامي حداد تتصل بالتعاون بين البلدين.",
        "وبحث الوزير سامي حداد مع السفير كريم فاضل ما يتصل بالقضايا الإقليمية.",
    ],
)
def test_events_a_letter_that_concerns_ties_is_no_call(text):
    # تتصل بالعلاقات: "concerns the ties", no phone call
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert not any(e.type == "phone_call" for e in ex.events)


def test_events_a_call_to_a_titled_person_after_ba_stays_a_call():
    ex = extract(
        Article(
            id="t",
            lang="ar",
            text="واتصل بالرئيس المصري كريم فاضل وزير الخارجية سامي حداد.",
            date=D,
        )
    )
    assert any(e.type == "phone_call" and len(e.actors) == 2 for e in ex.events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقع الرئيس الموريتاني سالم ولد أحمد، أمس، مرسوما يقضي بتعيين السيد كريم ولد "
            "محمد واليا لولاية الحوض الشرقي.",
            "ar",
        ),
        ("وكان الرئيس الأوكراني قد وقع على مرسوم جديد يعين بموجبه سامي حداد سفيرا.", "ar"),
        ("Ghana's President Kofi Mensah signed a decree appointing Ama Owusu as ambassador.", "en"),
    ],
)
def test_events_signing_a_decree_is_no_agreement(text, lang):
    # وقع مرسوما, signed a decree: what a head signs alone, no agreement
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert not any(e.type == "agreement" for e in ex.events)


def test_events_an_agreement_on_a_law_is_still_an_agreement():
    text = (
        "Ghana's Finance Minister Kofi Mensah and Togo's Finance Minister Ama Dossou signed an "
        "agreement on the law of the sea."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert any(e.type == "agreement" and len(e.actors) == 2 for e in ex.events)


def test_events_tadaras_is_talks_and_a_statement_after_them_stays_one():
    text = (
        "تدارس عزيز العلوي، وزير الفلاحة، أمس الأحد، مع وزير الفلاحة الفرنسي، ستيفان "
        "مارتان، سبل تعزيز التعاون بين البلدين. ويزور الوزير الفرنسي المغرب للمشاركة في "
        "المعرض. وقال الوزير الفرنسي في تصريح للصحافة، إن المعرض يشكل فرصة كبيرة."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    names = {p.id: p.name_ar for p in ex.persons}
    # تدارس X مع Y: talks, a meeting of the two; the statement after them is his own
    assert any(
        e.type == "meeting" and {names[a] for a in e.actors} == {"عزيز العلوي", "ستيفان مارتان"}
        for e in ex.events
    )
    assert any(
        e.type == "statement" and [names[a] for a in e.actors] == ["ستيفان مارتان"]
        for e in ex.events
    )


@pytest.mark.parametrize(
    "text",
    [
        "وقع وزير الخارجية سالم الحربي ونظيره الأردني كريم فاضل بروتوكولا للتعاون في إطار "
        "القانون الدولي.",
        "وقع وزير النقل سالم الحربي ونظيره الأردني كريم فاضل عقدا لتنفيذ القرار الوزاري.",
    ],
)
def test_events_an_agreement_s_noun_before_a_law_s_keeps_the_signing(text):
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    assert any(e.type == "agreement" for e in ex.events)


def _types_and_names(text: str, lang: str) -> list[tuple[str, frozenset[str]]]:
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    names = {p.id: p.name_en if lang == "en" else p.name_ar for p in ex.persons}
    return [(e.type, frozenset(names[a] for a in e.actors)) for e in ex.events]


def test_events_a_reception_after_an_exchange_of_expertise_is_held():
    # تبادل governs الخبرات; the verb after it opens the sentence's own clause
    text = (
        "في إطار التنسيق المشترك وتبادل الخبرات استقبل وزير العمل سامر الخالدي سفير الأردن "
        "رامي العتوم."
    )
    assert ("meeting", frozenset({"سامر الخالدي", "رامي العتوم"})) in _types_and_names(text, "ar")
    # ... the exchange of visits itself stays a kind of event spoken of
    assert _types_and_names("وبحث الجانبان تبادل الزيارات بين البلدين.", "ar") == []


def test_events_a_meeting_first_told_by_its_attendance_is_theirs():
    text = (
        "Male, Maldives - The Maldives and Sri Lanka have convened the first round of Bilateral "
        "Political Consultations. The meeting was attended by Maldives Foreign Secretary Aisha "
        "Nazeer and Sri Lanka Foreign Secretary Ruwani Kotelawala."
    )
    assert ("meeting", frozenset({"Aisha Nazeer", "Ruwani Kotelawala"})) in _types_and_names(
        text, "en"
    )


def test_events_supplies_received_are_no_meeting():
    text = (
        "Minister of Health Ana Kowal received the supplies from German Ambassador Herbert Lenz "
        "on Monday."
    )
    got = _types_and_names(text, "en")
    assert ("supply", frozenset({"Ana Kowal", "Herbert Lenz"})) in got
    assert not any(t == "meeting" for t, _ in got)


def test_events_a_level_relations_reached_is_no_arrival():
    text = (
        "استقبل الرئيس سامي الخطيب اليوم سعادة لي وانغ سفير الصين في بلادنا بمناسبة انتهاء "
        "فترة عمله وأشاد بالدور الذي أسهم به السفير خلال فترة عمله في بلادنا وأعرب عن ارتياحه "
        "للمستوى الذي وصلت إليه هذه العلاقات."
    )
    assert not any(t == "visit" for t, _ in _types_and_names(text, "ar"))


def test_events_the_principal_named_in_an_aide_s_title_takes_no_part():
    text = (
        "On Thursday, Cabinet Secretary for Trade, Peter Kamau met with Amb. Daniel Moreau, "
        "the National Security Advisor to Prime Minister Claire Tremblay."
    )
    got = _types_and_names(text, "en")
    assert ("meeting", frozenset({"Peter Kamau", "Daniel Moreau"})) in got
    assert not any("Claire Tremblay" in names for _t, names in got)


def test_events_a_federation_s_unit_named_like_a_state_is_no_state():
    text = "The Inspector General of Police, Musa Bello, arrived in Minna, Niger State, on Monday."
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert not any(e.place == "niger" for e in ex.events)


def test_events_an_aide_to_a_region_named_before_his_name_takes_part():
    text = (
        "Army Chief of Staff Lt Gen Khaled Al-Rumi received the UK Defence Senior Advisor to the "
        "Middle East John Lorimer at the General Staff Headquarters yesterday."
    )
    got = _types_and_names(text, "en")
    assert ("meeting", frozenset({"Khaled Al-Rumi", "John Lorimer"})) in got


def test_events_an_aide_named_after_his_principal_s_title_and_a_comma_takes_part():
    text = (
        "Visiting Special Advisor to the United Nations Under-Secretary-General for Political "
        "Affairs, Samuel Teklu, held meetings with Prime Minister Girish Adhikari."
    )
    got = _types_and_names(text, "en")
    assert any(t == "meeting" and "Samuel Teklu" in names for t, names in got)


def test_events_principals_who_sent_envoys_take_no_part():
    text = (
        "President Edgar Mwale has received Special Envoys from Angola's President Joao Dos "
        "Santos and Zimbabwe's President Robert Chivi who delivered special messages."
    )
    got = _types_and_names(text, "en")
    assert not any({"Joao Dos Santos", "Robert Chivi"} & names for _t, names in got)


@pytest.mark.parametrize(
    ("opening", "met"),
    [
        ("The Caribbean diplomat also met with", "Bruno Vela"),
        ("The Cuban minister also met with", "Bruno Vela"),
        # a nationality: the one of that state
        ("The Peruvian minister also met with", "Gustavo Rios"),
    ],
)
def test_events_a_subject_described_by_his_post_is_one_told_of_before(opening, met):
    text = (
        "Cuban Foreign Minister Bruno Vela held a meeting with Peruvian Foreign Minister Gustavo "
        f"Rios. {opening} Felipe Soto, Minister of Foreign Affairs of Argentina."
    )
    assert ("meeting", frozenset({met, "Felipe Soto"})) in _types_and_names(text, "en")


def test_events_the_delegation_a_guest_heads_is_no_object_of_the_reception():
    text = (
        "استقبل الدكتور فادي الحمدان رئيس الوزراء، عصر اليوم الأربعاء، الدكتور رامي العتوم "
        "رئيس وزراء الأردن، وزير الدفاع، لدى وصوله إلى مطار القاهرة الدولي، على رأس وفد وزاري."
    )
    got = _types_and_names(text, "ar")
    assert ("visit", frozenset({"رامي العتوم"})) in got
    assert ("visit", frozenset({"فادي الحمدان"})) not in got


def test_events_the_visiting_prime_minister_is_the_guest_told_before():
    text = (
        "Prime Minister Rakesh Verma on Saturday met his Bangladesh counterpart Salma Haque. Prior "
        "to this, the visiting Prime Minister also called on External Affairs Minister Anil Joshi."
    )
    assert ("meeting", frozenset({"Salma Haque", "Anil Joshi"})) in _types_and_names(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "met"),
    [
        (
            "Special Envoy Ali Hassan delivered a letter to President Paul Tumusiime on Monday.",
            "en",
            {"Ali Hassan", "Paul Tumusiime"},
        ),
        (
            "قام سعادة سفير المملكة في دولة قطر الأستاذ سامر بن فهد الخالدي بتسليم رسالة خطية "
            "موجهة من وزير الشؤون الإسلامية فادي الحمدان، إلى وزير الأوقاف في دولة قطر رامي "
            "العتوم.",
            "ar",
            {"سامر بن فهد الخالدي", "رامي العتوم"},
        ),
    ],
)
def test_events_a_message_handed_in_person_is_a_meeting_of_its_bearer(text, lang, met):
    assert ("meeting", frozenset(met)) in _types_and_names(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "تسلم الأمير سامي الخطيب رسالة من فخامة الرئيس خوان غارسيا رئيس جمهورية الاوروغواي. "
            "وقام بتسليم الرسالة لسمو الأمير حرم فخامة رئيس جمهورية الاوروغواي.",
            "ar",
        ),
        ("Prime Minister Ana Ruiz met the wife of President Juan Garcia on Monday.", "en"),
    ],
)
def test_events_an_official_s_spouse_is_not_the_official(text, lang):
    assert not any(
        "خوان غارسيا" in n or "Juan Garcia" in n for _t, n in _types_and_names(text, lang)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Cuban Foreign Minister Bruno Vela held a fraternal exchange with Denis Mora, Nicaraguan FM.",
        "External Affairs Minister Anil Joshi had a warm conversation with Bangladesh PM Salma Haque.",
    ],
)
def test_events_an_exchange_or_a_conversation_held_with_one_is_a_meeting(text):
    assert any(t == "meeting" and len(n) == 2 for t, n in _types_and_names(text, "en"))


def test_events_an_official_discussion_between_two_is_a_meeting():
    text = (
        "An official discussion between the visiting Pakistani Prime Minister Ali Raza and "
        "President Nimal Perera was held at the Presidential Secretariat this morning."
    )
    assert ("meeting", frozenset({"Ali Raza", "Nimal Perera"})) in _types_and_names(text, "en")


def test_events_a_companion_told_after_the_visit_joins_it():
    text = (
        "Prime Minister Tom Rabu is on a two-day official visit to New Zealand. Rabu met with New "
        "Zealand's Minister for Climate Change, Simon Watt. He was also accompanied by Permanent "
        "Secretary for Foreign Affairs, Dr. Lesi Kora, and his wife."
    )
    got = _types_and_names(text, "en")
    assert ("visit", frozenset({"Tom Rabu", "Lesi Kora"})) in got


@pytest.mark.parametrize(
    "text",
    [
        "Vietnamese Foreign Minister Tran Quoc Minh held talks with Lao Deputy Minister of Public "
        "Security Lieut. Gen. Bounmy Keo in Vientiane.",
        "Defence Minister Ana Lopez met Army Commander Lieut. Col. Maria Santos in Manila.",
    ],
)
def test_events_a_rank_spelt_lieut_ends_no_sentence(text):
    assert any(t == "meeting" and len(n) == 2 for t, n in _types_and_names(text, "en"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a statement whose words tell of a meeting: the statement is told
        ("Defence Minister Rosa Quispe said in a statement that the ministers met.", "Rosa Quispe"),
        (
            "In a recent press statement, the Chairperson of the African Union Commission, H.E. "
            "Amina Diallo, commended President Kofi Asante of Ghana.",
            "Amina Diallo",
        ),
    ],
)
def test_events_statements_of_the_sixteenth_reading(text, speaker):
    assert ("statement", frozenset({speaker})) in _types_and_names(text, "en")


def test_events_the_speaker_of_a_quote_that_tells_another_s_visit_is_no_visitor():
    text = (
        '"The UN Secretary General is visiting Nepal as part of his solidarity visit," Foreign '
        "Ministry spokesperson Amrit Rai told reporters at the ministry earlier today."
    )
    got = _types_and_names(text, "en")
    assert not any(t == "visit" for t, _n in got)
    assert ("statement", frozenset({"Amrit Rai"})) in got


def test_events_spoke_with_one_met_before_is_no_call():
    text = (
        "Paraguayan Foreign Minister Julio Benitez received on Tuesday his Bolivian counterpart "
        "Rogelio Quispe in Asuncion. The Bolivian Ministry of Foreign Affairs announced that "
        "Quispe also spoke with Benitez on other regional issues."
    )
    assert not any(t == "phone_call" for t, _n in _types_and_names(text, "en"))


def test_events_those_a_bare_title_received_are_no_hosts():
    text = (
        "The Speaker of Parliament on Monday received Kenyan Trade Minister Jane Wambui and "
        "Health Minister Tom Otieno."
    )
    ex = extract(Article(id="t", lang="en", text=text, date=D))
    assert all(not e.hosts for e in ex.events if e.type == "meeting")


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # the sender of a letter handed by another takes no part
        (
            "قام وزير الخارجية العماني سامر البوسعيدي بتسليم رسالة من السلطان فادي بن طارق إلى "
            "الرئيس الإيراني رامي بزشكيان.",
            "ar",
            "فادي بن طارق",
        ),
        # a companion's own kin named in her words
        (
            "President Ali Musa arrived in Accra on a state visit. He was accompanied by his "
            "wife, the daughter of former President Shehu Danjuma.",
            "en",
            "Shehu Danjuma",
        ),
    ],
)
def test_events_narrowed_after_the_seventh_review(text, lang, absent):
    assert not any(absent in names for _t, names in _types_and_names(text, lang))


def test_events_an_aid_coordinator_received_is_met():
    text = (
        "Minister of Health Ana Kowal received the Humanitarian Aid Coordinator of the EU, Hans "
        "Muller, in her office."
    )
    assert ("meeting", frozenset({"Ana Kowal", "Hans Muller"})) in _types_and_names(text, "en")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # an audience granted with no article is a meeting
        (
            "Rivers State Governor Nyomi Wekey said the state is ready. He spoke at the "
            "Government House, when he granted audience to the British High Commissioner to "
            "Nigeria, Mr Paul Arkwell.",
            ("meeting", frozenset({"Nyomi Wekey", "Paul Arkwell"})),
            None,
        ),
        # agreements signed years before (or "signed agreements") are no signing told
        (
            "Deputy Minister of Defence Lt. Gen. Tran Van Minh hosted a reception for Korean "
            "Ambassador to Vietnam Park Sung-ho in Hanoi on May 3. The two sides welcomed the "
            "implementation of activities in accordance with signed agreements, namely the "
            "Memorandum of Understanding on Defence Cooperation signed in October 2011.",
            ("meeting", frozenset({"Tran Van Minh", "Park Sung-ho"})),
            "agreement",
        ),
    ],
)
def test_events_audiences_and_agreements_signed_before(text, expected, absent):
    found = _types_and_names(text, "en")
    assert expected in found
    assert absent is None or not any(t == absent for t, _names in found)


def test_events_an_agreement_signed_today_with_signed_agreements_in_the_plural():
    text = (
        "Defence Minister Tran Van Minh and Korean Ambassador Park Sung-ho signed agreements on "
        "training in Hanoi on May 3."
    )
    assert ("agreement", frozenset({"Tran Van Minh", "Park Sung-ho"})) in _types_and_names(
        text, "en"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # those who witnessed a signing join it
        (
            "Mayor Tovar Elkin and Governor Ramiz Qutaybi signed the memorandum. The signing "
            "was witnessed by Iraqi Ambassador Wadi Batta.",
            "en",
            ("agreement", frozenset({"Tovar Elkin", "Ramiz Qutaybi", "Wadi Batta"})),
            None,
        ),
        # "a sign that" is no signing; a visit from no official is nobody's
        (
            "The invitation was extended by Peruvian President Dina Boluarte in August, in a "
            "sign that relations are warming.",
            "en",
            None,
            "agreement",
        ),
        (
            "Prime Minister Somchai Wongsa met several guests today, including a visit from the "
            "British novelist Sarah Collins.",
            "en",
            None,
            "visit",
        ),
        # the visit after the noun is its genitive's (the governor's), not the speaker's
        (
            "عقد الأمير فيصل بن سالم أمير منطقة الرياض اجتماعا مع والي ولاية الخرطوم الفريق "
            "أول ركن سامي محمد حسين. وأعرب الأمير فيصل بن سالم في تصريح صحفي عن بالغ سعادته "
            "بزيارة والي ولاية الخرطوم والوفد المرافق له.",
            "ar",
            ("visit", frozenset({"سامي محمد حسين"})),
            None,
        ),
        # credentials handed to be presented to the king: he takes no part
        (
            "Bahraini Undersecretary for Foreign Affairs Adel Rashed took a copy of the Omani "
            "envoy's credentials on Tuesday, in preparation for submission to King Hamad bin "
            "Isa Al Khalifa.",
            "en",
            ("other", frozenset({"Adel Rashed"})),
            None,
        ),
    ],
)
def test_events_witnesses_genitive_visitors_and_asides(text, lang, expected, absent):
    found = _types_and_names(text, lang)
    assert expected is None or expected in found
    assert absent is None or not any(t == absent for t, _names in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number that is no year of signing, a modal before "first sign", an auxiliary
        # before "already signed", the signed memoranda exchanged: signings all
        (
            "Defence Minister Kamal Asif and his Chinese counterpart Dong Wei signed a contract "
            "for 1200 armoured vehicles in Beijing on Monday.",
            ("agreement", frozenset({"Kamal Asif", "Dong Wei"})),
        ),
        (
            "Prime Minister Shahid Sharifi and President Recep Demiral will first sign a joint "
            "declaration in Ankara on Monday.",
            ("agreement", frozenset({"Shahid Sharifi", "Recep Demiral"})),
        ),
        (
            "President Asif Zardani and President Ilham Aliyan already signed agreements on "
            "energy in Baku on Monday.",
            ("agreement", frozenset({"Asif Zardani", "Ilham Aliyan"})),
        ),
        (
            "External Affairs Minister Suresh Jaishan and his Omani counterpart Badr Albusaeedi "
            "exchanged the signed memoranda in Muscat on Monday.",
            ("agreement", frozenset({"Suresh Jaishan", "Badr Albusaeedi"})),
        ),
        # a short given name's full stop ends no sentence
        (
            "Mohd. Asri Hamidi, the Malaysian Home Minister, met Singaporean Minister Kumar "
            "Shanmugan.",
            ("meeting", frozenset({"Mohd. Asri Hamidi", "Kumar Shanmugan"})),
        ),
    ],
)
def test_events_narrowed_after_the_eighth_review(text, expected):
    assert expected in _types_and_names(text, "en")


def test_events_a_visit_of_an_unnamed_holder_is_nobody_s():
    text = (
        "استقبل الرئيس عادل الشريف وزير الخارجية الفرنسي جان لوران في القاهرة. وأكد وزير "
        "الخارجية سامي عبدالعال أهمية زيارة الرئيس الفرنسي المرتقبة إلى مصر."
    )
    assert not any(t == "visit" for t, _names in _types_and_names(text, "ar"))


def test_events_a_surname_that_is_a_common_word_after_a_trigger():
    # سلام is "peace" too: told alone right after a trigger, it is the minister named before
    text = (
        "شارك وزير الاقتصاد والتجارة أمين سلام في المنتدى. والتقى سلام لقاءات جانبية مع وزير "
        "اقتصاد الإمارات عبدالله بن طوق."
    )
    assert ("meeting", frozenset({"أمين سلام", "عبدالله بن طوق"})) in _types_and_names(text, "ar")


def test_events_talks_with_a_list_whose_first_title_and_name_are_set_off():
    # مع كل من TITLE بروسيا، السيد X، و TITLE بأذربيجان، السيد Y: a meeting with each
    text = (
        "تباحث وزير الخارجية المغربي نادر بوعلام مع كل من وزير الشؤون الخارجية بروسيا، السيد "
        "سيرغي لافرين، ووزير الشؤون الخارجية بأذربيجان، السيد جيهون بايراموف."
    )
    found = _types_and_names(text, "ar")
    assert ("meeting", frozenset({"نادر بوعلام", "سيرغي لافرين"})) in found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "قام وزير الخارجية الأردني زياد الفلاني بزيارة رئيس الوزراء المصري مصطفى العلاني في "
            "القاهرة.",
            ("meeting", frozenset({"زياد الفلاني", "مصطفى العلاني"})),
            ("visit", frozenset({"مصطفى العلاني"})),
        ),
        (
            "وقامت وزيرة التجارة البحرينية سلمى الناصري بزيارة سفير اليابان كينتارو ماتسودا في "
            "مقر السفارة.",
            ("meeting", frozenset({"سلمى الناصري", "كينتارو ماتسودا"})),
            ("visit", frozenset({"كينتارو ماتسودا"})),
        ),
        (
            "قام قائد القوات البرية العراقية الفريق الركن حامد الزبيدي بزيارة محافظ البصرة عادل "
            "الموسوي.",
            ("meeting", frozenset({"حامد الزبيدي", "عادل الموسوي"})),
            ("visit", frozenset({"عادل الموسوي"})),
        ),
    ],
)
def test_events_a_visit_performed_to_a_person_is_a_meeting_with_him(text, expected, wrong):
    # قام X بزيارة Y: X paid the visit, to Y; Y is no visitor (رحب X بزيارة Y: Y visits)
    found = _types_and_names(text, "ar")
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "وتناول اللقاء الذي جمع وزير الداخلية السعودي عبدالله الكامل بنظيره البحريني راشد "
            "الحسيني التعاون الأمني.",
            "ar",
            ("meeting", frozenset({"عبدالله الكامل", "راشد الحسيني"})),
        ),
        (
            "وجمع الاجتماع وزير النقل الليبي فرج العبيدي ووزيرة النقل التونسية هالة بن سالم في "
            "طرابلس.",
            "ar",
            ("meeting", frozenset({"فرج العبيدي", "هالة بن سالم"})),
        ),
        (
            "وكان اللقاء الذي جمع رئيس الوزراء حسن الطيبي ووزير المالية كمال الراشد قد ناقش "
            "الموازنة.",
            "ar",
            ("meeting", frozenset({"حسن الطيبي", "كمال الراشد"})),
        ),
        (
            "The meeting, which brought together Trade Minister Ahmed Kareemi and his Qatari "
            "counterpart Salem Thaniya, focused on customs.",
            "en",
            ("meeting", frozenset({"Ahmed Kareemi", "Salem Thaniya"})),
        ),
    ],
)
def test_events_a_meeting_word_that_brings_two_named_together(text, lang, expected):
    # اللقاء الذي جمع X بـY: the meeting word names no meeting told before, but this one
    assert expected in _types_and_names(text, lang)


def test_events_a_meeting_word_that_brings_together_those_told_before():
    text = "استقبل الرئيس حسن الطيبي وزير المالية كمال الراشد. وتناول اللقاء الذي جمعهما الموازنة."
    found = [t for t, _n in _types_and_names(text, "ar")]
    assert found.count("meeting") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan President William Odhiambo arrived in Juba on Saturday. He then proceeded to "
            "hold talks with President Peter Garango at State House.",
            frozenset({"William Odhiambo", "Peter Garango"}),
        ),
        (
            "Foreign Minister Ana Sorensen arrived in Accra on Monday and went on to meet "
            "President Kofi Mensahn.",
            frozenset({"Ana Sorensen", "Kofi Mensahn"}),
        ),
        (
            "Defence Minister Raul Ortegano landed in Lima on Friday. He proceeded to meet "
            "Peruvian Defence Minister Jorge Salinasso at the ministry.",
            frozenset({"Raul Ortegano", "Jorge Salinasso"}),
        ),
    ],
)
def test_events_proceeded_to_meet_is_done_not_planned(text, expected):
    # "proceeded to hold talks", "went on to meet": the meeting took place
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 5, 5)))
    names = {p.id: p.name_en for p in ex.persons}
    held = {
        frozenset(names[a] for a in e.actors if a in names)
        for e in ex.events
        if e.type == "meeting" and e.status == "held"
    }
    assert expected in held


@pytest.mark.parametrize(
    "text",
    [
        "Special Envoy Liu Fangzhi informed Foreign Minister Grace Wambuiya that he had the "
        "opportunity of visiting some of the projects.",
        "Special Envoy Liu Fangzhi told Foreign Minister Grace Wambuiya that he had visited "
        "the port of Mombasa.",
        "Ambassador Liu Fangzhi assured Foreign Minister Grace Wambuiya that he had visited "
        "the new industrial zone.",
    ],
)
def test_events_the_one_told_that_he_visited_takes_no_part(text):
    # X informed Y that he had visited Z: "he" is X; Y, the one told, visits nothing
    found = _types_and_names(text, "en")
    assert ("visit", frozenset({"Liu Fangzhi"})) in found
    assert not any("Grace Wambuiya" in names for _t, names in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "President Kofi Amankwah on Tuesday received the new Chinese Ambassador to Ghana, "
            "H.E. Liu Fangzhi, at a ceremony held at Jubilee House in Accra. During the event, "
            "Ambassador Liu presented his Letters of Credence.",
            "en",
            frozenset({"Kofi Amankwah", "Liu Fangzhi"}),
        ),
        (
            "President Kofi Amankwah on Tuesday received the new Chinese Ambassador to Ghana, "
            "H.E. Liu Fangzhi, at a ceremony held at Jubilee House in Accra. During the event, "
            "Ambassador Liu presented his Letters of Credence. The ceremony was attended by "
            "Foreign Minister Ama Owusuaa.",
            "en",
            frozenset({"Kofi Amankwah", "Liu Fangzhi", "Ama Owusuaa"}),
        ),
        (
            "President Samuel Mbekwa received Ambassador Pieter van Dorne of the Netherlands at "
            "State House on Monday. Ambassador van Dorne presented his credentials.",
            "en",
            frozenset({"Samuel Mbekwa", "Pieter van Dorne"}),
        ),
    ],
)
def test_events_a_reception_then_credentials_are_one_ceremony(text, lang, expected):
    # "X received the new ambassador Y ... Y presented his letters of credence": one
    # ceremony, whose receiver is the host; no meeting besides it
    found = _types_and_names(text, lang)
    assert ("other", expected) in found
    assert not any(t == "meeting" for t, _n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Director General Yuval Rotemo held talks in Nicosia on Thursday. The programme of his "
        "visit also includes a meeting with Foreign Minister Nikos Christofidou.",
        "Minister Ana Sorensen arrived in Accra on Monday. Her itinerary includes talks with "
        "President Kofi Mensahn.",
        "Envoy Lars Holmqvist landed in Juba on Friday. His schedule includes a meeting with "
        "President Peter Garango.",
    ],
)
def test_events_what_a_programme_includes_is_planned(text):
    # "the programme of his visit includes a meeting with X": to come, not held
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 5, 5)))
    assert [e.status for e in ex.events if e.type == "meeting"] == ["planned"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "استقبل رئيس أركان الجيش الأردني اللواء سامي الخالدي في مكتبه قائد قوة الأمم المتحدة "
            "الجنرال باولو روسي. كما استقبل نائب رئيس هيئة الأركان الفرنسية الجنرال جان دوبوا "
            "بحضور السفير الفرنسي في عمان بيير مارتان.",
            ("meeting", frozenset({"سامي الخالدي", "جان دوبوا", "بيير مارتان"})),
        ),
        (
            "استقبل وزير الدفاع التونسي عماد الورتاني السفير الإيطالي ماركو بيانكي. كما استقبل "
            "قائد القوات البحرية الإيطالية الأميرال لوكا فيرّي بحضور الملحق العسكري الإيطالي "
            "العقيد جيان كارلو.",
            ("meeting", frozenset({"عماد الورتاني", "لوكا فيرّي", "جيان كارلو"})),
        ),
    ],
)
def test_events_a_guest_received_with_an_attendee_and_the_host_left_out(text, expected):
    # كما استقبل TITLE X بحضور Y: the host is he who was just told of; X the guest
    assert expected in _types_and_names(text, "ar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "غادر وزير الدفاع القطري الشيخ خالد بن سعود، أمس، إلى سلطنة عمان، تلبية لدعوة رسمية.",
            ("visit", "oman"),
        ),
        (
            "غادر وزير الخارجية المصري سامي عبدالعال القاهرة متوجها إلى الرياض في زيارة رسمية.",
            ("visit", "riyadh"),
        ),
        (
            "غادرت وزيرة التجارة الأردنية سلمى الخطيب اليوم إلى بغداد للمشاركة في المعرض.",
            ("visit", "baghdad"),
        ),
    ],
)
def test_events_a_departure_to_a_place_is_a_visit_there(text, expected):
    ex = extract(Article(id="t", text=text, lang="ar", date=date(2025, 5, 5)))
    assert [(e.type, e.place) for e in ex.events] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "غادر وزير الخارجية المصري سامي عبدالعال الرياض عائدا إلى القاهرة.",
        "غادر وزير الخارجية المصري سامي عبدالعال القاهرة.",
        # no purpose told: a private trip, no visit
        "غادر رئيس الوزراء الكويتي نادر الصباح البلاد إلى لندن في إجازة خاصة.",
    ],
)
def test_events_whence_one_leaves_or_where_he_returns_is_no_visit(text):
    ex = extract(Article(id="t", text=text, lang="ar", date=date(2025, 5, 5)))
    assert not ex.events


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "التقت السيدة سعاد الطيب وزيرة الخارجية بمكتبها اليوم بالسيد جان مبيكي رئيس مفوضية "
            "الاتحاد الأفريقي والوفد المرافق له الذي ضم السيد أحمد ولد سالم المستشار السياسي.",
            "ar",
            frozenset({"سعاد الطيب", "جان مبيكي", "أحمد ولد سالم"}),
        ),
        (
            "Foreign Minister Ana Sorensen met AU Commission Chairperson Jean Mbekile and his "
            "accompanying delegation, which included adviser Ahmed Salemou.",
            "en",
            frozenset({"Ana Sorensen", "Jean Mbekile", "Ahmed Salemou"}),
        ),
    ],
)
def test_events_a_guest_and_his_party_are_met_together(text, lang, expected):
    # X met Y and the delegation accompanying him, which included Z: one meeting
    found = _types_and_names(text, lang)
    assert ("meeting", expected) in found
    assert [t for t, _n in found].count("meeting") == 1


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "On April 13, Foreign Minister Murat Nurtlenov attended the opening ceremony of the "
            "new consulate general.",
            "en",
            "Murat Nurtlenov",
        ),
        (
            "Defence Minister Ana Sorensen attended the groundbreaking ceremony of the naval base "
            "on Monday.",
            "en",
            "Ana Sorensen",
        ),
        (
            "وحضر وزير الثقافة سامي الحداد حفل افتتاح المعرض الدولي للكتاب في عمان.",
            "ar",
            "سامي الحداد",
        ),
    ],
)
def test_events_an_opening_ceremony_attended_is_another_event(text, lang, name):
    assert ("other", frozenset({name})) in _types_and_names(text, lang)


def test_events_narrowed_after_the_ninth_review():
    # a performing verb that governs another act, or a relative's: the genitive visits
    found = _types_and_names(
        "أشاد أمير الكويت بالجهود التي قام بها وزير الخارجية عبدالله اليحيان، ورحب بزيارة رئيس "
        "الوزراء العراقي جاسم الفرطوسني إلى البلاد.",
        "ar",
    )
    assert not any(t == "meeting" for t, _n in found)
    # كما استقبل X بحضور Y وفدا: X, named, hosts the delegation
    found = _types_and_names(
        "استقبل الرئيس عادل السيداوي وزير الخارجية الأمريكي جون كيرلي. كما استقبل رئيس الوزراء "
        "مصطفى مدبوني بحضور وزير الخارجية بدر عبدالعاطي وفدا من رجال الأعمال الأمريكيين.",
        "ar",
    )
    assert ("meeting", frozenset({"مصطفى مدبوني", "بدر عبدالعاطي"})) in found
    # "proceeds to" in an itinerary: to come
    ex = extract(
        Article(
            id="t",
            text="On Wednesday, Prime Minister Keir Starmond proceeds to hold talks with President "
            "Bassirou Fayel in Dakar.",
            lang="en",
            date=date(2025, 5, 4),
        )
    )
    assert [e.status for e in ex.events if e.type == "meeting"] == ["planned"]
    # a foreign minister's reception, credentials presented elsewhere: two events
    found = _types_and_names(
        "استقبل وزير الخارجية الكويتي عبدالله اليحيان سفير اليابان الجديد كينجي ساتوه. وفي اليوم "
        "ذاته قدم ساتوه أوراق اعتماده في قصر بيان.",
        "ar",
    )
    assert ("meeting", frozenset({"عبدالله اليحيان", "كينجي ساتوه"})) in found
    # غادر X PLACE في ختام زيارة: the visit was there
    ex = extract(
        Article(
            id="t",
            text="غادر وزير الخارجية التركي هاكان كاياش أنقرة في ختام زيارة رسمية استغرقت يومين.",
            lang="ar",
            date=date(2025, 5, 4),
        )
    )
    assert [(e.type, e.place) for e in ex.events] == [("visit", "ankara")]
    # the accompanying delegation, then a second meeting by a verb of its own: two
    found = _types_and_names(
        "التقى وزير الخارجية الأردني أيمن العبادين بالوزير اليمني شائع المحرمين والوفد المرافق "
        "له، ثم التقى في اجتماع منفصل السفير الأمريكي جون سميثن.",
        "ar",
    )
    assert [t for t, _n in found].count("meeting") == 2


def test_events_greeting_a_crowd_is_no_meeting():
    assert _types_and_names("President Salva Kiro greeted the crowd in Juba.", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "حل رئيس جمهورية موريتانيا محمد ولد أحمدو اليوم بتونس العاصمة للمشاركة في القمة.",
            [("visit", "tunis")],
        ),
        (
            "وحل الرئيس النيجري عمر تانجاو اليوم بالجزائر العاصمة في زيارة رسمية.",
            [("visit", "algiers")],
        ),
        # حل: also "solve"; no place after ب, no arrival
        ("وأكد الوزير سامي الحداد أهمية حل الأزمة في ليبيا بالطرق السلمية.", []),
    ],
)
def test_events_an_arrival_told_by_hall_and_a_place_after_b(text, expected):
    ex = extract(Article(id="t", text=text, lang="ar", date=date(2025, 5, 5)))
    assert [(e.type, e.place) for e in ex.events] == expected


@pytest.mark.parametrize(
    "text",
    [
        "بتعليمات سامية من الملك كمال الثالث، حل وزير الخارجية ناصر بوعلام، أمس، بالعاصمة المالية "
        "باماكو في زيارة رسمية.",
        "وبتعليمات من الرئيس عادل الشريفي، وصل وزير الدفاع سامي الكرمين إلى الرباط في زيارة رسمية.",
    ],
)
def test_events_who_gave_instructions_takes_no_part(text):
    # بتعليمات (سامية) من X: X is only invoked; the visit is the minister's
    found = _types_and_names(text, "ar")
    assert len(found) == 1 and found[0][0] == "visit" and len(found[0][1]) == 1
    assert not any(n.startswith(("الملك", "كمال", "عادل")) for n in found[0][1])


def test_events_greeting_people_no_official_names_is_no_meeting():
    text = (
        "Prime Minister Narayan Modhi arrived in Vientiane on Thursday. He greeted Indian "
        "community members outside the hotel."
    )
    assert not any(t == "meeting" for t, _n in _types_and_names(text, "en"))


def test_events_narrowed_after_the_tenth_review():
    # حل, "solution" or "dissolved": no arrival unless a person right after it, then a
    # time at most, then the place with ب
    for text in (
        "وأكد الرئيسان سامي الحداد وعادل الخطيب ضرورة التوصل إلى حل سياسي للأزمة بليبيا.",
        "حل الرئيس الفرنسي إيمانويل ماكرو الجمعية الوطنية بباريس.",
    ):
        assert not any(t == "visit" for t, _n in _types_and_names(text, "ar"))
    found = _types_and_names(
        "وبحث الرئيس سامي الحداد مع نظيره عادل الخطيب سبل حل الدولتين بفلسطين.", "ar"
    )
    assert ("meeting", frozenset({"سامي الحداد", "عادل الخطيب"})) in found
    # a greeting sent on a birthday is no meeting
    found = _types_and_names(
        "President Kofi Mensahn greeted President Ana Moreiro on her birthday in a letter.", "en"
    )
    assert not any(t == "meeting" for t, _n in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "عقدت اللجنة المشتركة بين البلدين أمس دورتها الخامسة. ترأس الجانب القطري، الشيخ سالم "
            "الخليفاوي وزير الدولة، فيما ترأس الجانب الكويتي، الشيخ أحمد الصباحي وزير الخارجية، حيث "
            "تم استعراض العلاقات.",
            ("meeting", frozenset({"سالم الخليفاوي", "أحمد الصباحي"})),
        ),
        (
            "وترأس الجانب المغربي وزير الاقتصاد نادر العلواني، بينما ترأس الجانب الموريتاني وزير "
            "المالية سيد أحمد ولد بوهي.",
            ("meeting", frozenset({"نادر العلواني", "سيد أحمد ولد بوهي"})),
        ),
    ],
)
def test_events_two_sides_chaired_in_one_sentence_met(text, expected):
    # ترأس الجانب A X، فيما ترأس الجانب B Y: the two chairs met
    assert expected in _types_and_names(text, "ar")


def test_events_one_side_chaired_makes_no_meeting_of_its_own():
    text = "ترأس الجانب المغربي الوزير نادر العلواني بحضور السفير سامي الحدادي."
    assert _types_and_names(text, "ar") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Ornan Velt arrived in Kampala on Monday for a state visit. He was "
        "accompanied on the trip by Trade Minister Tobin Raskell.",
        "Kenyan President Ornan Velt arrived in Kampala on Monday for the summit. President "
        "Velt is being accompanied to the meeting by Foreign Minister, Mr. Tobin Raskell; and "
        "Director-General in the Ministry of Agriculture, Mr. Jarek Mossel.",
    ],
)
def test_events_english_companions_after_a_phrase_join_the_visit(text):
    # "accompanied on the trip by", "to the meeting by": the party joins the visit told
    # before; the trip or meeting so named is no event of its own
    typed = _typed(text, "en")
    visits = [names for kind, status, names in typed if kind == "visit" and status == "held"]
    assert visits and "Tobin Raskell" in visits[0]
    assert any(n.startswith("Ornan Velt") for n in visits[0])
    assert not [t for t in typed if t[0] == "meeting"]
    if "Jarek" in text:
        assert "Jarek Mossel" in visits[0]


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_events_english_those_a_quoted_speech_names_take_no_part(gap):
    # “... between President A and President B,” X said after meeting Y: a meeting of X and
    # Y (the quotation may open a paragraph)
    text = (
        f"Speaker Tobin Raskell led a delegation to Lima.{gap}“This solidifies the relationship "
        "between President Alder Vint and President Jorma Kessel,” the Speaker said after "
        "meeting with Majority Leader Jarek Mossel at the Congress."
    )
    meetings = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert meetings == [{"Tobin Raskell", "Jarek Mossel"}]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Secretary Amos Kerrigan has met Vice President Mike Pellow, and Defence "
        "Minister Tobin Raskell had a meeting with Defense Secretary Jarek Mossel.",
        "Foreign Secretary Amos Kerrigan met Vice President Mike Pellow, while Defence "
        "Minister Tobin Raskell held talks with Defense Secretary Jarek Mossel.",
    ],
)
def test_events_english_two_clauses_two_meetings(text):
    # A met B, and (while) C had a meeting with (held talks with) D: two meetings, each of
    # its own clause's persons
    meetings = sorted(sorted(names) for kind, _s, names in _typed(text, "en") if kind == "meeting")
    assert meetings == [["Amos Kerrigan", "Mike Pellow"], ["Jarek Mossel", "Tobin Raskell"]]


@pytest.mark.parametrize(
    "text",
    [
        "Agreements have been reached between the governments on the supply of the vaccine "
        "to Tarvania, Minister Tobin Raskell said.",
        "The two ministers signed a deal on the supply of wheat to Egypt.",
    ],
)
def test_events_english_a_supply_agreed_on_past_the_article_is_none_made(text):
    # "on the supply of": what is agreed on, no supply made
    assert not [t for t in _typed(text, "en") if t[0] == "supply"]


def test_events_arabic_attendance_far_after_a_meeting_told_in_the_headline_and_the_lead():
    # the headline and the lead tell one reception; "يذكر أن اللقاء تم بحضور X وY" five
    # sentences on joins it, though the headline's telling is a second draft of it
    text = (
        "الرئيس يستقبل وزير الدولة القطري\n\n"
        "استقبل رئيس الجمهورية سامي الدرويش بمكتبه اليوم وزير الدولة القطري سلطان المريخو.\n\n"
        "وقال الوزير إن بلاده تقف مع السودان.\n\n"
        "مؤكداً دعم بلاده لكل مبادرة.\n\n"
        "وأعرب الرئيس عن تقديره لمواقف قطر.\n\n"
        "مؤكداً قدرة الشعب على تجاوز المرحلة.\n\n"
        "يذكر أن اللقاء تم بحضور وكيل وزارة الخارجية السفير حسين الأمينو ومدير جهاز المخابرات "
        "العامة الفريق أحمد مفضلو."
    )
    meetings = [names for kind, _s, names in _typed(text, "ar") if kind == "meeting"]
    assert len(meetings) == 1
    assert {"حسين الأمينو", "أحمد مفضلو"} <= {
        n.split(" ")[0] + " " + n.split(" ")[1] for n in meetings[0]
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وأهدى الرئيس سامي الدرويش ضيفه ألبوم صور يحمل توقيع سموه.", "ar"),
        ("President Tobin Raskell handed him a letter bearing the signature of the King.", "en"),
    ],
)
def test_events_a_thing_bearing_a_signature_is_no_signing(text, lang):
    assert not [t for t in _typed(text, lang) if t[0] == "agreement"]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "“President Wilbur Rutto and I agreed to deepen our ties,” Ugandan President Yorem "
            "Musavo said after meeting him in Kampala.",
            "en",
            {"Wilbur Rutto", "Yorem Musavo"},
        ),
        (
            "“I welcome Foreign Minister Ahmed Attafo to Rome,” said Italian Foreign Minister "
            "Antonio Tajanio, who met him at the Farnesina.",
            "en",
            {"Ahmed Attafo", "Antonio Tajanio"},
        ),
        (
            '"Prime Minister Shehbaz Sharifo" met President Recep Erdogano in Ankara, the state '
            "broadcaster reported.",
            "en",
            {"Shehbaz Sharifo", "Recep Erdogano"},
        ),
    ],
)
def test_events_narrowed_after_the_eleventh_review_quotes(text, lang, pair):
    # one named outside a quoted speech, the other inside it: they met; a name set off in
    # quotation marks is no speech
    meetings = [names for kind, _s, names in _typed(text, lang) if kind == "meeting"]
    assert meetings and pair <= meetings[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Vice President Tobin Raskell returned home from Mozambique on Sunday after a "
            "three-day official visit.",
            "en",
        ),
        ("عاد نائب الرئيس سامي الدوقاري من موزمبيق بعد زيارة رسمية استغرقت ثلاثة أيام.", "ar"),
    ],
)
def test_events_a_visit_one_returned_from(text, lang):
    # returned from B after a visit: the visit was to B
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    visits = [e for e in ex.events if e.type == "visit"]
    assert visits and visits[0].place == "mozambique"


@pytest.mark.parametrize(
    "text",
    [
        "A World Bank team arrived in Ghana on Tuesday to meet Finance Minister Kwame Obrenyo.",
        "An IMF mission arrived in Accra on Monday for talks with Finance Minister Kwame Obrenyo.",
    ],
)
def test_events_a_group_s_arrival_is_no_visit_of_whom_it_meets(text):
    assert not [t for t in _typed(text, "en") if t[0] == "visit"]


def test_events_english_a_side_represented_by_and_a_meeting_participated_by():
    # "The Mexican side was represented by X", "The meeting was participated by Y": both
    # at the meeting told before
    text = (
        "Foreign Secretary Orvin Dalquez of Mexico held a meeting today with Guatemalan "
        "Foreign Minister Teodor Amsel. The Mexican side was represented by the "
        "Undersecretary for Latin America, Pilar Oncenas."
    )
    meetings = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert meetings == [{"Orvin Dalquez", "Teodor Amsel", "Pilar Oncenas"}]
    text = (
        "Finance Minister Rasanka Velthuri received the IMF Resident Representative Tovrel "
        "Ankasi this afternoon. The meeting was participated by Deputy Minister Kamal "
        "Pelawatte as well."
    )
    meetings = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert meetings == [{"Rasanka Velthuri", "Tovrel Ankasi", "Kamal Pelawatte"}]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Amara Keito of Guinea and Foreign Minister Sven Lindqvo of Sweden "
        "exchanged views on trade on Monday in Conakry.",
        "The deputy foreign ministers of Armenia and Greece, Davit Hakobo and Eleni Papado, "
        "held political consultations in Yerevan on Monday.",
    ],
)
def test_events_english_views_exchanged_and_political_consultations_are_a_meeting(text):
    meetings = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert len(meetings) == 1 and len(meetings[0]) == 2


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (
            "“President Donald Trumpo's tariffs hurt our farmers,” Brazilian Foreign Minister "
            "Mauro Vieiro said during his visit to Paris on Monday.",
            "en",
            "Donald Trumpo",
        ),
        (
            "«نشكر الرئيس عبد الفتاح السيسو على دعمه»، قال رئيس الوزراء الفلسطيني محمد مصطفو "
            "عقب وصوله إلى القاهرة.",
            "ar",
            "عبد الفتاح السيسو",
        ),
    ],
)
def test_events_narrowed_after_the_twelfth_review_quotes(text, lang, absent):
    # one quoted takes no part in the speaker's visit; only a pronoun outside the quote
    # (him, them, اجتماعهما) brings those it names in
    assert all(absent not in names for _k, _s, names in _typed(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Qatar signed a contract for the supply of gas, Minister Karim Badawo said.",
        "Prime Minister Shehbaz Sharifo asked President Xi Jinpingo for the supply of jets.",
    ],
)
def test_events_narrowed_after_the_twelfth_review_for_the_supply(text):
    assert not [t for t in _typed(text, "en") if t[0] == "supply"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "After returning from Washington, President William Rutto received Ugandan Foreign "
            "Minister Jeje Odongo, who is on an official visit.",
            "en",
        ),
        (
            "بعد عودته من نيويورك، استقبل الرئيس قيس سعيدو وزير الخارجية الإيطالي أنطونيو تايانو في زيارة رسمية.",
            "ar",
        ),
    ],
)
def test_events_narrowed_after_the_twelfth_review_returned(text, lang):
    # the place one came back from, in a clause of its own, is no one's visit
    ex = extract(Article(id="t", lang=lang, text=text, date=D))
    assert all(e.place not in ("washington", "new-york") for e in ex.events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A high-level Saudi delegation arrived in Damascus on Sunday, led by Foreign Minister Faisal bin Farhano.",
            "en",
        ),
        ("وفد وزاري أردني يصل إلى دمشق برئاسة وزير الخارجية أيمن الصفدو.", "ar"),
    ],
)
def test_events_narrowed_after_the_twelfth_review_a_group_s_leader_visits(text, lang):
    assert [t for t in _typed(text, lang) if t[0] == "visit"]


def test_events_arabic_a_name_set_off_in_quotes_before_a_comma_is_no_speech():
    # استقبل "X Y"، الوزير ...: a name in quotation marks, then its comma: no quoted speech
    text = (
        'استقبل "سامي الدرويو"، الوزير المنتدب المكلف بإدارة الدفاع الوطني، اليوم بالرباط، '
        'وبحضور الفريق أول "كريم حدادو"، المفتش العام للقوات المسلحة، وزيرة الدفاع البرتغالية '
        "ماريا لوبو."
    )
    meetings = [names for kind, _s, names in _typed(text, "ar") if kind == "meeting"]
    assert meetings and {"سامي الدرويو", "كريم حدادو"} <= {
        " ".join(n.split()[:2]) for n in meetings[0]
    }


@pytest.mark.parametrize(
    ("text", "lang", "both"),
    [
        (
            "أشرف وزير الداخلية سامي مرادو، أمس الأحد، على مراسم تنصيب علي بوقرو واليا جديدا "
            "لولاية أدرار، تنفيذا للحركة التي أقرها رئيس الجمهورية كريم حدادو.",
            "ar",
            {"سامي مرادو", "علي بوقرو"},
        ),
        (
            "President Amadou Kessari attended the swearing-in ceremony of the new Chief Justice "
            "Mariam Tolu in Abuja.",
            "en",
            {"Amadou Kessari", "Mariam Tolu"},
        ),
    ],
)
def test_events_an_installation_is_its_presider_s_and_the_installed_s(text, lang, both):
    # مراسم تنصيب X, the swearing-in ceremony of X: who presides and who is installed,
    # not the appointer told later in the sentence
    others = [names for kind, _s, names in _typed(text, lang) if kind == "other"]
    assert others == [both]


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "استقبل وزير الخارجية المغربي قسطان الحنبلوطي بالرباط وزير الخارجية الموريتاني سيدنا "
            "ولد بلخيرو. وتأتي هذه الزيارة في إطار تعزيز العلاقات.",
            "سيدنا ولد بلخيرو",
        ),
        (
            "استقبل محافظ البنك المركزي المصري حسن عبد اللهو، بمقر البنك، وزير المالية الأردني "
            "سامي كلاركو، وذلك على هامش زيارته الحالية لجمهورية مصر العربية.",
            "سامي كلاركو",
        ),
        (
            "استقبل السيد حسن عبد اللهو، محافظ البنك المركزي المصري، السيد نايجل كلاركو، نائب "
            "المدير العام لصندوق النقد الدولي، وذلك على هامش زيارته الحالية لمصر.",
            "نايجل كلاركو",
        ),
    ],
)
def test_events_a_reception_that_speaks_of_the_visit_is_the_guest_s_visit_too(text, guest):
    typed = _typed(text, "ar")
    assert ("visit", "held", {guest}) in typed
    assert any(k == "meeting" and guest in names for k, _s, names in typed)


def test_events_a_reception_with_no_visit_spoken_of_is_a_meeting_only():
    text = (
        "استقبل وزير الخارجية المغربي قسطان الحنبلوطي بالرباط وزير الخارجية الموريتاني سيدنا "
        "ولد بلخيرو. وبحث الجانبان تعزيز العلاقات."
    )
    assert [k for k, _s, _n in _typed(text, "ar")] == ["meeting"]


def test_events_decrees_of_installation_are_no_ceremony():
    # مراسيم: decrees after a verb of signing or issuing them, ceremonies otherwise
    assert not [
        k for k, *_ in _typed("وقع الرئيس الجزائري سامي تبونو مراسيم تنصيب الولاة الجدد.", "ar")
    ]
    assert [
        k for k, *_ in _typed("وشارك رئيس البرلمان سامي المالكو في مراسيم تنصيب الرئيس.", "ar")
    ] == ["other"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "على هامش زيارته إلى روما، استقبل الرئيس الجزائري سامي تبونو رئيس الوزراء الإيطالي "
            "السابق ماريو دراغو.",
            "ar",
        ),
        (
            "استقبل الرئيس السوداني سامي البرهانو وزير الخارجية الإريتري عثمان صالحو. وأشاد "
            "البرهانو بالزيارة التي قام بها إلى أسمرة الشهر الماضي.",
            "ar",
        ),
        (
            "President Hakainde Hichilemo received the Chinese Ambassador to Zambia, Han Jingo, "
            "at State House. The envoy briefed him on the planned visit of China's Vice Premier.",
            "en",
        ),
    ],
)
def test_events_narrowed_after_the_fourteenth_review_a_visit_not_the_guest_s(text, lang):
    # the host's visit abroad, his past visit, another's planned visit: no guest's visit
    assert not [k for k, *_ in _typed(text, lang) if k == "visit"]


def test_events_visiting_a_titled_person_whose_title_opens_with_the_is_meeting_him():
    # has visited the Chief of Defence Staff, General X: a meeting with X, not a visit alone
    text = (
        "General Torvald Quennick, the US Africa Command Commander, has visited the Chief of "
        "Defence Staff, General Obrimo Falade, at the Defence Headquarters in Abuja."
    )
    assert ("meeting", "held", {"Torvald Quennick", "Obrimo Falade"}) in _typed(text, "en")


def test_events_talks_then_a_signing_at_their_end_are_two_events_of_one_place_and_day():
    # تباحث X اليوم في بغداد مع Y. وفي ختام مباحثاتهما وقع X وY مذكرة تفاهم: a meeting and
    # an agreement, the signing where and when the talks were held
    text = (
        "وتباحث وزير الخارجية المغربي السيد زمراد كوليتو اليوم في بغداد مع وزير الخارجية العراقي "
        "السيد فرنتو غالميشو. وفي ختام مباحثاتهما، وقع السيد كوليتو والسيد غالميشو مذكرة تفاهم."
    )
    ex = extract(Article(id="t", lang="ar", text=text, date=D))
    names = {p.id: p.name_ar for p in ex.persons}
    got = {
        (
            e.type,
            frozenset(names[a] for a in e.actors),
            e.date,
            getattr(_place_of(ex, e), "id", None),
        )
        for e in ex.events
    }
    pair = frozenset({"زمراد كوليتو", "فرنتو غالميشو"})
    assert ("meeting", pair, D, "baghdad") in got
    assert ("agreement", pair, D, "baghdad") in got


@pytest.mark.parametrize("noun", ["the meeting", "the political consultations", "the talks"])
def test_events_a_meeting_named_where_things_were_discussed_with_its_attendees(noun):
    # "Issues were discussed at the consultations attended by X and Y": the occasion of the
    # discussion, whose attendees are named right after it, is their meeting
    text = (
        f"Issues of trade were discussed at {noun} attended by Deputy Foreign Minister of "
        "Azerbaijan Ramiz Qorvelli and Deputy Foreign Minister of Mongolia Munkh Batsarel."
    )
    assert ("meeting", "held", {"Ramiz Qorvelli", "Munkh Batsarel"}) in _typed(text, "en")


@pytest.mark.parametrize(
    "group", ["The IMF team", "The visiting delegation", "A World Bank mission"]
)
def test_events_a_group_with_no_one_named_meets_everyone_listed_at_once(group):
    # "The IMF team met with Minister X, Governor Y and Secretary Z": one meeting of the
    # group with all of them, not X as the subject meeting each of the others
    text = (
        f"{group} met with Finance Minister Dr Obed Marrowick, Central Bank Governor Idris "
        "Varnacott and Trade Minister Lusia Tembrake."
    )
    got = [names for kind, _s, names in _typed(text, "en") if kind == "meeting"]
    assert got == [{"Obed Marrowick", "Idris Varnacott", "Lusia Tembrake"}]


@pytest.mark.parametrize(
    "second",
    [
        "وأضاف أنه التقى لاحقا بوزير الصناعة التشيكي سامي حدادو.",
        "والتقى لاحقا بوزير الصناعة التشيكي سامي حدادو.",
        "واجتمع أيضا مع وزير الصناعة التشيكي سامي حدادو.",
    ],
)
def test_events_an_arabic_verb_with_its_subject_left_out_past_an_adverb(second):
    # وقال الوزير X ... وأضاف أنه التقى لاحقا بـ Y: he (the speaker) met Y
    text = "وقال وزير التجارة التركي زوربين كلامشو إن المؤتمر ناجح. " + second
    assert ("meeting", "held", {"زوربين كلامشو", "سامي حدادو"}) in _ar_actors(text)


def test_events_he_said_that_he_met_needs_a_speaker_named_before_any_event():
    # وقال Z عن لقائه بالوزير Y: Y is whom Z met, no speaker; Z unknown: no meeting of Y
    text = (
        "وقال مو عن لقائه بوزير الاقتصاد اللبناني زوربين كلامشو إن المؤتمر ناجح. وأضاف أنه "
        "التقى لاحقا بوزير الصناعة التشيكي سامي حدادو."
    )
    assert ("meeting", "held", {"زوربين كلامشو", "سامي حدادو"}) not in _ar_actors(text)


def test_events_two_sides_each_led_by_one_are_a_meeting_of_the_leaders():
    # "The Indian side was led by X and the Guyanese side was led by Y" after consultations
    # told with no one named: a meeting of X and Y
    text = (
        "India and Guyana held the 4th round of Foreign Office Consultations in Georgetown on "
        "28 November 2022. The Indian side was led by Joint Secretary Tobiah Quarrendon and the "
        "Guyanese side was led by Deputy Minister Oriel Fenwhistle."
    )
    assert ("meeting", "held", {"Tobiah Quarrendon", "Oriel Fenwhistle"}) in _typed(text, "en")
    # one side led by one, the other by nobody named: no meeting
    assert not _typed(
        "The delegation was led by Minister Tobiah Quarrendon, who said the team was led by "
        "experts.",
        "en",
    )


@pytest.mark.parametrize(
    "text, lang, pair",
    [
        (
            "Minister of Economy Tarek bin Qorvan Al Helvani visited the show. Later, Bin "
            "Qorvan held meetings with Minister of Trade Sami Korvel.",
            "en",
            {"Tarek bin Qorvan Al Helvani", "Sami Korvel"},
        ),
        (
            "وصل وزير الاقتصاد سالم بن قطمير المري إلى الرباط. والتقى بن قطمير وزير التجارة "
            "المغربي فرحات دغمان.",
            "ar",
            {"سالم بن قطمير المري", "فرحات دغمان"},
        ),
    ],
)
def test_events_bin_and_the_father_s_name_name_one_again(text, lang, pair):
    # Bin Touq after Abdulla bin Touq Al Marri: the pair names the one person who has it
    assert ("meeting", "held", pair) in _typed(text, lang)


def test_events_bin_and_a_father_s_name_two_persons_share_names_neither():
    text = (
        "Prince Tarek bin Qorvan met Prince Sami bin Qorvan in Riyadh. Later, Bin Qorvan "
        "received Minister of Trade Ali Korvel."
    )
    assert not any(
        "Ali Korvel" in actors and len(actors) == 2 for _t, _s, actors in _typed(text, "en")
    )


@pytest.mark.parametrize("verb", ["وسيعقد", "وسيجتمع", "وستعقد"])
def test_events_a_meeting_held_in_the_future_tense_is_planned(verb):
    # وسيعقد X اجتماعا مع Y: a meeting to come, no meeting held
    text = f"{verb} وزير الخارجية المصري فرحات دغمان اجتماعا مع نظيره الأردني سالم قطمير."
    got = _typed(text, "ar")
    assert got and all(status == "planned" for _t, status, _a in got)


@pytest.mark.parametrize(
    "text",
    [
        "Admiral John Richmark, the US Chief of Naval Operations, held a video teleconference "
        "with Admiral Wu Shengdao, commander of the Chinese navy, on Tuesday.",
        "Foreign Minister Tomas Verrin held a videoconference with his Chilean counterpart "
        "Ana Corvalan on Monday.",
    ],
)
def test_events_a_video_teleconference_is_a_call(text):
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 1, 1)))
    assert [e.type for e in ex.events] == ["phone_call"]


def test_events_met_respectively_with_each_one_meeting():
    text = (
        "Lebanese Prime Minister Najib Mikaro held meetings. The PM then met respectively with "
        "Lebanese Justice Minister Henri Khouran, Lebanese Industry Minister Georges Bushkan "
        "and Lebanese Agriculture Minister Abbas Hajjar."
    )
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 1, 1)))
    meetings = [e for e in ex.events if e.type == "meeting"]
    assert len(meetings) == 3 and all(len(e.actors) == 2 for e in meetings)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Saudi Energy Minister Prince Fahd bin Sattam and U.S. Energy Secretary Ron Perrov met "
            "in Riyadh on Monday. The Saudi energy minister also met with Nigerian Oil Minister "
            "Timo Sylvov and discussed investment.",
            ("Fahd bin Sattam", "Timo Sylvov"),
        ),
        (
            "Egyptian President Adel Karimov received US Secretary of State Tom Blinkov. The "
            "Egyptian president later met Jordanian Foreign Minister Amer Safadov.",
            ("Adel Karimov", "Amer Safadov"),
        ),
        (
            "Kenyan Trade Minister Rose Wanjiku and Indian Commerce Minister Arjun Mehrav signed "
            "a pact. The Indian minister then met Kenyan President Samuel Otienov.",
            ("Arjun Mehrav", "Samuel Otienov"),
        ),
    ],
)
def test_events_a_definite_title_with_a_nationality_is_the_subject(text, pair):
    # "The Saudi energy minister also met with X": the one official of that state named
    # before, in a post of the title's head, met X
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 1, 1)))
    names = {p.id: p.name_en for p in ex.persons}
    met = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert set(pair) in met


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "شارك وفد الصندوق برئاسة المدير العام سامر خليل الكندي في الاجتماعات السنوية. كما "
            "اجتمع الوفد مع كريمة الطنجاوي، المدير التنفيذي لبنك أوغندا للتنمية.",
            ("سامر خليل الكندي", "كريمة الطنجاوي"),
        ),
        (
            "وصل وفد بقيادة مدير عام هيئة الاستثمار المهندس فارس الزنكلي إلى المؤتمر. والتقى "
            "الوفد مع وزير "
            "المالية الإثيوبي أحمد شيدوف.",
            ("فارس الزنكلي", "أحمد شيدوف"),
        ),
    ],
)
def test_events_the_delegation_met_is_its_head_named_before(text, pair):
    # no visit told: the delegation named with its head (برئاسة X), then الوفد as a verb's
    # subject: X met whom it met
    ex = extract(Article(id="t", text=text, lang="ar", date=date(2025, 1, 1)))
    names = {p.id: p.name_ar for p in ex.persons}
    met = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert set(pair) in met


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "التقى المهندس سامر خليل وزير الصحة على هامش المؤتمر مع الدكتور فارس الزنكلي وزير "
            "الصحة العراقي.",
            "ar",
            ("سامر خليل", "فارس الزنكلي"),
        ),
        (
            "التقى المهندس سامر خليل وزير النقل على هامش زيارته للكويت للمشاركة في المؤتمر "
            "الوزاري مع الدكتور فارس الزنكلي وزير النقل العراقي حيث تم بحث التعاون.",
            "ar",
            ("سامر خليل", "فارس الزنكلي"),
        ),
        (
            "Health Minister Sam Kallov held talks on the sidelines of the forum with Iraqi "
            "Health Minister Faris Zankov.",
            "en",
            ("Sam Kallov", "Faris Zankov"),
        ),
    ],
)
def test_events_a_meetings_partner_after_its_occasion(text, lang, pair):
    # the verb, its subject, an occasion (على هامش ...), then مع / with and the partner:
    # the partner is the meeting's, not the occasion's
    ex = extract(Article(id="t", text=text, lang=lang, date=date(2025, 1, 1)))
    names = {p.id: p.name_ar or p.name_en for p in ex.persons}
    met = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert set(pair) in met
    assert not any(e.type == "visit" and pair[1] in {names[a] for a in e.actors} for e in ex.events)


def test_events_an_opening_occasions_partner_stays_out():
    # وعلى هامش لقائه مع Z، التقى X Y: Z is the occasion's partner, not the meeting's
    text = (
        "وعلى هامش لقائه مع الرئيس كريم الطنجاوي، التقى المهندس سامر خليل وزير الصحة الدكتور "
        "فارس الزنكلي وزير الصحة العراقي."
    )
    ex = extract(Article(id="t", text=text, lang="ar", date=date(2025, 1, 1)))
    names = {p.id: p.name_ar for p in ex.persons}
    met = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert {"سامر خليل", "فارس الزنكلي"} in met


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Saudi Foreign Minister Faisal bin Farhov met Russian Foreign Minister Sergei Lavrov in "
            "Riyadh. The Saudi energy minister also met with Kazakh Energy Minister Almas Satkov.",
            {"Faisal bin Farhov", "Almas Satkov"},
        ),
        (
            "US Secretary of State Marco Rubov met Israeli PM Benjamin Netanov. The US defense "
            "secretary also met with Israeli Defense Minister Israel Katzov.",
            {"Marco Rubov", "Israel Katzov"},
        ),
        (
            "Kenyan President William Rutov met Egyptian President Adel Karimov on the sidelines "
            "of the summit co-hosted with Italian Prime Minister Giorgia Melonov.",
            {"William Rutov", "Giorgia Melonov"},
        ),
    ],
)
def test_events_narrowed_after_the_twenty_first_review(text, wrong):
    # the portfolio in "the Saudi energy minister" is not the foreign minister's; an
    # occasion's "with" after a partner named already is the occasion's
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 1, 1)))
    names = {p.id: p.name_en for p in ex.persons}
    met = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert not any(wrong <= m for m in met)


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        (
            "Saudi Foreign Minister Faisal bin Farhov met Russian Foreign Minister Sergei Lavrov in "
            "Riyadh. The Saudi deputy foreign minister also met with Kazakh Deputy Foreign "
            "Minister Roman Vassilov.",
            "en",
            {"Faisal bin Farhov", "Roman Vassilov"},
        ),
        (
            "التقى وفد تجاري برئاسة رجل الأعمال جون ميلروف وزير الصناعة الأردني يعرب القضاوي. "
            "والتقى الوفد وزير الداخلية مازن الفرايوي.",
            "ar",
            {"يعرب القضاوي", "مازن الفرايوي"},
        ),
    ],
)
def test_events_narrowed_after_the_second_twenty_first_review(text, lang, wrong):
    # a deputy's title is not the minister's; a delegation's head with no post the rules
    # hold leaves no one to stand for it (not the host named after him)
    ex = extract(Article(id="t", text=text, lang=lang, date=date(2025, 1, 1)))
    names = {p.id: p.name_ar or p.name_en for p in ex.persons}
    met = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert not any(wrong <= m for m in met)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Sami Haddov also had audience with Minister of Environment Karim "
        "Falanov on Monday.",
        "Prime Minister Sami Haddov held audience with Minister of Environment Karim Falanov.",
    ],
)
def test_events_had_audience_with_is_a_meeting(text):
    # "had audience with" (no article), as "had an audience with": a meeting
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 1, 1)))
    names = {p.id: p.name_en for p in ex.persons}
    met = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert {"Sami Haddov", "Karim Falanov"} in met


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "عقد وزير الصناعة السعودي سالم العتيبي سلسلة اجتماعات ثنائية مع نظرائه على هامش "
            "المؤتمر. وتضمنت اجتماعات الوزير العتيبي، لقاء معالي وزير الصناعة العراقي خالد "
            "الدركلي، ومعالي وزير الصناعة المغربي رياض الزنكلي.",
            "ar",
        ),
        (
            "عقد وزير الصناعة السعودي سالم العتيبي لقاءات ثنائية مع وزير الصناعة العراقي خالد "
            "الدركلي، ووزير الصناعة المغربي رياض الزنكلي.",
            "ar",
        ),
        (
            "Saudi Industry Minister Salem Otaibov held bilateral meetings with Iraqi Industry "
            "Minister Khalid Darkov and Moroccan Industry Minister Riad Zankov.",
            "en",
        ),
    ],
)
def test_events_bilateral_meetings_are_one_per_counterpart(text, lang):
    # "a series of bilateral meetings" (اجتماعات ثنائية): one meeting with each
    ex = extract(Article(id="t", text=text, lang=lang, date=date(2025, 1, 1)))
    names = {p.id: p.name_ar or p.name_en for p in ex.persons}
    met = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert len([m for m in met if len(m) == 2]) == 2
    assert not any(len(m) >= 3 for m in met)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "عقد وزير الخارجية المصري سامح الدركلي اجتماعا ثلاثيا مع وزير الخارجية الأردني "
            "كريم الزنكلي ووزير الخارجية العراقي هاني الحداد. وأكد الوزراء أهمية تكثيف "
            "اللقاءات الثنائية والثلاثية.",
            "ar",
        ),
    ],
)
def test_events_bilateral_meetings_spoken_of_split_nothing(text, lang):
    # "the importance of bilateral meetings" in the next sentence: no meeting split
    ex = extract(Article(id="t", text=text, lang=lang, date=date(2025, 1, 1)))
    met = [e for e in ex.events if e.type == "meeting"]
    assert len(met) == 1 and len(met[0].actors) == 3


def test_events_bilateral_meetings_with_one_state_s_delegation_stay_one():
    # a series of bilateral meetings, then the head of one state's delegation and two of
    # its members: one meeting with all of them (guests of one state are met together)
    text = (
        "Kuwait's Minister of Education Salem Darkov held a series of bilateral meetings on "
        "Wednesday with delegations. Darkov met with the head of the Finnish delegation, "
        "State Secretary Mika Nylund, and Ministerial Adviser Kati Annala."
    )
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 1, 1)))
    names = {p.id: p.name_en for p in ex.persons}
    met = [{names[a] for a in e.actors} for e in ex.events if e.type == "meeting"]
    assert not any(m == {"Salem Darkov", "Kati Annala"} for m in met)
