"""English officials rules: (sentence, expected {(name, role, state)}) tables.

Every sentence here is written for these tests; none is taken from published news.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract, official_findings
from kg.extract.english import dateline_country
from kg.model import Article

# (sentence, {(name as written, role key, ISO code or None)}) of current posts
POSITIVE = [
    # state adjective + title + name
    (
        "Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Sunday.",
        {("Hakan Fidan", "foreign_minister", "TR")},
    ),
    (
        "Iraqi Prime Minister Mohammed Shia al-Sudani chaired the cabinet session.",
        {("Mohammed Shia al-Sudani", "head_of_government", "IQ")},
    ),
    (
        "Saudi Crown Prince Mohammed bin Salman received the delegation in Riyadh.",
        {("Mohammed bin Salman", "official", "SA")},
    ),
    (
        "Egyptian Finance Minister Ahmed Kouchouk presented the budget to parliament.",
        {("Ahmed Kouchouk", "finance_minister", "EG")},
    ),
    (
        "Lebanese Interior Minister Ahmad Hajjar inspected the border crossing.",
        {("Ahmad Hajjar", "interior_minister", "LB")},
    ),
    # possessive state, British and American spellings
    (
        "Syria's Defense Minister Murhaf Abu Qasra visited the military academy.",
        {("Murhaf Abu Qasra", "defence_minister", "SY")},
    ),
    (
        "Jordan’s Defence Minister Ali Hussein inspected the new base.",
        {("Ali Hussein", "defence_minister", "JO")},
    ),
    (
        "Turkey's foreign minister, Hakan Fidan, said talks would continue.",
        {("Hakan Fidan", "foreign_minister", "TR")},
    ),
    # a state name as a modifier
    (
        "US Secretary of State Marco Rubio spoke by phone with his counterparts.",
        {("Marco Rubio", "foreign_minister", "US")},
    ),
    (
        "Iran Foreign Minister Abbas Araghchi left Tehran for Muscat.",
        {("Abbas Araghchi", "foreign_minister", "IR")},
    ),
    (
        "The talks were chaired by the US Secretary of Defense Lloyd Austin.",
        {("Lloyd Austin", "defence_minister", "US")},
    ),
    # of + state after the title or after the name
    (
        "The Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov called his colleague.",
        {("Jeyhun Bayramov", "foreign_minister", "AZ")},
    ),
    (
        "A call was held with the Minister of Foreign Affairs of the Islamic Republic of Iran "
        "Abbas Araghchi on Monday.",
        {("Abbas Araghchi", "foreign_minister", "IR")},
    ),
    (
        "President Ahmed al-Sharaa of Syria opened the conference.",
        {("Ahmed al-Sharaa", "head_of_state", "SY")},
    ),
    (
        "He met the Chief of Staff of the Turkish Army, Selcuk Bayraktaroglu, on Friday.",
        {("Selcuk Bayraktaroglu", "chief_of_staff", "TR")},
    ),
    # apposition
    (
        "Hakan Fidan, Turkey's foreign minister, said the border was secure.",
        {("Hakan Fidan", "foreign_minister", "TR")},
    ),
    (
        "Hakan Fidan, the Turkish foreign minister, arrived late.",
        {("Hakan Fidan", "foreign_minister", "TR")},
    ),
    (
        "Ayman Safadi, Jordan's foreign minister, returned to Amman.",
        {("Ayman Safadi", "foreign_minister", "JO")},
    ),
    # counterpart takes the antecedent's post, with its own state
    (
        "Turkish Foreign Minister Hakan Fidan met his Syrian counterpart Asaad al-Shaibani.",
        {
            ("Hakan Fidan", "foreign_minister", "TR"),
            ("Asaad al-Shaibani", "foreign_minister", "SY"),
        },
    ),
    (
        "Jordanian Interior Minister Mazen al-Faraya received his Iraqi counterpart, "
        "Abdul Amir al-Shammari, in Amman.",
        {
            ("Mazen al-Faraya", "interior_minister", "JO"),
            ("Abdul Amir al-Shammari", "interior_minister", "IQ"),
        },
    ),
    # coordinated plural titles
    (
        "Foreign Ministers Hakan Fidan of Turkey and Asaad al-Shaibani of Syria met in Ankara.",
        {
            ("Hakan Fidan", "foreign_minister", "TR"),
            ("Asaad al-Shaibani", "foreign_minister", "SY"),
        },
    ),
    # two posts, one person
    (
        "Iraqi Deputy Prime Minister and Foreign Minister Fuad Hussein received the envoy.",
        {
            ("Fuad Hussein", "deputy_head_of_government", "IQ"),
            ("Fuad Hussein", "foreign_minister", "IQ"),
        },
    ),
    (
        "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani "
        "hosted the talks.",
        {
            ("Mohammed bin Abdulrahman Al Thani", "head_of_government", "QA"),
            ("Mohammed bin Abdulrahman Al Thani", "foreign_minister", "QA"),
        },
    ),
    # ranks, honorifics and royal styles before the name
    (
        "Syrian Defense Minister Maj. Gen. Murhaf Abu Qasra toured the front line.",
        {("Murhaf Abu Qasra", "defence_minister", "SY")},
    ),
    (
        "Turkish Chief of General Staff Gen. Selcuk Bayraktaroglu received the delegation.",
        {("Selcuk Bayraktaroglu", "chief_of_staff", "TR")},
    ),
    (
        "Saudi Minister of Defense Prince Khalid bin Salman arrived in Washington.",
        {("Khalid bin Salman", "defence_minister", "SA")},
    ),
    (
        "Omani Foreign Minister Sayyid Badr Albusaidi hosted the round of talks.",
        {("Badr Albusaidi", "foreign_minister", "OM")},
    ),
    # name particles
    (
        "Mauritanian Foreign Minister Mohamed Salem Ould Merzoug attended the summit.",
        {("Mohamed Salem Ould Merzoug", "foreign_minister", "MR")},
    ),
    (
        "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud landed in Cairo.",
        {("Faisal bin Farhan Al Saud", "foreign_minister", "SA")},
    ),
    (
        "Egyptian President Abdel Fattah el-Sisi addressed the nation.",
        {("Abdel Fattah el-Sisi", "head_of_state", "EG")},
    ),
    # ambassadors and envoys: the sending state, not the host
    (
        "The US ambassador to Turkey Tom Barrack visited Damascus.",
        {("Tom Barrack", "ambassador", "US")},
    ),
    (
        "Turkey's ambassador to Syria Nuh Yilmaz met local officials.",
        {("Nuh Yilmaz", "ambassador", "TR")},
    ),
    (
        "US special envoy for Syria Tom Barrack held talks in Beirut.",
        {("Tom Barrack", "envoy", "US")},
    ),
    # spokespersons and organization heads
    (
        "Iranian Foreign Ministry spokesman Esmaeil Baghaei rejected the claims.",
        {("Esmaeil Baghaei", "spokesperson", "IR")},
    ),
    (
        "Tamer Hosny, spokesperson for the Egyptian Ministry of Foreign Affairs, said the "
        "call was cordial.",
        {("Tamer Hosny", "spokesperson", "EG")},
    ),
    (
        "Turkish intelligence chief Ibrahim Kalin travelled to Damascus.",
        {("Ibrahim Kalin", "intelligence_chief", "TR")},
    ),
    (
        "The head of Turkey's National Intelligence Organization (MIT) Ibrahim Kalin was present.",
        {("Ibrahim Kalin", "intelligence_chief", "TR")},
    ),
    (
        "Lebanese Army Commander Rodolphe Haykal thanked the donors.",
        {("Rodolphe Haykal", "military_commander", "LB")},
    ),
    # a possessive after the name is not part of it
    (
        "Egyptian President Abdel Fattah al-Sisi's office issued a statement.",
        {("Abdel Fattah al-Sisi", "head_of_state", "EG")},
    ),
    # a list takes the state of the official it continues
    (
        "The envoy met Syrian President Ahmed al-Sharaa, Foreign Minister Asaad al-Shaibani, "
        "and intelligence chief Hussein al-Salama in Damascus.",
        {
            ("Ahmed al-Sharaa", "head_of_state", "SY"),
            ("Asaad al-Shaibani", "foreign_minister", "SY"),
            ("Hussein al-Salama", "intelligence_chief", "SY"),
        },
    ),
    # a bare title: the state only if the text or the gazetteer gives it, else none
    (
        "President Ahmed al-Sharaa chaired the meeting.",
        {("Ahmed al-Sharaa", "head_of_state", "SY")},
    ),
    (
        "President Rami Haddad chaired the meeting.",
        {("Rami Haddad", "head_of_state", None)},
    ),
    # a later surname alone merges with the full name (no second person)
    (
        "Israeli Defense Minister Yoav Katz spoke with his staff. Later, Minister Katz flew north.",
        {("Yoav Katz", "defence_minister", "IL")},
    ),
    # a portfolio before or after minister
    (
        "Qatari Minister of Energy Saad al-Kaabi signed the supply deal.",
        {("Saad al-Kaabi", "minister", "QA")},
    ),
    (
        "Emirati Economy Minister Abdulla bin Touq attended the forum.",
        {("Abdulla bin Touq", "minister", "AE")},
    ),
    # an adviser to a state's president
    (
        "Jake Sullivan, national security adviser to US President Joe Biden, hosted the talks.",
        {("Jake Sullivan", "adviser", "US"), ("Joe Biden", "head_of_state", "US")},
    ),
    # the Minister of Foreign Affairs, a long portfolio, a nationality in it
    (
        "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, "
        "Nasser Bourita, held talks in Rabat.",
        {("Nasser Bourita", "foreign_minister", "MA")},
    ),
    # states from the sentence's context
    (
        "Jordan's Foreign Minister Ayman Safadi, Interior Minister Mazen al-Faraya and army "
        "chief Maj. Gen. Yousef Huneiti attended the meeting.",
        {
            ("Ayman Safadi", "foreign_minister", "JO"),
            ("Mazen al-Faraya", "interior_minister", "JO"),
            ("Yousef Huneiti", "military_commander", "JO"),
        },
    ),
    (
        "Safadi met a Syrian delegation including Foreign Minister Asaad al-Shaibani.",
        {("Asaad al-Shaibani", "foreign_minister", "SY")},
    ),
    (
        "Esmaeil Baghaei, spokesman at the Iranian Foreign Ministry, rejected the claims.",
        {("Esmaeil Baghaei", "spokesperson", "IR")},
    ),
    (
        "Lt. Gen. Selcuk Bayraktaroglu, Turkey's chief of general staff, met Dr. Ahmed Hassan.",
        {("Selcuk Bayraktaroglu", "chief_of_staff", "TR")},
    ),
    (
        "Egyptian Foreign Minister Badr Abdelatty and his Omani counterpart Badr Albusaidi "
        "spoke by phone on Tuesday.",
        {
            ("Badr Abdelatty", "foreign_minister", "EG"),
            ("Badr Albusaidi", "foreign_minister", "OM"),
        },
    ),
    # unnamed members after a minister's name are no second post of his
    (
        "A Syrian delegation led by Foreign Minister Asaad al-Shaibani, the defence minister "
        "and the head of intelligence held talks in Ankara.",
        {("Asaad al-Shaibani", "foreign_minister", "SY")},
    ),
    # two words glued where a line break was lost
    (
        "He is a close aide of Israeli Prime Minister Benjamin NetanyahuHe had traveled to Moscow.",
        {("Benjamin Netanyahu", "head_of_government", "IL")},
    ),
    # a top diplomat, an external affairs minister, is a foreign minister
    (
        "Indian External Affairs Minister Subrahmanyam Jaishankar met the delegation.",
        {("Subrahmanyam Jaishankar", "foreign_minister", "IN")},
    ),
    # a top diplomat is a foreign minister
    (
        "Oman's top diplomat Badr Albusaidi arrived in Tehran on Sunday.",
        {("Badr Albusaidi", "foreign_minister", "OM")},
    ),
    # the head of a ministry is its minister; the state after "of"
    (
        "The call was held between the head of the Ministry of Foreign Affairs of Iran "
        "Hussein Amir Abdollahian and a Qatari official.",
        {("Hussein Amir Abdollahian", "foreign_minister", "IR")},
    ),
    (
        "He met the head of the Jordanian Ministry of Interior Mazen Faraya on Monday.",
        {("Mazen Faraya", "interior_minister", "JO")},
    ),
    # a new clause after a full name with its state is no list: the state stays unknown
    (
        "Wang Yi will travel to Washington at the invitation of US Secretary of State Antony "
        "Blinken, Foreign Ministry spokesperson Li Wenhua announced on Tuesday.",
        {("Antony Blinken", "foreign_minister", "US"), ("Li Wenhua", "spokesperson", None)},
    ),
    # the gazetteer knows whom a person serves when the text does not say
    (
        "His Majesty King Mohammed VI received President Abdel Fattah al-Sisi and Minister "
        "Karim Haddad.",
        {
            ("Mohammed VI", "head_of_state", "MA"),
            ("Abdel Fattah al-Sisi", "head_of_state", "EG"),
            ("Karim Haddad", "minister", None),
        },
    ),
    # ... while "and" joins a list that a surname opens
    (
        "US President Joe Biden spoke first. Sudani later held talks with Biden and Defense "
        "Secretary Lloyd Austin.",
        {("Joe Biden", "head_of_state", "US"), ("Lloyd Austin", "defence_minister", "US")},
    ),
    # the secretary of a security council is an official, not a cabinet secretary
    (
        "Russian Security Council Secretary Tarven Oskalid spoke to reporters.",
        {("Tarven Oskalid", "official", "RU")},
    ),
    (
        "Iranian Supreme National Security Council Secretary Darvel Moskan visited Baghdad.",
        {("Darvel Moskan", "official", "IR")},
    ),
    # a described official, then "and" and another's capitalised title: two people
    (
        "The statement said the Swiss ambassador and Chief of Army Staff Gen Tarven Oskalid discussed security.",
        {("Tarven Oskalid", "chief_of_staff", None)},
    ),
    # an acting holder written with a hyphen holds the post
    (
        "The minister met the US Acting-Ambassador to the Republic of Yemen Tarven Oskalid.",
        {("Tarven Oskalid", "ambassador", "US")},
    ),
    # the chair of an international body's commission: an official of the body
    (
        "The Chairperson of the African Union Commission, H.E. Tarven Oskalid, received the envoy.",
        {("Tarven Oskalid", "official", None)},
    ),
    # a president with no state stated, and his other post in a state: both posts, one state
    (
        "Gen Tarven Oskalid called on President Arvid Kenning, who is the Commander-in-Chief of the Sri Lankan Armed Forces.",
        {("Arvid Kenning", "head_of_state", "LK"), ("Arvid Kenning", "military_commander", "LK")},
    ),
    # titles only the UK uses give the UK
    (
        "Secretary of State for Defence Tarven Oskalid has concluded a visit to Washington.",
        {("Tarven Oskalid", "defence_minister", "GB")},
    ),
    (
        "Chancellor of the Exchequer Darvel Moskan presented the budget.",
        {("Darvel Moskan", "finance_minister", "GB")},
    ),
]

# Families of titles and names written out from lists, each with invented names.
FAMILIES = [
    # middle initials and generational suffixes are part of the name
    (
        "Secretary of State Tarven J. Oskalid met the Omani foreign minister.",
        {("Tarven J. Oskalid", "foreign_minister", None)},
    ),
    (
        "US Secretary of Defense Marlo K. Denfeth III spoke by phone on Monday.",
        {("Marlo K. Denfeth III", "defence_minister", "US")},
    ),
    (
        "The French Consul General in Basra, Orla Vintrey Jr. attended the ceremony.",
        {("Orla Vintrey Jr.", "official", "FR")},
    ),
    # nobility and courtesy before a name are not part of it, in either order
    (
        "British Foreign Secretary Lord Tarven Oskalid met Sir Marlo Denfeth, the UK "
        "ambassador to Jordan.",
        {("Tarven Oskalid", "foreign_minister", "GB"), ("Marlo Denfeth", "ambassador", "GB")},
    ),
    (
        "Dame Orla Vintrey, the British ambassador to Oman, received Baroness Keld Amarin.",
        {("Orla Vintrey", "ambassador", "GB")},
    ),
    (
        "The Minister of Cabinet Affairs of Bahrain, HE Selim Dorvane, attended the meeting.",
        {("Selim Dorvane", "minister", "BH")},
    ),
    # a seat of government stands for its state
    (
        "Pentagon Press Secretary Tarven Oskalid provided the following readout.",
        {("Tarven Oskalid", "spokesperson", "US")},
    ),
    (
        "Kremlin spokesman Marlo Denfeth told reporters the talks would go on.",
        {("Marlo Denfeth", "spokesperson", "RU")},
    ),
    (
        "White House Chief of Staff Orla Vintrey joined the call.",
        {("Orla Vintrey", "official", "US")},
    ),
    # ... and so does an institution only one state has, before or inside the title
    (
        "IDF Chief of Staff Lt. Gen. Tarven Oskalid visited the border.",
        {("Tarven Oskalid", "chief_of_staff", "IL")},
    ),
    (
        "IRGC commander Maj. Gen. Marlo Denfeth warned the militias.",
        {("Marlo Denfeth", "military_commander", "IR")},
    ),
    (
        "CIA Director Selim Dorvane travelled to Cairo.",
        {("Selim Dorvane", "intelligence_chief", "US")},
    ),
    (
        "The head of the Iranian Quds Force, Keld Amarin, met the delegation.",
        {("Keld Amarin", "military_commander", "IR")},
    ),
    # diplomats below the ambassador, with their host
    (
        "Marlo Denfeth, the military attache at the French Embassy in Oman, was present.",
        {("Marlo Denfeth", "official", "FR")},
    ),
    (
        "The Egyptian chargé d'affaires in Rome, Selim Dorvane, handed over the letter.",
        {("Selim Dorvane", "official", "EG")},
    ),
    (
        "Jordanian Consul-General Keld Amarin visited the detainees.",
        {("Keld Amarin", "official", "JO")},
    ),
    # UK and US titles, ministers of state, under-secretaries
    (
        "Tarven Oskalid, Minister of State for Defence Affairs of the UAE, received them.",
        {("Tarven Oskalid", "minister", "AE")},
    ),
    (
        "Marlo Denfeth, Under-Secretary of the Egyptian Ministry of Defence, attended.",
        {("Marlo Denfeth", "deputy_minister", "EG")},
    ),
    (
        "British Secretary of State for Defence Orla Vintrey arrived in Amman.",
        {("Orla Vintrey", "defence_minister", "GB")},
    ),
    # cabinet portfolios beyond the four, and a portfolio of two parts
    (
        "Egyptian Minister of Health and Population Tarven Oskalid opened the ward.",
        {("Tarven Oskalid", "minister", "EG")},
    ),
    (
        "Kuwaiti Minister of Petroleum Marlo Denfeth met Iraq's Electricity Minister "
        "Selim Dorvane.",
        {("Marlo Denfeth", "minister", "KW"), ("Selim Dorvane", "minister", "IQ")},
    ),
    (
        "Jordanian Minister of Economy and Digital Transformation Keld Amarin spoke.",
        {("Keld Amarin", "minister", "JO")},
    ),
    # several titles for one name: listed, or across an honorific
    (
        "Kuwaiti Deputy Prime Minister, Interior Minister and State Minister of Cabinet "
        "Affairs Tarven Oskalid met him.",
        {
            ("Tarven Oskalid", "deputy_head_of_government", "KW"),
            ("Tarven Oskalid", "interior_minister", "KW"),
            ("Tarven Oskalid", "minister", "KW"),
        },
    ),
    (
        "Saudi Minister of Defense His Royal Highness Crown Prince Tarven bin Marlo met the envoy.",
        {("Tarven bin Marlo", "defence_minister", "SA"), ("Tarven bin Marlo", "official", "SA")},
    ),
    (
        "Omani Prince Selim bin Keld, the Crown Prince, Deputy Supreme Commander of the "
        "Armed Forces and Prime Minister, received him.",
        {
            ("Selim bin Keld", "official", "OM"),
            ("Selim bin Keld", "head_of_government", "OM"),
        },
    ),
    # deputy chiefs and deputy commanders are officials; armed services before a title
    (
        "Kuwait Army Deputy Chief of Staff Lt Gen Tarven Oskalid attended the meeting.",
        {("Tarven Oskalid", "official", "KW")},
    ),
    (
        "Deputy Chief of Kuwait National Guard Lt Gen Sheikh Marlo Denfeth met him.",
        {("Marlo Denfeth", "official", "KW")},
    ),
    (
        "The Qatari Armed Forces Chief of Staff Major General Keld Amarin held a meeting.",
        {("Keld Amarin", "chief_of_staff", "QA")},
    ),
    # commanders of a named command, in a list of titles; "Commander of" is no rank
    (
        "The king received the Commander of US Naval Forces Central Command, and Commander "
        "of Combined Maritime Forces, Vice Admiral Corwin B. Haldane II, at the palace.",
        {("Corwin B. Haldane II", "military_commander", "US")},
    ),
    # a list of "NAME, TITLE," items: each title is the name's before it
    (
        "The talks were attended by Tarven Oskalid, Chief of Staff of the Omani Armed "
        "Forces, Marlo Denfeth, Under-Secretary of the Ministry of Defence, and officers.",
        {("Tarven Oskalid", "chief_of_staff", "OM"), ("Marlo Denfeth", "deputy_minister", "OM")},
    ),
    (
        "Present were Selim Dorvane, the Jordanian interior minister, Keld Amarin, Director "
        "General of the Public Security Directorate, and aides.",
        {("Selim Dorvane", "interior_minister", "JO"), ("Keld Amarin", "director_general", "JO")},
    ),
    (
        "He met Orla Vintrey, Director of the Bahraini Civil Aviation Authority, Tarven "
        "Oskalid, Undersecretary of the Ministry of Interior, and others.",
        {("Orla Vintrey", "director_general", "BH"), ("Tarven Oskalid", "deputy_minister", "BH")},
    ),
    # an adviser or envoy to a region
    (
        "He received the UK Defence Senior Adviser to the Middle East Tarven Oskalid.",
        {("Tarven Oskalid", "adviser", "GB")},
    ),
    (
        "French Special Envoy to the Sahel Marlo Denfeth arrived on Monday.",
        {("Marlo Denfeth", "envoy", "FR")},
    ),
    (
        "The US Special Envoy to the Horn of Africa, Orla Vintrey, met the minister.",
        {("Orla Vintrey", "envoy", "US")},
    ),
    # a counterpart shares the portfolio of a person with several posts
    (
        "Jordanian Deputy Prime Minister and Foreign Minister Tarven Oskalid spoke with his "
        "Dutch counterpart Orla Vintrey.",
        {
            ("Tarven Oskalid", "deputy_head_of_government", "JO"),
            ("Tarven Oskalid", "foreign_minister", "JO"),
            ("Orla Vintrey", "foreign_minister", "NL"),
        },
    ),
    (
        "Kuwaiti Deputy Prime Minister and Minister of Defence Selim Dorvane received his "
        "Iraqi counterpart Keld Amarin.",
        {
            ("Selim Dorvane", "deputy_head_of_government", "KW"),
            ("Selim Dorvane", "defence_minister", "KW"),
            ("Keld Amarin", "defence_minister", "IQ"),
        },
    ),
    (
        "The Crown Prince and Defence Minister of Saudi Arabia Tarven bin Marlo received "
        "his Omani counterpart Selim Dorvane.",
        {
            ("Tarven bin Marlo", "official", "SA"),
            ("Tarven bin Marlo", "defence_minister", "SA"),
            ("Selim Dorvane", "defence_minister", "OM"),
        },
    ),
    # a surname in capitals, or initials, beside a plain name word (labelled given name
    # first)
    (
        "Mr. OSKALID Tarven, Minister for Foreign Affairs of Japan, met the delegation.",
        {("Tarven Oskalid", "foreign_minister", "JP")},
    ),
    (
        "DENFETH Marlo, Ambassador of Japan to Egypt, said the visit was timely.",
        {("Marlo Denfeth", "ambassador", "JP")},
    ),
    (
        "Minister of Foreign Affairs of Bangladesh KA Selim Dorvane arrived in Cairo.",
        {("KA Selim Dorvane", "foreign_minister", "BD")},
    ),
    # permanent representatives and ambassadors to an international body
    (
        "The Permanent Representative of the Kingdom of Bahrain to the United Nations, H.E. "
        "Ambassador Tarven Oskalid, attended.",
        {("Tarven Oskalid", "ambassador", "BH")},
    ),
    (
        "Marlo Denfeth, Egypt's ambassador to the African Union, met the commissioner.",
        {("Marlo Denfeth", "ambassador", "EG")},
    ),
    (
        "Jordanian Permanent Representative to the Arab League Orla Vintrey spoke.",
        {("Orla Vintrey", "ambassador", "JO")},
    ),
    # a minister's long portfolio: "for ...", "and ..." up to the name
    (
        "The Minister of Foreign Affairs for International Relations and Cooperation of "
        "Gabon, Tarven Oskalid, received them.",
        {("Tarven Oskalid", "foreign_minister", "GA")},
    ),
    (
        "Ghana's Minister of Interior and Local Councils, Marlo Denfeth, arrived.",
        {("Marlo Denfeth", "interior_minister", "GH")},
    ),
    (
        "Iraqi Minister of Defence for Veterans and Martyrs, Orla Vintrey, attended.",
        {("Orla Vintrey", "defence_minister", "IQ")},
    ),
    # the head of an armed service then a rank: the rank opens the name
    (
        "Chinese head of Navy Adm. Tarven Oskalid agreed to meet.",
        {("Tarven Oskalid", "military_commander", "CN")},
    ),
    (
        "US chief of naval operations Adm. Marlo Denfeth spoke by video link.",
        {("Marlo Denfeth", "military_commander", "US")},
    ),
    (
        "Chinese State Councilor and Foreign Minister Orla Vintrey met here Wednesday.",
        {("Orla Vintrey", "official", "CN"), ("Orla Vintrey", "foreign_minister", "CN")},
    ),
    # a deputy of one of the four named ministries, "of" or "for" it
    (
        "Saudi Assistant Minister of Defense Eng. Tarven Oskalid attended the meeting.",
        {("Tarven Oskalid", "deputy_minister", "SA")},
    ),
    (
        "Omani Deputy Minister for Foreign Affairs Marlo Denfeth met the Assistant Minister "
        "of the Interior of Jordan, Orla Vintrey.",
        {("Marlo Denfeth", "deputy_minister", "OM"), ("Orla Vintrey", "deputy_minister", "JO")},
    ),
    (
        "The session was headed by Minister of Defense Affairs of the Kingdom of Bahrain "
        "Lieutenant-General Selim Dorvane.",
        {("Selim Dorvane", "defence_minister", "BH")},
    ),
    # his deputy X, her deputies X and Y: deputies of the post named before them
    (
        "The Head of the Presidential Council of Libya, Tarven Oskalid, and his deputies, "
        "Marlo Denfeth and Orla Vintrey, met the envoy.",
        {
            ("Tarven Oskalid", "head_of_state", "LY"),
            ("Marlo Denfeth", "deputy_head_of_state", "LY"),
            ("Orla Vintrey", "deputy_head_of_state", "LY"),
        },
    ),
    (
        "Jordanian Foreign Minister Selim Dorvane, accompanied by his deputy Keld Amarin, "
        "arrived in Cairo.",
        {("Selim Dorvane", "foreign_minister", "JO"), ("Keld Amarin", "deputy_minister", "JO")},
    ),
    (
        "Kuwaiti Prime Minister Orla Vintrey and her deputy Selim Dorvane attended.",
        {
            ("Orla Vintrey", "head_of_government", "KW"),
            ("Selim Dorvane", "deputy_head_of_government", "KW"),
        },
    ),
    # "at" and "as" alone are prepositions, not name particles
    (
        "Omani Defence Minister Tarven Oskalid received him at Al-Barka Palace.",
        {("Tarven Oskalid", "defence_minister", "OM")},
    ),
    (
        "Jordanian Foreign Minister Marlo Denfeth spoke as Egypt's envoy Orla Vintrey arrived.",
        {("Marlo Denfeth", "foreign_minister", "JO"), ("Orla Vintrey", "ambassador", "EG")},
    ),
    # an armed service before the rank of a title's holder; an acronym after the state
    (
        "Pentagon Press Secretary Air Force Brig. Gen. Tarven Oskalid gave the readout.",
        {("Tarven Oskalid", "spokesperson", "US")},
    ),
    (
        "Republic of Korea (ROK) Minister of National Defense Marlo Denfeth spoke.",
        {("Marlo Denfeth", "defence_minister", "KR")},
    ),
    # Minister for X, the Commonwealth form
    (
        "Australian Acting Minister for Defence Orla Vintrey met Ireland's Minister for "
        "Finance Selim Dorvane and the Indian Minister for Home Affairs Keld Amarin.",
        {
            ("Orla Vintrey", "defence_minister", "AU"),
            ("Selim Dorvane", "finance_minister", "IE"),
            ("Keld Amarin", "interior_minister", "IN"),
        },
    ),
    # "TITLE and [acting] TITLE NAME" is a list of NAME's titles, not an apposition
    (
        "Tarven Oskalid, Minister of Interior and acting Minister of Tourism Marlo Denfeth "
        "attended.",
        {("Marlo Denfeth", "interior_minister", None), ("Marlo Denfeth", "minister", None)},
    ),
    (
        "Present were Orla Vintrey, Minister of Finance and KRG acting Minister of Planning "
        "Selim Dorvane, and others.",
        {("Selim Dorvane", "minister", None)},
    ),
    (
        "Keld Amarin, Deputy Prime Minister and Minister of Interior, and Marlo Denfeth attended.",
        {
            ("Keld Amarin", "deputy_head_of_government", None),
            ("Keld Amarin", "interior_minister", None),
        },
    ),
    # "X, who heads the BODY" and "X, who is also TITLE"
    (
        "Tarven Oskalid, who heads the Egyptian Civil Aviation Authority, spoke.",
        {("Tarven Oskalid", "director_general", "EG")},
    ),
    (
        "Marlo Denfeth, who heads Jordan's General Intelligence Directorate, met him.",
        {("Marlo Denfeth", "intelligence_chief", "JO")},
    ),
    (
        "Orla Vintrey, who commands the Iraqi Army, met him.",
        {("Orla Vintrey", "military_commander", "IQ")},
    ),
    ("Selim Dorvane, who leads the Omani delegation, arrived.", set()),
    (
        "Keld Amarin, who is also Kuwait's oil minister, spoke.",
        {("Keld Amarin", "minister", "KW")},
    ),
    (
        "Selim Dorvane, who serves as Bahrain's interior minister, spoke.",
        {("Selim Dorvane", "interior_minister", "BH")},
    ),
    # a membership before the title, joined by "and", is one apposition
    (
        "Li Wenhao, member of the party's Political Bureau and Chinese foreign minister, spoke.",
        {("Li Wenhao", "foreign_minister", "CN")},
    ),
    (
        "Tanaka Revo, a senior member of the ruling council and Japanese defence minister, spoke.",
        {("Tanaka Revo", "defence_minister", "JP")},
    ),
    (
        "Orsa Kelim, Member of the Central Committee and Minister of Finance of Vietnam, spoke.",
        {("Orsa Kelim", "finance_minister", "VN")},
    ),
    ("The delegation included Yao Bing, Qiu Lan and the foreign minister.", set()),
    # the foreign ministries' other names
    (
        "Brazil's Minister of External Relations Mauro Tavesca spoke.",
        {("Mauro Tavesca", "foreign_minister", "BR")},
    ),
    (
        "Australian Minister for Foreign Affairs and Trade Penny Marlo spoke.",
        {("Penny Marlo", "foreign_minister", "AU")},
    ),
    (
        "South Africa's Minister of International Relations and Cooperation Naledi Moyo spoke.",
        {("Naledi Moyo", "foreign_minister", "ZA")},
    ),
    (
        "The Director of the General Intelligence Service of Egypt, Tarven Oskalid, met him.",
        {("Tarven Oskalid", "intelligence_chief", "EG")},
    ),
    # a monarch's single name, with its numeral; never a place named after one
    (
        "King Tarvan received Sultan Oskal and Emir Marlo in the capital.",
        {
            ("Tarvan", "head_of_state", None),
            ("Oskal", "head_of_state", None),
            ("Marlo", "head_of_state", None),
        },
    ),
    (
        "The Bahraini King Denfeth II received the minister.",
        {("Denfeth II", "head_of_state", "BH")},
    ),
    ("The delegation landed at King Tarvan Air Base.", set()),
    # (Sultan a given name, no throne; the fund's deputy head an official, as an agency's)
    (
        "He met the ambassador and Sultan Al-Oskali, deputy head of the fund.",
        {("Sultan Al-Oskali", "official", None)},
    ),
    # officers of international bodies serve no state; a Minister-President heads one
    (
        "UN Deputy Secretary-General Marlo Denfeth and EU Commissioner Orla Vintrey visited.",
        {("Marlo Denfeth", "official", None), ("Orla Vintrey", "official", None)},
    ),
    (
        "Dutch Minister-President Tarven Oskalid met the Egyptian ambassador.",
        {("Tarven Oskalid", "head_of_government", "NL")},
    ),
    # an adviser or spokesperson of an official takes that official's state
    (
        "U.S. President Tarven Oskalid's national security adviser Marlo Denfeth met him.",
        {("Tarven Oskalid", "head_of_state", "US"), ("Marlo Denfeth", "adviser", "US")},
    ),
    (
        "Egyptian Foreign Minister Selim Dorvane's spokesman Keld Amarin said.",
        {("Selim Dorvane", "foreign_minister", "EG"), ("Keld Amarin", "spokesperson", "EG")},
    ),
    (
        "Orla Vintrey, a senior adviser to the Saudi crown prince, said.",
        {("Orla Vintrey", "adviser", "SA")},
    ),
    (
        "Iranian Supreme Leader Ayatollah Tarven Oskalid said.",
        {("Tarven Oskalid", "head_of_state", "IR")},
    ),
    # the side a member signs or attends for
    (
        "The memorandum was signed on the Qatari side by HE the Armed Forces Chief of Staff "
        "Tarven Oskalid and for Iran by the visiting Minister of Defence Marlo Denfeth.",
        {("Tarven Oskalid", "chief_of_staff", "QA"), ("Marlo Denfeth", "defence_minister", "IR")},
    ),
    (
        "The Jordanian side was represented by Minister of Interior Selim Dorvane.",
        {("Selim Dorvane", "interior_minister", "JO")},
    ),
    (
        "The talks were attended from the Omani side by the Chief of Staff Orla Vintrey.",
        {("Orla Vintrey", "chief_of_staff", "OM")},
    ),
    # a counterpart whose given name is also a title word
    (
        "Jordanian Defence Minister Tarven Oskalid met his Iranian counterpart Amir Denfeth.",
        {("Tarven Oskalid", "defence_minister", "JO"), ("Amir Denfeth", "defence_minister", "IR")},
    ),
    (
        "Omani Foreign Minister Orla Vintrey called her Pakistani counterpart Sultan Marlo Keld.",
        {
            ("Orla Vintrey", "foreign_minister", "OM"),
            ("Sultan Marlo Keld", "foreign_minister", "PK"),
        },
    ),
    # "senior Turkish officials, including ...": the officials' state
    (
        "It was attended by senior Turkish officials, including Chief of General Staff Gen. "
        "Tarven Oskalid and Deputy Foreign Ministers Marlo Denfeth and Orla Vintrey.",
        {
            ("Tarven Oskalid", "chief_of_staff", "TR"),
            ("Marlo Denfeth", "deputy_minister", "TR"),
            ("Orla Vintrey", "deputy_minister", "TR"),
        },
    ),
    (
        "Egyptian officers, including Air Force Commander Selim Dorvane, attended.",
        {("Selim Dorvane", "military_commander", "EG")},
    ),
    # "the country's X": the one state just named, and no guess between two
    (
        "He came with Oman's foreign minister, Tarven Oskalid, and the country's intelligence "
        "chief, Marlo Denfeth.",
        {
            ("Tarven Oskalid", "foreign_minister", "OM"),
            ("Marlo Denfeth", "intelligence_chief", "OM"),
        },
    ),
    (
        "The delegation arrived in Kuwait. The emirate's foreign minister, Orla Vintrey, "
        "received it.",
        {("Orla Vintrey", "foreign_minister", "KW")},
    ),
    (
        "Jordan's king met Egypt's president. The country's foreign minister Selim Dorvane "
        "attended.",
        {("Selim Dorvane", "foreign_minister", None)},
    ),
    # the president of a body that is no state chairs it; of a state, heads it
    (
        "Tarven Oskalid, President of the Egyptian Olympic Committee, spoke.",
        {("Tarven Oskalid", "official", "EG")},
    ),
    (
        "He received the President of the Military Committee of the North Atlantic Treaty "
        "Organization (NATO), Admiral Marlo Denfeth.",
        {("Marlo Denfeth", "official", None)},
    ),
    (
        "Egyptian President Orla Vintrey met the President of the Russian Federation Selim "
        "Dorvane.",
        {("Orla Vintrey", "head_of_state", "EG"), ("Selim Dorvane", "head_of_state", "RU")},
    ),
    # an acronym in brackets inside or after a title
    (
        "The Chief of Staff of the People's National Army (ANP) of Algeria, Keld Amarin, "
        "received him.",
        {("Keld Amarin", "chief_of_staff", "DZ")},
    ),
    (
        "He met the Permanent Representative of the Republic of Iraq to the United Nations "
        "(UNESCO), Ambassador Tarven Oskalid.",
        {("Tarven Oskalid", "ambassador", "IQ")},
    ),
    # a title only one state has; a royal title right after another
    (
        "Jordan's King Tarvan received the President of the Palestinian Authority Marlo Denfeth.",
        {("Tarvan", "head_of_state", "JO"), ("Marlo Denfeth", "head_of_state", "PS")},
    ),
    (
        "The Custodian of the Two Holy Mosques King Selim received him.",
        {("Selim", "head_of_state", "SA")},
    ),
    (
        "Saudi Minister of Defence Crown Prince Tarven bin Marlo met the envoy.",
        {("Tarven bin Marlo", "defence_minister", "SA"), ("Tarven bin Marlo", "official", "SA")},
    ),
    # an armed service in lower case after the state
    (
        "Israeli military spokesman Rear Admiral Selim Dorvane said the strikes continued.",
        {("Selim Dorvane", "spokesperson", "IL")},
    ),
    (
        "Egyptian army spokesman Colonel Tarven Oskalid said.",
        {("Tarven Oskalid", "spokesperson", "EG")},
    ),
    # a special adviser advises; an envoy is sent
    (
        "British Prime Minister Keld Amarin's special adviser Tarven Oskalid resigned.",
        {("Keld Amarin", "head_of_government", "GB"), ("Tarven Oskalid", "adviser", "GB")},
    ),
    # the head of a council that leads a state, of a government that runs it
    (
        "He was invited by the President of the Libyan Presidential Council, Tarven Oskalid.",
        {("Tarven Oskalid", "head_of_state", "LY")},
    ),
    (
        "Head of the Sudanese Sovereign Council, Marlo Denfeth, met the head of the Libyan "
        "National Unity Government, Orla Vintrey, in Tripoli.",
        {("Marlo Denfeth", "head_of_state", "SD"), ("Orla Vintrey", "head_of_government", "LY")},
    ),
    (
        "He was received by the prime minister of the Libyan Government of National Unity, "
        "Selim Dorvane.",
        {("Selim Dorvane", "head_of_government", "LY")},
    ),
    # the head, director or president of an agency or authority is its director general
    (
        "The Director of the Federal Service of Military Cooperation of the Russian "
        "Federation, Tarven Oskalid, was received.",
        {("Tarven Oskalid", "director_general", "RU")},
    ),
    (
        "Marlo Denfeth, head of the Egyptian Civil Aviation Authority, spoke.",
        {("Marlo Denfeth", "director_general", "EG")},
    ),
    (
        "Selim Dorvane, President of the Jordanian Investment Authority, spoke.",
        {("Selim Dorvane", "director_general", "JO")},
    ),
    (
        "Tunisian Director General of the Customs Directorate Keld Amarin said.",
        {("Keld Amarin", "director_general", "TN")},
    ),
]

NEGATIVE = [
    # a name with no post
    "Hakan Fidan arrived in the capital late on Monday.",
    # a post with no name
    "The Turkish foreign minister said his country supports a political solution.",
    "Egypt and Iran foreign ministers expressed concern over the escalation.",
    # the title itself is no name
    "Turkish Foreign Minister said on Monday that talks would go on.",
    # a street or an airport named after a person
    "Traffic was diverted along King Fahd Street in the morning.",
    "The flight landed at President Ahmed Ben Bella Airport on time.",
    # a single word is a name only as a known surname (of someone the article named, or
    # of the one official of the gazetteer by it)
    "President Zarqoun's remarks were welcomed.",
    # a headline in title case names nobody
    "Prime Minister Receives Call From Foreign Minister",
]

# (sentence, name, role, state, status) for posts that are not current
STATUS = [
    # then- and ex- glued to the title
    (
        "The talks were the first since then-foreign minister Karim Haddad visited in 2011.",
        "Karim Haddad",
        "foreign_minister",
        None,
        "former",
    ),
    (
        "Jordan's ex-defence minister Sami Haddad criticised the plan.",
        "Sami Haddad",
        "defence_minister",
        "JO",
        "former",
    ),
    (
        "Prime Minister-designate Nawaf Salam began consultations.",
        "Nawaf Salam",
        "head_of_government",
        None,
        "designate",
    ),
    (
        "Lebanon's prime minister-designate Nawaf Salam met the blocs.",
        "Nawaf Salam",
        "head_of_government",
        "LB",
        "designate",
    ),
    (
        "Former Foreign Minister Mevlut Cavusoglu gave a lecture.",
        "Mevlut Cavusoglu",
        "foreign_minister",
        None,
        "former",
    ),
    (
        "The former Iraqi prime minister Haider al-Abadi criticised the plan.",
        "Haider al-Abadi",
        "head_of_government",
        "IQ",
        "former",
    ),
    (
        "Parliament nominated Ali Hassan as interior minister.",
        "Ali Hassan",
        "interior_minister",
        None,
        "designate",
    ),
    (
        "Samir Haddad was nominated as the new Jordanian finance minister on Sunday.",
        "Samir Haddad",
        "finance_minister",
        "JO",
        "designate",
    ),
]


def _findings(text: str):
    return official_findings(Article(id="t", text=text, lang="en"))


def _tuples(text: str) -> set[tuple[str, str, str | None]]:
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    return {(names[t.person], t.role, t.country) for t in ex.tenures if t.status == "current"}


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_extract_english_officials(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), FAMILIES)
def test_extract_english_families_of_titles(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_extract_english_no_official(sentence):
    assert _tuples(sentence) == set()


@pytest.mark.parametrize(("sentence", "name", "role", "country", "status"), STATUS)
def test_extract_english_status(sentence, name, role, country, status):
    got = {(f.name, f.role, f.country, f.status) for f in _findings(sentence)}
    assert (name, role, country, status) in got
    assert _tuples(sentence) == set()


def test_extract_english_rank_on_finding():
    (f,) = _findings("Syrian Defense Minister Lt. Gen. Murhaf Abu Qasra met the officers.")
    assert (f.name, f.rank, f.rule) == ("Murhaf Abu Qasra", "lieutenant_general", "en.title_name")


def test_extract_english_alias_points_back():
    found = _findings(
        "Israeli Defense Minister Yoav Katz met the envoy. Minister Katz said "
        "the meeting went well."
    )
    assert [f.name for f in found] == ["Yoav Katz", "Katz"]
    assert found[1].alias_of == 0 and found[1].generic


def test_extract_english_dateline_not_for_a_known_foreigner():
    text = "ANKARA (AA) - President Abdel Fattah al-Sisi received Minister Karim Haddad."
    assert _tuples(text) == {
        ("Abdel Fattah al-Sisi", "head_of_state", "EG"),
        ("Karim Haddad", "minister", "TR"),
    }


def test_extract_english_generic_bare_title():
    (f,) = _findings("President Tarven Oskalid chaired the meeting.")
    assert f.generic and f.country is None


def test_extract_english_org_of_an_army_spokesperson():
    (f,) = _findings("Egyptian army spokesman Colonel Tarven Oskalid said.")
    assert (f.role, f.org, f.country) == ("spokesperson", "armed_forces", "EG")


def test_extract_english_org_of_spokesperson():
    (f,) = _findings("Iranian Foreign Ministry spokesman Esmaeil Baghaei spoke to reporters.")
    assert (f.role, f.org, f.country) == ("spokesperson", "mfa", "IR")


def test_extract_english_dateline_fills_unstated_state():
    text = "ANKARA (Reuters) - Foreign Minister Tarven Oskalid said on Monday talks would resume."
    (f,) = _findings(text)
    assert (f.country, f.rule) == ("TR", "en.title_name+dateline")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story filed at home about its own officials: the dateline holds throughout
        (
            "KUWAIT: Kuwaiti Army Chief of Staff Tarven Oskalid received the envoy. "
            "Meanwhile, the chief met with Interior Minister Marlo Denfeth in his office.",
            {
                ("Tarven Oskalid", "chief_of_staff", "KW"),
                ("Marlo Denfeth", "interior_minister", "KW"),
            },
        ),
        (
            "AMMAN (Petra) - Jordanian Prime Minister Orla Vintrey chaired the session. "
            "Later, Finance Minister Selim Dorvane presented the budget.",
            {
                ("Orla Vintrey", "head_of_government", "JO"),
                ("Selim Dorvane", "finance_minister", "JO"),
            },
        ),
        # ... but not for a post held abroad
        (
            "DOHA: Qatari Foreign Minister Keld Amarin met the delegation. "
            "Ambassador Tarven Oskalid attended the talks.",
            {("Keld Amarin", "foreign_minister", "QA"), ("Tarven Oskalid", "ambassador", None)},
        ),
        # ... except in a sentence that names another state
        (
            "AMMAN (Petra) - Jordanian Prime Minister Orla Vintrey chaired the session. "
            "Later, she spoke of Syria with Defence Minister Selim Dorvane.",
            {
                ("Orla Vintrey", "head_of_government", "JO"),
                ("Selim Dorvane", "defence_minister", None),
            },
        ),
        # a coalition's commander in the lead serves no state the dateline names
        (
            "ERBIL (Rudaw) - Iraqi Defence Minister Keld Amarin met a delegation led by Major "
            "General Marlo Denfeth, the commanding general of the Combined Joint Task "
            "Force-Operation Desert Guard.",
            {
                ("Keld Amarin", "defence_minister", "IQ"),
                ("Marlo Denfeth", "military_commander", None),
            },
        ),
        (
            "DOHA: Qatari Foreign Minister Keld Amarin received Selim Dorvane, Commander of "
            "the Global Coalition against piracy.",
            {
                ("Keld Amarin", "foreign_minister", "QA"),
                ("Selim Dorvane", "military_commander", None),
            },
        ),
        # a story filed abroad: the dateline speaks for its lead only
        (
            "CAIRO: Omani Foreign Minister Keld Amarin arrived on Monday. "
            "Later, Defence Minister Marlo Denfeth joined the talks.",
            {
                ("Keld Amarin", "foreign_minister", "OM"),
                ("Marlo Denfeth", "defence_minister", None),
            },
        ),
    ],
)
def test_extract_english_home_dateline_for_a_local_story(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ANKARA (Reuters) - The minister said ...", "TR"),
        ("Damascus, Dec. 6 (SANA) The minister said ...", "SY"),
        ("Talks open in the capital\nDoha, 9 October 2023\n\nThe minister said ...", "QA"),
        ("Tehran, IRNA - The minister said ...", "IR"),
        ("MUSCAT, (Times / ONA - 3rd May, 2022) The minister said ...", "OM"),
        ("Jordan, Lebanon discuss ties\n\nThe two ministers met.", None),
        ("The minister said on Monday ...", None),
    ],
)
def test_extract_english_dateline_country(text, code):
    assert dateline_country(text) == code


def test_extract_english_offsets_slice_exactly():
    text = (
        "Foreign Ministers Hakan Fidan of Turkey and Asaad al-Shaibani of Syria met, and "
        "Hakan Fidan, Turkey's foreign minister, spoke first."
    )
    for f in _findings(text):
        assert text[f.name_begin : f.name_end] == f.name
        assert f.begin <= f.name_begin and f.name_end <= f.end
        assert f.rule.startswith("en.")
    ex = extract(Article(id="t", text=text, lang="en"))
    for t in ex.tenures:
        for m in t.mentions:
            assert text[m.begin : m.end] == m.text


def test_extract_english_monarch_named_again_by_first_name_is_one_person():
    text = "Omani Sultan Tarvan bin Oskal received the envoy. Sultan Tarvan said ties were deep."
    ex = extract(Article(id="t", text=text, lang="en"))
    assert [p.name_en for p in ex.persons] == ["Tarvan bin Oskal"]
    assert {(t.role, t.country) for t in ex.tenures} == {("head_of_state", "OM")}


def test_extract_english_gazetteer_name_with_a_middle_initial():
    (f,) = _findings("Turkish Foreign Minister Hakan K. Fidan met the envoy.")
    assert (f.name, f.english) == ("Hakan K. Fidan", "Hakan Fidan")


def test_extract_english_surname_of_a_gazetteer_name_seen_without_title():
    text = (
        "Badr Abdelatty arrived in Tehran on Sunday. Foreign Minister Abdelatty said the talks "
        "with his counterpart were useful."
    )
    ex = extract(Article(id="t", text=text, lang="en"))
    (person,) = ex.persons
    assert person.name_en == "Badr Abdelatty"
    assert [t.role for t in ex.tenures] == ["foreign_minister"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # high commissioners are the ambassadors between Commonwealth states
        (
            "The minister met Maldivian High Commissioner Aisha Rasheed on Monday.",
            {("Aisha Rasheed", "ambassador", "MV")},
        ),
        (
            "The talks with the Bangladesh High Commissioner, Karim Ahmed, went well.",
            {("Karim Ahmed", "ambassador", "BD")},
        ),
        # each service's chief of staff, and the chairman of a joint chiefs committee
        (
            "The Chief of Naval Staff of the Indian Navy, Admiral Ravi Kumar, arrived.",
            {("Ravi Kumar", "chief_of_staff", "IN")},
        ),
        (
            "Pakistani Chairman Joint Chiefs of Staff Committee General Tariq Mahmood spoke.",
            {("Tariq Mahmood", "chief_of_staff", "PK")},
        ),
        # an organization in apposition to the title, with no "of"
        (
            "Chief of Defence Staff Nigerian Armed Forces, General Obi Nwosu, arrived in Lagos.",
            {("Obi Nwosu", "chief_of_staff", "NG")},
        ),
        (
            "Director General Kenya Civil Aviation Authority, Mr. John Mwangi, said it reopens.",
            {("John Mwangi", "director_general", "KE")},
        ),
    ],
)
def test_extract_english_commonwealth_and_service_titles(text, expected):
    assert _tuples(text) == expected


def test_extract_english_general_staff_head():
    assert _tuples("Russian General Staff head General Ivan Petrov met the delegation.") == {
        ("Ivan Petrov", "chief_of_staff", "RU")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, "
            "Karim Salem, held talks in Cairo.",
            {("Karim Salem", "foreign_minister", "MA")},
        ),
        (
            "The Minister of Foreign Affairs, Regional Integration and Ruritanian Expatriates, "
            "Karim Salem, held talks.",
            {("Karim Salem", "foreign_minister", None)},
        ),
        (
            "The Minister of Foreign Affairs, Karim Salem and the Minister of Defence, "
            "Ali Nouri, held talks.",
            {("Karim Salem", "foreign_minister", None), ("Ali Nouri", "defence_minister", None)},
        ),
        (
            "The Minister of Foreign Affairs, Karim Salem and Defence Minister Ali Nouri "
            "held talks.",
            {("Karim Salem", "foreign_minister", None), ("Ali Nouri", "defence_minister", None)},
        ),
    ],
)
def test_extract_english_minister_with_further_portfolios_then_the_holder(text, expected):
    assert _tuples(text) == expected


def test_extract_english_a_state_stated_once_beats_the_lists_on_a_later_mention():
    text = (
        "The Chief of Naval Staff of the Indian Navy, Admiral Ravi Kumar, called on "
        "Commander of Sri Lanka Navy Vice Admiral Nimal Perera today. Admiral Ravi Kumar "
        "and Commander of the SL Navy Vice Admiral Nimal Perera then held talks."
    )
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    got = {(names[t.person], t.role, t.country) for t in ex.tenures}
    assert got == {
        ("Ravi Kumar", "chief_of_staff", "IN"),
        ("Nimal Perera", "military_commander", "LK"),
    }
    (perera,) = [t for t in ex.tenures if names[t.person] == "Nimal Perera"]
    assert len(perera.mentions) == 2  # the later mention stays evidence of the post


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey's defence minister met his Azerbaijani counterpart Elshan Aliyev in Baku.",
            {("Elshan Aliyev", "defence_minister", "AZ")},
        ),
        (
            "The Turkish foreign minister met his Georgian counterpart Ivo Lenk in Tbilisi.",
            {("Ivo Lenk", "foreign_minister", "GE")},
        ),
    ],
)
def test_extract_english_counterpart_of_a_title_with_no_name(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indian Foreign Secretary Ravi Menon met Nepalese Ambassador Ram Thapa.",
            {("Ravi Menon", "official", "IN"), ("Ram Thapa", "ambassador", "NP")},
        ),
        (
            "Pakistani Foreign Secretary Asad Khan met the delegation.",
            {("Asad Khan", "official", "PK")},
        ),
        (
            "British Foreign Secretary John Carter met Nepalese Ambassador Ram Thapa.",
            {("John Carter", "foreign_minister", "GB"), ("Ram Thapa", "ambassador", "NP")},
        ),
    ],
)
def test_extract_english_a_title_means_another_post_in_some_states(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the officials an ambassador to a state meets are that state's
        (
            "Minister of Foreign Affairs Musa Danjuma received the Ambassador of Brazil to "
            "Nigeria, Carlos Mendes, on Tuesday.",
            {("Musa Danjuma", "foreign_minister", "NG"), ("Carlos Mendes", "ambassador", "BR")},
        ),
        (
            "President Samuel Kiprop on Monday held talks with the Indian Ambassador to Kenya "
            "Ravi Menon at State House.",
            {("Samuel Kiprop", "head_of_state", "KE"), ("Ravi Menon", "ambassador", "IN")},
        ),
        # ... not the ambassador's own side listed with officials of the sending state
        (
            "The delegation included Saudi Defence Minister Fahd Salem, Saudi Ambassador to "
            "the US Sara Faisal, and Minister of State Omar Nasser.",
            {
                ("Fahd Salem", "defence_minister", "SA"),
                ("Sara Faisal", "ambassador", "SA"),
                ("Omar Nasser", "minister", "SA"),  # the list's state, not the host
            },
        ),
    ],
)
def test_extract_english_the_host_of_an_ambassador(text, expected):
    assert _tuples(text) == expected


def test_extract_english_a_bare_title_before_a_surname_keeps_the_named_post():
    text = (
        "Secretary of State John Doyle met Foreign Minister Karim Salem in Amman. Later, "
        "Secretary Doyle spoke with Defence Minister Ali Nouri."
    )
    assert _tuples(text) == {
        ("John Doyle", "foreign_minister", None),
        ("Karim Salem", "foreign_minister", "JO"),  # (met in Amman: en+where)
        ("Ali Nouri", "defence_minister", None),
    }


def test_extract_english_amb_is_ambassador():
    assert _tuples("Nepalese Amb. Carlos Mendes met the minister on Monday.") == {
        ("Carlos Mendes", "ambassador", "NP")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met Paul Green, Washington's ambassador to Baghdad, on Sunday.",
            {("Paul Green", "ambassador", "US")},
        ),
        (
            "Tehran's ambassador to Beirut Ali Nouri said the talks went well.",
            {("Ali Nouri", "ambassador", "IR")},
        ),
    ],
)
def test_extract_english_a_capital_possessive_names_the_state(text, expected):
    assert _tuples(text) == expected


def test_extract_english_telephoned_and_a_name_that_is_also_a_month():
    text = "Foreign Minister Karim Salem telephoned his Dutch counterpart Jan de Vries on Monday."
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    assert {(names[t.person], t.role, t.country) for t in ex.tenures} == {
        ("Karim Salem", "foreign_minister", None),
        ("Jan de Vries", "foreign_minister", "NL"),
    }
    assert [e.type for e in ex.events] == ["phone_call"]


def test_extract_english_a_seat_of_government_is_no_person():
    text = (
        "According to a release from the Rashtrapati Bhavan, the President of India, "
        "Ravi Menon, received the delegation."
    )
    assert _tuples(text) == {("Ravi Menon", "head_of_state", "IN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NAIROBI, Kenya, Mar 12 – President Joseph Mwangi held talks with Ethiopian "
            "President Almaz Tesfaye.",
            {("Joseph Mwangi", "head_of_state", "KE"), ("Almaz Tesfaye", "head_of_state", "ET")},
        ),
        (
            "Addis Ababa March 9/2025 (ENA) Prime Minister Daniel Mekonnen met the delegation.",
            {("Daniel Mekonnen", "head_of_government", "ET")},
        ),
    ],
)
def test_extract_english_datelines_city_state_date_and_city_date(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Foreign Ministers of Uzbekistan and Kyrgyzstan, Anvar Saidov and Bakyt "
            "Osmonov, signed the program.",
            {
                ("Anvar Saidov", "foreign_minister", "UZ"),
                ("Bakyt Osmonov", "foreign_minister", "KG"),
            },
        ),
        (
            "Turkish and Greek Foreign Ministers Ali Veli and Nikos Papas met in Athens.",
            {("Ali Veli", "foreign_minister", "TR"), ("Nikos Papas", "foreign_minister", "GR")},
        ),
    ],
)
def test_extract_english_plural_title_of_two_states_pairs_them_in_order(text, expected):
    assert _tuples(text) == expected


def test_extract_english_two_titles_joined_by_a_dash_are_one_persons():
    assert _tuples(
        "Arman Sadykov, Deputy Prime Minister - Foreign Minister of Kazakhstan, met them."
    ) == {
        ("Arman Sadykov", "deputy_head_of_government", "KZ"),
        ("Arman Sadykov", "foreign_minister", "KZ"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met Kazakhstan Foreign Minister Abenov in New York.",
            {("Abenov", "foreign_minister", "KZ")},
        ),
        (
            "Talks were held with Chilean Defence Minister Larrain on Monday.",
            {("Larrain", "defence_minister", "CL")},
        ),
        (
            "Interior Minister Okonkwo of Nigeria opened the meeting.",
            {("Okonkwo", "interior_minister", "NG")},
        ),
        (
            "Peru's Prime Minister Quispe-Tello and Ghana's President Asante met.",
            {("Quispe-Tello", "head_of_government", "PE"), ("Asante", "head_of_state", "GH")},
        ),
        # no state: a bare title and one word is no one's name
        ("Foreign Minister Abenov met the press.", set()),
        ("The Turkish Foreign Minister On Monday said nothing.", set()),
        ("Turkish Foreign Minister Arrives In Baghdad.", set()),
    ],
)
def test_extract_english_one_surname_after_a_title_that_states_its_state(text, expected):
    assert _tuples(text) == expected


def test_extract_english_one_surname_takes_the_gazetteers_name_of_that_state():
    from kg import lexicon

    o = next(o for o in lexicon.officials() if o.country == "TR" and len(o.en.split()) == 2)
    surname = o.en.split()[-1]
    assert _tuples(f"Turkish Foreign Minister {surname} spoke.") == {
        (o.en, "foreign_minister", "TR")
    }
    # not the gazetteer's name when the state differs
    assert _tuples(f"Chilean Foreign Minister {surname} spoke.") == {
        (surname, "foreign_minister", "CL")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Karim Salem met his counterpart from Bosnia and Herzegovina, "
            "Adnan Hodzic, in Sarajevo.",
            {("Karim Salem", "foreign_minister", None), ("Adnan Hodzic", "foreign_minister", "BA")},
        ),
        (
            "Turkish Defence Minister Ali Veli met his counterpart from the United Arab "
            "Emirates Saeed Nasser.",
            {("Ali Veli", "defence_minister", "TR"), ("Saeed Nasser", "defence_minister", "AE")},
        ),
        (
            "Indian Interior Minister Ravi Menon received her counterpart of Sri Lanka, "
            "Nimal Perera.",
            {
                ("Ravi Menon", "interior_minister", "IN"),
                ("Nimal Perera", "interior_minister", "LK"),
            },
        ),
        # a rank between the counterpart and the name; no state stated
        (
            "Chief of Defence Staff Gen Arvind Rao held talks with his counterpart General "
            "Pierre Lambert.",
            {("Arvind Rao", "chief_of_staff", None), ("Pierre Lambert", "chief_of_staff", None)},
        ),
        (
            "Army Commander Lt. Gen. Tomas Berg met his counterpart Maj. Gen. Ivo Lenk.",
            {("Tomas Berg", "military_commander", None), ("Ivo Lenk", "military_commander", None)},
        ),
    ],
)
def test_extract_english_counterpart_from_a_state_or_with_a_rank(text, expected):
    assert _tuples(text) == expected


def test_extract_english_counterpart_with_a_rank_is_met_and_keeps_the_rank():
    text = "Chief of Air Staff Omar Zaki met his counterpart Air Marshal Pavel Novak in Rome."
    ex = extract(Article(id="t", text=text, lang="en"))
    ranks = {p.name_en: p.rank for p in ex.persons}
    assert ranks.get("Pavel Novak") == "air_marshal"
    assert [e.type for e in ex.events] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mexico's and the Philippines' secretaries are their ministers
        (
            "He was pleased to meet Secretary of Foreign Affairs Lucia Ramos of Mexico.",
            {("Lucia Ramos", "foreign_minister", "MX")},
        ),
        (
            "Philippine Secretary of National Defense Jose Cruz inspected the base.",
            {("Jose Cruz", "defence_minister", "PH")},
        ),
        (
            "Mexican Secretary of Finance and Public Credit Elena Vargas presented the budget.",
            {("Elena Vargas", "finance_minister", "MX")},
        ),
        (
            "Philippine Interior Secretary Ramon Dizon met the governors.",
            {("Ramon Dizon", "interior_minister", "PH")},
        ),
        # ... the United States' Secretary of the Interior is a minister of another portfolio
        (
            "US Secretary of the Interior Tom Hale visited the park.",
            {("Tom Hale", "minister", "US")},
        ),
        # federal titles
        (
            "German Federal Minister of the Interior Klaus Brandt met Pakistani Federal "
            "Minister for Defence Asad Khan.",
            {("Klaus Brandt", "interior_minister", "DE"), ("Asad Khan", "defence_minister", "PK")},
        ),
        (
            "Austrian Federal Minister for European and International Affairs Lena Gruber arrived.",
            {("Lena Gruber", "foreign_minister", "AT")},
        ),
        (
            "Federal President Anna Berger of Austria received him.",
            {("Anna Berger", "head_of_state", "AT")},
        ),
        (
            "South African Minister of International Relations and Cooperation Thandi Mokoena "
            "spoke.",
            {("Thandi Mokoena", "foreign_minister", "ZA")},
        ),
        (
            "Brazilian Minister of External Relations Paulo Reis met Kenyan Cabinet Secretary "
            "for Foreign and Diaspora Affairs Joseph Mwangi.",
            {("Paulo Reis", "foreign_minister", "BR"), ("Joseph Mwangi", "foreign_minister", "KE")},
        ),
        # a Swiss Federal Councillor is a member of the government; the foreign minister
        # only where the text says which department the councillor heads
        (
            "Swiss Federal Councillor Markus Keller met the delegation.",
            {("Markus Keller", "official", "CH")},
        ),
        (
            "Federal Councillor Ursula Frei opened the forum in Bern.",
            {("Ursula Frei", "official", "CH")},
        ),
        (
            "The Head of the Federal Department of Foreign Affairs Markus Keller met him.",
            {("Markus Keller", "foreign_minister", "CH")},
        ),
        # heads of a region's government are officials of the state
        (
            "Chief Minister Ravi Menon of India opened the bridge.",
            {("Ravi Menon", "official", "IN")},
        ),
        (
            "German Minister-President Hans Weber met Dutch Minister-President Jan de Groot.",
            {("Hans Weber", "official", "DE"), ("Jan de Groot", "head_of_government", "NL")},
        ),
        # India's Finance Secretary is a civil servant
        (
            "Indian Finance Secretary Ravi Menon met Philippine Finance Secretary Jose Cruz.",
            {("Ravi Menon", "official", "IN"), ("Jose Cruz", "finance_minister", "PH")},
        ),
    ],
)
def test_extract_english_titles_of_one_or_a_few_states(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He had meetings with foreign ministers of the Kyrgyz Republic [Talant Osmonov] "
            "and Tajikistan [Rustam Nazarov].",
            {
                ("Talant Osmonov", "foreign_minister", "KG"),
                ("Rustam Nazarov", "foreign_minister", "TJ"),
            },
        ),
        (
            "He met the defence ministers of Chile (Pablo Rojas), Peru (Ana Quispe) and "
            "Bolivia (Luis Mamani).",
            {
                ("Pablo Rojas", "defence_minister", "CL"),
                ("Ana Quispe", "defence_minister", "PE"),
                ("Luis Mamani", "defence_minister", "BO"),
            },
        ),
        (
            "He met the foreign ministers of Ghana, Kwame Asante, and Togo, Koffi Mensah, "
            "in Accra.",
            {
                ("Kwame Asante", "foreign_minister", "GH"),
                ("Koffi Mensah", "foreign_minister", "TG"),
            },
        ),
        (
            "The interior ministers of Benin, Paul Houngbo, Niger, Ali Moussa, and Mali, "
            "Ibrahim Keita, met.",
            {
                ("Paul Houngbo", "interior_minister", "BJ"),
                ("Ali Moussa", "interior_minister", "NE"),
                ("Ibrahim Keita", "interior_minister", "ML"),
            },
        ),
    ],
)
def test_extract_english_plural_title_each_state_then_its_holder(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's leader heads it: the head of state, or of government where the prime
        # minister leads
        (
            "Russian leader Ivan Sokolov received the envoy.",
            {("Ivan Sokolov", "head_of_state", "RU")},
        ),
        (
            "Israeli leader Avi Cohen met the leader of North Korea, Kim Sol.",
            {("Avi Cohen", "head_of_government", "IL"), ("Kim Sol", "head_of_state", "KP")},
        ),
        (
            "The Chinese and Cuban leaders Wei Lin and Jorge Diaz met in Havana.",
            {("Wei Lin", "head_of_state", "CN"), ("Jorge Diaz", "head_of_state", "CU")},
        ),
        (
            "Japan's leader, Kenji Sato, spoke to reporters.",
            {("Kenji Sato", "head_of_government", "JP")},
        ),
        # no state named: the leader of a movement, a party or the opposition
        ("Hamas leader Khalil Nasser spoke.", set()),
        ("Russian opposition leader Ivan Sokolov spoke.", set()),
        ("World leaders Ivan Sokolov and Wei Lin met.", set()),
    ],
)
def test_extract_english_a_states_leader(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "It followed a telephone conversation between Russian leader Ivan Sokolov and US "
            "President John Miller on 12 February.",
            {"Ivan Sokolov", "John Miller"},
        ),
        (
            "There was a phone conversation between Iranian leader Reza Karimi and Omani Foreign "
            "Minister Salim Harthi.",
            {"Reza Karimi", "Salim Harthi"},
        ),
        (
            "He recalled the telephone conversation between Chinese leader Wei Lin and Kenyan "
            "President Joseph Mwangi.",
            {"Wei Lin", "Joseph Mwangi"},
        ),
    ],
)
def test_extract_english_a_call_between_a_leader_and_another(text, names):
    ex = extract(Article(id="t", text=text, lang="en", date=date(2025, 3, 1)))
    by_id = {p.id: p.name_en for p in ex.persons}
    calls = [{by_id[a] for a in e.actors if a in by_id} for e in ex.events]
    assert [e.type for e in ex.events] == ["phone_call"]
    assert calls == [names]


def _posts(text: str) -> set[tuple[str, str, str | None, str | None]]:
    """(name, role, state, organization) of every current post."""
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    return {
        (names[t.person], t.role, t.country, t.org) for t in ex.tenures if t.status == "current"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the officers of an international body hold its posts, in no state
        (
            "High Representative of the European Union Mira Kalnina arrived in Berlin.",
            {("Mira Kalnina", "official", None, "eu")},
        ),
        (
            "BRUSSELS – High Representative of the EU Mira Kalnina spoke with President of "
            "Serbia Dragan Ilic.",
            {
                ("Mira Kalnina", "official", None, "eu"),
                ("Dragan Ilic", "head_of_state", "RS", "rs-presidency"),
            },
        ),
        (
            "The High Representative of the Union Mira Kalnina met the press.",
            {("Mira Kalnina", "official", None, "eu")},
        ),
        (
            "High Representative/Vice-President Mira Kalnina held meetings in Rome.",
            {("Mira Kalnina", "official", None, "eu")},
        ),
        (
            "EU High Representative Mira Kalnina met Vice-President of the European Commission "
            "Paolo Conti.",
            {("Mira Kalnina", "official", None, "eu"), ("Paolo Conti", "official", None, "eu")},
        ),
        (
            "European Commission President Anna Kowal received the delegation.",
            {("Anna Kowal", "official", None, "eu")},
        ),
        # a field mission's officers: the mission's field is no state of theirs
        (
            "Attending was Chief Monitor of the OSCE Special Monitoring Mission to Ukraine "
            "Kemal Aydin.",
            {("Kemal Aydin", "official", None, "osce")},
        ),
        (
            "Attending were also OSCE Principal Deputy Chief Monitor Peter Lang and the UN "
            "Resident Coordinator Maria Olsen.",
            {("Peter Lang", "official", None, "osce"), ("Maria Olsen", "official", None, "un")},
        ),
        (
            "The Deputy Chairperson of the African Union Commission Amina Bello met NATO "
            "Deputy Secretary General Lars Holm.",
            {
                ("Amina Bello", "official", None, "african-union"),
                ("Lars Holm", "official", None, "nato"),
            },
        ),
    ],
)
def test_extract_english_officers_of_international_bodies(text, expected):
    assert _posts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He discussed the decision to appoint a Special Representative for the Dialogue and "
        "the Western Balkans.",
        "The envoy for the Great Lakes region and Central Asia spoke.",
        "A Special Coordinator for the Sahel and West Africa was named.",
    ],
)
def test_extract_english_a_region_in_a_brief_is_no_person(text):
    ex = extract(Article(id="t", text=text, lang="en"))
    assert not ex.persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Sofia Marchetti of Italy arrived.",
            {("Sofia Marchetti", "foreign_minister", "IT")},
        ),
        (
            "Australian Prime Minister Victoria Lang met President Lima Souza of Brazil.",
            {("Victoria Lang", "head_of_government", "AU"), ("Lima Souza", "head_of_state", "BR")},
        ),
        (
            "Kenyan Defence Minister Nairobi Otieno met the delegation.",
            {("Nairobi Otieno", "defence_minister", "KE")},
        ),
    ],
)
def test_extract_english_a_city_as_a_given_name(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met President Dragan Ilic and Prime Minister Milan Jovic of Serbia.",
            {("Dragan Ilic", "head_of_state", "RS"), ("Milan Jovic", "head_of_government", "RS")},
        ),
        (
            "She met President Tomas Berg, Prime Minister Ivo Lenk, and Foreign Minister Jaan "
            "Tamm of Estonia.",
            {
                ("Tomas Berg", "head_of_state", "EE"),
                ("Ivo Lenk", "head_of_government", "EE"),
                ("Jaan Tamm", "foreign_minister", "EE"),
            },
        ),
        # an item with a state of its own keeps it
        (
            "He met Croatian President Ivo Horvat and Prime Minister Milan Jovic of Serbia.",
            {("Ivo Horvat", "head_of_state", "HR"), ("Milan Jovic", "head_of_government", "RS")},
        ),
        (
            "He met President Ana Rossi of Malta and Prime Minister Kofi Boateng of Ghana.",
            {("Ana Rossi", "head_of_state", "MT"), ("Kofi Boateng", "head_of_government", "GH")},
        ),
    ],
)
def test_extract_english_a_state_after_a_list_of_titled_names_holds_for_each(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President of Kosovo Arben Krasniqi met Prime Minister of Kosovo Besnik Hoxha.",
            {
                ("Arben Krasniqi", "head_of_state", "XK"),
                ("Besnik Hoxha", "head_of_government", "XK"),
            },
        ),
        (
            "Kosovar Foreign Minister Drita Berisha met Taiwanese Foreign Minister Lin Wei-ming.",
            {
                ("Drita Berisha", "foreign_minister", "XK"),
                ("Lin Wei-ming", "foreign_minister", "TW"),
            },
        ),
        (
            "Taiwan's Defence Minister Chen Li-hua met the Vatican Secretary of State Pietro "
            "Conti.",
            {
                ("Chen Li-hua", "defence_minister", "TW"),
                ("Pietro Conti", "head_of_government", "VA"),
            },
        ),
    ],
)
def test_extract_english_kosovo_taiwan_and_the_vatican(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Secretary for Relations with States Paul Dunne met the envoy.",
            {("Paul Dunne", "foreign_minister", "VA")},
        ),
        (
            "Holy See Secretary of State Pietro Conti met US Secretary of State John Doyle.",
            {
                ("Pietro Conti", "head_of_government", "VA"),
                ("John Doyle", "foreign_minister", "US"),
            },
        ),
    ],
)
def test_extract_english_the_holy_sees_secretaries(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Jordanian Foreign Minister Karim Salem met Jordanian Defence Minister Ali Nouri. "
            "He also met his counterpart from Bosnia and Herzegovina, Adnan Hodzic.",
            "Adnan Hodzic",
            "foreign_minister",
            "BA",
        ),
        (
            "Omani Defence Minister Salim Harthi received Omani Foreign Minister Badr Saidi. He "
            "later met his Iranian counterpart Reza Karimi.",
            "Reza Karimi",
            "defence_minister",
            "IR",
        ),
        (
            "Chilean Interior Minister Ana Rojas hosted Chilean Finance Minister Luis Vera. She "
            "then called her Peruvian counterpart Jose Quispe.",
            "Jose Quispe",
            "interior_minister",
            "PE",
        ),
    ],
)
def test_extract_english_he_and_his_counterpart_refer_to_the_last_sentences_subject(
    text, name, role, country
):
    assert (name, role, country) in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same officers of international bodies, written in Arabic (posts.jsonl holds
        # both languages of a title on one row)
        (
            "استقبل وزير الخارجية الأردني كريم سالم الممثل الأعلى للاتحاد الأوروبي ماريو كونتي.",
            ("ماريو كونتي", "official", None, "eu"),
        ),
        (
            "التقى وزير الخارجية المصري سامي فؤاد المنسق المقيم للأمم المتحدة ماريا أولسن.",
            ("ماريا أولسن", "official", None, "un"),
        ),
        (
            "التقى وزير الداخلية العراقي كمال ناصر المقرر الخاص للأمم المتحدة بيتر لانغ.",
            ("بيتر لانغ", "official", None, "un"),
        ),
    ],
)
def test_extract_arabic_officers_of_international_bodies(text, expected):
    ex = extract(Article(id="t", text=text, lang="ar"))
    names = {p.id: p.name_ar for p in ex.persons}
    assert expected in {(names[t.person], t.role, t.country, t.org) for t in ex.tenures}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brief after "for": portfolios and words that are no name, then the holder
        (
            "EU Commissioner for Trade Lena Berg met him.",
            {("Lena Berg", "official", None, "eu")},
        ),
        (
            "EU Commissioner for Health and Food Safety Lena Berg met him.",
            {("Lena Berg", "official", None, "eu")},
        ),
        (
            "EU Commissioner for Enlargement Lena Berg met him.",
            {("Lena Berg", "official", None, "eu")},
        ),
        (
            "Council of Europe Commissioner for Human Rights Dunja Petrovic spoke.",
            {("Dunja Petrovic", "official", None, "council-of-europe")},
        ),
        (
            "UN Special Coordinator for the Middle East Peace Process Tor Lund spoke.",
            {("Tor Lund", "envoy", None, "un")},
        ),
        # the envoy of a body's officer
        (
            "Special Representative of the UN Secretary-General for Libya Hanna Berg spoke.",
            {("Hanna Berg", "envoy", None, "un")},
        ),
        # the chair of a body's commission, the body's name before the title
        (
            "African Union Commission Chairperson Moussa Keita spoke.",
            {("Moussa Keita", "official", None, "african-union")},
        ),
        (
            "The League of Arab States Secretary-General Omar Zaki spoke.",
            {("Omar Zaki", "official", None, "arab-league")},
        ),
    ],
)
def test_extract_english_briefs_and_principals_of_international_officers(text, expected):
    assert _posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's title given to a body's officer: the body's official
        (
            "EU top diplomat Mira Kalnina met the envoys.",
            {("Mira Kalnina", "official", None, "eu")},
        ),
        (
            "The EU's top diplomat, Mira Kalnina, met the envoys.",
            {("Mira Kalnina", "official", None, "eu")},
        ),
        (
            "EU foreign policy chief Mira Kalnina met Turkey's top diplomat Ali Veli.",
            {
                ("Mira Kalnina", "official", None, "eu"),
                ("Ali Veli", "foreign_minister", "TR", "tr-ministry-of-foreign-affairs"),
            },
        ),
        (
            "NATO's Secretary General Lars Holm met him.",
            {("Lars Holm", "official", None, "nato")},
        ),
    ],
)
def test_extract_english_a_bodys_officer_with_a_states_title(text, expected):
    assert _posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met Kazakhstan's Foreign Minister, Abenov, in Astana.",
            {("Abenov", "foreign_minister", "KZ")},
        ),
        (
            "He met the Kazakh and Uzbek Foreign Ministers Abenov and Saidov.",
            {("Abenov", "foreign_minister", "KZ"), ("Saidov", "foreign_minister", "UZ")},
        ),
        (
            "Uzbek Defence Minister Saidov met his Kazakh counterpart Abenov.",
            {("Saidov", "defence_minister", "UZ"), ("Abenov", "defence_minister", "KZ")},
        ),
        (
            "He met the foreign ministers of Chile (Rojas) and Peru (Quispe).",
            {("Rojas", "foreign_minister", "CL"), ("Quispe", "foreign_minister", "PE")},
        ),
        # no state stated: no surname alone
        ("Foreign Ministers Abenov and Saidov met.", set()),
        ("He met his counterpart Abenov.", set()),
    ],
)
def test_extract_english_one_surname_in_apposition_lists_and_counterparts(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Taoiseach Sean Murphy met Tánaiste Ciara Walsh in Dublin.",
            {
                ("Sean Murphy", "head_of_government", "IE"),
                ("Ciara Walsh", "deputy_head_of_government", "IE"),
            },
        ),
        (
            "Italian Chief of Defence Admiral Marco Bianchi met the Dutch Chief of Defense "
            "General Jan de Boer.",
            {("Marco Bianchi", "chief_of_staff", "IT"), ("Jan de Boer", "chief_of_staff", "NL")},
        ),
        (
            "Irish Minister for Foreign Affairs and Trade Ciara Walsh arrived.",
            {("Ciara Walsh", "foreign_minister", "IE")},
        ),
    ],
)
def test_extract_english_irish_titles_and_chiefs_of_defence(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secretary-General Maria Olsen of the United Nations met him.",
            {("Maria Olsen", "official", None, "un")},
        ),
        (
            "President Anna Kowal of the European Commission met President Ivan Petrov of "
            "Bulgaria.",
            {
                ("Anna Kowal", "official", None, "eu"),
                ("Ivan Petrov", "head_of_state", "BG", "bg-presidency"),
            },
        ),
        (
            "Special Envoy Hans Lund of the Arab League arrived.",
            {("Hans Lund", "envoy", None, "arab-league")},
        ),
    ],
)
def test_extract_english_the_body_after_the_officers_name(text, expected):
    assert _posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OSCE's special representative in the contact group Karl Brenner spoke.",
            {("Karl Brenner", "envoy", None, "osce")},
        ),
        (
            "The OSCE special representative in the trilateral contact group on Ukraine Martin "
            "Holm spoke.",
            {("Martin Holm", "envoy", None, "osce")},
        ),
        (
            "UN envoy in the talks on Syria Hans Lund spoke.",
            {("Hans Lund", "envoy", None, "un")},
        ),
        # a title after the forum is the name's own
        (
            "The envoy in the region and Foreign Minister Ali Nouri met.",
            {("Ali Nouri", "foreign_minister", None, None)},
        ),
    ],
)
def test_extract_english_a_representative_in_a_forum_then_the_name(text, expected):
    assert _posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President of the UN General Assembly Dennis Ford spoke.",
            {("Dennis Ford", "official", None, "un")},
        ),
        (
            "UN High Commissioner for Refugees Filip Grand met him.",
            {("Filip Grand", "official", None, "un")},
        ),
        (
            "GCC Secretary-General Jasem Omar met the Arab League chief Ahmed Aboul.",
            {
                ("Jasem Omar", "official", None, "gcc"),
                ("Ahmed Aboul", "official", None, "arab-league"),
            },
        ),
        (
            "NATO chief Lars Holm met the Turkish Foreign Ministry spokesperson Ali Veli.",
            {
                ("Lars Holm", "official", None, "nato"),
                ("Ali Veli", "spokesperson", "TR", "tr-ministry-of-foreign-affairs"),
            },
        ),
    ],
)
def test_extract_english_a_bodys_chief_and_its_assemblys_president(text, expected):
    assert _posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a rank, a title or Mr./Dr., Amir and Sultan are given names
        (
            "Iran's Minister of Defence, Brigadier General Amir Rostavi, spoke on Saturday.",
            {("Amir Rostavi", "defence_minister", "IR")},
        ),
        (
            "Omani Defence Minister Sultan Harbavi met the press.",
            {("Sultan Harbavi", "defence_minister", "OM")},
        ),
        (
            "Major General Sultan Qadrani, the Jordanian army chief, spoke.",
            {("Sultan Qadrani", "military_commander", "JO")},
        ),
        (
            "Mr. Amir Farzavi, the Iranian foreign minister, spoke.",
            {("Amir Farzavi", "foreign_minister", "IR")},
        ),
        # a father's name after bin
        (
            "Tamer bin Sultan Al Haqqi, the Saudi defence minister, spoke.",
            {("Tamer bin Sultan Al Haqqi", "defence_minister", "SA")},
        ),
        # before a style, or after a state, they stay titles
        (
            "Kuwait's Amir Sheikh Nasser Jaberi received him.",
            {("Nasser Jaberi", "head_of_state", "KW")},
        ),
        (
            "Oman's Sultan Qaboran spoke.",
            {("Qaboran", "head_of_state", "OM")},
        ),
    ],
)
def test_extract_english_a_title_word_as_a_given_name(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in brackets, then the rank and the name
        (
            "On Monday I met with (Army chief) General Karim Haddan and asked him.",
            {("Karim Haddan", "military_commander", None)},
        ),
        (
            "He met (Navy commander) Rear Admiral Tarek Samouni on Monday.",
            {("Tarek Samouni", "military_commander", None)},
        ),
        (
            "The Kuwaiti minister received (Chief of Staff) Lieutenant General Fahad Oweidi.",
            {("Fahad Oweidi", "chief_of_staff", None)},
        ),
    ],
)
def test_extract_english_a_title_in_brackets_before_the_rank(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the officials an ambassador tells of meeting, in his own quoted words
        (
            "Italian Ambassador to Tunisia Marco Bellini said: “I met Premier Hedi Karoui"
            " and Defence Minister Salem Jaziri last week.”",
            {
                ("Marco Bellini", "ambassador", "IT"),
                ("Hedi Karoui", "head_of_government", "TN"),
                ("Salem Jaziri", "defence_minister", "TN"),
            },
        ),
        (
            "U.S. Ambassador to Iraq Dana Welk spoke on Friday.\n\n“Yesterday I informed"
            " Prime Minister Omar Saadi that the aid had arrived,” she said.",
            {("Dana Welk", "ambassador", "US"), ("Omar Saadi", "head_of_government", "IQ")},
        ),
        (
            "British Ambassador to Kenya Helen Marsh said at the embassy: “We have told"
            " Interior Minister Peter Odhiambo about the plan for the new schools.”",
            {("Helen Marsh", "ambassador", "GB"), ("Peter Odhiambo", "interior_minister", "KE")},
        ),
        # not in the ambassador's quoted first person, or ambassadors to two states
        (
            "U.S. Ambassador to Iraq Dana Welk spoke on Friday. Later Prime Minister Omar"
            " Saadi said “I thank the donors.”",
            {("Dana Welk", "ambassador", "US"), ("Omar Saadi", "head_of_government", None)},
        ),
        (
            "U.S. Ambassador to Iraq Dana Welk spoke. French Ambassador to Jordan Luc Marin"
            " agreed. “I met Premier Omar Saadi,” one of them said.",
            {
                ("Dana Welk", "ambassador", "US"),
                ("Luc Marin", "ambassador", "FR"),
                ("Omar Saadi", "head_of_government", None),
            },
        ),
    ],
)
def test_extract_english_officials_an_ambassador_tells_of_meeting_are_the_hosts(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The Secretary and TITLE X": the Secretary named before, not a post of X
        (
            "US Secretary of State Dana Harmon spoke on Monday. The Secretary and Foreign "
            "Minister Marco Bellini of Italy spoke by phone today.",
            {
                ("Dana Harmon", "foreign_minister", "US"),
                ("Marco Bellini", "foreign_minister", "IT"),
            },
        ),
        (
            "Secretary of State Dana Harmon flew to Nairobi. The Secretary and Kenyan Foreign "
            "Minister Peter Odhiambo spoke by phone on Monday.",
            {
                ("Dana Harmon", "foreign_minister", None),
                ("Peter Odhiambo", "foreign_minister", "KE"),
            },
        ),
        # with nobody named before by a longer title, one person's two posts
        (
            "The Deputy Prime Minister and Foreign Minister Marco Bellini of Italy also spoke.",
            {
                ("Marco Bellini", "deputy_head_of_government", "IT"),
                ("Marco Bellini", "foreign_minister", "IT"),
            },
        ),
    ],
)
def test_extract_english_the_secretary_named_before_and_another_title(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the ambassadors of STATE, NAME; STATE, NAME; and STATE, NAME": semicolons
        (
            "President Halvard Ostrem received the ambassadors of Peru, Tomas Alcantar;"
            " Ghana, Kofi Mensarbo; and Nepal, Raj Pokhimal.",
            {
                ("Halvard Ostrem", "head_of_state", None),
                ("Tomas Alcantar", "ambassador", "PE"),
                ("Kofi Mensarbo", "ambassador", "GH"),
                ("Raj Pokhimal", "ambassador", "NP"),
            },
        ),
        (
            "The Foreign Minister of Ruritania met the Ambassadors of Chile, Ines Valvarde;"
            " Kenya, Peter Odhiambo, and Mongolia, Batu Sendjav.",
            {
                ("Ines Valvarde", "ambassador", "CL"),
                ("Peter Odhiambo", "ambassador", "KE"),
                ("Batu Sendjav", "ambassador", "MN"),
            },
        ),
        (
            "The new ambassadors of Norway, Lars Brekkestad; Brazil, Joao Vilarinho,"
            " presented copies of their credentials.",
            {("Lars Brekkestad", "ambassador", "NO"), ("Joao Vilarinho", "ambassador", "BR")},
        ),
        # a body that is no state, named like one: "of the Order of Malta" is not Malta
        (
            "The new Ambassadors of the Order of Malta, Ernesto Valdivar, and Kenya, Joseph"
            " Otienko, presented their credentials.",
            {("Ernesto Valdivar", "ambassador", None), ("Joseph Otienko", "ambassador", "KE")},
        ),
        (
            "The Ambassador of the Order of Malta, Ernesto Valdivar, spoke at the ceremony.",
            {("Ernesto Valdivar", "ambassador", None)},
        ),
        (
            "The Ambassador of the Republic of Malta, Ernesto Valdivar, spoke at the ceremony.",
            {("Ernesto Valdivar", "ambassador", "MT")},
        ),
    ],
)
def test_extract_english_enumerated_ambassadors_with_semicolons_and_bodies(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the heads of a parliament, body first or title first: officials
        (
            "The minister would call on National Assembly Speaker Tariq Mahmoodani and"
            " Senate Chairman Imran Qadirzai.",
            {("Tariq Mahmoodani", "official", None), ("Imran Qadirzai", "official", None)},
        ),
        (
            # (the Lok Sabha is India's alone: its speaker is India's)
            "Kenyan Senate President Joseph Otienko met Lok Sabha Speaker Ravi Kumaran.",
            {("Joseph Otienko", "official", "KE"), ("Ravi Kumaran", "official", "IN")},
        ),
        (
            "The Chairman of the Senate of Pakistan, Imran Qadirzai, received the Speaker of"
            " the Majlis Reza Karimabadi.",
            {("Imran Qadirzai", "official", "PK"), ("Reza Karimabadi", "official", None)},
        ),
        (
            "House Speaker Dana Harmon and Deputy Speaker of the National Assembly Lena Varga"
            " spoke.",
            {("Dana Harmon", "official", None), ("Lena Varga", "official", None)},
        ),
    ],
)
def test_extract_english_the_heads_of_a_parliament(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chair of an international body's commission, in every order
        (
            "The Chairperson of the Commission of the African Union, Tomas Ubaldo Ngara, was"
            " received by the Prime Minister of Ethiopia, Dr. Lemma Gedefaw.",
            {
                ("Tomas Ubaldo Ngara", "official", None, "african-union"),
                ("Lemma Gedefaw", "head_of_government", "ET", "et-council-of-ministers"),
            },
        ),
        (
            "The African Union Commission (AUC) Chairperson, Dr. Tomas Ubaldo Ngara, met the"
            " Minister of Foreign Affairs of Kenya, Joseph Otienko.",
            {
                ("Tomas Ubaldo Ngara", "official", None, "african-union"),
                ("Joseph Otienko", "foreign_minister", "KE", "ke-ministry-of-foreign-affairs"),
            },
        ),
        (
            "The ECOWAS Commission (ECC) President, Kofi Mensarbo, spoke in Abuja.",
            {("Kofi Mensarbo", "official", None, "ecowas")},
        ),
        (
            "The Vice-President of the Commission of the European Union, Lena Varga, spoke.",
            {("Lena Varga", "official", None, "eu")},
        ),
    ],
)
def test_extract_english_the_chair_of_a_bodys_commission(text, expected):
    assert _posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Minister of A, B and C of STATE, NAME: portfolios known or not
        (
            "President Lucas Nve Abeso received the Minister of Mines, Industry and Energy of"
            " Equatorial Guinea, Ramon Asumu Nze.",
            {("Lucas Nve Abeso", "head_of_state", None), ("Ramon Asumu Nze", "minister", "GQ")},
        ),
        (
            "The Minister of Industry, Trade and Energy of Kenya, Joseph Otienko, spoke.",
            {("Joseph Otienko", "minister", "KE")},
        ),
        (
            "The Minister of Mines of Ghana, Kofi Mensarbo, opened the site.",
            {("Kofi Mensarbo", "minister", "GH")},
        ),
        (
            "The Minister of Hydrocarbons and Mines, Ivo Lenk, arrived in Malabo.",
            {("Ivo Lenk", "minister", None)},
        ),
        # an item after a comma with no "and" is the holder, not a portfolio
        (
            "The Minister of Mines, Ramon Asumu Nze, spoke.",
            {("Ramon Asumu Nze", "minister", None)},
        ),
    ],
)
def test_extract_english_a_ministers_long_list_of_portfolios(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Secretary of State for X": a junior minister of X, the UK's its minister; the US
        # "Secretary of State" alone is its foreign minister
        (
            "Maria Ndong Esono, Secretary of State for International Cooperation, spoke.",
            {("Maria Ndong Esono", "deputy_minister", None)},
        ),
        (
            "Moroccan Secretary of State for Foreign Trade Karim Alaoui met the delegation.",
            {("Karim Alaoui", "deputy_minister", "MA")},
        ),
        (
            "British Secretary of State for Education Dana Harmon visited the school.",
            {("Dana Harmon", "minister", "GB")},
        ),
        (
            "British Secretary of State for Foreign, Commonwealth and Development Affairs"
            " Dana Harmon arrived.",
            {("Dana Harmon", "foreign_minister", "GB")},
        ),
        (
            "US Secretary of State Dana Harmon arrived in Cairo.",
            {("Dana Harmon", "foreign_minister", "US")},
        ),
        # "Foreign Secretary": South Asia's senior diplomat, the ministry's highest civil
        # servant under its minister (as an under secretary: a deputy minister), the UK's
        # foreign minister
        (
            "Indian Foreign Secretary Kiran Patelkar met British Foreign Secretary Dana Harmon.",
            {
                ("Kiran Patelkar", "official", "IN"),
                ("Dana Harmon", "foreign_minister", "GB"),
            },
        ),
        (
            "Pakistani Foreign Secretary Imran Qadirzai and Sri Lankan Foreign Secretary Ravi"
            " Kumaran spoke.",
            {
                ("Imran Qadirzai", "official", "PK"),
                ("Ravi Kumaran", "official", "LK"),
            },
        ),
    ],
)
def test_extract_english_secretaries_of_state_for_a_portfolio(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Governor PROVINCE NAME, Chief Minister PROVINCE NAME: the province is no name's
        (
            "Japanese Ambassador Sota Mikawa called on the Governor Khyber Pakhtunkhwa Imran"
            " Qadirzai in Peshawar.",
            {("Sota Mikawa", "ambassador", "JP"), ("Imran Qadirzai", "official", "PK")},
        ),
        (
            "Governor Sindh Kamran Tessala received Chief Minister Balochistan Imran Qadirzai.",
            {("Kamran Tessala", "official", "PK"), ("Imran Qadirzai", "official", "PK")},
        ),
        (
            "Chief Minister Punjab Maryam Qadirzai chaired the meeting.",
            {("Maryam Qadirzai", "official", None)},
        ),
        (
            "The Governor of Sindh, Kamran Tessala, met the Chief Minister of Kerala Ravi Kumaran.",
            {("Kamran Tessala", "official", "PK"), ("Ravi Kumaran", "official", "IN")},
        ),
        # and before the title
        (
            "Sindh Governor Kamran Tessala met Kerala Chief Minister Ravi Kumaran.",
            {("Kamran Tessala", "official", "PK"), ("Ravi Kumaran", "official", "IN")},
        ),
    ],
)
def test_extract_english_a_province_between_the_title_and_the_name(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # one person, named again with a middle initial added, in either order
        (
            "Former Somali President Abdi Warsame Nur met US Ambassador to Somalia Tarven"
            ' Oskalid in Mogadishu. "I met US Ambassador Tarven J. Oskalid," he said.',
            2,
        ),
        (
            "US Ambassador Tarven J. Oskalid met Kenyan Foreign Minister Joseph Otienko. Later"
            " Ambassador Tarven Oskalid left Nairobi.",
            2,
        ),
        (
            "Ghanaian Foreign Minister Kofi A. B. Mensarbo met his Togolese counterpart Ivo"
            " Lenk. Foreign Minister Kofi Mensarbo then left.",
            2,
        ),
        # a middle name is not an initial: two people
        (
            "US Ambassador Tarven Oskalid met US Ambassador Tarven Joel Oskalid.",
            2,
        ),
    ],
)
def test_extract_english_a_name_again_with_a_middle_initial_is_one_person(text, people):
    ex = extract(Article(id="t", text=text, lang="en"))
    assert len(ex.persons) == people, [p.name_en for p in ex.persons]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title written as capitals (FM, PM, DPM, CJCS) is the title, not the name's
        (
            "Pakistani Foreign Minister Imran Qadirzai met Afghan President Karim Sahibzada."
            " He also held talks with his counterpart FM Wali Rahmanzai.",
            {
                ("Imran Qadirzai", "foreign_minister", "PK"),
                ("Karim Sahibzada", "head_of_state", "AF"),
                ("Wali Rahmanzai", "foreign_minister", None),
            },
        ),
        (
            "PM Imran Qadirzai met DPM Wali Rahmanzai at 5 pm Monday.",
            {
                ("Imran Qadirzai", "head_of_government", None),
                ("Wali Rahmanzai", "deputy_head_of_government", None),
            },
        ),
        (
            "Pakistani CJCS General Tariq Mahmoodani met Indian FS Kiran Patelkar.",
            {
                ("Tariq Mahmoodani", "chief_of_staff", "PK"),
                ("Kiran Patelkar", "official", "IN"),
            },
        ),
        # in lower case it is no title: 5 pm is a time
        (
            "The talks began at 5 pm Monday in Kabul.",
            set(),
        ),
        # the counterpart's state holds for the title after it
        (
            "Pakistani Foreign Minister Imran Qadirzai met his Afghan counterpart Foreign"
            " Minister Wali Rahmanzai.",
            {
                ("Imran Qadirzai", "foreign_minister", "PK"),
                ("Wali Rahmanzai", "foreign_minister", "AF"),
            },
        ),
        (
            "Pakistani Foreign Minister Imran Qadirzai met his Afghan counterpart FM Wali"
            " Rahmanzai.",
            {
                ("Imran Qadirzai", "foreign_minister", "PK"),
                ("Wali Rahmanzai", "foreign_minister", "AF"),
            },
        ),
    ],
)
def test_extract_english_a_title_in_capitals_and_a_counterparts_title(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "He ... his counterpart X" after a sentence whose subject is a title with no
        # name: the counterpart shares that title's post, not the last named official's
        (
            "On Monday, the foreign minister of Pakistan met Afghan President Karim Sahibzada"
            " in Kabul. He also held talks with his counterpart Wali Rahmanzai.",
            {
                ("Karim Sahibzada", "head_of_state", "AF"),
                ("Wali Rahmanzai", "foreign_minister", None),
            },
        ),
        (
            "The defence minister met Afghan President Karim Sahibzada in Kabul. He also held"
            " talks with his Afghan counterpart Wali Rahmanzai.",
            {
                ("Karim Sahibzada", "head_of_state", "AF"),
                ("Wali Rahmanzai", "defence_minister", "AF"),
            },
        ),
        # a named subject stays the antecedent
        (
            "Afghan President Karim Sahibzada met the visiting foreign minister in Kabul. He"
            " also held talks with his Iranian counterpart Wali Rahmanzai.",
            {
                ("Karim Sahibzada", "head_of_state", "AF"),
                ("Wali Rahmanzai", "head_of_state", "IR"),
            },
        ),
    ],
)
def test_extract_english_he_and_his_counterpart_after_an_unnamed_subject(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "role", "state"),
    [
        (
            "The reception was attended by Saudi Ambassador to Kuwait Prince Sultan bin Majed "
            "bin Tarvi.",
            "Sultan bin Majed bin Tarvi",
            "ambassador",
            "SA",
        ),
        (
            "UAE Minister of Industry Sultan Al Jabrani met the Indian ambassador.",
            "Sultan Al Jabrani",
            "minister",
            "AE",
        ),
        (
            "Omani Foreign Minister Amir bin Hamdan met the Chinese ambassador.",
            "Amir bin Hamdan",
            "foreign_minister",
            "OM",
        ),
    ],
)
def test_extract_english_a_title_word_before_a_lineage_is_a_given_name(sentence, name, role, state):
    # Sultan, Amir before bin or Al: a given name (a monarch's title is followed by his
    # given name, not his lineage)
    assert (name, role, state) in _tuples(sentence)


def test_extract_english_a_title_after_an_ambassador_s_comma_opens_another_holder():
    # the US Ambassador, CS X: X is the cabinet secretary named before, not the envoy
    text = (
        "Foreign Minister Kemi Aradovo met US Ambassador Dana Kirkwell on Monday. During the "
        "meeting with the US Ambassador, CS Aradovo acknowledged the strong relations."
    )
    got = _tuples(text)
    assert ("Kemi Aradovo", "foreign_minister", None) in got
    assert not any(
        n in ("Kemi Aradovo", "CS Aradovo", "Aradovo") and r == "ambassador" for n, r, _ in got
    )


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("CS Wanjiru Kamotho met the Qatari ambassador in Nairobi.", "Wanjiru Kamotho", "minister"),
        # Kenya's principal secretary stands under the cabinet secretary, as a deputy
        # minister; a permanent secretary heads a ministry's civil service (an official)
        (
            "Kenya's Principal Secretary for Foreign Affairs Otieno Barasa met the Qatari "
            "ambassador.",
            "Otieno Barasa",
            "deputy_minister",
        ),
        (
            "Permanent Secretary for Foreign Affairs Otieno Barasa met the Qatari ambassador.",
            "Otieno Barasa",
            "official",
        ),
    ],
)
def test_extract_english_kenyan_cabinet_and_principal_secretaries(sentence, name, role):
    assert (name, role) in {(n, r) for n, r, _ in _tuples(sentence)}


@pytest.mark.parametrize(
    ("sentence", "role", "state"),
    [
        (
            "Igor Zelnikov, head of the Belarusian defense ministry's international cooperation "
            "department, said on Monday that the ministers met.",
            "official",
            "BY",
        ),
        (
            "Igor Zelnikov, head of the political department of the Russian foreign ministry, "
            "said the talks went well.",
            "official",
            "RU",
        ),
        (
            "Igor Zelnikov, director of the Asia department at the Kazakh foreign ministry, said "
            "the ministers met.",
            "director_general",
            "KZ",
        ),
    ],
)
def test_extract_english_the_head_of_a_ministry_s_department_is_the_unit_s(sentence, role, state):
    # head of a department (in lower case, of or inside a ministry): the unit's head, not
    # the minister
    assert _tuples(sentence) == {("Igor Zelnikov", role, state)}


def test_extract_english_a_state_department_counselor_is_an_adviser():
    got = _tuples(
        "State Department Counselor Tobin Marshall met Belarusian Foreign Minister Oleg Varnov."
    )
    assert ("Tobin Marshall", "adviser", "US") in got


def test_extract_english_a_home_story_whose_lead_states_no_state_speaks_of_its_own():
    # ISLAMABAD - the lead's officials state no state: the story is about the dateline's
    # officials, and a later paragraph's too
    text = (
        "ISLAMABAD (Dunya News) - Chief of Army Staff General Omar Latifi on Thursday called "
        "on Prime Minister Nadim Qureshan. Earlier, Chairman Joint Chiefs of Staff Committee "
        "(CJCSC) Gen Sadiq Tanvir Haidari called on Prime Minister Nadim Qureshan."
    )
    assert ("Sadiq Tanvir Haidari", "chief_of_staff", "PK") in _tuples(text)


def test_extract_english_the_head_of_an_intelligence_department_is_its_chief():
    got = _tuples(
        "Major General Ahmad Husnawi, head of the Intelligence Department, met the envoy."
    )
    assert {(n, r) for n, r, _ in got} == {("Ahmad Husnawi", "intelligence_chief")}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Defence Minister Ivan Dolgovin arrived in Minsk to take part in Russian President "
            "Boris Kalinov's talks with his Belarusian counterpart, Anton Velkov.",
            "head_of_state",
        ),
        (
            "The envoy attended Foreign Minister Boris Kalinov's meeting with his Belarusian "
            "counterpart Anton Velkov.",
            "foreign_minister",
        ),
    ],
)
def test_extract_english_a_possessor_s_talks_with_his_counterpart(sentence, role):
    # X's talks with his counterpart Y: Y holds X's post, whoever the sentence's subject is
    assert ("Anton Velkov", role, "BY") in _tuples(sentence)


@pytest.mark.parametrize("style", ["Prince", "Sheikh"])
def test_extract_english_a_style_and_given_name_is_the_counterpart_s_antecedent(style):
    # Prince X also met his counterpart Y: X named before by his full name and post
    text = (
        f"Saudi Foreign Minister {style} Ramiz bin Saudan met Kuwait's Crown Prince Sheikh "
        f"Nasir Al-Sabahi. {style} Ramiz also met his Kuwaiti counterpart Omar Al-Mutawwa."
    )
    assert ("Omar Al-Mutawwa", "foreign_minister", "KW") in _tuples(text)


def test_extract_english_syria_s_foreign_and_expatriates_minister():
    got = _tuples("Foreign and Expatriates Minister, Sami Fordani, received the Omani envoy.")
    assert ("Sami Fordani", "foreign_minister", None) in got


@pytest.mark.parametrize("greeting", ["Happy Christmas", "Merry Christmas", "Happy Easter"])
def test_extract_english_a_greeting_is_no_name(greeting):
    got = _tuples(f"Foreign Minister Tom Bakerlund wished the Deputy Secretary {greeting}.")
    assert got == {("Tom Bakerlund", "foreign_minister", None)}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Prime Minister Tom Bakerlund received the Special Envoy of Crown Prince Sami "
            "Fordani of Saudi Arabia today.",
            "Sami Fordani",
            "official",
        ),
        (
            "The Special Envoy of President Sami Fordani met the minister.",
            "Sami Fordani",
            "head_of_state",
        ),
        (
            "The Special Envoy of the Secretary-General Hans Grubermann met the minister.",
            "Hans Grubermann",
            "envoy",
        ),
    ],
)
def test_extract_english_an_envoy_of_a_named_principal(sentence, name, role):
    # the Special Envoy of Crown Prince X: X is the prince, the envoy is not named
    assert {(n, r) for n, r, _ in _tuples(sentence) if n == name} == {(name, role)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister met New Zealand's Defence Minister Sami Fordani on Monday.",
            ("Sami Fordani", "defence_minister", "NZ"),
        ),
        (
            "He later met the New Zealand Foreign Minister Ona Bakerlund.",
            ("Ona Bakerlund", "foreign_minister", "NZ"),
        ),
        (
            "Talks were held with South Africa's Finance Minister Tom Grubermann.",
            ("Tom Grubermann", "finance_minister", "ZA"),
        ),
    ],
)
def test_extract_english_a_state_of_two_words_before_a_title(sentence, expected):
    # "New" of New Zealand is the state's name, not the word "new" before a title
    assert expected in _tuples(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He met US Secretary of Defence Sami Fordani in Hanoi.",
            ("Sami Fordani", "defence_minister", "US"),
        ),
        (
            "Minister of Defense Ona Bakerlund of Ghana spoke.",
            ("Ona Bakerlund", "defence_minister", "GH"),
        ),
        (
            "The UK Foreign Secretary, the Right Honorable Tom Grubermann, arrived.",
            ("Tom Grubermann", "foreign_minister", "GB"),
        ),
    ],
)
def test_extract_english_british_and_american_spellings_of_a_title(sentence, expected):
    # every title and honorific is matched in both spellings (defence, defense;
    # honourable, honorable)
    assert expected in _tuples(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chief of Defence Forces Australia General Sami Fordani arrived on Sunday.",
            ("Sami Fordani", "chief_of_staff", "AU"),
        ),
        (
            "Army Commander Kenya Lt Gen Ona Bakerlund opened the course.",
            ("Ona Bakerlund", "military_commander", "KE"),
        ),
        (
            "The Chief of General Staff Nigeria, Tom Grubermann, received the team.",
            ("Tom Grubermann", "chief_of_staff", "NG"),
        ),
    ],
)
def test_extract_english_a_state_named_after_the_title_without_of(sentence, expected):
    assert expected in _tuples(sentence)


def test_extract_english_a_state_after_a_title_needs_a_name_after_it():
    assert _tuples("He phoned Foreign Minister Kenya, Ghana and Togo on Monday.") == set()


@pytest.mark.parametrize("given", ["Sana", "Ona", "Wam"])
def test_extract_english_an_agency_s_acronym_is_a_name_when_not_in_capitals(given):
    # SANA, ONA, WAM are agencies in capitals; written Sana or Ona they are given names
    got = _tuples(f"Foreign Minister {given} Bakerlund met the envoy, the agency reported.")
    assert got == {(f"{given} Bakerlund", "foreign_minister", None)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ona Fordani received the UK Secretary of State for the Foreign and Commonwealth "
            "Affairs, Tom Grubermann.",
            ("Tom Grubermann", "foreign_minister", "GB"),
        ),
        (
            "He met the British Secretary of State for the Home Department, Sami Bakerlund.",
            ("Sami Bakerlund", "interior_minister", "GB"),
        ),
        (
            "He met the Kenyan Minister for the Environment, Tom Grubermann.",
            ("Tom Grubermann", "minister", "KE"),
        ),
    ],
)
def test_extract_english_the_before_a_portfolio(sentence, expected):
    # Minister for the Environment, Secretary of State for the Home Department
    assert expected in _tuples(sentence)


def test_extract_english_a_headline_s_counterparts_give_no_state_to_the_lead():
    text = (
        "Bakerlund holds talks with Japan, Kenya counterparts\n\n"
        "Defence Minister Tom Bakerlund on Sunday held a series of bilateral meetings."
    )
    assert ("Tom Bakerlund", "defence_minister", None) in _tuples(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He met Tom Grubermann, Speaker of the Federal National Council in the United "
            "Arab Emirates, on Monday.",
            ("Tom Grubermann", "official", "AE"),
        ),
        (
            "He met Sami Bakerlund, Chairman of the Senate in Kenya, on Monday.",
            ("Sami Bakerlund", "official", "KE"),
        ),
        (
            "Ona Fordani, President of the Council of the Nation in Algeria, spoke.",
            ("Ona Fordani", "official", "DZ"),
        ),
    ],
)
def test_extract_english_in_a_state_after_a_body_s_title(sentence, expected):
    # a legislature's officer "in" a state is that state's (an ambassador's "in" is his host)
    assert expected in _tuples(sentence)


def test_extract_english_a_counterpart_s_own_stated_state_wins_over_the_dateline():
    text = (
        "MUSCAT: Sami Bakerlund, Chairman of the Shura Council, received a written message "
        "from his counterpart Tom Grubermann, Speaker of the Federal National Council in the "
        "United Arab Emirates."
    )
    got = _tuples(text)
    assert ("Tom Grubermann", "official", "AE") in got
    assert ("Sami Bakerlund", "official", "OM") in got


@pytest.mark.parametrize(
    "title",
    [
        "Inspector General of Police",
        "Director General of Customs",
        "Police Chief",
        "Head of Public Security",
    ],
)
def test_extract_english_heads_of_police_customs_and_public_security(title):
    got = _tuples(f"The minister met the {title}, Sami Bakerlund, on Monday.")
    assert ("Sami Bakerlund", "director_general", None) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Tom Bakerlund met his counterparts from Argentina and Brazil, "
        "Sami Fordani and Ali Nunesco, in Lima.",
        "Foreign Minister Tom Bakerlund met his Argentine and Brazilian counterparts, Sami "
        "Fordani and Ali Nunesco, in Lima.",
        "Foreign Minister Tom Bakerlund also met his peers Sami Fordani of Argentina and Ali "
        "Nunesco of Brazil.",
    ],
)
def test_extract_english_plural_counterparts_with_their_states_in_order(sentence):
    got = _tuples(sentence)
    assert ("Sami Fordani", "foreign_minister", "AR") in got
    assert ("Ali Nunesco", "foreign_minister", "BR") in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Ambassador Extraordinary and Plenipotentiary of Guinea to Ghana, Jean Matho "
            "Dorelle, presented his credentials.",
            ("Jean Matho Dorelle", "ambassador", "GN"),
        ),
        (
            "Ambassador Extraordinary and Plenipotentiary of Peru Ana Quispelo arrived.",
            ("Ana Quispelo", "ambassador", "PE"),
        ),
    ],
)
def test_extract_english_ambassador_extraordinary_and_plenipotentiary(sentence, expected):
    assert expected in _tuples(sentence)


@pytest.mark.parametrize("name", ["Akufo-Addo", "Bakerlund-Fordani"])
def test_extract_english_a_hyphenated_surname_alone_after_a_title(name):
    assert (name, "head_of_state", None) in _tuples(f"President {name} received the envoys.")


def test_extract_english_a_hyphenated_word_not_after_a_title_is_no_name():
    assert _tuples("The Indo-Pacific strategy was discussed by Franco-German officials.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "President Tomas \u201cTomi\u201d Bakerlund received the minister.",
        'President Tomas "Tomi" Bakerlund received the minister.',
    ],
)
def test_extract_english_a_nickname_in_quotes_inside_a_name(sentence):
    assert _tuples(sentence) == {("Tomas Bakerlund", "head_of_state", None)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The envoys were Jorn Kessel Ambassador of the Federal Republic of Germany, "
            "Tomas Verri the High Commissioner of the Republic of Zambia, and Lindiwe Okafor "
            "Ambassador of Brazil.",
            {
                ("Jorn Kessel", "ambassador", "DE"),
                ("Tomas Verri", "ambassador", "ZM"),
                ("Lindiwe Okafor", "ambassador", "BR"),
            },
        ),
        (
            "Also present were His Excellency Anwe Dobrik Ambassador of Norway and Kalu "
            "Menders High Commissioner of India.",
            {("Anwe Dobrik", "ambassador", "NO"), ("Kalu Menders", "ambassador", "IN")},
        ),
        (
            "Paulo Ferreiro Minister of Foreign Affairs of Portugal, Imre Solti Minister of "
            "Defence of Hungary.",
            {
                ("Paulo Ferreiro", "foreign_minister", "PT"),
                ("Imre Solti", "defence_minister", "HU"),
            },
        ),
    ],
)
def test_extract_english_a_list_of_names_each_before_its_title_and_state(sentence, expected):
    # no comma between a name and its title: the title is the name's before it
    assert _tuples(sentence) == expected


def test_extract_english_a_title_then_a_comma_then_its_holder_stays_so():
    got = _tuples("He met the Ambassador of Germany, Jorn Kessel, on Monday.")
    assert got == {("Jorn Kessel", "ambassador", "DE")}


def _tuples_at(text: str, url: str) -> set[tuple[str, str, str | None]]:
    ex = extract(Article(id="t", text=text, lang="en", url=url))
    names = {p.id: p.name_en for p in ex.persons}
    return {(names[t.person], t.role, t.country) for t in ex.tenures if t.status == "current"}


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        (
            "https://www.odt.co.nz/news/1",
            "Foreign Minister Tovar Elkin is on a tour of the region this week.",
            ("Tovar Elkin", "foreign_minister", "NZ"),
        ),
        (
            "https://www.nation.co.ke/news/2",
            "Interior Minister Brisa Calloway met the delegation. The talks covered trade.",
            ("Brisa Calloway", "interior_minister", "KE"),
        ),
        (
            "https://www.example.lk/news/3",
            "State Minister of Defence Ruan Pelleri received the visitors on Monday.",
            ("Ruan Pelleri", "minister", "LK"),
        ),
    ],
)
def test_extract_english_a_story_told_at_home_takes_the_outlet_s_state(url, text, expected):
    assert expected in _tuples_at(text, url)


def test_extract_english_the_outlet_s_state_skips_a_sentence_naming_another_state():
    got = _tuples_at(
        "Foreign Minister Tovar Elkin met the delegation. "
        "Elkin later met Japanese officials and Defence Minister Brisa Calloway.",
        "https://www.odt.co.nz/news/1",
    )
    assert ("Tovar Elkin", "foreign_minister", "NZ") in got
    assert ("Brisa Calloway", "defence_minister", "NZ") not in got


def test_extract_english_a_body_named_right_after_the_title_is_no_state_s():
    got = _tuples_at(
        "The minister held talks with Kora Lindqvist, Director General United Nations "
        "Office in Nairobi (UNON).",
        "https://www.nation.co.ke/news/2",
    )
    assert got == {("Kora Lindqvist", "director_general", None)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "State Minister of Defence Ruan Pelleri received the visitors.",
            ("Ruan Pelleri", "minister", None),
        ),
        (
            "Kenya's State Minister of Foreign Affairs Ruan Pelleri spoke.",
            ("Ruan Pelleri", "minister", "KE"),
        ),
        (
            "Minister of Mines Ramon Kell said the site would open.",
            ("Ramon Kell", "minister", None),
        ),
        (
            "Minister of Fisheries Tala Moengangongo arrived.",
            ("Tala Moengangongo", "minister", None),
        ),
    ],
)
def test_extract_english_a_junior_or_unknown_portfolio_before_the_name(sentence, expected):
    assert expected in _tuples(sentence)


def test_extract_english_a_royal_style_opens_a_listed_name_before_its_title():
    got = _tuples(
        "They were Tomas Verri Ambassador of Brazil, and Prince Sabelo Dunga High "
        "Commissioner of the Republic of South Africa."
    )
    assert ("Sabelo Dunga", "ambassador", "ZA") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Varga assured President Tomo Kessler of EU's commitment to the talks.",
        "She assured Prime Minister Tomo Kessler of the African Union's support.",
    ],
)
def test_extract_english_a_body_before_a_possessive_is_not_the_title_s(sentence):
    ((name, role, _country),) = _tuples(sentence)
    assert (name, role) in {
        ("Tomo Kessler", "head_of_state"),
        ("Tomo Kessler", "head_of_government"),
    }


def test_extract_english_the_outlet_s_lead_is_the_first_sentence_past_the_headline():
    text = (
        "Minister of State for Foreign Affairs Receives New High Commissioner of Ghana\n"
        "Talks on Trade and Fisheries\n"
        "The newly appointed High Commissioner of Ghana, Kofi Ampem, paid a courtesy call "
        "on the Minister of State for Foreign Affairs, Ilham Rasheed."
    )
    got = _tuples_at(text, "https://www.example.mv/news/1")
    assert ("Ilham Rasheed", "minister", "MV") in got
    assert ("Kofi Ampem", "ambassador", "GH") in got


def test_extract_english_a_list_after_a_holder_the_gazetteer_knows_takes_his_state():
    from kg import lexicon

    known = next(o for o in lexicon.officials() if o.country and len(o.en.split()) >= 2)
    got = _tuples(
        f"The delegation was welcomed by Prime Minister {known.en}, Deputy Prime Minister "
        "Tomas Verri, Foreign Minister Lena Varga, and Ambassador to Chile Kora Lindqvist."
    )
    assert ("Tomas Verri", "deputy_head_of_government", known.country) in got
    assert ("Lena Varga", "foreign_minister", known.country) in got
    assert ("Kora Lindqvist", "ambassador", known.country) in got


def test_extract_english_latin_america_is_no_state():
    got = _tuples(
        "He met the Director General of Latin America of the Foreign Ministry Tomas Verri."
    )
    assert ("Tomas Verri", "director_general", "US") not in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Secretary of State for Defence Policy, Planning and International "
            "Relations, Ilona Marin, also attended the meeting.",
            ("Ilona Marin", "deputy_minister", None),
        ),
        (
            "Secretary of State for Foreign Trade Policy Ilona Marin arrived.",
            ("Ilona Marin", "deputy_minister", None),
        ),
        (
            "Secretary of State for Defence Ilona Marin arrived.",
            ("Ilona Marin", "defence_minister", "GB"),
        ),
    ],
)
def test_extract_english_a_secretary_of_state_for_a_longer_portfolio(sentence, expected):
    # for Defence Policy ...: another portfolio than the defence a fixed title names
    assert expected in _tuples(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Health Minister and Minister for Pacific Peoples Dr Tomas Verri arrived.",
            ("Tomas Verri", "minister", None),
        ),
        (
            "Minister for Rural Communities General Tomas Verri arrived.",
            ("Tomas Verri", "minister", None),
        ),
        (
            "Minister of Ocean Economy Dr Lena Varga spoke.",
            ("Lena Varga", "minister", None),
        ),
    ],
)
def test_extract_english_an_unknown_portfolio_before_an_honorific_or_rank(sentence, expected):
    assert expected in _tuples(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Present were the Chief of Staff of the Navy, Director General Coast Guard and others.",
        "The Commandant Gendarmerie and the Inspector General Police attended.",
    ],
)
def test_extract_english_a_unit_s_name_after_a_title_is_no_person(sentence):
    assert _tuples(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Deputy Defence Minister Sen. Lieut. Gen Tran Van Hoa hosted the ambassador.",
            ("Tran Van Hoa", "deputy_minister", None),
        ),
        (
            "Army Commander Lieut. Gen. Tomas Verri met the envoy.",
            ("Tomas Verri", "military_commander", None),
        ),
        (
            "Defence Minister Colonel General Ivan Petrenko met the envoy.",
            ("Ivan Petrenko", "defence_minister", None),
        ),
    ],
)
def test_extract_english_rank_abbreviations_are_not_names(sentence, expected):
    assert _tuples(sentence) == {expected}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He met with Prime Minister Datuk Seri Tomas Verri at his office.",
            {("Tomas Verri", "head_of_government", None)},
        ),
        (
            "Also present were Chief of Defence Forces General Tan Sri Mohamad Ab Karim "
            "and Navy Chief Admiral Tan Sri Abdul Rahman Ayub.",
            {
                ("Mohamad Ab Karim", "chief_of_staff", None),
                ("Abdul Rahman Ayub", "military_commander", None),
            },
        ),
        (
            "Defence Minister Dato' Sri Lena Varga and Alhaji Kofi Mensar, Minister of "
            "Defence of Ghana, met.",
            {("Lena Varga", "defence_minister", None), ("Kofi Mensar", "defence_minister", "GH")},
        ),
    ],
)
def test_extract_english_styles_of_malaysia_brunei_and_west_africa(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The meeting was also attended by Tomas Verri, Oman's minister in charge of "
            "foreign affairs.",
            ("Tomas Verri", "foreign_minister", "OM"),
        ),
        (
            "Minister Responsible for Foreign Affairs Tomas Verri met the envoy.",
            ("Tomas Verri", "foreign_minister", None),
        ),
        (
            "The Minister responsible for Defence Affairs, Tomas Verri, spoke.",
            ("Tomas Verri", "defence_minister", None),
        ),
    ],
)
def test_extract_english_the_minister_in_charge_of_a_ministry(sentence, expected):
    assert expected in _tuples(sentence)


@pytest.mark.parametrize(
    ("state", "role"),
    [
        ("Pakistan", "chief_of_staff"),
        ("Indian", "chief_of_staff"),
        ("Nigerian", "chief_of_staff"),
        ("Malaysian", "military_commander"),
        ("Lebanese", "military_commander"),
    ],
)
def test_extract_english_an_army_chief_where_the_title_is_chief_of_army_staff(state, role):
    ((_name, got, _code),) = _tuples(f"{state} Army chief General Tomas Verri met the envoy.")
    assert got == role


def test_extract_english_a_story_that_names_its_own_state_is_told_at_home():
    text = (
        "KUALA LUMPUR: Malaysia and Indonesia affirmed their commitment to defence ties.\n\n"
        "Indonesian Defence Minister Arif Wiranto met Defence Minister Hasan Karim.\n\n"
        "Also present were Deputy Defence Minister Adli Zaman and Navy Chief Admiral "
        "Rashid Ayob during the visit to Malaysia."
    )
    got = _tuples(text)
    assert ("Adli Zaman", "deputy_minister", "MY") in got
    assert ("Rashid Ayob", "military_commander", "MY") in got
    assert ("Arif Wiranto", "defence_minister", "ID") in got


def test_extract_english_a_wire_story_that_never_names_the_dateline_s_state_is_not_local():
    text = (
        "WASHINGTON: Talks on the crisis resumed.\n\n"
        "Foreign Minister Arif Wiranto met his counterparts in the capital."
    )
    assert ("Arif Wiranto", "foreign_minister", "US") not in _tuples(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Leader of the Opposition Tomas Verri said the vote was unfair.",
        "She called on Dr. Tomas Verri, Leader of the Opposition; and others.",
    ],
)
def test_extract_english_the_leader_of_the_opposition(sentence):
    assert ("Tomas Verri", "official", None) in _tuples(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Her Excellency Nadia Campbell- Rodrigo, High Commissioner of Jamaica, spoke.",
            ("Nadia Campbell-Rodrigo", "ambassador", "JM"),
        ),
        (
            "Syrian President Tomas Al- Verri met the envoy.",
            ("Tomas Al-Verri", "head_of_state", "SY"),
        ),
    ],
)
def test_extract_english_a_hyphen_the_text_spaced_off_inside_a_name(sentence, expected):
    assert expected in _tuples(sentence)


def test_extract_english_plural_title_of_two_states_then_two_names():
    got = _tuples(
        "Relations between the presidents of Serbia and China, Tomas Verri and Li Wenhao, grew."
    )
    assert got == {("Tomas Verri", "head_of_state", "RS"), ("Li Wenhao", "head_of_state", "CN")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Amb." after "and" opens the next person: the title before it is the first's
        (
            "Amb. Jane Odera, the Cabinet Secretary for Foreign Affairs and Amb. Tom Baker, "
            "US Assistant Secretary for African Affairs held a virtual meeting.",
            {("Jane Odera", "foreign_minister", None), ("Tom Baker", "official", "US")},
        ),
        (
            "Amb. Ruth Kamau, the Principal Secretary for Defence and Amb. Ali Salim, the "
            "Principal Secretary for Foreign Affairs, met.",
            {("Ruth Kamau", "official", None), ("Ali Salim", "official", None)},
        ),
        (
            "Amb. Peter Otieno, Cabinet Secretary for Defence and Amb. Lars Holm, Norway's "
            "Ambassador to Kenya, spoke.",
            # (one sentence: "Amb." is no sentence's end; the host of the ambassador named
            # beside him is the state the stateless post serves)
            {("Peter Otieno", "defence_minister", "KE"), ("Lars Holm", "ambassador", "NO")},
        ),
    ],
)
def test_extract_english_a_courtesy_title_after_and_opens_the_next_person(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # U.S written without its last full stop
        (
            "Tom Baker, U.S Assistant Secretary for African Affairs, met the press.",
            ("Tom Baker", "official", "US"),
        ),
        ("The U.S Ambassador Lena Ford met the minister.", ("Lena Ford", "ambassador", "US")),
        (
            "Ms. Ann Pryce, the U.S Deputy Assistant Secretary for East Africa, spoke.",
            ("Ann Pryce", "official", "US"),
        ),
    ],
)
def test_extract_english_us_without_its_last_stop(sentence, expected):
    assert expected in _tuples(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # initials before a surname, spaced or glued (Nigerian and Ghanaian styles)
        (
            "The Chief of Army Staff, Maj. Gen. W. Bamidele, met the press.",
            ("W. Bamidele", "chief_of_staff", None),
        ),
        (
            "Chief of Air Staff, Air Vice Marshal S. K. Adeyemi met the minister.",
            ("S. K. Adeyemi", "chief_of_staff", None),
        ),
        (
            "Chief of Naval Staff Rear Admiral O.O. Tanko spoke in Lagos.",
            ("O.O. Tanko", "chief_of_staff", None),
        ),
        # H.E. is a style, not initials
        (
            "H.E. Lena Ford, the U.S. Ambassador to Kenya, spoke.",
            ("Lena Ford", "ambassador", "US"),
        ),
    ],
)
def test_extract_english_initials_open_a_name(sentence, expected):
    assert expected in _tuples(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare "Ambassador X" then the post of X's state, with no comma between
        (
            "The talks were attended by Ambassador Mary Jones US Deputy Assistant Secretary "
            "for East Africa; and others.",
            ("Mary Jones", "official", "US"),
        ),
        (
            "Also present was Ambassador Kyle Mason US Ambassador to Kenya; and others.",
            ("Kyle Mason", "ambassador", "US"),
        ),
        (
            "Also present was Ambassador Lars Holm Norwegian Ambassador to Kenya; and others.",
            ("Lars Holm", "ambassador", "NO"),
        ),
    ],
)
def test_extract_english_a_bare_ambassador_then_his_states_post(sentence, expected):
    assert expected in _tuples(sentence)


@pytest.mark.parametrize(
    "text",
    [
        # "Amb." before a name whose post follows in apposition: the post, not the style,
        # even where a dateline gives both a state
        "NAIROBI, Kenya - Amb. Jane Odera, the Cabinet Secretary for Foreign Affairs, met "
        "the envoy.",
        "NAIROBI - Amb. Ruth Kamau, Principal Secretary for Defence, spoke on Monday.",
        "Amb. Ali Salim, the Foreign Minister of Kenya, arrived in Accra.",
    ],
)
def test_extract_english_amb_before_a_post_in_apposition_is_no_ambassador(text):
    roles = {role for _name, role, _c in _tuples(text)}
    assert roles and "ambassador" not in roles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an assistant secretary "for" a bureau no lexicon holds, then the name (a bureau's
        # head: an official, below the deputy secretaries)
        (
            "Foreign Minister Pedro Soto met with US Assistant Secretary for Near Eastern "
            "Affairs Mike Kozma on Monday.",
            ("Mike Kozma", "official", "US"),
        ),
        # the possessive of a state whose name ends in s: the United States', the Philippines'
        (
            "Foreign Minister Pedro Soto met with United States' Acting Assistant Secretary for "
            "Western Hemisphere Affairs Mike Kozma on Monday.",
            ("Mike Kozma", "official", "US"),
        ),
        (
            "Foreign Minister Pedro Soto met the Philippines' Foreign Secretary Ana Cruz.",
            ("Ana Cruz", "foreign_minister", "PH"),
        ),
    ],
)
def test_extract_english_assistant_secretary_for_a_bureau_and_states_possessive(sentence, expected):
    assert expected in _tuples(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body's name with "and" inside it, up to its noun
        (
            "Ali Saeed Al Badi, Chairman of the National Emergency Crisis and Disasters "
            "Management Authority, spoke.",
            ("Ali Saeed Al Badi", "director_general", None),
        ),
        (
            "Omar Haddad, Director General of the Border Security and Customs Authority, spoke.",
            ("Omar Haddad", "director_general", None),
        ),
        # Counselor before a name is a style (Egyptian and Arab diplomats)
        (
            "Official MFA Spokesperson Counselor Ahmed Samir stated that talks went well.",
            ("Ahmed Samir", "spokesperson", None),
        ),
        (
            "Spokesman Counsellor Omar Nabil said the talks went well.",
            ("Omar Nabil", "spokesperson", None),
        ),
    ],
)
def test_extract_english_a_body_with_and_in_its_name_and_the_counselor_style(sentence, expected):
    assert expected in _tuples(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # H.E written without its last full stop is a style, not the holder's initials
        (
            "Ghana's new High Commissioner to Fiji H.E Kwame Odartey paid a courtesy call.",
            {("Kwame Odartey", "ambassador", "GH")},
        ),
        # letters after a name (MP, KCMG) close it and are no part of it
        (
            "Foreign Secretary Jonathan Harwell MP met the press.",
            {("Jonathan Harwell", "foreign_minister", None)},
        ),
        (
            "The Minister of Finance, Honourable Dwayne Castell MP, spoke.",
            {("Dwayne Castell", "finance_minister", None)},
        ),
        (
            "Sir Alan Merrow KCMG, the British Ambassador to Qatar, spoke.",
            {("Alan Merrow", "ambassador", "GB")},
        ),
        # Senator, Congressman before a name: a style, not a post and no part of the name
        (
            "Parliamentary Secretary Senator Ruel Daventry met the press.",
            {("Ruel Daventry", "deputy_minister", None)},
        ),
        # a non-resident envoy is an envoy
        (
            "Mr Tariq Mendhal, the non-resident High Commissioner of Pakistan to Tonga, spoke.",
            {("Tariq Mendhal", "ambassador", "PK")},
        ),
        # attorneys and solicitors general
        (
            "The Attorney-General of Fiji, Mr. Ravindra Kolat, spoke.",
            {("Ravindra Kolat", "official", "FJ")},
        ),
        (
            "Acting Prime Minister and Attorney-General of Fiji, Ravindra Kolat, spoke.",
            {("Ravindra Kolat", "head_of_government", "FJ"), ("Ravindra Kolat", "official", "FJ")},
        ),
    ],
)
def test_extract_english_styles_and_letters_around_a_name(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # items of title then name: the second title is the next person's, not X's
        (
            "He was accompanied by the Minister of Finance, Dwayne Castell, Chief of Defence "
            "Staff, Lt. Gen. Orrin Blakeley, and others.",
            {
                ("Dwayne Castell", "finance_minister", None),
                ("Orrin Blakeley", "chief_of_staff", None),
            },
        ),
        (
            "Present were the Minister of Health, Dr. Ama Ofori, Director of Immigration, "
            "Mr. Kofi Dantey, and aides.",
            {("Ama Ofori", "minister", None), ("Kofi Dantey", "director_general", None)},
        ),
        # a name with no title before it: the title after it is its own
        (
            "He met Dwayne Castell, Chief of Defence Staff, and others.",
            {("Dwayne Castell", "chief_of_staff", None)},
        ),
    ],
)
def test_extract_english_list_of_titles_each_before_its_name(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The spokesman said the new ambassadors are Hamza Lawal from Nigeria, Arvind "
            "Menon from India, and Oumar Keita from Guinea who resides in Dakar.",
            {
                ("Hamza Lawal", "ambassador", "NG"),
                ("Arvind Menon", "ambassador", "IN"),
                ("Oumar Keita", "ambassador", "GN"),
            },
        ),
        # each name then its state after a comma, or right after it
        (
            "The ambassadors are Amadou Kane, Mauritania, Pieter Claes, Belgium, Jonas Weber "
            "Austria and Knut Lein from Norway.",
            {
                ("Amadou Kane", "ambassador", "MR"),
                ("Pieter Claes", "ambassador", "BE"),
                ("Jonas Weber", "ambassador", "AT"),
                ("Knut Lein", "ambassador", "NO"),
            },
        ),
        (
            "The new ambassadors were Hamza Lawal of Nigeria and Arvind Menon of India.",
            {("Hamza Lawal", "ambassador", "NG"), ("Arvind Menon", "ambassador", "IN")},
        ),
        (
            "The three foreign ministers are Hamza Lawal from Nigeria, Arvind Menon from "
            "India and Lucia Prado from Peru.",
            {
                ("Hamza Lawal", "foreign_minister", "NG"),
                ("Arvind Menon", "foreign_minister", "IN"),
                ("Lucia Prado", "foreign_minister", "PE"),
            },
        ),
    ],
)
def test_extract_english_plural_title_then_its_list_of_holders(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the official an envoy posted to a state calls on is that state's
        (
            "Ghana's new High Commissioner to Fiji H.E Kwame Odartey paid a courtesy call on "
            "Prime Minister Ratu Vosa.",
            {("Kwame Odartey", "ambassador", "GH"), ("Ratu Vosa", "head_of_government", "FJ")},
        ),
        (
            "The Ambassador of Chile to Kenya, Mr Diego Varela, met the Minister of Health, "
            "Mrs Akinyi Otieno, at her office.",
            {("Diego Varela", "ambassador", "CL"), ("Akinyi Otieno", "minister", "KE")},
        ),
        # one of the envoy's party is not the host's: he goes with the envoy, of his state
        (
            "The new Ambassador of Japan to Ghana, Mr Kenji Sato, accompanied by the Deputy "
            "Head of Mission, Mr Taro Ito, met the press.",
            {("Kenji Sato", "ambassador", "JP"), ("Taro Ito", "official", "JP")},
        ),
    ],
)
def test_extract_english_the_host_officials_an_envoy_calls_on(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # a government's own release: its officials without a state are its own
        (
            "https://jis.gov.jm/news/1",
            {
                ("Ruel Daventry", "head_of_government", "JM"),
                ("Tom Baker", "deputy_head_of_state", "US"),
                ("Dwayne Castell", "finance_minister", "JM"),
                ("Orrin Blakeley", "chief_of_staff", "JM"),
                ("Lena Ford", "ambassador", "US"),
            },
        ),
        (
            "https://www.mfa.go.ke/news/2",
            {
                ("Ruel Daventry", "head_of_government", "KE"),
                ("Tom Baker", "deputy_head_of_state", "US"),
                ("Dwayne Castell", "finance_minister", "KE"),
                ("Orrin Blakeley", "chief_of_staff", "KE"),
                ("Lena Ford", "ambassador", "US"),
            },
        ),
        # a newspaper's address gives no state to an English text
        (
            "https://www.jamaica-gleaner.com/article/3",
            {
                ("Ruel Daventry", "head_of_government", None),
                ("Tom Baker", "deputy_head_of_state", "US"),
                ("Dwayne Castell", "finance_minister", None),
                ("Orrin Blakeley", "chief_of_staff", None),
                ("Lena Ford", "ambassador", "US"),
            },
        ),
    ],
)
def test_extract_english_a_government_release_names_its_own_officials(url, expected):
    # (past the lead, in a sentence that names another state)
    text = (
        "Prime Minister Ruel Daventry met the Vice President of the United States, Tom Baker, "
        "in Washington on Monday. The Prime Minister was accompanied by the Minister of "
        "Finance, Dwayne Castell, Chief of Defence Staff, Lt. Gen. Orrin Blakeley, and the US "
        "Ambassador Lena Ford."
    )
    ex = extract(Article(id="t", text=text, lang="en", url=url))
    names = {p.id: p.name_en for p in ex.persons}
    assert {(names[t.person], t.role, t.country) for t in ex.tenures} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a state's plain envoy is its ambassador
        ("He met Chinese envoy Li Wenhao on Monday.", {("Li Wenhao", "ambassador", "CN")}),
        ("He met Japan's envoy to Ghana Kenji Sato.", {("Kenji Sato", "ambassador", "JP")}),
        (
            "The new envoys are Hamza Lawal from Nigeria and Arvind Menon from India.",
            {("Hamza Lawal", "ambassador", "NG"), ("Arvind Menon", "ambassador", "IN")},
        ),
        # a special, personal or presidential envoy, or one for a field, stays an envoy
        ("He met US Special Envoy for Syria Tom Baker.", {("Tom Baker", "envoy", "US")}),
        ("He met US envoy for Syria Tom Baker.", {("Tom Baker", "envoy", "US")}),
        (
            "He met Russian presidential envoy Pavel Sidorov.",
            {("Pavel Sidorov", "envoy", "RU")},
        ),
    ],
)
def test_extract_english_a_states_plain_envoy_is_its_ambassador(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a governor of a state or province a lexicon names (Nigeria's, Canada's, the US's)
        (
            "The Governor of Kaduna State, Engineer Tanko Bariyu received the delegation.",
            {("Tanko Bariyu", "official", "NG")},
        ),
        ("Governor of Ontario Dalton Ferrow spoke.", {("Dalton Ferrow", "official", "CA")}),
        ("Nevada Governor Carla Trusdale spoke.", {("Carla Trusdale", "official", "US")}),
        # one no lexicon holds: "X State", "X County", its state the context's
        ("Governor of Kebbe State Babajo Olumide spoke.", {("Babajo Olumide", "official", None)}),
        (
            "The Governor of Marsabit County, Wario Dimtu, spoke.",
            {("Wario Dimtu", "official", None)},
        ),
    ],
)
def test_extract_english_a_governor_of_a_state_or_province(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # styles of South-East Asia, South Asia and West Africa before a name
        (
            "He met the High Commissioners Lorn Tessaway of Tonga and Dato Paduka Hj Rizal "
            "Omarudin of Brunei.",
            {("Lorn Tessaway", "ambassador", "TO"), ("Rizal Omarudin", "ambassador", "BN")},
        ),
        (
            "Ambassador of India H E Mr Varun Kesavan called on the minister.",
            {("Varun Kesavan", "ambassador", "IN")},
        ),
        (
            "Indian Defence Minister Shri Rakesh Vindhyal met the envoy.",
            {("Rakesh Vindhyal", "defence_minister", "IN")},
        ),
        (
            "Nigerian Foreign Minister Engr. Tunde Abaribe met the envoy.",
            {("Tunde Abaribe", "foreign_minister", "NG")},
        ),
        # a nickname in quotes whose closing quote is glued to it
        (
            "Philippine Ambassador to Japan, Marco \u2018Bongo\u2019 Delacruzan spoke.",
            {("Marco Delacruzan", "ambassador", "PH")},
        ),
    ],
)
def test_extract_english_styles_and_nicknames_inside_a_holders_name(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # public security, internal security: the interior's portfolio
        (
            "Vietnam's Minister of Public Security Tran Quoc Vinh arrived.",
            {("Tran Quoc Vinh", "interior_minister", "VN")},
        ),
        (
            "Chinese Public Security Minister Zhao Wenlong arrived.",
            {("Zhao Wenlong", "interior_minister", "CN")},
        ),
        (
            "China's State Councillor and Public Security Minister Zhao Wenlong arrived.",
            {("Zhao Wenlong", "interior_minister", "CN"), ("Zhao Wenlong", "official", "CN")},
        ),
        # a title "at" its ministry: the ministry is part of the title
        (
            "Minister of State at the Ministry of Foreign Affairs of Qatar Dr. Hamad Al Rumaithi "
            "spoke.",
            {("Hamad Al Rumaithi", "minister", "QA")},
        ),
    ],
)
def test_extract_english_public_security_and_a_title_at_its_ministry(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doha, HE the Minister of State Dr. Hamad Al Rumaithi met the envoy.", "QA"),
        ("Muscat, Sayyid Fahad Al Harthi received the ambassador.", "OM"),
        # a headline naming two states is no dateline
        ("Jordan, Lebanon discuss ties\n\nThe ministers met.", None),
    ],
)
def test_extract_english_a_dateline_city_then_a_style(text, expected):
    assert dateline_country(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # counterparts, namely X of A; Y of B and Z of C: each a counterpart of his state
        (
            "Foreign Minister Ama Odenkye held meetings with her counterparts, namely Dr Tarek "
            "Lomondi of Bangladesh; Mr Alvo Bastieno of Saint Lucia and Madam Rina Tovaro of "
            "Peru.",
            {
                ("Ama Odenkye", "foreign_minister", None),
                ("Tarek Lomondi", "foreign_minister", "BD"),
                ("Alvo Bastieno", "foreign_minister", "LC"),
                ("Rina Tovaro", "foreign_minister", "PE"),
            },
        ),
        # a state's short form (St Vincent for Saint Vincent and the Grenadines)
        (
            "He met the Prime Minister of St Vincent, Mr. Ralfo Gonsaldi.",
            {("Ralfo Gonsaldi", "head_of_government", "VC")},
        ),
        # Said inside a name is a given name, not the verb
        (
            "The meeting was attended by Dr. Mahmoud Said Al Qasmiri, Minister of Education.",
            {("Mahmoud Said Al Qasmiri", "minister", None)},
        ),
        # a monarch's title word before a name in apposition to another post: a given name
        (
            "Sultan Rashid Al Kaabiri, Minister of Energy, attended.",
            {("Sultan Rashid Al Kaabiri", "minister", None)},
        ),
        (
            "Sultan Haitham bin Tarik, Sultan of Oman, received the envoy.",
            {("Haitham bin Tarik", "head_of_state", "OM")},
        ),
    ],
)
def test_extract_english_lists_of_counterparts_and_given_names_that_are_words(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a state's adjective inside the title, before its body
        (
            "He met the Speaker of the Iraqi Parliament Hamid Mashadiri.",
            {("Hamid Mashadiri", "official", "IQ")},
        ),
        (
            "He met President of the Italian Chamber of Deputies Renzo Fioravanti.",
            {("Renzo Fioravanti", "official", "IT")},
        ),
        ("He met the Speaker of Parliament Ali Bakrani.", {("Ali Bakrani", "official", None)}),
        # a legislature only one state has
        ("He met the Speaker of the Lok Sabha Om Birlani.", {("Om Birlani", "official", "IN")}),
        ("Knesset Speaker Amir Ohanani met him.", {("Amir Ohanani", "official", "IL")}),
        (
            "He met Vice Chairman of the NA Nguyen Khac Tamo.",
            {("Nguyen Khac Tamo", "official", None)},
        ),
        # a family named by a style closes the name
        (
            "The Chairman of the Saudi Shura Council Abdullah Al Sheikh met him.",
            {("Abdullah Al Sheikh", "official", "SA")},
        ),
    ],
)
def test_extract_english_legislatures_and_the_state_inside_a_title(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the chair of a committee, a council or a commission is an official
        (
            "He met Latvian Foreign Minister Janis Ozolinsh and Chair of Parliamentary Defense "
            "and Security Committee Aivars Berzinsh.",
            {
                ("Janis Ozolinsh", "foreign_minister", "LV"),
                ("Aivars Berzinsh", "official", "LV"),
            },
        ),
        (
            "He met Chairman of the Parliamentary Committee on Foreign Affairs Kofi Mensarh.",
            {("Kofi Mensarh", "official", None)},
        ),
        ("He met the Chairman of the Board of Directors Tom Rikardo.", set()),
        # a state's adjective in a brief after "for" is no state of the holder
        (
            "He met Foreign Affairs Assistant Secretary for American Affairs Marla Isletano.",
            {("Marla Isletano", "official", None)},
        ),
    ],
)
def test_extract_english_committee_chairs_and_a_brief_after_for(sentence, expected):
    assert _tuples(sentence) == expected


def test_extract_english_a_dateline_after_a_headline_a_standfirst_and_a_caption():
    text = (
        "Envoy holds talks at home\n\nThe envoy reached the capital overnight.\n\n"
        "Foreign Affairs Adviser Kamal Rahmatullo\n"
        "Dhaka: Foreign Affairs Adviser Kamal Rahmatullo met the envoy on Tuesday."
    )
    assert dateline_country(text) == "BD"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the plural's states before each holder, with no "of" or bracket
        (
            "He met the foreign ministers of Spain Jose Alvarado, Latvia Baiba Brazeka and "
            "Poland Radoslaw Sikorsko on Monday.",
            {
                ("Jose Alvarado", "foreign_minister", "ES"),
                ("Baiba Brazeka", "foreign_minister", "LV"),
                ("Radoslaw Sikorsko", "foreign_minister", "PL"),
            },
        ),
        # the deputy of any minister's post named before "Minister"
        (
            "He met Turkey's Deputy National Defense Minister Muhsin Dereli.",
            {("Muhsin Dereli", "deputy_minister", "TR")},
        ),
        (
            "He met Deputy Trade Minister Muhsin Dereli.",
            {("Muhsin Dereli", "deputy_minister", None)},
        ),
        (
            "He met Deputy Prime Minister Muhsin Dereli.",
            {("Muhsin Dereli", "deputy_head_of_government", None)},
        ),
        # an embassy's or a high commission's officer, its state before it
        (
            "He received Australian High Commission's Charge d'affaires John Williamo.",
            {("John Williamo", "official", "AU")},
        ),
        # an honorary chair, a Cambodian style, a party's general secretary
        (
            "He met Samdech Heng Samrino, Honorary Chairman of the Supreme Advisory Council.",
            {("Heng Samrino", "official", None)},
        ),
        (
            "The party is led by General Secretary Tran Van Lamo.",
            {("Tran Van Lamo", "official", None)},
        ),
        # South Asia's defence secretary is the ministry's civil servant, as its foreign
        # secretary is
        (
            "He met Sri Lanka's Secretary of Defence, General Kamal Gunarathne.",
            {("Kamal Gunarathne", "official", "LK")},
        ),
        (
            "He met US Defense Secretary Lloyd Austeno.",
            {("Lloyd Austeno", "defence_minister", "US")},
        ),
    ],
)
def test_extract_english_deputies_embassies_and_state_lists_without_of(sentence, expected):
    assert _tuples(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an international body's officer, "its" pointing back to the body: no dateline state
        (
            "ASTANA - Prospects for cooperation with the International Labour Organization were"
            " discussed with its Director-General Gilberto Hounbar.",
            {("Gilberto Hounbar", "director_general", None)},
        ),
        (
            "ASTANA - Prospects for cooperation with the Ministry were discussed with its"
            " Director-General Gilberto Hounbar.",
            {("Gilberto Hounbar", "director_general", "KZ")},
        ),
        # the UN's agencies and other bodies of several states
        (
            "ASTANA - He met the FAO Director-General Gilberto Hounbar.",
            {("Gilberto Hounbar", "director_general", None)},
        ),
        (
            "ASTANA - He met the Secretary-General of the Caribbean Community Carla Barnetti.",
            {("Carla Barnetti", "official", None)},
        ),
    ],
)
def test_extract_english_an_international_bodys_officer_has_no_dateline_state(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        # a Latin American chancellor is its foreign minister; Germany's heads its government
        (
            None,
            "Argentine Chancellor Santiago Cafierro met him.",
            {("Santiago Cafierro", "foreign_minister", "AR")},
        ),
        (
            None,
            "German Chancellor Olaf Scholzer met him.",
            {("Olaf Scholzer", "head_of_government", "DE")},
        ),
        # foreign affairs and a body's affairs: the foreign minister, of a state
        (
            "https://foreign.gov.tt/news/1",
            "The Honourable Sean Soberso, Minister of Foreign and CARICOM Affairs, led a "
            "delegation with the Honourable Roger Alexandro, Minister of Homeland Security.",
            {
                ("Sean Soberso", "foreign_minister", "TT"),
                ("Roger Alexandro", "interior_minister", "TT"),
            },
        ),
        # letters after a name, with their stops, each after its comma
        (
            None,
            "He conveyed the interest of the Honourable Kamla Persado-Bissessar, S.C., M.P., "
            "Prime Minister of the Republic of Trinidad and Tobago.",
            {("Kamla Persado-Bissessar", "head_of_government", "TT")},
        ),
    ],
)
def test_extract_english_envoys_in_lists_chancellors_and_letters_after_names(url, text, expected):
    assert _tuples_at(text, url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counterpart named before the phrase, set off by commas
        (
            "Finance Minister Carla Rendow hosted Tomas Vekker, his Estonian counterpart, in "
            "Lisbon on Monday.",
            {
                ("Carla Rendow", "finance_minister", "PT"),  # the host in Lisbon
                ("Tomas Vekker", "finance_minister", "EE"),
            },
        ),
        (
            "Foreign Minister Ana Prell received Dagny Oslund, her Norwegian counterpart.",
            {("Ana Prell", "foreign_minister", None), ("Dagny Oslund", "foreign_minister", "NO")},
        ),
        (
            "President Joao Leme spoke with Kwame Boadu, his Ghanaian counterpart, on Tuesday.",
            {("Joao Leme", "head_of_state", None), ("Kwame Boadu", "head_of_state", "GH")},
        ),
        # a name a title took is nobody's counterpart
        (
            "Foreign Minister Ana Prell, her Norwegian counterpart and others arrived.",
            {("Ana Prell", "foreign_minister", None)},
        ),
    ],
)
def test_extract_english_counterpart_named_before(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deputy of a title no lexicon names with its deputy: an official
        (
            "Karim Nassar, Deputy Director General of the Lorvan Fund for Development, "
            "attended the meeting.",
            {("Karim Nassar", "official", None)},
        ),
        (
            "Deputy Head of the Egyptian Intelligence Service Tarek Salmawy attended.",
            {("Tarek Salmawy", "official", "EG")},
        ),
        (
            "Egyptian Deputy Intelligence Chief Omar Halwan attended.",
            {("Omar Halwan", "official", "EG")},
        ),
        (
            "Bruno Castel, Deputy Governor of the Central Bank of Peru, attended.",
            {("Bruno Castel", "official", "PE")},
        ),
        # a minister's deputy is a deputy minister, a prime minister's a deputy premier
        ("Deputy Defence Minister Ivo Lenk attended.", {("Ivo Lenk", "deputy_minister", None)}),
        (
            "Deputy Prime Minister Ivo Lenk attended.",
            {("Ivo Lenk", "deputy_head_of_government", None)},
        ),
        # a deputy spokesperson speaks for the body
        ("Deputy Spokesperson Dana Morvik said.", {("Dana Morvik", "spokesperson", None)}),
    ],
)
def test_extract_english_deputy_of_any_title(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named ministry's domain joined to another portfolio: its minister
        (
            "The President received the Minister of African Integration and Foreign Affairs "
            "of Senegal, Fatou Ndiaye.",
            {("Fatou Ndiaye", "foreign_minister", "SN")},
        ),
        (
            "Minister of Industry and Defence Ali Veli spoke.",
            {("Ali Veli", "defence_minister", None)},
        ),
        ("Minister of Health and Social Affairs Ali Veli spoke.", {("Ali Veli", "minister", None)}),
        # an assistant of a title is its deputy
        (
            "Assistant Trade Minister Karim Nassar attended.",
            {("Karim Nassar", "deputy_minister", None)},
        ),
        (
            "Karim Nassar, Assistant Director General of the Lorvan Fund, attended.",
            {("Karim Nassar", "official", None)},
        ),
    ],
)
def test_extract_english_joined_domains_and_assistants(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two people, each with a title in apposition, joined by "and"
        (
            "The agreement was signed by Karim Nassar, Minister of Health, and Tomas Vekker, "
            "Minister of Defence of Estonia.",
            {("Karim Nassar", "minister", None), ("Tomas Vekker", "defence_minister", "EE")},
        ),
        (
            "The deal was signed by Ana Prell, Minister of State for Trade Affairs, and Ivo "
            "Lenk, Minister of Finance of Latvia.",
            {("Ana Prell", "minister", None), ("Ivo Lenk", "finance_minister", "LV")},
        ),
        # a title word before a family name with al- is a given name
        (
            "The mayor met the Saudi Consul General Sultan al-Marwani.",
            {("Sultan al-Marwani", "official", "SA")},
        ),
        (
            "The mayor met Omani Ambassador Amir al-Harthy.",
            {("Amir al-Harthy", "ambassador", "OM")},
        ),
        # a mayor or a governor of a city the places lexicon holds: its state
        ("Paris Mayor Anne Dorval met the consul.", {("Anne Dorval", "official", "FR")}),
        ("The consul met Mayor of Paris Anne Dorval.", {("Anne Dorval", "official", "FR")}),
        ("The consul met Anne Dorval, the Mayor of Paris.", {("Anne Dorval", "official", "FR")}),
        (
            "Basra Governor Kadhim Jabbar received the ambassador.",
            {("Kadhim Jabbar", "official", "IQ")},
        ),
        # after the title, a city's name is the holder's given name
        ("Mayor London Tarvel spoke.", {("London Tarvel", "official", None)}),
    ],
)
def test_extract_english_apposition_pairs_given_names_and_mayors(text, expected):
    assert _tuples(text) == expected


def test_extract_english_a_subject_after_counterpart_and_comma_is_no_counterpart():
    # "with his Turkish counterpart, X said": X, whom the article made Iran's minister,
    # is the one who speaks
    text = (
        "Iranian Foreign Minister Reza Kaveh received his Turkish counterpart Ali Veli in "
        "Tehran. In his press conference with his Turkish counterpart, Kaveh said the talks "
        "were useful."
    )
    assert _tuples(text) == {
        ("Reza Kaveh", "foreign_minister", "IR"),
        ("Ali Veli", "foreign_minister", "TR"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister delegate to another minister: a minister, of that minister's state
        (
            "The minister received the Minister Delegate to the Cameroonian Minister of "
            "External Relations, Paul Mbida.",
            {("Paul Mbida", "minister", "CM")},
        ),
        (
            "The Minister Delegate to the Minister of Defence of Gabon Jean Ndong spoke.",
            {("Jean Ndong", "minister", "GA")},
        ),
        ("Minister Delegate for Budget Paul Mbida spoke.", {("Paul Mbida", "minister", None)}),
        (
            "Ali Veli met Paul Mbida, Minister Delegate of Cameroon.",
            {("Paul Mbida", "minister", "CM")},
        ),
    ],
)
def test_extract_english_minister_delegate(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police public relations officer speaks for the force; a police rank before
        # the name is no part of it
        (
            "Police Public Relations Officer, ASP Grace Okon, said the meeting went well.",
            {("Grace Okon", "spokesperson", None)},
        ),
        (
            "Force spokesman DSP Tunde Adeyemi said the suspects were arrested.",
            {("Tunde Adeyemi", "spokesperson", None)},
        ),
        # chargé d'affaires as some write it
        (
            "The minister spoke with Ross Wendell, Chargé d'Affaire of the US Embassy in Kabul.",
            {("Ross Wendell", "official", "US")},
        ),
        # a commissioner of a regional body
        (
            "The minister met AU Commissioner for Trade Albert Mukanda.",
            {("Albert Mukanda", "official", None)},
        ),
        (
            "The general hosted Kofi Danso, the African Union Commissioner for Political "
            "Affairs, Peace and Security.",
            {("Kofi Danso", "official", None)},
        ),
    ],
)
def test_extract_english_police_officers_charges_and_regional_commissioners(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # South Asian civil service: a secretary of a ministry named after the title
        (
            "Secretary Defence Lieutenant General (R) Tariq Mahmood received the delegation.",
            {("Tariq Mahmood", "official", None)},
        ),
        (
            "Additional Secretary Defence, Rear Admiral Imran Qureshi, attended.",
            {("Imran Qureshi", "official", None)},
        ),
        (
            "Joint Secretary Ravi Menon met the Pakistani Additional Secretary Ali Khan.",
            {("Ravi Menon", "official", None), ("Ali Khan", "official", "PK")},
        ),
        # a retired officer's mark after the rank is no part of the name
        ("Army chief Lt Gen (retd) Ali Veli spoke.", {("Ali Veli", "military_commander", None)}),
    ],
)
def test_extract_english_civil_service_secretaries_and_retired_ranks(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, its ministry and its state set off by commas, then the name
        (
            "Deputy Minister, Ministry of Foreign Affairs, Republic of Ghana, Kwame Boadu, met "
            "the delegation.",
            {("Kwame Boadu", "deputy_minister", "GH")},
        ),
        (
            "Director General, Ministry of Health, Kenya, Dr Peter Otieno, spoke.",
            {("Peter Otieno", "director_general", "KE")},
        ),
        # that state is the person's own, not the next item's of a list
        (
            "On the invitation of Vice Minister, Ministry of National Defence, Republic of "
            "Korea, Park Jin-ho, Joint Secretary Tariq Mahmood visited Seoul.",
            {("Park Jin-ho", "deputy_minister", "KR"), ("Tariq Mahmood", "official", None)},
        ),
    ],
)
def test_extract_english_title_ministry_and_state_set_off_by_commas(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a monarch named by his given name: the gazetteer's name with his numeral
        (
            "Jordan's King Abdullah hosted Israeli Foreign Minister Dan Levy for talks.",
            {("Abdullah II", "head_of_state", "JO"), ("Dan Levy", "foreign_minister", "IL")},
        ),
        # a plural title in -ies before its holders
        (
            "The meeting was attended by Cabinet Secretaries Grace Wanjiru and Peter Otieno.",
            {("Grace Wanjiru", "minister", None), ("Peter Otieno", "minister", None)},
        ),
        # a counterpart posted to a state, then named
        (
            "Kenya's Ambassador to Ethiopia Grace Wanjiru and her Ethiopian counterpart to "
            "Kenya Tesfaye Bekele attended.",
            {("Grace Wanjiru", "ambassador", "KE"), ("Tesfaye Bekele", "ambassador", "ET")},
        ),
    ],
)
def test_extract_english_regnal_names_plural_titles_and_posted_counterparts(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" / "he" with no one named in the sentence before but by surname: that
        # official's counterpart
        (
            "German Foreign Minister Annalena Berg has stressed the role of Germany.\nSpeaking "
            "on Monday, Berg said Germany and France must act.\nShe was making a joint "
            "appearance with her French counterpart Catherine Collard, meeting students.",
            ("Catherine Collard", "foreign_minister", "FR"),
        ),
        (
            "Kenyan Defence Minister Otieno Wafula arrived in Kampala on Monday. Wafula said the "
            "region needed peace. He then held talks with his Ugandan counterpart Moses Kaggwa.",
            ("Moses Kaggwa", "defence_minister", "UG"),
        ),
        (
            "Prime Minister Lise Dahl of Norway spoke at the summit. Dahl urged restraint. Later "
            "she met her Danish counterpart Mette Holm.",
            ("Mette Holm", "head_of_government", "DK"),
        ),
    ],
)
def test_extract_english_pronoun_counterpart_of_an_official_named_by_surname(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post with no state of someone who holds a post of one international body: the
        # body's too
        (
            "Premier Haddad met at the Grand Serail with UNDOF Head of Mission and Force "
            "Commander, General Luis Ortega, who visited him.",
            ("Luis Ortega", "military_commander", None, "un"),
        ),
        (
            "The Prime Minister received the UNMISS Force Commander and Head of Mission, "
            "Lieutenant General Mohan Subra.",
            ("Mohan Subra", "military_commander", None, "un"),
        ),
        (
            "The minister received MINUSCA Force Commander and Head of Mission, General Ali "
            "Diallo, in Bangui.",
            ("Ali Diallo", "military_commander", None, "un"),
        ),
    ],
)
def test_extract_english_a_force_commander_of_a_body_serves_the_body(text, expected):
    assert expected in _posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (Premier) X's adviser Y: the state of the official X named before
        (
            "Prime Minister Omar Haddad of Jordan met the envoy. Present was Haddad's adviser "
            "Karim Saleh.",
            ("Karim Saleh", "adviser", "JO"),
        ),
        (
            "Prime Minister Omar Haddad of Jordan met the envoy. Present was Premier Haddad's "
            "Advisor Karim Haddad.",
            ("Karim Haddad", "adviser", "JO"),
        ),
        (
            "Bolivian President Luis Arce received the delegation, with Arce's spokesman Jorge "
            "Richter.",
            ("Jorge Richter", "spokesperson", "BO"),
        ),
        # the Jordanian government's coordinator X: the state's
        (
            "The meeting took place in the presence of the Jordanian government's coordinator, "
            "Brigadier Fadi Nasser.",
            ("Fadi Nasser", "official", "JO"),
        ),
        (
            "The Kenyan army's spokesman Colonel Paul Njuguna said the troops were safe.",
            ("Paul Njuguna", "spokesperson", "KE"),
        ),
        # the President's spokesman: the state of the one president named
        (
            "Nigerian President Bola Adeyemi met the envoy on Monday. The President's spokesman, "
            "Tunde Olawale, said the talks went well.",
            ("Tunde Olawale", "spokesperson", "NG"),
        ),
    ],
)
def test_extract_english_a_possessor_gives_the_state(text, expected):
    assert expected in _tuples(text)


def test_extract_english_the_prime_minister_s_spokesman_of_no_named_prime_minister():
    text = (
        "Kenyan President William Kamau met the envoy. Later, the Prime Minister's spokesman, "
        "Tunde Olawale, said the talks went well."
    )
    assert ("Tunde Olawale", "spokesperson", None) in _tuples(text)


@pytest.mark.parametrize("adjective", ["Comoran", "Comorian"])
def test_extract_english_comoran_counterpart(adjective):
    text = (
        "The accords were signed by Moroccan Foreign Minister Samir Idrissi and his "
        f"{adjective} counterpart Dhoihir Salim."
    )
    assert ("Dhoihir Salim", "foreign_minister", "KM") in _tuples(text)


def test_extract_english_a_body_s_envoy_in_brackets():
    text = (
        "The chairperson received the credentials of envoys of Cuba (Ambassador Rosa Diaz), "
        "and the Arab League (Ambassador Walid Hamdi)."
    )
    assert ("Walid Hamdi", "ambassador", None, "arab-league") in _posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a director general for a field, of a ministry named after
        (
            "The envoy met Director General for Political Affairs at the Dutch Foreign Ministry "
            "Pieter Vos.",
            ("Pieter Vos", "director_general", "NL"),
        ),
        (
            "The minister received Director General for Asia and Oceania at the Japanese "
            "Foreign Ministry Kenji Sato.",
            ("Kenji Sato", "director_general", "JP"),
        ),
    ],
)
def test_extract_english_director_general_for_a_field(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state, then its envoy's title and name in brackets
        (
            "The chairperson received the credentials of envoys of Cuba (Ambassador Rosa Diaz) "
            "and Malta (Ambassador Paul Borg).",
            {("Rosa Diaz", "ambassador", "CU"), ("Paul Borg", "ambassador", "MT")},
        ),
        (
            "Letters of credence were presented by the envoys of Peru (Ambassador Luis Ortega), "
            "Ghana (High Commissioner Kofi Mensah) and Chile (Ambassador Ana Rojas).",
            {
                ("Luis Ortega", "ambassador", "PE"),
                ("Kofi Mensah", "ambassador", "GH"),
                ("Ana Rojas", "ambassador", "CL"),
            },
        ),
    ],
)
def test_extract_english_a_state_s_envoy_in_brackets(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "guest"),
    [
        # a host of no state who receives a guest of another state where he is: that state's
        (
            "Foreign Minister Eng. Tariq Salem received the Dutch ambassador Anna Veldkamp in "
            "Aden on Monday.",
            ("Tariq Salem", "foreign_minister", "YE"),
            ("Anna Veldkamp", "ambassador", "NL"),
        ),
        (
            "Interior Minister Ali Haidar received in Baghdad the British ambassador Mark Bryson.",
            ("Ali Haidar", "interior_minister", "IQ"),
            ("Mark Bryson", "ambassador", "GB"),
        ),
        # ... but not a guest of that state itself
        (
            "Minister Ali Haidar received the French ambassador Paul Morel in Paris.",
            ("Ali Haidar", "minister", None),
            ("Paul Morel", "ambassador", "FR"),
        ),
    ],
)
def test_extract_english_a_host_receives_where_he_serves(text, expected, guest):
    assert _tuples(text) == {expected, guest}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two-word and other nationality adjectives of the enumeration
        (
            "Foreign Minister Ana Ruvik held talks with her Saudi Arabian counterpart Prince "
            "Faisal bin Nasser in Riyadh.",
            ("Faisal bin Nasser", "foreign_minister", "SA"),
        ),
        (
            "Defence Minister Lars Ovik met his Somalian counterpart Abdi Warsame.",
            ("Abdi Warsame", "defence_minister", "SO"),
        ),
        (
            "Foreign Minister Lars Ovik met his Slovakian counterpart Juraj Blanar.",
            ("Juraj Blanar", "foreign_minister", "SK"),
        ),
        # a given name that is no place's (Janet), a monarch's name before "of" his kingdom
        (
            "US Defense Secretary Janet Mills met the minister.",
            ("Janet Mills", "defence_minister", "US"),
        ),
        (
            "King Abdullah II of Jordan received Egyptian President Ali Hassan.",
            ("Abdullah II", "head_of_state", "JO"),
        ),
        ("King Mohammed VI of Morocco received the envoy.", ("Mohammed VI", "head_of_state", "MA")),
    ],
)
def test_extract_english_adjectives_and_names_of_the_enumeration(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ambassador "to the Kingdom", "to the Sultanate": the article's own state
        (
            "The talks were attended by the Dutch Ambassador to the Kingdom Pieter de Vries.",
            ("Pieter de Vries", "ambassador", "NL"),
        ),
        (
            "The talks were attended by the Russian Ambassador to the Kingdom, Sergei Kozlov.",
            ("Sergei Kozlov", "ambassador", "RU"),
        ),
        (
            "The minister received the French Ambassador to the Sultanate Marc Giraud.",
            ("Marc Giraud", "ambassador", "FR"),
        ),
    ],
)
def test_extract_english_ambassador_to_the_kingdom(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline's lead whose first official has no state of his own, a visitor his:
        # the story is told at home, and its host's officials are the dateline's state's
        (
            "RIYADH: Crown Prince Nasser bin Fahd received Polish Prime Minister Jan Kowal on "
            "Monday. The talks were attended by Dr. Fahd Al-Mutairi, Minister of Energy; and "
            "Rakan Al-Harbi, Minister of State.",
            {("Fahd Al-Mutairi", "minister", "SA"), ("Rakan Al-Harbi", "minister", "SA")},
        ),
        (
            "NAIROBI, March 3 - President William Kamau hosted Ugandan President Moses Okelo at "
            "State House. Also present was Interior Minister Abdi Duale.",
            {("William Kamau", "head_of_state", "KE"), ("Abdi Duale", "interior_minister", "KE")},
        ),
    ],
)
def test_extract_english_a_story_told_at_home_about_a_visitor(text, expected):
    assert expected <= _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader's title before a possessive is the head of what the state has
        (
            "The minister met Mark Jensen, former president of the United States' Brookings "
            "Institution.",
            set(),
        ),
        ("The minister met the president of Kenya's Law Society, Eric Theuri.", set()),
        ("The minister met Omar Said, chairman of Jordan's Press Association.", set()),
        # ... not the leader himself
        (
            "The President of the United States Joe Biden met the minister.",
            {("Joe Biden", "head_of_state", "US")},
        ),
    ],
)
def test_extract_english_head_of_a_state_s_institution_is_no_leader(text, expected):
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    heads = {(names[t.person], t.role, t.country) for t in ex.tenures}  # former ones too
    assert {t for t in heads if t[1].startswith("head_of")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adviser or envoy "to the King", "of the Prime Minister", unnamed: the name
        # after is the adviser's
        (
            "Attending were Foreign Minister Omar Haddad, Adviser to the King Karim Saleh, and "
            "others.",
            {("Omar Haddad", "foreign_minister", None), ("Karim Saleh", "adviser", None)},
        ),
        (
            "Attending were Foreign Minister Omar Haddad, Adviser to the King for Communication "
            "and Coordination Bisher Al Khatib, and others.",
            {("Omar Haddad", "foreign_minister", None), ("Bisher Al Khatib", "adviser", None)},
        ),
        (
            "Special Envoy of the Prime Minister Karim Saleh met the envoy.",
            {("Karim Saleh", "envoy", None)},
        ),
    ],
)
def test_extract_english_adviser_to_the_king_unnamed(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the minister" whose counterpart is named stands for the minister named before
        (
            "Polish Defence Minister Jan Kowal arrived in Kyiv. The Polish minister's visit "
            "includes a meeting with his Ukrainian counterpart Denys Shevchuk.",
            ("Denys Shevchuk", "defence_minister", "UA"),
        ),
        (
            "Polish Defence Minister Jan Kowal arrived in Kyiv. The minister will meet his "
            "Ukrainian counterpart Denys Shevchuk.",
            ("Denys Shevchuk", "defence_minister", "UA"),
        ),
        (
            "Kenyan Foreign Minister Musa Otieno flew to Accra. President Kofi Mensah received "
            "him. The minister later met his Ghanaian counterpart Ama Odenkye.",
            ("Ama Odenkye", "foreign_minister", "GH"),
        ),
        # ... and with no minister named, a minister's
        (
            "The minister met his Ukrainian counterpart Denys Shevchuk.",
            ("Denys Shevchuk", "minister", "UA"),
        ),
    ],
)
def test_extract_english_counterpart_of_the_minister_named_before(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title, an organisation's name with no "of" (and its acronym), then the holder's
        # rank and name
        (
            "The army chief met the envoy, said Director General Inter-Services Public "
            "Relations (ISPR) Major General Asif Ghani.",
            "Asif Ghani",
        ),
        (
            "The army chief met the envoy, said Director General Civil Aviation Authority Major "
            "General Ali Khanzada.",
            "Ali Khanzada",
        ),
        (
            "The army chief met the envoy, said Director General ISPR Major General Asif Ghani.",
            "Asif Ghani",
        ),
        # ... not a name followed by another's rank
        ("Director General Ali Khanzada met Brigadier General Omar Saeedi.", "Ali Khanzada"),
    ],
)
def test_extract_english_title_organisation_rank_name(text, name):
    assert (name, "director_general", None) in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body that posts ambassadors of its own, opening the title
        (
            "EU Ambassador to Jordan Maria Hadjis attended the meeting.",
            ("Maria Hadjis", "ambassador", None, "eu"),
        ),
        (
            "The meeting was attended by EU Ambassador to Lebanon Sandra Dewael.",
            ("Sandra Dewael", "ambassador", None, "eu"),
        ),
        # ... not the UN, to which states send theirs
        (
            "UN Ambassador Linda Greenbank said the council would vote.",
            ("Linda Greenbank", "ambassador", None, None),
        ),
    ],
)
def test_extract_english_a_body_s_own_ambassador(text, expected):
    assert expected in _posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name whose family name comes first, taken up by it alone, is the subject a
        # counterpart refers to
        (
            "Chinese Foreign Minister Tan Quyen arrived on Friday. Earlier, Tan met Prime "
            "Minister Arvo Leppik in Tallinn. Tan met his Estonian counterpart Kaja Mets on "
            "Thursday.",
            ("Kaja Mets", "foreign_minister", "EE"),
        ),
        (
            "Vietnamese Defence Minister Phan Van Loc met President Ines Barro. Later, Phan met "
            "his Chilean counterpart Tomas Ruiz.",
            ("Tomas Ruiz", "defence_minister", "CL"),
        ),
        # ... a surname stays the first choice
        (
            "Finance Minister Lara Tamm met Prime Minister Mart Lee. Tamm then met her Latvian "
            "counterpart Ilze Berg.",
            ("Ilze Berg", "finance_minister", "LV"),
        ),
    ],
)
def test_extract_english_a_family_name_written_first(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field between the state and "envoy" (nuclear, climate)
        (
            "Talks were held with South Korea's top nuclear envoy Han Sol-min.",
            ("Han Sol-min", "envoy", "KR"),
        ),
        ("He met the Norwegian climate envoy Kari Lund.", ("Kari Lund", "envoy", "NO")),
        ("He met Seoul's nuclear envoy, Noh Jin-ho.", ("Noh Jin-ho", "envoy", "KR")),
    ],
)
def test_extract_english_a_field_before_envoy(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story filed at home: an official named before another state in his sentence
        # is still the dateline's
        (
            "LIMA, May 3 (ANP): Army Commander General Raul Vera met the visiting Bolivian "
            "army chief. Earlier, Navy Commander Admiral Tito Sosa held talks with the "
            "Bolivian army chief.",
            ("Tito Sosa", "military_commander", "PE"),
        ),
        (
            "NEW DELHI, April 2 (PTI): Chief of Naval Staff Admiral Ravi Menon met his guests. "
            "Earlier on Friday, Chief of Army Staff General Kiran Rao met the Nepalese army "
            "chief.",
            ("Kiran Rao", "chief_of_staff", "IN"),
        ),
    ],
)
def test_extract_english_dateline_subject_before_another_state(text, expected):
    assert expected in _tuples(text)


def test_extract_english_dateline_official_after_another_state_stays_unplaced():
    found = _tuples(
        "NEW DELHI, April 2 (PTI): Chief of Naval Staff Admiral Ravi Menon met his guests. "
        "The Nepalese army chief, accompanied by Brigadier Hari Thapa, met the minister."
    )
    assert not any(n == "Hari Thapa" and c == "IN" for n, _r, c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named ministry's portfolio before a minister's title no lexicon joins to it
        (
            "Kenya's Interior CS Peter Kamau met the envoy.",
            ("Peter Kamau", "interior_minister", "KE"),
        ),
        (
            "Uganda's Foreign Affairs Cabinet Secretary Joy Ameso met the envoy.",
            ("Joy Ameso", "foreign_minister", "UG"),
        ),
        (
            "The Kenyan Defence Cabinet Secretary Aden Wario met the envoy.",
            ("Aden Wario", "defence_minister", "KE"),
        ),
    ],
)
def test_extract_english_a_named_portfolio_before_cabinet_secretary(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an international programme's administrator
        ("He met UNDP Administrator Hans Vogt.", ("Hans Vogt", "official", None)),
        # a state's trade representative
        (
            "President Samuel Otieno hosted US Trade Representative Laura Finch.",
            ("Laura Finch", "official", "US"),
        ),
        ("The Japanese Trade Representative Aiko Mori spoke.", ("Aiko Mori", "official", "JP")),
    ],
)
def test_extract_english_administrator_and_trade_representative(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noble style then one given name, in apposition to the title
        (
            "Sheikh Faisal, the Emir of Kuwait, received a call from the minister.",
            ("Faisal", "head_of_state", "KW"),
        ),
        (
            "He met Sheikh Mansour, the deputy prime minister of Qatar.",
            ("Mansour", "deputy_head_of_government", "QA"),
        ),
        (
            "Prince Amin, the Crown Prince of Jordan, met the envoy.",
            ("Amin", "official", "JO"),
        ),
    ],
)
def test_extract_english_a_noble_style_and_one_given_name(text, expected):
    assert expected in _tuples(text)


def test_extract_english_a_noble_style_alone_names_no_one():
    assert _tuples("Sheikh Faisal received Prince Amin yesterday.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who go with an official, with no state of their own, are of his
        (
            "Chilean President Ana Rojas arrived in Lima, accompanied by Foreign Minister "
            "Pedro Soto.",
            ("Pedro Soto", "foreign_minister", "CL"),
        ),
        (
            "Ghanaian President Kofi Mensah arrived in Oslo. He was joined by Defence Minister "
            "Yaw Boateng.",
            ("Yaw Boateng", "defence_minister", "GH"),
        ),
        (
            "Chilean President Ana Rojas arrived in Lima. Her entourage included Foreign "
            "Minister Pedro Soto.",
            ("Pedro Soto", "foreign_minister", "CL"),
        ),
        # ... the one "who" was accompanied, not the sentence's subject
        (
            "Peruvian President Luis Quispe received Chilean President Ana Rojas, who was "
            "accompanied by Finance Minister Pedro Soto.",
            ("Pedro Soto", "finance_minister", "CL"),
        ),
    ],
)
def test_extract_english_companions_of_an_official(text, expected):
    assert expected in _tuples(text)


def test_extract_english_the_leader_of_a_received_delegation_is_not_a_companion():
    found = _tuples(
        "ERBIL – Regional President Aso Karim on Monday chaired a meeting with a top "
        "delegation of coalition forces led by Major General Tom Reeve, the commanding "
        "general of the Combined Joint Task Force."
    )
    assert not any(n == "Tom Reeve" and c is not None for n, _r, c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brief of several fields set off by commas, then the name
        (
            "He met the Commissioner of the African Union for Political Affairs, Peace and "
            "Security, Bankole Adeoye.",
            ("Bankole Adeoye", "official", None),
        ),
        (
            "Talks were held with the Commissioner of the African Union (AU) for Agriculture, "
            "Rural Development and Environment, Josefa Sacko.",
            ("Josefa Sacko", "official", None),
        ),
        (
            "He met the Special Envoy for Syria, Iraq and Jordan, Lars Berg.",
            ("Lars Berg", "envoy", None),
        ),
    ],
)
def test_extract_english_a_brief_of_several_fields(text, expected):
    assert expected in _tuples(text)


def test_extract_english_a_body_s_ambassador_in_a_list_of_a_state_s_officials():
    posts = _posts(
        "Foreign Minister Ayman Tarawneh, Adviser to the King Bishr Kasim, EU Ambassador to "
        "Jordan Maria Hadjis, and the delegation attended the meeting."
    )
    assert ("Maria Hadjis", "ambassador", None, "eu") in posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brief that names a region with its lower-case words
        (
            "He met the Advisor to the President for the MENA region, Pierre Lamont.",
            ("Pierre Lamont", "adviser", None),
        ),
        (
            "He met the Special Envoy for the Horn of Africa Mike Harmon.",
            ("Mike Harmon", "envoy", None),
        ),
        (
            "He met the US Special Envoy for the Horn of Africa, Peace and Security, Mike Harmon.",
            ("Mike Harmon", "envoy", "US"),
        ),
    ],
)
def test_extract_english_a_brief_of_a_region(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region's adjective (Latin American, Central American) is no state's
        ("He met the Central American envoy Rosa Mora.", ("Rosa Mora", "envoy", None)),
        ("He met the Latin American envoy Rosa Mora.", ("Rosa Mora", "envoy", None)),
        ("He met the American envoy Rosa Mora.", ("Rosa Mora", "ambassador", "US")),
        # his new counterpart, X
        (
            "Korean Foreign Minister Lee Min-ho held talks with his new counterpart, Ana "
            "Fuentes, over breakfast.",
            ("Ana Fuentes", "foreign_minister", None),
        ),
    ],
)
def test_extract_english_region_adjectives_and_a_new_counterpart(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural title, then names each with its state in brackets
        (
            "Others were Ambassadors Khalid Salman (Saudi Arabia), Peter Madden (Belgium), "
            "Henrike Geig (European Union), and Gunnar Holm (Norway).",
            {
                ("Khalid Salman", "ambassador", "SA"),
                ("Peter Madden", "ambassador", "BE"),
                ("Henrike Geig", "ambassador", None),
                ("Gunnar Holm", "ambassador", "NO"),
            },
        ),
        (
            "High Commissioners Yusuf Yunus (Nigeria), Kofi Asare (Ghana), and William "
            "McDonald (Barbados) presented their letters.",
            {
                ("Yusuf Yunus", "ambassador", "NG"),
                ("Kofi Asare", "ambassador", "GH"),
                ("William McDonald", "ambassador", "BB"),
            },
        ),
    ],
)
def test_extract_english_a_plural_title_and_states_in_brackets(text, expected):
    assert _tuples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a special assistant or adviser to a leader
        (
            "Senior Special Assistant to the President Femi Ade said so.",
            ("Femi Ade", "adviser", None),
        ),
        (
            "The Special Adviser to the Prime Minister, John Doe, attended.",
            ("John Doe", "adviser", None),
        ),
        (
            "Mrs Carla Nunez, the Special Assistant to the Minister on Media, disclosed this.",
            ("Carla Nunez", "adviser", None),
        ),
    ],
)
def test_extract_english_special_assistants(text, expected):
    assert expected in _tuples(text)


def test_extract_english_a_body_in_brackets_after_an_envoy_s_name():
    posts = _posts(
        "Others were Ambassadors Khalid Salman (Saudi Arabia), Henrike Geig (European Union), "
        "and Gunnar Holm (Norway)."
    )
    assert ("Henrike Geig", "ambassador", None, "eu") in posts


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        # the lead names its own official with his state: one named before him is the guest
        (
            "TOKYO -- Senior Undersecretary Carlos Reyes met with Japan's Minister of Defense "
            "Hiro Tanaka on Friday.",
            "Carlos Reyes",
            None,
        ),
        (
            "LIMA (ANP) - Deputy Minister Ilze Berg held talks with Peru's Foreign Minister "
            "Ana Rojas.",
            "Ilze Berg",
            None,
        ),
        # ... one named after him is still the dateline's
        (
            "RIYADH: Saudi Foreign Minister Faisal Saud received Minister of State Adel Jubran.",
            "Adel Jubran",
            "SA",
        ),
    ],
)
def test_extract_english_a_guest_named_before_the_dateline_s_own(text, name, state):
    assert {c for n, _r, c in _tuples(text) if n == name} == {state}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinating and senior ministers
        (
            "He met Indonesia's Special Envoy and Coordinating Minister Budi Santoso.",
            ("Budi Santoso", "minister", "ID"),
        ),
        ("He met Singapore's Senior Minister Tan Wei Ming.", ("Tan Wei Ming", "minister", "SG")),
    ],
)
def test_extract_english_coordinating_and_senior_ministers(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    "text",
    [
        # an adviser to a minister left unnamed: the name after the comma is the adviser's
        "The Special Assistant on Media to the Minister of Foreign Affairs, Kola Ade, said "
        "the minister would go.",
        "The Special Assistant to the Minister of Foreign Affairs, Kola Ade, said the "
        "minister would go.",
        "The Special Envoy of the Minister of Defence, Kola Ade, met him.",
    ],
)
def test_extract_english_an_adviser_to_an_unnamed_minister(text):
    roles = {r for n, r, _c in _tuples(text) if n == "Kola Ade"}
    assert roles and not any(r.endswith("minister") for r in roles)


def test_extract_english_an_adviser_to_a_minister_without_the_article():
    text = (
        "The Special Assistant on Media and Strategy to Minister of Foreign Affairs, Kola "
        "Ade, said the minister would go."
    )
    assert {r for n, r, _c in _tuples(text) if n == "Kola Ade"} == {"adviser"}


def _all_posts(text: str) -> set[tuple[str, str, str | None, str]]:
    """(name, role, state, status) of every post, whatever its status."""
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    return {(names[t.person], t.role, t.country, t.status) for t in ex.tenures}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a body's word right before "President": the body's head, not a head of state
        (
            "Supreme Court President Jorge Vidal of Chile met Kenyan President Daniel Omondi.",
            ("Jorge Vidal", "official", "CL"),
            ("Jorge Vidal", "head_of_state", "CL"),
        ),
        (
            "Chilean Constitutional Court President Jorge Vidal met Kenyan President Daniel "
            "Omondi.",
            ("Jorge Vidal", "official", "CL"),
            ("Jorge Vidal", "head_of_state", "CL"),
        ),
        (
            "Ghanaian President Kofi Adjei met European Commission President Ursula Brandt.",
            ("Ursula Brandt", "official", None),
            ("Ursula Brandt", "head_of_state", None),
        ),
        # guard: a state's authority keeps its president
        (
            "Palestinian Authority President Mahmoud Khalil met Kenyan President Daniel Omondi.",
            ("Mahmoud Khalil", "head_of_state", "PS"),
            ("Mahmoud Khalil", "official", "PS"),
        ),
    ],
)
def test_extract_english_a_body_s_president(text, expected, absent):
    found = _tuples(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # elected, inducted, re-elected before the title in apposition
        (
            "Tomas Revik, the newly elected Chairperson of the African Union Commission, met "
            "Kenyan President Daniel Omondi in Nairobi.",
            ("Tomas Revik", "official", None, "current"),
        ),
        (
            "Kenyan President Daniel Omondi received Pablo Ortega, the newly inducted "
            "Ambassador of Chile, in Nairobi.",
            ("Pablo Ortega", "ambassador", "CL", "current"),
        ),
        (
            "Kenyan President Daniel Omondi met Pablo Ortega, the re-elected President of "
            "Chile, in Nairobi.",
            ("Pablo Ortega", "head_of_state", "CL", "current"),
        ),
        # incoming before the title: a designate
        (
            "Kenyan President Daniel Omondi met Pablo Ortega, Chile's incoming Foreign "
            "Minister, in Nairobi.",
            ("Pablo Ortega", "foreign_minister", "CL", "designate"),
        ),
        (
            "Kenyan President Daniel Omondi met Chile's incoming Foreign Minister Pablo Ortega.",
            ("Pablo Ortega", "foreign_minister", "CL", "designate"),
        ),
    ],
)
def test_extract_english_elected_and_incoming_before_a_title(text, expected):
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # appointments: a participle, a passive with no "as", an apposition between
        (
            "President Daniel Omondi of Kenya reshuffled the cabinet, appointing Grace Mutua "
            "as the new Finance Minister and Joseph Kamau as the Minister of Foreign Affairs.",
            {
                ("Grace Mutua", "finance_minister", "KE", "current"),
                ("Joseph Kamau", "foreign_minister", "KE", "current"),
            },
        ),
        (
            "Grace Mutua was appointed Kenya's Finance Minister on Monday.",
            {("Grace Mutua", "finance_minister", "KE", "current")},
        ),
        (
            "Mary Wanjiku has been reappointed as the Minister of Health of Kenya.",
            {("Mary Wanjiku", "minister", "KE", "current")},
        ),
        (
            "Joseph Kamau, previously the health minister, has been appointed as the new "
            "Foreign Minister of Peru.",
            {("Joseph Kamau", "foreign_minister", "PE", "current")},
        ),
        # the appointer's state, when the title says none
        (
            "President Daniel Omondi of Kenya appointed Grace Mutua as Finance Minister.",
            {("Grace Mutua", "finance_minister", "KE", "current")},
        ),
    ],
)
def test_extract_english_appointments(text, expected):
    assert expected <= _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister's portfolios listed with commas, then the state or the name
        (
            "President Kofi Adjei called on the Minister of Foreign Affairs, Foreign "
            "Employment and Tourism of Sri Lanka, Vijitha Perera, in Colombo.",
            ("Vijitha Perera", "foreign_minister", "LK"),
        ),
        (
            "The Minister of Foreign Affairs, Cooperation and Ghanaians Abroad, Kofi Adjei, "
            "met the envoy.",
            ("Kofi Adjei", "foreign_minister", "GH"),
        ),
        # those who go with an unnamed official of a stated state
        (
            "The Mexican president is accompanied by Foreign Minister Alicia Barrena and the "
            "Secretary of National Defense, Luis Sandoval.",
            ("Luis Sandoval", "defence_minister", "MX"),
        ),
        (
            "The Ghanaian delegation was accompanied by Foreign Minister Kofi Adjei in Lima.",
            ("Kofi Adjei", "foreign_minister", "GH"),
        ),
        # a province's deputy chief minister is an official
        (
            "Kerala Deputy Chief Minister Raju Menon met Ambassador Ana Costa of Chile.",
            ("Raju Menon", "official", "IN"),
        ),
    ],
)
def test_extract_english_portfolio_lists_companions_and_deputy_chief_ministers(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one told as visiting the dateline's state is not of it
        (
            "TOKYO -- Senior Undersecretary Kofi Adjei met with Japan's Minister of Defense "
            "Hamada Taro at the sidelines of the state visit to Japan of President John "
            "Mensah.",
            "John Mensah",
        ),
        (
            "LIMA -- Peru's Foreign Minister Rosa Quispe hosted a dinner during a visit to "
            "Peru by President Ana Costa.",
            "Ana Costa",
        ),
    ],
)
def test_extract_english_a_visitor_of_the_dateline_s_state_is_not_its_own(text, name):
    assert not any(n == name and c is not None for n, _r, c in _tuples(text))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # those who join an official named again by title and surname are of his state
        (
            "President Daniel Omondi of Kenya received an Omani delegation on Thursday. "
            "President Omondi was joined by Minister of Defence, Jane Atieno, and Minister "
            "of State for Finance, Mark Otieno.",
            ("Jane Atieno", "defence_minister", "KE"),
            None,
        ),
        # "also the" after a titled name: a second post of the same person
        (
            "Kenyan Crown Prince Joseph Kamau, also the Prime Minister, met Ambassador Ana "
            "Costa of Chile.",
            ("Joseph Kamau", "head_of_government", "KE"),
            None,
        ),
        (
            "Kenyan Foreign Minister Joseph Kamau, who is also the Deputy Prime Minister, met "
            "Ambassador Ana Costa of Chile.",
            ("Joseph Kamau", "deputy_head_of_government", "KE"),
            None,
        ),
        # a title right before an office's word names the office, not the one before it
        (
            "Foreign Minister Salem Rahimi of Kuwait offered condolences on the death of "
            "Sheikh Fahd bin Taimur, a PM Office statement said.",
            ("Salem Rahimi", "foreign_minister", "KW"),
            ("Fahd bin Taimur", "head_of_government", None),
        ),
    ],
)
def test_extract_english_companions_second_posts_and_offices(text, expected, absent):
    found = _tuples(text)
    assert expected in found
    if absent is not None:
        assert not any(n == absent[0] and r == absent[1] for n, r, _c in found)


def test_extract_english_his_counterpart_after_a_sentence_that_opens_with_the_subject():
    # "He" is the official the sentence before opens with, not the last one it names
    found = _tuples(
        "Turkey's Foreign Minister Kemal Aydin arrived in Damascus on Tuesday. Aydin met "
        "President Samir Khoury and Omar Saleh, the spokesperson for the Syrian Ministry of "
        "Foreign Affairs. He also met his Syrian counterpart, Bassel Aziz."
    )
    assert ("Bassel Aziz", "foreign_minister", "SY") in found
    assert not any(n == "Bassel Aziz" and r == "spokesperson" for n, r, _c in found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a state's name or a state's council before President: still a head of state
        (
            "Russian Federation President Ivan Petrovsky met Kenyan President Daniel Omondi.",
            ("Ivan Petrovsky", "official"),
        ),
        (
            "Presidential Council President Salem Haddad met Kenyan President Daniel Omondi.",
            ("Salem Haddad", "official"),
        ),
    ],
)
def test_extract_english_a_state_s_president_stays_head_of_state(text, absent):
    assert not any((n, r) == absent for n, r, _c in _tuples(text))


def test_extract_english_a_state_named_late_in_the_subject_is_no_companion_s():
    found = _tuples(
        "The president's state visit to Japan is accompanied by Foreign Minister Pablo Ortega."
    )
    assert ("Pablo Ortega", "foreign_minister", "JP") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural read in the middle of a title stays for the list of its holders
        (
            "The delegation was received by deputy heads of the presidential council Omar "
            "Fathy and Sami Kotu.",
            {
                ("Omar Fathy", "deputy_head_of_state", None),
                ("Sami Kotu", "deputy_head_of_state", None),
            },
        ),
        # a one-word place that goes on a name is its family name
        (
            "President Ana Lima met Foreign Minister Rui Medina of Chad in Lisbon.",
            {("Ana Lima", "head_of_state", None), ("Rui Medina", "foreign_minister", "TD")},
        ),
        (
            "Vice President Carlos Paris of Peru visited Quito.",
            {("Carlos Paris", "deputy_head_of_state", "PE")},
        ),
        # a colleague with a nationality is a counterpart
        (
            "Peruvian President Ana Salas met in Quito with her Ecuadorian colleague Daniel Vera.",
            {("Ana Salas", "head_of_state", "PE"), ("Daniel Vera", "head_of_state", "EC")},
        ),
        # a title's short form in brackets before the name
        (
            "Minister of Home Affairs (Mendagri) Tito Rahardjo of Indonesia met the governor.",
            {("Tito Rahardjo", "interior_minister", "ID")},
        ),
        # the state in brackets right after the name
        (
            "Those who attended were President Ana Salas (Peru) and President Omar Fathy (Chad).",
            {("Ana Salas", "head_of_state", "PE"), ("Omar Fathy", "head_of_state", "TD")},
        ),
    ],
)
def test_extract_english_constructions_of_unseen_news(text, expected):
    assert expected <= _tuples(text)


def test_extract_english_a_place_after_a_name_s_comma_is_no_family_name():
    found = _tuples("Peruvian President Ana Salas arrived in Lima on Monday.")
    assert ("Ana Salas", "head_of_state", "PE") in found
    assert not any(n.endswith("Lima") for n, _r, _c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an international body's name between the comma and the title
        (
            "Ingrid Holm, the UN Special Envoy for Yemen, met Tomas Berg, the Swedish foreign "
            "minister.",
            ("Ingrid Holm", "envoy", None),
        ),
        (
            "Ingrid Holm, the European Union's foreign policy chief, spoke by phone with "
            "Tomas Berg.",
            ("Ingrid Holm", "official", None),
        ),
        (
            "Amina Diallo, African Union Commission Chairperson, met Tomas Berg.",
            ("Amina Diallo", "official", None),
        ),
    ],
)
def test_extract_english_a_body_s_officer_in_apposition(text, expected):
    assert expected in _tuples(text)


def test_extract_english_incoming_before_a_nationality_makes_a_designate():
    found = _all_posts(
        "Ingrid Holm spoke by phone with Tomas Berg, the incoming Swedish foreign minister."
    )
    assert ("Tomas Berg", "foreign_minister", "SE", "designate") in found


def test_extract_english_ad_interim_after_a_title_is_no_name():
    found = _all_posts(
        "The president appointed Minister of Home Affairs (Mendagri) Tito Rahardjo of "
        "Indonesia as Minister of Foreign Affairs (Menlu) Ad Interim."
    )
    assert ("Tito Rahardjo", "interior_minister", "ID", "current") in found
    assert not any("Interim" in p[0] for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "President Kwame Osei met the French Special Envoy Pierre Laurent. French Ambassador "
        "Claire Dubois, Foreign Affairs Minister Ama Mensah and National Security Adviser Kofi "
        "Boateng were also present.",
        "Chinese Ambassador Li Wei, Foreign Minister Ama Mensah and Prime Minister Kofi Boateng "
        "attended the ceremony in Accra.",
    ],
)
def test_extract_english_an_envoy_s_state_goes_to_no_post_at_home_after_him(text):
    found = _tuples(text)
    assert not any(n in ("Ama Mensah", "Kofi Boateng") and c in ("FR", "CN") for n, _r, c in found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # his colleague, with no nationality, is of his own cabinet
        (
            "Foreign Minister John Harlan said his colleague Tom Reed, the trade minister, "
            "would travel to Paris.",
            ("Tom Reed", "foreign_minister", None),
        ),
        (
            "Finance Minister John Harlan and his colleague Ana Costa briefed reporters in Lisbon.",
            ("Ana Costa", "finance_minister", None),
        ),
        # an envoy's brackets may name his host
        (
            "Kenyan President Tom Reed appointed new ambassadors, among them Ambassador John "
            "Harlan (Brazil) and Ambassador Ana Costa (Chile).",
            ("John Harlan", "ambassador", "BR"),
        ),
        # a body's officer opening a new clause is not the name's before the comma
        (
            "After talks with John Harlan, the UN envoy flew to Cairo.",
            ("John Harlan", "envoy", None),
        ),
        # a status in brackets is no short form
        (
            "Prime Minister (Acting) John Harlan met the envoy.",
            ("John Harlan", "head_of_government", None),
        ),
    ],
)
def test_extract_english_no_post_from_an_over_broad_reading(text, absent):
    assert absent not in _tuples(text)


def test_extract_english_a_place_after_a_full_name_is_no_family_name():
    found = _tuples("Foreign Minister John Harlan Geneva talks were postponed.")
    assert not any(n.endswith("Geneva") for n, _r, _c in found)


def test_extract_english_a_headline_s_title_binds_no_name_on_the_next_line():
    found = _tuples(
        "President Osei hosts US Special Envoy for the Horn of Africa\n\nPresident Kwame Osei "
        "of Ghana on Friday met the US Special Envoy for the Horn of Africa, Mike Hanley, at "
        "State House."
    )
    assert ("Kwame Osei", "head_of_state", "GH") in found
    assert not any(n == "Kwame Osei" and r == "envoy" for n, r, _c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Kofi Mensah of Ghana swore in Kwame Adu as the Minister of Finance and "
            "Ama Owusu as Minister for Foreign Affairs.",
            {
                ("Kwame Adu", "finance_minister", "GH", "current"),
                ("Ama Owusu", "foreign_minister", "GH", "current"),
            },
        ),
        (
            "Kwame Adu was sworn in as Ghana's Minister of Finance on Monday.",
            {("Kwame Adu", "finance_minister", "GH", "current")},
        ),
    ],
)
def test_extract_english_sworn_in_holds_the_post(text, expected):
    assert expected <= _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He called on Chief of the Air Staff, Pakistan Air Force (PAF), Air Chief Marshal "
            "Ruslan Dobrik.",
            ("Ruslan Dobrik", "chief_of_staff", "PK"),
        ),
        (
            "He met the Chief of Staff, Nigerian Army, Lt Gen Tunde Bako.",
            ("Tunde Bako", "chief_of_staff", "NG"),
        ),
        (
            "He met Chief of Defence Staff, Ghana Armed Forces, Vice Admiral Seth Amoama.",
            ("Seth Amoama", "chief_of_staff", "GH"),
        ),
    ],
)
def test_extract_english_the_state_s_service_between_commas(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Adviser to His Majesty the King Karim Benali attended the talks.",
            ("Karim Benali", "adviser", None),
        ),
        (
            "The talks were attended by Yusuf Haddan, Director of the Office of His Majesty.",
            ("Yusuf Haddan", "director_general", None),
        ),
        (
            "Foreign Minister Juan Ramón de la Vega of Mexico met him.",
            ("Juan Ramón de la Vega", "foreign_minister", "MX"),
        ),
        (
            "Foreign Minister Amina Said of Somalia met her Kenyan counterpart Tom Ruto.",
            ("Amina Said", "foreign_minister", "SO"),
        ),
        (
            "He met the High Commissioner of Antigua & Barbuda, Ms Jane Carr.",
            ("Jane Carr", "ambassador", "AG"),
        ),
        (
            "Foreign Affairs Cabinet Secretary Amb. Daniel Kiprono met him.",
            ("Daniel Kiprono", "foreign_minister", None),
        ),
    ],
)
def test_extract_english_royal_offices_particles_said_and_courtesy(text, expected):
    assert expected in _tuples(text)


def test_extract_english_amb_alone_is_still_an_ambassador():
    assert ("Daniel Kiprono", "ambassador", None) in _tuples("Amb. Daniel Kiprono met him.")
    assert ("Tom Ruto", "foreign_minister", "KE") in _tuples(
        "Kenyan Foreign Minister Tom Ruto said the talks went well."
    )


@pytest.mark.parametrize(
    "text",
    [
        "China's special envoy on the Middle East Zhai Wen met him.",
        "Chinese Foreign Ministry's Special Envoy on Middle East Issues Zhai Wen met him.",
    ],
)
def test_extract_english_an_envoy_s_brief_after_on(text):
    assert ("Zhai Wen", "envoy", "CN") in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputy Foreign Minister Rafael Ixcot represented the Guatemalan side.",
            ("Rafael Ixcot", "deputy_minister", "GT"),
        ),
        (
            "Rafael Ixcot, the Undersecretary for Latin America, represented Mexico during the "
            "meeting.",
            ("Rafael Ixcot", "deputy_minister", "MX"),
        ),
        (
            "Deputy Foreign Minister Tom Ruto represented Kenya.",
            ("Tom Ruto", "deputy_minister", "KE"),
        ),
    ],
)
def test_extract_english_the_state_a_holder_represented(text, expected):
    assert expected in _tuples(text)


def test_extract_english_a_delegation_takes_the_state_of_whom_it_accompanies():
    found = _tuples(
        "A high-level delegation, including Deputy Prime Minister Roman Sklar and Foreign "
        "Minister Murat Nurov, is accompanying President Kassym Tokar of Kazakhstan on his "
        "visit to Jordan."
    )
    assert ("Roman Sklar", "deputy_head_of_government", "KZ") in found
    assert ("Murat Nurov", "foreign_minister", "KZ") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minister of State, Minister of Foreign Affairs, National Community Abroad, and "
            "African Affairs, Mr. Karim Benslim, arrived in Maputo.",
            ("Karim Benslim", "foreign_minister", None),
        ),
        (
            "Minister of Foreign Affairs and African Affairs Karim Benslim arrived in Maputo.",
            ("Karim Benslim", "foreign_minister", None),
        ),
        (
            "Foreign Minister Maria Tereza dos Santos Lopes met him.",
            ("Maria Tereza dos Santos Lopes", "foreign_minister", None),
        ),
        (
            "The PM was accompanied by Head of Government Administration Nino Baratashvi.",
            ("Nino Baratashvi", "official", None),
        ),
    ],
)
def test_extract_english_long_portfolio_lists_particles_and_administrations(text, expected):
    assert expected in _tuples(text)


def test_extract_english_a_counterpart_of_a_minister_of_state_and_foreign_minister():
    found = _tuples(
        "Algiers - The Minister of State, Minister of Foreign Affairs, Mr. Karim Benslim, "
        "arrived in Maputo on Monday. During his stay, Minister Karim Benslim is expected to "
        "be received by the President of Mozambique, Mr. Tomas Chivambo. He will also hold "
        "talks with his Mozambican counterpart, Ms. Rosa Mabunda."
    )
    assert ("Rosa Mabunda", "foreign_minister", "MZ") in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Prime Minister Elena Costa Said, in a statement, that talks will resume.", "Said"),
        ("Ambassador Tom Clark Said yesterday that Washington backs the plan.", "Said"),
        (
            "Present at the ceremony were the Vice President, Kenya Defence Forces, General "
            "Peter Otieno, and the Speaker.",
            "Peter Otieno",
        ),
    ],
)
def test_extract_english_this_round_s_rules_keep_their_bounds(text, absent):
    found = _tuples(text)
    assert not any(absent in n and (absent != "Said" or n.endswith("Said")) for n, _r, _c in found)


def test_extract_english_accompanied_by_is_not_accompanying():
    found = _tuples(
        "The delegation, including Trade Minister Amir Tulegen and Energy Minister Daulet Serik, "
        "was accompanied by Chinese Vice Foreign Minister Li Wei."
    )
    assert ("Amir Tulegen", "minister", None) in found


# A title, "of" or "at" and its body's name (a diwan, a court, a ministry), then the holder:
# the holder is the name after the body, not the name before the title (a list's item).
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The reception was attended by Foreign Minister Rashid Qamar, Deputy Minister of "
            "the Amiri Diwan Fahad Nour and others.",
            {("Rashid Qamar", "foreign_minister", None), ("Fahad Nour", "deputy_minister", None)},
            ("Rashid Qamar", "deputy_minister", None),
        ),
        (
            "Present were Interior Minister Omar Zayani, Advisor at the Royal Court Salem "
            "Bukhari and the governor.",
            {("Omar Zayani", "interior_minister", None), ("Salem Bukhari", "adviser", None)},
            ("Omar Zayani", "adviser", None),
        ),
        (
            "He was joined by Finance Minister Lina Harouf, Undersecretary at the Amiri Diwan "
            "Yousef Haddadi and two aides.",
            {
                ("Lina Harouf", "finance_minister", None),
                ("Yousef Haddadi", "deputy_minister", None),
            },
            ("Lina Harouf", "deputy_minister", None),
        ),
    ],
)
def test_extract_english_a_title_of_a_body_then_its_holder(text, expected, absent):
    found = _tuples(text)
    assert expected <= found
    assert absent not in found


def test_extract_english_a_title_of_a_body_closed_by_a_comma_is_the_name_s_before():
    found = _tuples("Samir Tawfiq, Deputy Minister of the Amiri Diwan, attended the ceremony.")
    assert found == {("Samir Tawfiq", "deputy_minister", None)}


# A title, then one word that ends the name of one official of the gazetteer and of no other
# (President Biden): that official, of the gazetteer's state. Not a surname the article has
# already named someone by, and not a word no official's name ends with.
def _gazetteer_surname_holder() -> tuple[str, str, str]:
    """(surname, English name, state) of a gazetteer official whose surname is his alone."""
    from kg import lexicon

    for o in lexicon.officials():
        last = o.en.split()[-1]
        if o.country and last.isalpha() and lexicon.official_by_surname(last) == o.en:
            return last, o.en, o.country
    raise AssertionError("no official with a surname of his own")


@pytest.mark.parametrize(
    ("template", "role"),
    [
        ("President {s} spoke with the delegation on Tuesday about {state}.", "head_of_state"),
        ("The envoy conveyed a message from Prime Minister {s} on {state}.", "head_of_government"),
        ("Foreign Minister {s} said {state} backs the plan.", "foreign_minister"),
    ],
)
def test_extract_english_a_title_and_a_known_surname_is_that_official(template, role):
    from kg import lexicon

    surname, english, code = _gazetteer_surname_holder()
    state = next(c.en for c in lexicon.countries() if c.code == code)
    assert _tuples(template.format(s=surname, state=state)) == {(english, role, code)}


# ... but only where the article names the official's state: a surname alone of a state
# the article never names is no one (Former President X arrived in Cairo).
@pytest.mark.parametrize(
    "template",
    [
        "Former President {s} arrived in Cairo on Monday.",
        "Prime Minister {s} said the talks would go on.",
        "President {s} of the university welcomed the students.",
    ],
)
def test_extract_english_a_known_surname_of_a_state_not_named_is_no_one(template):
    surname, english, _code = _gazetteer_surname_holder()
    assert all(name != english for name, _r, _c in _tuples(template.format(s=surname)))


def test_extract_english_a_title_and_an_unknown_surname_is_no_official():
    assert _tuples("President Zarqoun spoke with the visiting delegation on Tuesday.") == set()


def test_extract_english_a_surname_named_before_is_not_the_gazetteer_s():
    surname, english, _state = _gazetteer_surname_holder()
    found = _tuples(
        f"Zedland's Defence Minister Karl J. {surname} III met the delegation. Later, Minister "
        f"{surname} visited the base."
    )
    assert all(name != english for name, _r, _c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Director of the Office of His Majesty the King Jafar Salim attended the talks.",
        "Head of the Office of the Crown Prince Omar Fadel attended the talks.",
        "Director of the Royal Cabinet Rami Haddad attended the talks.",
    ],
)
def test_extract_english_the_head_of_an_office_is_its_director_general(text):
    assert {r for _n, r, _c in _tuples(text)} == {"director_general"}


# The word after bin is a father's name, no surname: "King Salman" is not the Mohammed bin
# Salman the article named, whether told before or after him.
@pytest.mark.parametrize(
    "text",
    [
        "Crown Prince Hamdan bin Rashid received the minister. King Rashid later received him.",
        "King Rashid received Crown Prince Hamdan bin Rashid and the minister.",
        "The envoy conveyed the greetings of King Rashid and Crown Prince Hamdan bin Rashid.",
    ],
)
def test_extract_english_a_father_s_name_after_bin_is_no_surname(text):
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    kings = {names[t.person] for t in ex.tenures if t.role == "head_of_state"}
    assert kings == {"Rashid"}
    assert "Hamdan bin Rashid" in names.values()


def test_extract_english_bin_and_the_father_s_name_still_refer_back():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Crown Prince Hamdan bin Rashid received the minister. Bin Rashid said the "
            "talks were fruitful.",
        )
    )
    assert len(ex.persons) == 1


# A unified command of the United States named by its acronym before its commander's title
# (AFRICOM Commander X, EUCOM's commander X): a US post, as CENTCOM's is.
@pytest.mark.parametrize("command", ["AFRICOM", "EUCOM", "SOUTHCOM"])
def test_extract_english_a_us_command_acronym_gives_the_state(command):
    found = _tuples(f"{command} Commander Gen. Dagvin Anders met the delegation in Abuja.")
    assert found == {("Dagvin Anders", "military_commander", "US")}


# Amir, Sultan as given names after "Ambassador to STATE" (of STATE to STATE): a name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel's Ambassador to the UAE Amir Hayek presented his credentials.",
            ("Amir Hayek", "ambassador", "IL"),
        ),
        (
            "The Ambassador of Egypt to Qatar Sultan Fahmy presented his credentials.",
            ("Sultan Fahmy", "ambassador", "EG"),
        ),
        (
            "Jordan's Ambassador in Kuwait Amir Sawalha attended the ceremony.",
            ("Amir Sawalha", "ambassador", "JO"),
        ),
    ],
)
def test_extract_english_a_title_word_after_an_ambassador_s_host_is_a_given_name(text, expected):
    assert expected in _tuples(text)


# The head of a unit of a head of state's or a minister's staff (the Amiri protocol, the
# Royal Cabinet, his office), in capitals or not: its director general; the head of a
# state's mission abroad: an official of that state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ceremony was attended by head of Amiri protocols Khaled Mansouri and others.",
            ("Khaled Mansouri", "director_general", None),
        ),
        (
            "Head of the Royal Cabinet Fouad Alami attended the talks.",
            ("Fouad Alami", "director_general", None),
        ),
        (
            "The talks were attended by the head of the US military training mission, Maj. Gen. "
            "Peter Adams.",
            ("Peter Adams", "official", "US"),
        ),
    ],
)
def test_extract_english_the_head_of_a_staff_unit_or_a_mission(text, expected):
    assert _tuples(text) == {expected}


def test_extract_english_the_head_of_a_body_s_mission_in_a_state_is_not_that_state_s():
    found = _tuples(
        "The head of the UN mission in Libya, Hanna Tettering, met Prime Minister Ali Dbara "
        "in Tripoli."
    )
    assert not any(n == "Hanna Tettering" and c == "LY" for n, _r, c in found)


# A plural of ambassadors, then each state, a dash and its envoy's name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the ceremony, Ambassadors Extraordinary and Plenipotentiary of the United "
            "States of America - Mark Tolliver, Turkey - Emre Kaplan, the State of Qatar - Salem "
            "Nasser al-Kuwari and New Zealand - Sarah Blake presented their credentials.",
            {
                ("Mark Tolliver", "ambassador", "US"),
                ("Emre Kaplan", "ambassador", "TR"),
                ("Salem Nasser al-Kuwari", "ambassador", "QA"),
                ("Sarah Blake", "ambassador", "NZ"),
            },
        ),
        (
            "Ambassadors of Chile - Diego Roa and Peru – Ana Quispe presented their credentials "
            "to President Amadou Kessari.",
            {("Diego Roa", "ambassador", "CL"), ("Ana Quispe", "ambassador", "PE")},
        ),
        (
            "The Ambassadors of Norway — Lars Eikeland, Ghana — Kofi Mensah and Brazil — Paulo "
            "Sarmento called on the Foreign Minister.",
            {
                ("Lars Eikeland", "ambassador", "NO"),
                ("Kofi Mensah", "ambassador", "GH"),
                ("Paulo Sarmento", "ambassador", "BR"),
            },
        ),
    ],
)
def test_extract_english_ambassadors_each_state_a_dash_and_a_name(text, expected):
    assert expected <= _tuples(text)


# "City, The Minister ...": a place and a comma before a sentence is the dateline, whose
# state a post with none stated takes.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lima, The Minister of Interior, Jorge Quispe, held talks with his Chilean "
            "counterpart Diego Roa.",
            ("Jorge Quispe", "interior_minister", "PE"),
        ),
        (
            "Nairobi, On Monday Defence Minister Ann Wekesa met the visiting delegation.",
            ("Ann Wekesa", "defence_minister", "KE"),
        ),
        (
            "Hanoi, The Foreign Minister, Tran Van Long, received the new ambassador.",
            ("Tran Van Long", "foreign_minister", "VN"),
        ),
    ],
)
def test_extract_english_a_dateline_closed_by_a_comma(text, expected):
    assert expected in _tuples(text)


# ... but a list of states opened by "The" after a comma is no dateline.
@pytest.mark.parametrize(
    "text",
    [
        "Chile, The Netherlands and Peru agreed on Monday to cooperate, Foreign Minister Ana "
        "Quispe said after meeting Foreign Minister Diego Roa.",
        "Senegal, The Gambia's only neighbour, hosted Foreign Minister Ana Quispe.",
    ],
)
def test_extract_english_a_list_of_states_is_no_dateline(text):
    assert all(c is None for _n, _r, c in _tuples(text))


# A state carried over "and" to the next title (Russian President X and PM Y) yields to the
# gazetteer's state of Y.
def test_extract_english_a_listed_state_yields_to_the_gazetteer():
    from kg import lexicon

    official = next(
        o
        for o in lexicon.officials()
        if o.country not in (None, "RU") and len(o.en.split()) == 2 and "-" not in o.en
    )
    text = (
        f"Russian President Ivan Petrovsky and Prime Minister {official.en} spoke over the phone."
    )
    found = {(n, c) for n, _r, c in _tuples(text)}
    assert (official.en, official.country) in found
    assert ("Ivan Petrovsky", "RU") in found


def test_extract_english_a_listed_state_stays_for_an_unknown_name():
    text = "Iraqi Foreign Minister Karim Dorri and Defence Minister Salem Abbadi arrived in Ankara."
    assert ("Salem Abbadi", "defence_minister", "IQ") in _tuples(text)


# A minister's deputy written after his ministry (Foreign Ministry Undersecretary), before
# the name or in apposition after it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The meeting was attended by Omar Haddad, Foreign Ministry Undersecretary for "
            "Political Affairs, and others.",
            "Omar Haddad",
        ),
        (
            "The meeting was attended by Sheikh Karim Nasser, Defence Ministry Under-Secretary, "
            "and others.",
            "Karim Nasser",
        ),
        (
            "The talks were attended by Lina Farah, Interior Ministry Undersecretary.",
            "Lina Farah",
        ),
    ],
)
def test_extract_english_ministry_undersecretary_in_apposition(text, name):
    assert {(n, r) for n, r, _c in _tuples(text)} == {(name, "deputy_minister")}


# The joint, naval and air staff chiefs, and their deputies (officials of the general staff).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister met Joint Staff Chief Lieutenant General Omar Haddad on Tuesday.",
            ("Omar Haddad", "chief_of_staff"),
        ),
        (
            "The minister met the army leadership in the presence of Deputy Joint Staff Chief "
            "Major General Omar Haddad.",
            ("Omar Haddad", "official"),
        ),
        (
            "Vice Chief of the Naval Staff Rear Admiral Karim Nasser received the delegation.",
            ("Karim Nasser", "official"),
        ),
        (
            "Deputy Chief of the Defence Staff Air Marshal Lina Farah visited the base.",
            ("Lina Farah", "official"),
        ),
    ],
)
def test_extract_english_staff_chiefs_and_their_deputies(text, expected):
    assert expected in {(n, r) for n, r, _c in _tuples(text)}


# A bare "Minister X" of a person the article names as minister of a portfolio is that post.
@pytest.mark.parametrize(
    "text",
    [
        "Ambassador Omar Haddad met Minister of Foreign Affairs Lina Farah. Ambassador Haddad "
        "said Minister Lina Farah agreed.",
        "Defence Minister Karim Nasser of Peru met the envoy. Minister Karim Nasser spoke.",
        "Interior Minister Lina Farah of Chile received the delegation. Later, Minister Farah "
        "said the talks went well.",
    ],
)
def test_extract_english_a_bare_minister_is_the_portfolio_s(text):
    assert all(r != "minister" for _n, r, _c in _tuples(text))


# A surname after a bare title, of a person the article names in full further on, is that
# person, not the gazetteer's namesake.
def _known_by_surname():
    """A gazetteer official of two words, the only one known by his surname: (the
    official, his surname, his state's English name)."""
    from kg import lexicon

    known = next(
        o
        for o in lexicon.officials()
        if len(o.en.split()) == 2
        and o.country
        and lexicon.official_by_surname(o.en.split()[1]) == o.en
    )
    return known, known.en.split()[1], lexicon.country_by_code(known.country).en


def test_extract_english_a_surname_named_in_full_further_on():
    known, surname, state = _known_by_surname()
    text = (
        f"PM {surname} met the envoy in {state}. The envoy wrote after meeting with "
        f"Prime Minister Zaradin {surname}."
    )
    names = {n for n, _r, _c in _tuples(text)}
    assert f"Zaradin {surname}" in names
    assert known.en not in names


# An organization after a title with no "of" (a nationality in it, an acronym after it),
# then the holder's rank and name; an office whose name is hyphenated (Inter-Services).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Commander Chinese People Liberation Army (PLA) General Omar Haddad visited the "
            "headquarters.",
            ("Omar Haddad", "military_commander"),
        ),
        (
            "The Director General of Inter-Services Public Relations Omar Haddad said the "
            "talks went well.",
            ("Omar Haddad", "director_general"),
        ),
        (
            "The Director General of Federal Investigation Agency (FIA) Karim Nasser met the "
            "envoy.",
            ("Karim Nasser", "director_general"),
        ),
    ],
)
def test_extract_english_an_organization_without_of_then_the_holder(text, expected):
    assert expected in {(n, r) for n, r, _c in _tuples(text)}


# A late relative named in full is not the official a bare title names by the surname.
def test_extract_english_a_late_namesake_does_not_take_the_official_s_surname():
    known, surname, state = _known_by_surname()
    text = (
        f"President {surname} met the delegation in {state}, where the late founding "
        f"president Zaradin {surname} is honoured."
    )
    assert known.en in {n for n, _r, _c in _tuples(text)}


# An international body's officer posted in a state serves the body, not that state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minister met the UN Resident Coordinator in Uganda, Marta Obiang, on Monday.",
            ("Marta Obiang", "official", None),
        ),
        (
            "Foreign Minister Karim Nasser met on Sunday with the UN Resident Representative "
            "in Sudan, Ms. Lina Corvell.",
            ("Lina Corvell", "official", None),
        ),
        (
            "The minister met the World Bank Regional Director in Kenya, Tomas Brevik, on Friday.",
            ("Tomas Brevik", "official", None),
        ),
    ],
)
def test_extract_english_a_body_s_officer_in_a_state_is_the_body_s(text, expected):
    assert expected in _tuples(text)


def test_extract_english_an_officer_of_a_state_body_in_a_state_keeps_the_state():
    text = "The Minister met the Speaker of Parliament in Ghana, Kofi Amartey, on Monday."
    assert ("Kofi Amartey", "official", "GH") in _tuples(text)


# A department only one state has (Defense Department, Justice Department) gives its
# officers that state; a surname that is a colour (White) is still a surname.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to a statement by Defense Department spokesperson Dana White, the two "
            "discussed the strategy.",
            ("Dana White", "spokesperson", "US"),
        ),
        (
            "Homeland Security Department spokesperson Tom Brevik said the talks went well.",
            ("Tom Brevik", "spokesperson", "US"),
        ),
        (
            "Treasury Department spokesman Karim Nasser declined to comment.",
            ("Karim Nasser", "spokesperson", "US"),
        ),
    ],
)
def test_extract_english_a_state_s_own_department(text, expected):
    assert expected in _tuples(text)


# The plural of a group of officials (Service Chiefs, commanders) is no one's name.
@pytest.mark.parametrize(
    "text",
    [
        "General Omar Haddad calls on Defence Minister, Chief of Defence Staff, Services Chiefs",
        "He met the Defence Minister Ola Kunle and the Service Chiefs on Monday.",
        "Foreign Minister Karim Nasser met the Navy Commanders on Monday.",
    ],
)
def test_extract_english_a_group_of_officials_is_no_name(text):
    names = {n for n, _r, _c in _tuples(text)}
    assert not any(n.endswith(("Chiefs", "Commanders")) for n in names)


# A minister's portfolio in brackets after the name (Cabinet Secretaries X (Foreign
# Affairs) and Y (Interior)): each holds the post of that portfolio; the list goes on.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Present were Cabinet Secretaries Dr Ann Wambura (Foreign Affairs) and Dr Peter "
            "Otieno (Interior) among other officials.",
            {("Ann Wambura", "foreign_minister"), ("Peter Otieno", "interior_minister")},
        ),
        (
            "Present were Ministers Ola Kunle (Defence), Tom Brevik (Health) and Joe Bade "
            "(Finance).",
            {
                ("Ola Kunle", "defence_minister"),
                ("Tom Brevik", "minister"),
                ("Joe Bade", "finance_minister"),
            },
        ),
        (
            "The President was joined by Cabinet Secretary Amina Kiprop (Defence).",
            {("Amina Kiprop", "defence_minister")},
        ),
    ],
)
def test_extract_english_a_portfolio_in_brackets_after_the_name(text, expected):
    assert expected <= {(n, r) for n, r, _c in _tuples(text)}


# Two portfolios joined by "and" before Minister (Foreign Affairs and Trade Minister): the
# post of the first, with the state before it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met Australian Foreign Affairs and Trade Minister Helen Wardle.",
            ("Helen Wardle", "foreign_minister", "AU"),
        ),
        (
            "He met New Zealand Foreign Affairs and Trade Minister Helen Wardle.",
            ("Helen Wardle", "foreign_minister", "NZ"),
        ),
        (
            "He met Australian Defence and Veterans Minister Tom Klinger.",
            ("Tom Klinger", "defence_minister", "AU"),
        ),
    ],
)
def test_extract_english_two_portfolios_before_minister(text, expected):
    assert expected in _tuples(text)


def _lineage_official():
    """A gazetteer official written with "bin" in an English form of four words or more:
    (the official's English, that form with one more father inserted after "bin X")."""
    from kg import lexicon

    for o in lexicon.officials():
        for form in (o.en, *o.alt_en):
            words = form.split()
            if len(words) >= 4 and "bin" in words[1:-2]:
                k = words.index("bin")
                longer = words[: k + 2] + ["bin", "Zaradin"] + words[k + 2 :]
                if lexicon.official_english(" ".join(longer)) is None:
                    return o.en, " ".join(longer)
    raise AssertionError("no official with a lineage in the gazetteer")


# A gazetteer official named with more of his lineage than the gazetteer writes is that
# official: his English label, merged with his other sightings.
def test_extract_english_a_longer_lineage_is_the_gazetteer_official():
    english, longer = _lineage_official()
    found = _findings(f"The minister met Foreign Minister {longer} on Monday.")
    assert [f.english for f in found if f.name == longer] == [english]


def test_resolve_a_longer_lineage_takes_the_gazetteer_label():
    from kg.resolve import gazetteer_english

    english, longer = _lineage_official()
    assert gazetteer_english(longer) == english
    assert gazetteer_english("Zaradin bin Omar bin Tarvel Al-Qasimi") is None


# A counterpart holds the post the antecedent's title means in the counterpart's own state
# (a South Asian Foreign Secretary is a senior diplomat under the minister, not a minister).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indian Foreign Secretary Anil Mehtani met his Nepali counterpart Hari Dahalo in "
            "Kathmandu.",
            ("Hari Dahalo", "official", "NP"),
        ),
        (
            "Pakistani Foreign Secretary Omar Haddad met his Bangladeshi counterpart Karim Nasser.",
            ("Karim Nasser", "official", "BD"),
        ),
        (
            "British Foreign Secretary Tom Brevik met his French counterpart Anne Lorrain.",
            ("Anne Lorrain", "foreign_minister", "FR"),
        ),
    ],
)
def test_extract_english_a_counterpart_holds_the_post_of_his_state(text, expected):
    assert expected in _tuples(text)


# "He met ... and his counterpart Y": his is the one the previous sentence named first.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Elchin Karimli of Azerbaijan arrived in Georgia on Monday. He met "
            "with the Prime Minister of Georgia, Irakli Beridze, and his Georgian counterpart, "
            "Levan Kapanadze.",
            ("Levan Kapanadze", "foreign_minister", "GE"),
        ),
        (
            "Defence Minister Omar Haddad of Jordan arrived in Cairo. He called on President "
            "Karim Nasser of Egypt and met his Egyptian counterpart Tarek Zaki.",
            ("Tarek Zaki", "defence_minister", "EG"),
        ),
    ],
)
def test_extract_english_his_counterpart_after_he(text, expected):
    assert expected in _tuples(text)


# A lineage that differs from the gazetteer's (another father) is another man.
def test_extract_english_another_father_is_another_man():
    from kg import lexicon

    form = next(
        f
        for o in lexicon.officials()
        for f in (o.en, *o.alt_en)
        if len(f.split()) == 3 and f.split()[1] == "bin"
    )
    given, _bin, father = form.split()
    assert lexicon.official_by_lineage(f"{given} bin Zaradin bin {father}") is None


# A junior minister with a portfolio in brackets is no head of that portfolio.
@pytest.mark.parametrize(
    "text",
    [
        "Present were State Minister Ola Kunle (Defence) and Minister Tom Brevik (Health).",
        "Present were Shadow Minister Ola Kunle (Defence) and others.",
    ],
)
def test_extract_english_a_junior_minister_in_brackets(text):
    assert ("Ola Kunle", "minister") in {(n, r) for n, r, _c in _tuples(text)}


# A minister's counterpart is a minister wherever the title means a diplomat elsewhere;
# his counterpart after He is not of the opener's own state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "British Foreign Secretary Tom Brevik met his Indian counterpart Anil Mehtani.",
            ("Anil Mehtani", "foreign_minister", "IN"),
        ),
        (
            "Foreign Minister Karim Nasser of Egypt received Defence Minister Omar Haddad of "
            "Jordan. He met Prime Minister Tarek Zaki and his Egyptian counterpart Ali Bakr.",
            ("Ali Bakr", "defence_minister", "EG"),
        ),
    ],
)
def test_extract_english_counterparts_after_the_review(text, expected):
    assert expected in _tuples(text)


def test_extract_english_a_surname_like_a_plural_noun_stays():
    names = {n for n, _r, _c in _tuples("Ambassador Ken Heads met Foreign Minister Tom Brevik.")}
    assert "Ken Heads" in names


# Kenya's Principal Secretary is a deputy minister (elsewhere an official, as a Permanent
# Secretary is).
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Kenya's Principal Secretary for Defence Mr. Tom Kline was present.", "deputy_minister"),
        (
            "Tom Kline, Permanent Secretary of the Ministry of Foreign Affairs, met the envoy.",
            "official",
        ),
    ],
)
def test_extract_english_a_principal_secretary_is_a_director_general(text, role):
    assert {(n, r) for n, r, _c in _tuples(text)} == {("Tom Kline", role)}


# Ambassadors "from" a state are that state's, one by one in a plural.
def test_extract_english_ambassadors_from_states():
    found = _tuples("The minister met ambassadors from Peru and Chile, Tom Kline and Ana Costa.")
    assert ("Tom Kline", "ambassador", "PE") in found
    assert ("Ana Costa", "ambassador", "CL") in found


# A portfolio no lexicon holds, set off by commas before its holder, runs to the comma.
@pytest.mark.parametrize(
    "text",
    [
        "The Minister for Commerce and the Promotion of Small and Medium-sized Companies, "
        "Tom Kline, met the envoy.",
        "The Minister of Commerce and the Promotion of Small Businesses, Tom Kline, met the envoy.",
    ],
)
def test_extract_english_a_long_portfolio_set_off_by_commas(text):
    assert ("Tom Kline", "minister", None) in _tuples(text)


# A named ministry's title with a second field (Foreign Affairs and Expatriates) keeps its
# state after "of".
@pytest.mark.parametrize(
    "text",
    [
        "He met Tom Kline, Minister for Foreign Affairs and Expatriates of Peru.",
        "He met Tom Kline, Minister of Defence and Veterans Affairs of Peru.",
        "Minister for Foreign Affairs and Expatriates of Peru Tom Kline arrived.",
    ],
)
def test_extract_english_a_named_ministry_with_a_second_field(text):
    assert {(n, c) for n, _r, c in _tuples(text)} == {("Tom Kline", "PE")}


# The head of a European Union delegation is the Union's ambassador, of no state.
@pytest.mark.parametrize(
    "text",
    [
        "The minister met the Head of the EU Delegation to Peru, Tom Kline.",
        "The minister met the EU Representative to Peru, Tom Kline.",
    ],
)
def test_extract_english_the_head_of_an_eu_delegation_is_its_ambassador(text):
    assert ("Tom Kline", "ambassador", None) in _tuples(text)


# Public security is the interior ministry's portfolio (China, Vietnam): its deputy too.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Chinese Vice Minister of Public Security Chen Wei arrived.", "deputy_minister"),
        ("Chinese Deputy Minister of Public Security Chen Wei arrived.", "deputy_minister"),
        ("Chinese Minister of Public Security Chen Wei arrived.", "interior_minister"),
    ],
)
def test_extract_english_public_security_is_the_interior_ministry(text, role):
    assert _tuples(text) == {("Chen Wei", role, "CN")}


# An editor's brackets in a quote: our [Peruvian] Prime Minister [X].
def test_extract_english_names_and_states_in_an_editor_s_brackets():
    text = (
        "It will be chaired by our [Peruvian] Prime Minister [Tom Kline] and your [Chilean] "
        "Vice President [Ana Costa]."
    )
    assert _tuples(text) == {
        ("Tom Kline", "head_of_government", "PE"),
        ("Ana Costa", "deputy_head_of_state", "CL"),
    }


# "In a meeting with the President of Brazil, H.E. X conveyed ...": a title that closes an
# opening phrase is not the post of the subject named after its comma.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a meeting with the President of Brazil, H.E. Tom Kline conveyed greetings.",
            set(),
        ),
        (
            "During talks with the Prime Minister of Malaysia, Ambassador Tom Kline of Peru "
            "presented an invitation.",
            {("Tom Kline", "ambassador", "PE")},
        ),
        (
            "At the end of his visit to the Emir of Qatar, Minister Tom Kline briefed reporters.",
            {("Tom Kline", "minister", None)},
        ),
        (
            "He met the President of Brazil, Tom Kline, on Monday.",
            {("Tom Kline", "head_of_state", "BR")},
        ),
    ],
)
def test_extract_english_a_title_closing_an_opening_phrase(text, expected):
    assert _tuples(text) == expected


# Chargé d'affaires as outlets spell it; the official the chargé calls on is of the state
# the chargé is posted to.
@pytest.mark.parametrize(
    "text",
    [
        "US Charge d' Affaires to Kenya Ann Lee called on Interior Cabinet Secretary Tom Kline.",
        "US Charge d'Affairs to Kenya Ann Lee called on Interior Cabinet Secretary Tom Kline.",
    ],
)
def test_extract_english_charge_d_affaires_spellings_and_the_host(text):
    assert _tuples(text) == {
        ("Ann Lee", "official", "US"),
        ("Tom Kline", "interior_minister", "KE"),
    }


# Said after bin, ibn or Al is a father's or a house's name, not the verb.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Omani Deputy Prime Minister Fahd bin Said received the envoy.", "Fahd bin Said"),
        (
            "Omani Minister of Culture Fahd bin Rashid Al Said received the envoy.",
            "Fahd bin Rashid Al Said",
        ),
    ],
)
def test_extract_english_said_after_bin_is_a_name(text, name):
    assert {n for n, _r, _c in _tuples(text)} == {name}


# The official an envoy meets is of the one other state a bilateral article names.
def test_extract_english_the_official_an_envoy_meets_in_a_bilateral_article():
    text = (
        "Foreign Minister Tom Verdal received the Kenyan ambassador Peter Omondi. Norway and "
        "Kenya opened embassies in 1995."
    )
    assert ("Tom Verdal", "foreign_minister", "NO") in _tuples(text)


# "their Kenyan counterparts led by X": X is of the counterparts' state.
def test_extract_english_counterparts_led_by():
    text = (
        "The visiting US delegation will hold talks with their Kenyan counterparts led by "
        "Foreign Affairs Cabinet Secretary Ana Costa."
    )
    assert ("Ana Costa", "foreign_minister", "KE") in _tuples(text)


# The review's readings: the holder's name after a short portfolio is his (no longer
# portfolio); "as + title" before the comma is the subject's own post; a name after "and"
# is no second field of a named ministry.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Also present were the Minister of Health Tom Kline, Ana Costa of the World Bank "
            "and Jim Roe.",
            ("Tom Kline", "minister"),
        ),
        (
            "The Minister of Trade Tom Kline, Dr. Ana Costa and the governor attended.",
            ("Tom Kline", "minister"),
        ),
        (
            "In his capacity as Minister of Trade, Tom Kline signed the agreement.",
            ("Tom Kline", "minister"),
        ),
        (
            "Following his appointment as Minister of Defence, Tom Kline visited Lima.",
            ("Tom Kline", "defence_minister"),
        ),
        (
            "He met the Minister of Foreign Affairs and Ana Costa, the Minister of Trade.",
            ("Ana Costa", "minister"),
        ),
    ],
)
def test_extract_english_review_readings_of_this_round(text, expected):
    assert {(n, r) for n, r, _c in _tuples(text)} == {expected}


# The official an envoy meets keeps no state from a state he travels from or to.
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan ambassador Tom Kline met Deputy Minister Ana Costa, who had just returned "
        "from Brazil.",
        "The Kenyan ambassador Tom Kline met Trade Minister Ana Costa, who is visiting Norway. "
        "The minister invited Norwegian firms to Kenya.",
    ],
)
def test_extract_english_no_partner_state_from_travel(text):
    assert {c for n, _r, c in _tuples(text) if n == "Ana Costa"} == {None}


# A named ministry's acronym before Secretary (DFA, DND: the Philippine departments) is
# that ministry's head.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("DFA Secretary Tom Kline received the Japanese ambassador.", "foreign_minister"),
        ("DND Secretary Tom Kline received the Japanese ambassador.", "defence_minister"),
    ],
)
def test_extract_english_a_ministry_acronym_before_secretary(text, role):
    assert ("Tom Kline", role) in {(n, r) for n, r, _c in _tuples(text)}


# A service's chief in a state whose service chiefs are titled Chief of the Army (Naval,
# Air) Staff is its chief of staff; elsewhere a navy chief is a commander.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chief of the Bangladesh Navy Admiral Tom Kline called on the defence minister.",
            ("Tom Kline", "chief_of_staff", "BD"),
        ),
        (
            "He also met Indian Navy Chief Tom Kline on Monday.",
            ("Tom Kline", "chief_of_staff", "IN"),
        ),
        (
            "British Army chief Gen Tom Kline met his Pakistani counterpart Ana Costa.",
            ("Ana Costa", "chief_of_staff", "PK"),
        ),
        (
            "Egyptian Navy chief Tom Kline met the minister.",
            ("Tom Kline", "military_commander", "EG"),
        ),
        (
            "Pakistan Navy Commander-in-Chief Tom Kline met the minister.",
            ("Tom Kline", "military_commander", "PK"),
        ),
    ],
)
def test_extract_english_a_service_chief_titled_chief_of_staff(text, expected):
    assert expected in _tuples(text)


# The chief of an army's general staff is a chief of staff, not the army's commander; the
# Hellenic Army is Greece's.
@pytest.mark.parametrize(
    "text",
    [
        "He met Tom Kline, Chief of the Hellenic Army General Staff.",
        "Lieutenant General Tom Kline, Chief of Hellenic Army General Staff, Greece, met Ana Costa.",
    ],
)
def test_extract_english_chief_of_an_army_general_staff(text):
    assert ("Tom Kline", "chief_of_staff", "GR") in _tuples(text)


# Advocate, Ustaz, KH: styles before a name (Minister of Food Advocate X).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bangladeshi Minister of Food Advocate Tom Kline signed a memorandum.",
            ("Tom Kline", "minister", "BD"),
        ),
        (
            "Vice President KH Tom Kline received Ustaz Ana Costa, Minister of Religious Affairs.",
            ("Ana Costa", "minister", None),
        ),
    ],
)
def test_extract_english_south_and_south_east_asian_styles(text, expected):
    assert expected in _tuples(text)


# A ministry's secretary general is an official (the Arabic الأمين العام لوزارة).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was accompanied by the Secretary General of the Ministry of Defense Vice Admiral "
            "Tom Kline.",
            ("Tom Kline", "official"),
        ),
        (
            "Tom Kline, Secretary-General of the Ministry of Foreign Affairs, attended.",
            ("Tom Kline", "official"),
        ),
        ("UN Secretary-General Tom Kline met the Ministry's officials.", ("Tom Kline", "official")),
    ],
)
def test_extract_english_a_ministry_s_secretary_general(text, expected):
    assert expected in {(n, r) for n, r, _c in _tuples(text)}


# "X, TITLE and the country's TITLE" with no name after: both posts are X's (not a list of
# titles for a name to come).
def test_extract_english_a_second_post_with_no_name_after_it():
    text = (
        "The meeting was attended by Tom Kline, UAE Ambassador to Ethiopia and the country's "
        "Permanent Representative to the African Union."
    )
    assert ("Tom Kline", "ambassador", "AE") in _tuples(text)


def _gazetteer_minister():
    """A minister of the officials gazetteer with a state (English name, state)."""
    from kg import lexicon

    entry = next(o for o in lexicon.officials() if o.country and o.en)
    return entry.en, entry.country


# The gazetteer's state of an official, known as his title is read, carries over the list
# and the party he leads (Foreign Minister X and Defence Minister Y; X was accompanied by Y).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegation was welcomed by Foreign Minister {g} and Defence Minister Tom Kline.",
            ("Tom Kline", "defence_minister"),
        ),
        (
            "Defence Minister {g} received the envoys. Receiving both envoys, {s} was "
            "accompanied by the Deputy Minister of Defence Tom Kline.",
            ("Tom Kline", "deputy_minister"),
        ),
    ],
)
def test_extract_english_the_gazetteer_state_carries_over_a_list(text, expected):
    name, code = _gazetteer_minister()
    text = text.format(g=name, s=name.split()[-1])
    assert (*expected, code) in _tuples(text)


# "Receiving the envoys, X ...": a participle's plural title names no one after its comma.
def test_extract_english_a_participle_s_plural_title_is_its_object():
    found = _tuples("Receiving the ambassadors, Tom Kline said the talks went well.")
    assert ("Tom Kline", "ambassador", None) not in found


# A possessive with a bare apostrophe (Kyriakis' adviser), and grades between it and the
# title (X's chief diplomatic adviser): the adviser serves X's state.
@pytest.mark.parametrize(
    "text",
    [
        "Greek Prime Minister Tom Kyriakis met him. Kyriakis' adviser Ana Costa attended.",
        "Greek Prime Minister Tom Kyriakis met him. The talks included Kyriakis’ chief "
        "diplomatic advisor, Ana Costa.",
    ],
)
def test_extract_english_a_possessive_s_adviser(text):
    assert ("Ana Costa", "adviser", "GR") in _tuples(text)


# A state's name closing a title with no "of" (Minister of Commerce Pakistan, X;
# Minister of Investment, Uzbekistan.) is the post's state.
@pytest.mark.parametrize(
    "text",
    [
        "The meeting was co-chaired by Tom Kline, Minister of Commerce Pakistan, and Ana "
        "Costa, Minister of Investment, Uzbekistan.",
        "The meeting was co-chaired by Tom Kline, Minister of Commerce, Pakistan, and Ana "
        "Costa, Deputy Prime Minister —Minister of Investment and Foreign Trade, Uzbekistan.",
    ],
)
def test_extract_english_a_state_closing_a_title(text):
    found = _tuples(text)
    assert ("Tom Kline", "minister", "PK") in found
    assert ("Ana Costa", "minister", "UZ") in found


def test_extract_english_a_state_opening_a_phrase_does_not_close_the_title():
    found = _tuples("He met Ana Costa, the foreign minister, Egypt's top diplomat.")
    assert ("Ana Costa", "foreign_minister", None) in found


# The review's readings: a command's or a deputy's chief is no service chief; a
# counterpart in a state of commanders stays a commander; a ministry's deputy secretary
# general stays an official; names between commas after a participle's plural are named.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indian Army's Northern Command chief Lt Gen Tom Kline met him.",
            ("Tom Kline", "military_commander", "IN"),
        ),
        (
            # (a vice chief is a deputy chief of staff: an official, as the gold has them)
            "Indian Navy Vice Chief Vice Admiral Tom Kline met him.",
            ("Tom Kline", "official", "IN"),
        ),
        (
            "Pakistan Navy Chief Admiral Tom Kline met his Turkish counterpart Admiral Ana Costa.",
            ("Ana Costa", "military_commander", "TR"),
        ),
        (
            "Deputy Secretary General of the Ministry of Defence Rear Admiral Tom Kline attended.",
            ("Tom Kline", "official", None),
        ),
        (
            "Welcoming the two ministers, Tom Kline of Kenya and Ana Costa of Ghana, Governor "
            "Lota Venn said trade would grow.",
            ("Tom Kline", "minister", "KE"),
        ),
    ],
)
def test_extract_english_review_readings_of_the_service_chief_round(text, expected):
    assert expected in _tuples(text)


# The second review's readings.
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Receiving the ambassadors, Tom Kline and Ana Costa stressed trade.",
            "Tom Kline",
            set(),
        ),
        (
            "Receiving the envoys, Tom Kline, who was flanked by his deputy, said the talks "
            "went well.",
            "Tom Kline",
            set(),
        ),
        (
            "President Lota Venn received Tom Kline, Minister of Foreign Affairs, Kenya and "
            "Uganda's Trade Minister Ana Costa at State House.",
            "Tom Kline",
            {("foreign_minister", None)},
        ),
        (
            "Tom Kline, UN Resident Coordinator, Nigeria, and Ana Costa, Minister of Budget, "
            "attended.",
            "Tom Kline",
            {("official", None)},
        ),
        (
            "Nigerian Air Force (NAF) chief Air Marshal Tom Kline met him.",
            "Tom Kline",
            {("chief_of_staff", "NG")},
        ),
    ],
)
def test_extract_english_second_review_readings(text, name, expected):
    assert {(r, c) for n, r, c in _tuples(text) if n == name} == expected


# The chief of a state's whole defence or armed forces is its chief of staff; their
# commander stays a commander.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met the Chief of the Kenya Defence Forces, General Tom Kline.",
            ("Tom Kline", "chief_of_staff", "KE"),
        ),
        (
            "He met Tom Kline, Chief of the Ghana Armed Forces.",
            ("Tom Kline", "chief_of_staff", "GH"),
        ),
        (
            "He met the Commander of the Uganda People's Defence Forces, General Tom Kline.",
            ("Tom Kline", "military_commander", "UG"),
        ),
    ],
)
def test_extract_english_the_chief_of_a_state_s_defence_forces(text, expected):
    assert expected in _tuples(text)


# An ambassador "here" (where the article is written) or accredited to two states; an
# official listed before him at an attendance is not of the state he is posted to.
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Minister of Environment Leila Hosny met on Tuesday with Japanese Ambassador here "
            "Tom Kline.",
            "Tom Kline",
            {("ambassador", "JP")},
        ),
        (
            "The talks were attended by the Indian Ambassador to Nepal and Bhutan Tom Kline.",
            "Tom Kline",
            {("ambassador", "IN")},
        ),
        (
            "The Chinese Ambassador to Pakistan and Pakistan Foreign Minister Tom Kline "
            "signed the deal.",
            "Tom Kline",
            {("foreign_minister", "PK")},
        ),
        (
            "Ministers also attended, including Foreign Affairs Minister Leila Hosny and "
            "Indonesian Ambassador to Australia and Vanuatu Tom Kline.",
            "Leila Hosny",
            {("foreign_minister", None)},
        ),
    ],
)
def test_extract_english_ambassador_here_and_to_two_states(text, name, expected):
    assert {(r, c) for n, r, c in _tuples(text) if n == name} == expected


# A rank's common misspelling (Air Marshall) is still the rank, before the name.
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Air Chief Marshall Tom Kline met the minister on Monday.", "Tom Kline", set()),
        (
            "Air Vice Marshall Tom Kline, Chief of the Air Staff of Ghana, met the minister.",
            "Tom Kline",
            {("chief_of_staff", "GH")},
        ),
        (
            "The minister was accompanied by the chief of Air Staff of Nigeria, Air Marshall "
            "Tom Kline.",
            "Tom Kline",
            {("chief_of_staff", "NG")},
        ),
    ],
)
def test_extract_english_misspelt_air_ranks(text, name, expected):
    assert {(r, c) for n, r, c in _tuples(text) if n == name} == expected


# The UN's hyphenated Assistant-Secretary-General; a style inside a name (Somali and
# South Asian names: Nasser Ali Sheikh Ahmed) or closing it (Tariq Hameed Sheikh).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Juma held talks with the UN Assistant-Secretary-General for Africa Leila Hosny.",
            ("Leila Hosny", "official", None),
        ),
        (
            "Prime Minister Tomas Ali Sheikh Vandor received the delegation.",
            ("Tomas Ali Sheikh Vandor", "head_of_government", None),
        ),
        (
            "The minutes were signed by Foreign Minister Tomas Vandor Sheikh.",
            ("Tomas Vandor Sheikh", "foreign_minister", None),
        ),
    ],
)
def test_extract_english_hyphenated_un_titles_and_styles_in_names(text, expected):
    assert expected in _tuples(text)


# Those who attend a meeting an official of one state holds, with no state of their own,
# are of the host's state; "from the Afghan side, X" gives X that side's state.
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Prime Minister Tom Kline of Kenya received Director General Ana Costa on Monday. "
            "The meeting was attended by Education Minister Lota Venn.",
            "Lota Venn",
            {("minister", "KE")},
        ),
        (
            "From Pakistan side, the minutes were signed by Commerce Secretary Tom Kline, "
            "whereas from Afghanistan side, Deputy Minister for Commerce Ana Costa signed them.",
            "Ana Costa",
            {("deputy_minister", "AF")},
        ),
        (
            "On the Kenyan side, Foreign Minister Ana Costa led the talks.",
            "Ana Costa",
            {("foreign_minister", "KE")},
        ),
    ],
)
def test_extract_english_attendees_and_sides(text, name, expected):
    assert {(r, c) for n, r, c in _tuples(text) if n == name} == expected


# A state has one foreign minister: when the context alone (a dateline) gave two the same
# state's post, the first named holds it and the other takes the one other state the
# article names by a post's title, or none.
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Muscat: Sayyid Tarven Oskalid, Foreign Minister on Monday received Lena Korvath, "
            "Minister of Foreign Affairs and International Cooperation. The Kenyan Ambassador "
            "Samir Odhiambo attended the meeting.",
            {
                ("Tarven Oskalid", "foreign_minister", "OM"),
                ("Lena Korvath", "foreign_minister", "KE"),
            },
            ("Lena Korvath", "foreign_minister", "OM"),
        ),
        (
            "Muscat: Sayyid Tarven Oskalid, Foreign Minister on Monday received Lena Korvath, "
            "Minister of Foreign Affairs.",
            {("Tarven Oskalid", "foreign_minister", "OM")},
            ("Lena Korvath", "foreign_minister", "OM"),
        ),
    ],
)
def test_extract_english_one_foreign_minister_by_the_dateline(text, expected, absent):
    got = _tuples(text)
    assert expected <= got
    assert absent not in got


# A service chief's counterpart in a state that titles its service chiefs Chief of the
# Army Staff is that state's chief of staff, whatever state the article gives the first.
def test_extract_english_service_chief_s_counterpart():
    text = (
        "Army Chief Gen Tarven Oskalid on Tuesday held extensive talks with his Nepalese "
        "counterpart Gen Lena Korvath."
    )
    assert ("Lena Korvath", "chief_of_staff", "NP") in _tuples(text)


# Air Chief, naval chief: a service chief's title (the chief of the air staff where a
# state titles him so), not the rank Air Chief Marshal that begins like it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air Marshal Tarven Oskalid, Air Chief of the Pakistan Air Force, called on the "
            "Army Commander.",
            {("Tarven Oskalid", "chief_of_staff", "PK")},
        ),
        (
            "Pakistan Air Chief Tarven Oskalid called on the Army Commander.",
            {("Tarven Oskalid", "chief_of_staff", "PK")},
        ),
        ("Air Chief Marshal Tarven Oskalid called on the Army Commander.", set()),
    ],
)
def test_extract_english_air_chief(text, expected):
    assert _tuples(text) == expected


# A title that ends a line before a blank line names no one on the next paragraph's
# first words (a headline's "... the Russian Foreign Minister", then "Subject: ...").
def test_extract_english_no_holder_across_a_blank_line():
    text = (
        "Secretary Tarven Oskalid speaking with the Russian Foreign Minister\n\n"
        "Subject: From a Senior Official: Readout of the call."
    )
    assert {n for n, _, _ in _tuples(text)} == {"Tarven Oskalid"}


# A noun that closes a portfolio (Development, Welfare, Rail) after a portfolio no
# lexicon holds is the portfolio's, not the first word of the holder's name.
@pytest.mark.parametrize(
    "title",
    [
        "Minister of Local Government and Rural Development",
        "Minister of Health and Social Welfare",
        "Minister of Land Transport and Light Rail",
        "Minister of Lands and Natural Resources",
    ],
)
def test_extract_english_a_portfolio_s_closing_noun_opens_no_name(title):
    assert _tuples(f"{title} Tarven Oskalid met the envoy.") == {
        ("Tarven Oskalid", "minister", None)
    }


# A title, "in" or "of" and a force's acronym or a body, a comma, then a rank and the
# holder's name: the holder's title (The Chief of Defence Forces in the UPDF, Gen. X).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chief of Defence Forces in the UPDF, Gen. Tarven Oskalid has welcomed a team.",
            {("Tarven Oskalid", "chief_of_staff", None)},
        ),
        (
            "The Commander of the Army in the KDF, Lt Gen Tarven Oskalid has welcomed a team.",
            {("Tarven Oskalid", "military_commander", None)},
        ),
        ("The Chief of Defence Forces in the UPDF, who spoke first, welcomed a team.", set()),
    ],
)
def test_extract_english_a_title_s_force_then_a_comma_and_a_ranked_name(text, expected):
    assert _tuples(text) == expected


# "Minister X of Israel's support": the state owns the noun after its possessive; it is
# not the holder's (Minister X of Israel, without it, is).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy assured Minister Tarven Oskalid of Chile's support.",
            {("Tarven Oskalid", "minister", None)},
        ),
        (
            "He met Foreign Minister Tarven Oskalid of Chile on Monday.",
            {("Tarven Oskalid", "foreign_minister", "CL")},
        ),
    ],
)
def test_extract_english_a_state_s_possessive_after_a_name_is_not_its_state(text, expected):
    assert _tuples(text) == expected


# No dateline and no outlet's state: the state the story names as the place where it
# happens (in, to ...) three times or more, more than one and a half times as often as
# any other, is its officials' (a local paper's Minister of Health X), when it names a
# guest of another state or body and none of that state by his title; a conference city
# (Geneva) counts for no state, nor does a topic (China's actions).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Water Tarven Oskalid met Chilean Ambassador Ivo Stanek.\n\n"
            "Aid to Namibia grew this year.\n\nThe talks in Windhoek covered the dams in "
            "Namibia.",
            {("Tarven Oskalid", "minister", "NA"), ("Ivo Stanek", "ambassador", "CL")},
        ),
        (
            "Minister of Water Tarven Oskalid met Chilean Ambassador Ivo Stanek.\n\n"
            "Aid to Namibia grew this year.\n\n"
            "China's actions and China's ships worried Chile and China. China's envoy spoke.",
            {("Tarven Oskalid", "minister", None), ("Ivo Stanek", "ambassador", "CL")},
        ),
        (
            "Minister of Water Tarven Oskalid met Chilean Ambassador Ivo Stanek in Geneva.\n\n"
            "The talks in Geneva went on.\n\nMeetings in Geneva are many.",
            {("Tarven Oskalid", "minister", None), ("Ivo Stanek", "ambassador", "CL")},
        ),
        (
            # (no guest: the story may be told from anywhere)
            "Minister of Water Tarven Oskalid spoke of the drought.\n\n"
            "Aid to Namibia grew this year.\n\nThe talks in Windhoek covered the dams in "
            "Namibia.",
            {("Tarven Oskalid", "minister", None)},
        ),
        (
            "WINDHOEK - Minister of Water Tarven Oskalid met the envoy of Chile in Santiago.\n\n"
            "The talks in Santiago covered Chile's dams and Chile's rivers.",
            {("Tarven Oskalid", "minister", "NA")},
        ),
    ],
)
def test_extract_english_the_state_a_story_names_most(text, expected):
    assert _tuples(text) == expected


# "under the leadership of the Prime Minister, X said": the title is governed by the
# noun; the name after its comma is the clause's speaker, not the title's holder.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We pursue the agenda under the leadership of the caretaker Prime Minister of "
            "Chile, Dr. Tarven Oskalid said.",
            set(),
        ),
        (
            "We work under the guidance of the President, Tarven Oskalid said.",
            set(),
        ),
        (
            "The visit comes at the invitation of the Prime Minister of Chile, Tarven Oskalid.",
            {("Tarven Oskalid", "head_of_government", "CL")},
        ),
        (
            "Under the leadership of President Tarven Oskalid, the country grew.",
            {("Tarven Oskalid", "head_of_state", None)},
        ),
    ],
)
def test_extract_english_a_governed_title_then_a_speaker(text, expected):
    assert _tuples(text) == expected


# "X, a major general and theatre commander": a rank in apposition, "and", then the post;
# the commanders of a theatre, a sector, a division (the lexicon's family).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They were received by Tarven Oskalid, a major general and commander of the "
            "3rd Division.",
            {("Tarven Oskalid", "military_commander", None)},
        ),
        (
            "They were received by Tarven Oskalid, a major general and theatre commander "
            "of Operation Lion.",
            {("Tarven Oskalid", "military_commander", None)},
        ),
        (
            "Sector Commander Tarven Oskalid visited the troops.",
            {("Tarven Oskalid", "military_commander", None)},
        ),
        (
            "The brigade commander, Col. Tarven Oskalid, said the road was open.",
            {("Tarven Oskalid", "military_commander", None)},
        ),
    ],
)
def test_extract_english_a_rank_and_a_post_in_apposition(text, expected):
    assert _tuples(text) == expected


# Petroleum & Natural Gas: "&" reads as "and" inside a title.
def test_extract_english_ampersand_in_a_portfolio():
    assert _tuples("Minister of Petroleum & Natural Gas Tarven Oskalid met the envoy.") == {
        ("Tarven Oskalid", "minister", None)
    }


# A force's vice chief, a political commissar, a chief justice: officials.
@pytest.mark.parametrize(
    "title",
    [
        "Chilean Navy Vice Chief Vice Admiral",
        "Chief Political Commissar Maj Gen",
        "Chief Justice",
    ],
)
def test_extract_english_more_officials(title):
    got = _tuples(f"The briefing was attended by {title} Tarven Oskalid.")
    assert {(n, r) for n, r, _c in got} == {("Tarven Oskalid", "official")}


# A dateline's lead: a post with no state before one whose state only the gazetteer
# knows is the dateline's (New Delhi: Navy chief X briefed Defence Minister Y).
def test_extract_english_a_lead_s_known_official_does_not_make_a_guest():
    from kg.lexicon import officials

    known = next(o for o in officials() if o.country == "IN" and len(o.en.split()) == 2)
    text = (
        f"New Delhi: Navy chief Admiral Tarven Oskalid on Thursday briefed Defence Minister "
        f"{known.en}."
    )
    got = _tuples(text)
    assert ("Tarven Oskalid", "chief_of_staff", "IN") in got


# Visiting before a state's title (Visiting Indian Army Chief X): the guest's state holds.
def test_extract_english_visiting_before_a_state_s_title():
    assert _tuples("Visiting Chilean Army Chief Gen Tarven Oskalid met the minister.") == {
        ("Tarven Oskalid", "military_commander", "CL")
    }


# A story told at home, its guest's state named before the host he calls on: the host is
# the home state's (The Chilean envoy also met with Foreign Minister X).
def test_extract_english_the_host_a_guest_calls_on_is_at_home():
    text = (
        "Chile sought assurances from Namibia on the projects.\n\n"
        "The Chilean special envoy also met with Foreign Minister Tarven Oskalid."
    )
    got = _tuples_at(text, "https://www.namibian.com.na/news/1")
    assert ("Tarven Oskalid", "foreign_minister", "NA") in got


# Capitalised words after "and" that close a minister's portfolio (the Minister of Land
# Transport and Light Rail, Minister of Foreign Affairs, Mr X) are no name before a title.
def test_extract_english_a_portfolio_s_last_words_are_no_name():
    text = (
        "He met the Minister of Land Transport and Light Rail, Minister of Foreign Affairs, "
        "Regional Integration and International Trade, Mr Tarven Oskalid, yesterday."
    )
    assert {n for n, _, _ in _tuples(text)} == {"Tarven Oskalid"}


# Where a visitor goes (his visit to Chile, his Chile trip, arrived in Santiago) is not the
# story's own state: it gives his post no state.
def test_extract_english_a_destination_is_not_the_story_s_state():
    text = (
        "Union Minister Tarven Oskalid, on his two-day Chile visit, met the Chilean Deputy "
        "Prime Minister Ivo Stanek.\n\nHe arrived in Santiago on Monday.\n\n"
        "His visit to Chile ends on Friday."
    )
    assert ("Tarven Oskalid", "minister", None) in _tuples(text)


# A military operation's or unit's name is no person's (theatre commander, Operation X).
def test_extract_english_an_operation_is_no_name():
    text = "The troops were received by the theatre commander, Operation Lion Shield, in camp."
    assert _tuples(text) == set()


# Adviser to the Foreign Minister (for Legal Affairs) Dr X: the minister is unnamed, the
# name is the adviser's (as Adviser to the President X).
@pytest.mark.parametrize(
    "title",
    [
        "Adviser to the Foreign Minister",
        "Advisor of the Foreign Minister for Legal Affairs Dr",
        "Adviser to the Minister of Foreign Affairs",
    ],
)
def test_extract_english_adviser_to_an_unnamed_minister(title):
    assert _tuples(f"The talks were attended by {title} Tarven Oskalid.") == {
        ("Tarven Oskalid", "adviser", None)
    }


# A force named after the title with no "of" and no name after it (X, Commander Chile
# Navy, called on ...; X, Chief of the Air Staff, Chile Air Force, ...): its state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vice Admiral Tarven Oskalid, Commander Chile Navy, called on the minister.",
            {("Tarven Oskalid", "military_commander", "CL")},
        ),
        (
            "Air Marshal Tarven Oskalid, Chief of the Air Staff, Chile Air Force, called on "
            "the minister.",
            {("Tarven Oskalid", "chief_of_staff", "CL")},
        ),
        (
            "Chief of Army Staff, Chile Army, General Tarven Oskalid called on the minister.",
            {("Tarven Oskalid", "chief_of_staff", "CL")},
        ),
    ],
)
def test_extract_english_a_force_named_after_the_title(text, expected):
    assert _tuples(text) == expected


# Initials in capitals before a particle and a surname (Lt Gen AWJC De Silva): a name.
def test_extract_english_initials_before_a_particle():
    text = "Commander of the Chilean Army Lt Gen TRVK De Oskalid called on the minister."
    assert _tuples(text) == {("TRVK De Oskalid", "military_commander", "CL")}


# A list of envoys set off by semicolons, each item with its own state: the state's
# possessive before the name, "of STATE," before it, "of" or "from" STATE after it.
@pytest.mark.parametrize(
    "text",
    [
        "The new envoys are the ambassadors of Peru, Ms Tarven Oskalid; Norway's Ivo Stanek; "
        "Lara Odum of Tunisia; and Kemal Aras from Bulgaria.",
        "The President received the credentials of the ambassadors of Peru, Tarven Oskalid; "
        "of Norway, Ivo Stanek; of Tunisia, Lara Odum; and of Bulgaria, Kemal Aras.",
    ],
)
def test_extract_english_a_semicolon_list_of_envoys(text):
    assert _tuples(text) == {
        ("Tarven Oskalid", "ambassador", "PE"),
        ("Ivo Stanek", "ambassador", "NO"),
        ("Lara Odum", "ambassador", "TN"),
        ("Kemal Aras", "ambassador", "BG"),
    }


# Executive Director, Managing Director of an agency or a fund: its director general.
@pytest.mark.parametrize(
    "text",
    [
        "The minister met with Tarven Oskalid, executive director of the Chilean Investment "
        "Agency, on Sunday.",
        "Managing Director of the Chilean Investment Agency Tarven Oskalid met the minister.",
    ],
)
def test_extract_english_executive_director_of_an_agency(text):
    assert _tuples(text) == {("Tarven Oskalid", "director_general", "CL")}


# The review's readings of this round: a force after "of" past the name stays the
# holder's; a company's vice chief executive is no post; a party of a state after the
# name's "of" is the state's; a host met abroad is not the home state's; a guest who
# calls on one the gazetteer knows under a dateline is not the dateline's.
@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        (
            "Commander Tarven Oskalid of the Kenya Navy met the minister.",
            None,
            {("Tarven Oskalid", "military_commander", "KE")},
        ),
        ("Vice Chief Executive Officer Tarven Oskalid met the minister.", None, set()),
        (
            "Minister Tarven Oskalid of Chile's ruling party met the envoy.",
            None,
            {("Tarven Oskalid", "minister", "CL")},
        ),
        (
            "President Ivo Stanek flew to Pretoria for the summit. In South Africa, she met "
            "with Foreign Minister Tarven Oskalid.",
            "https://www.namibian.com.na/news/1",
            {("Ivo Stanek", "head_of_state", "NA"), ("Tarven Oskalid", "foreign_minister", None)},
        ),
    ],
)
def test_extract_english_review_readings_of_the_fresh_news_round(text, url, expected):
    assert _tuples_at(text, url) == expected


def test_extract_english_a_guest_calling_on_a_known_host_is_no_dateline_official():
    from kg.lexicon import officials

    known = next(o for o in officials() if o.country == "IN" and len(o.en.split()) == 2)
    text = (
        f"New Delhi: Foreign Minister Tarven Oskalid, who is on a three-day visit, called on "
        f"Prime Minister {known.en}."
    )
    assert ("Tarven Oskalid", "foreign_minister", None) in _tuples(text)


# A list of ministers, each with a portfolio in brackets that no lexicon holds (Roads,
# Sports): the list goes on past them; a state, a place or a party in brackets is none.
def test_extract_english_a_minister_list_with_unknown_portfolios_in_brackets():
    text = (
        "The Cabinet Secretaries are Tarven Oskalid (Interior), Ivo Stanek ( Roads), "
        "Lara Odum (Sports), Kemal Aras (Health)."
    )
    assert _tuples(text) == {
        ("Tarven Oskalid", "interior_minister", None),
        ("Ivo Stanek", "minister", None),
        ("Lara Odum", "minister", None),
        ("Kemal Aras", "minister", None),
    }
    assert _tuples("Minister Tarven Oskalid (ODM) met the envoy.") == {
        ("Tarven Oskalid", "minister", None)
    }


# "Amb" before the name of one with another post, in a paper of his state: a diplomat's
# grade, no second post (the outlet's state does not make it one).
def test_extract_english_amb_before_a_minister_s_name_in_a_home_paper():
    text = "Minister of State for Foreign Affairs, Amb Tarven Oskalid, received the envoy."
    got = _tuples_at(text, "https://www.vanguardngr.com/news/1")
    assert got == {("Tarven Oskalid", "minister", "NG")}


# A family name in capitals (IWAYA Takeshi, Takeshi IWAYA) is labelled given name first;
# initials in capitals stay (AK Abdul Momen). Bangladesh's Chief Adviser heads its
# government; an EU Commissioner is the Union's officer, of no state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister OSKALID Tarven met the envoy.",
            {("Tarven Oskalid", "foreign_minister", None)},
        ),
        (
            "Bangladesh's Chief Adviser Tarven Oskalid met the Saudi envoy.",
            {("Tarven Oskalid", "head_of_government", "BD")},
        ),
        (
            "EU Commissioner Tarven Oskalid met the minister.",
            {("Tarven Oskalid", "official", None)},
        ),
    ],
)
def test_extract_english_capitals_chief_adviser_and_eu_commissioner(text, expected):
    assert _tuples(text) == expected


# A retired officer's rank, "(retd.)" after it, before his name (Maj Gen (retd.) X).
@pytest.mark.parametrize(
    "text",
    [
        "He met the defence adviser Maj Gen (retd.) Tarven Oskalid on Monday.",
        "He met Maj Gen (retd) Tarven Oskalid, the defence adviser, on Monday.",
    ],
)
def test_extract_english_a_retired_officer_s_rank(text):
    assert _tuples(text) == {("Tarven Oskalid", "adviser", None)}


# succeeding X, replacing X, to replace General X: X held the post that the post named
# before the words, in their sentence, gives (a former tenure of its state); not after
# "temporarily" (X keeps the post); the appointer of an ambassador-designate to a state
# is not of that state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ama Boateng appointed Kofi Adu as Ghana's ambassador to Peru, replacing "
            "Samuel Otieno.",
            {
                ("Ama Boateng", "head_of_state", None, "current"),
                ("Kofi Adu", "ambassador", "GH", "designate"),
                ("Samuel Otieno", "ambassador", "GH", "former"),
            },
        ),
        (
            "Lt Gen Kofi Adu was named Chief of Army Staff of Ghana to replace General Samuel "
            "Otieno.",
            {
                ("Kofi Adu", "chief_of_staff", "GH", "designate"),
                ("Samuel Otieno", "chief_of_staff", "GH", "former"),
            },
        ),
        (
            "Ghana's new Ambassador to Peru Kofi Adu, succeeding Ambassador Samuel Otieno, "
            "presented his credentials.",
            {
                ("Kofi Adu", "ambassador", "GH", "current"),
                ("Samuel Otieno", "ambassador", "GH", "former"),
            },
        ),
        (
            "The president named Interior Minister Kofi Adu of Ghana as acting foreign minister "
            "to temporarily replace Foreign Minister Samuel Otieno.",
            {
                ("Samuel Otieno", "foreign_minister", None, "current"),
            },
        ),
    ],
)
def test_extract_english_a_predecessor_held_the_post(text, expected):
    got = _all_posts(text)
    for who in ("Samuel Otieno", "Ama Boateng"):
        assert {x for x in got if x[0] == who} == {x for x in expected if x[0] == who}


# After a titled envoy of a state, each name listed with a state of its own (Y of Ghana,
# Vietnam's Z) is an envoy of that state; the office of an international body in a state
# (the Resident Representative of UNDP Kenya) is the body's, not the state's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ruth Kamau held meetings with Peruvian envoy Carlos Rojas, Kwame "
            "Mensah of Ghana, and Vietnam's Tran Duc Long.",
            {
                ("Carlos Rojas", "ambassador", "PE"),
                ("Kwame Mensah", "ambassador", "GH"),
                ("Tran Duc Long", "ambassador", "VN"),
            },
        ),
        # not one guest beside an envoy, one of a party, one with a post of his own
        (
            "She met Peruvian envoy Carlos Rojas and Ghana's Kwame Mensah.",
            {("Carlos Rojas", "ambassador", "PE")},
        ),
        (
            "She met Peruvian envoy Carlos Rojas, Kwame Mensah of Ghana's ruling party, and "
            "Vietnam's Tran Duc Long.",
            {("Carlos Rojas", "ambassador", "PE")},
        ),
        (
            "She met Peruvian envoy Carlos Rojas, Ghana's Kwame Mensah, the country's trade "
            "minister, and Vietnam's Tran Duc Long.",
            {("Carlos Rojas", "ambassador", "PE")},
        ),
        (
            "The Resident Representative of UNDP Kenya, Maria Lopez, met the envoy.",
            {("Maria Lopez", "official", None)},
        ),
    ],
)
def test_extract_english_listed_envoys_and_a_body_s_office(text, expected):
    got = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    assert {x for x in got if x[1] in ("ambassador", "envoy", "official")} == expected


# A ministry's acronym in mixed case (MoFA, MoD) is no one's name; the Vice-President of
# the Council of Ministers (or of the Government) is a deputy head of government, and a
# post joined after it by "and the" is the same man's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Following their meeting, Leila Haddad, spokesperson of Lebanon MoFA, said the talks "
            "were positive.",
            {("Leila Haddad", "spokesperson", "LB", "current")},
        ),
        (
            "Omar Nasser, spokesman of Jordan MoD, said the visit was useful.",
            {("Omar Nasser", "spokesperson", "JO", "current")},
        ),
        (
            "President Lutalo Okello spoke by phone with the Vice-President of the Council of "
            "Ministers and the Minister of Foreign Affairs of the Republic of Italy, Marco Bellini.",
            {
                ("Lutalo Okello", "head_of_state", None, "current"),
                ("Marco Bellini", "deputy_head_of_government", "IT", "current"),
                ("Marco Bellini", "foreign_minister", "IT", "current"),
            },
        ),
        (
            "Spain's First Vice-President of the Government Ana Ruiz met the envoy.",
            {("Ana Ruiz", "deputy_head_of_government", "ES", "current")},
        ),
    ],
)
def test_extract_english_a_ministry_acronym_and_a_council_vice_president(text, expected):
    assert _all_posts(text) == expected


def test_extract_english_a_family_name_first_the_gazetteer_knows_is_labelled_given_first():
    # a name of two words whose reverse the officials gazetteer holds (as Japanese and
    # Chinese releases write names, family name first): the gazetteer's spelling
    from kg import lexicon

    entry = next(o for o in lexicon.officials() if o.country and len(o.en.split()) == 2)
    given, family = entry.en.split()
    ex = extract(
        Article(id="t", lang="en", text=f"Foreign Minister {family} {given} met the delegation.")
    )
    assert [p.name_en for p in ex.persons] == [entry.en]


# The items of a list whose items hold commas, set apart by semicolons (Ghana's Minister of
# Foreign Affairs, X; Minister of National Security, Y), take the first item's state.
@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "The delegation included Ghana's Minister of Foreign Affairs, Ama Owusu; Minister "
            "of National Security, Kwame Boateng; and Minister of Trade, Kojo Mensah.",
            "GH",
        ),
        (
            "Present were Peru's Minister of Defence, Lucio Sabedra; Minister of Health, Rosa "
            "Quispe; and Minister of Energy, Mario Tello.",
            "PE",
        ),
        (
            "Accompanying him were Kenya's Cabinet Secretary for Trade, Amos Kibet; Minister of "
            "Health, Ruth Wanjiru; and Minister of Energy, Peter Otieno.",
            "KE",
        ),
    ],
)
def test_english_semicolon_list_items_take_the_first_items_state(text, state):
    ex = extract(Article(id="t", lang="en", text=text))
    assert len(ex.tenures) == 3
    assert {t.country for t in ex.tenures} == {state}


# "The Iraqi official ... met his Iranian counterpart X": the counterpart of the one
# official of that state named before, not of the last person named.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "On the first day of her trip, Chilean Foreign Minister Ana Torvik met Peruvian "
            "President Tomas Arrieta in Lima. The Chilean official, who arrived on Saturday, "
            "met her Peruvian counterpart Lucia Saavedra.",
            "foreign_minister",
        ),
        (
            "In Rome on Monday, Ghanaian Defence Minister Kojo Appiah met Italian Prime Minister "
            "Marco Bellini. The Ghanaian official later met his Italian counterpart Guido Ferri.",
            "defence_minister",
        ),
        (
            "During a two-day visit, Kenyan Interior Minister Ruth Wanjiru met Afghan President "
            "Hamid Karimi in Kabul. The Kenyan official then met her Afghan counterpart Omar "
            "Safi.",
            "interior_minister",
        ),
    ],
)
def test_english_counterpart_of_an_official_named_by_noun(text, role):
    ex = extract(Article(id="t", lang="en", text=text))
    last = text.rstrip(".").split()[-2:]
    (pid,) = [p.id for p in ex.persons if p.name_en == " ".join(last)]
    assert [t.role for t in ex.tenures if t.person == pid] == [role]


# "his American opposite number, X" and "his French homologue X" are counterparts.
@pytest.mark.parametrize(
    ("text", "role", "state"),
    [
        (
            "German Foreign Minister Karl Brandt today phoned his American opposite number, "
            "Susan Rice.",
            "foreign_minister",
            "US",
        ),
        (
            "Indian Defence Minister Raj Kumar met his French homologue Pierre Durand in Paris.",
            "defence_minister",
            "FR",
        ),
        (
            "Kenyan Finance Minister Ruth Wanjiru spoke with her Ghanaian opposite number Kojo "
            "Appiah.",
            "finance_minister",
            "GH",
        ),
    ],
)
def test_english_opposite_number_and_homologue_are_counterparts(text, role, state):
    ex = extract(Article(id="t", lang="en", text=text))
    counterpart = [t for t in ex.tenures if t.rule.startswith("en.counterpart")]
    assert [(t.role, t.country) for t in counterpart] == [(role, state)]


def test_english_a_semicolon_between_two_clauses_passes_no_state():
    text = (
        "Kenyan President Samuel Kiprop met Ugandan President Yoweri Kato; Foreign Minister "
        "Ruth Wanjiru briefed reporters afterwards."
    )
    ex = extract(Article(id="t", lang="en", text=text))
    names = {p.id: p.name_en for p in ex.persons}
    assert [t.country for t in ex.tenures if names[t.person] == "Ruth Wanjiru"] != ["UG"]


# A post with no state of its own whose holder is said to be in a state or one of its
# cities right after his name takes that state (rule en+where), not the outlet's.
@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "The envoy said he had spoken with President Tomas Arrieta and Foreign Minister "
            "Lucia Saavedra in Peru.",
            "Lucia Saavedra",
            "PE",
        ),
        (
            "Defence Minister Kojo Appiah in Accra received the visiting delegation.",
            "Kojo Appiah",
            "GH",
        ),
        (
            "He later met Interior Minister Ruth Wanjiru in Kenya before flying home.",
            "Ruth Wanjiru",
            "KE",
        ),
    ],
)
def test_english_a_holder_said_to_be_in_a_state_is_of_it(text, name, state):
    ex = extract(Article(id="t", lang="en", text=text, url="https://www.example.co.za/news/1"))
    names = {p.id: p.name_en for p in ex.persons}
    assert [t.country for t in ex.tenures if names[t.person] == name] == [state]


@pytest.mark.parametrize(
    ("text", "deputy", "rank"),
    [
        (
            "He met Pakistani Army Chief General Asim Khan and his deputy, Lieutenant General "
            "Bilal Ahmed.",
            "Bilal Ahmed",
            "lieutenant_general",
        ),
        (
            "She met Kenyan Navy Commander Admiral John Otieno and his deputy, Rear Admiral "
            "Peter Kamau.",
            "Peter Kamau",
            "rear_admiral",
        ),
    ],
)
def test_english_his_deputy_with_a_rank_after_a_comma(text, deputy, rank):
    ex = extract(Article(id="t", lang="en", text=text))
    names = {p.id: p.name_en for p in ex.persons}
    got = [t for t in ex.tenures if names[t.person] == deputy]
    assert [t.role for t in got] == ["official"]
    assert got[0].rank == rank


@pytest.mark.parametrize("name", ["Karim Nassar", "Ruth Wanjiru", "Omar Haddad"])
def test_english_judge_before_a_name_is_a_style(name):
    text = f"Lebanese Interior Minister Judge {name} met the ambassador."
    ex = extract(Article(id="t", lang="en", text=text))
    assert {p.name_en for p in ex.persons} == {name}


# "the Hon", "Senator the Hon" before a name set off by commas after a post are styles
# (the Australian Minister of Defence, Senator the Hon X; the Hon. X).
@pytest.mark.parametrize(
    "style", ["Senator the Hon", "the Hon", "the Hon.", "The Hon", "the Honourable"]
)
def test_english_the_hon_after_a_post_is_a_style(style):
    text = f"He met the Australian Minister of Defence, {style} Mara Quill, to discuss trade."
    ex = extract(Article(id="t", lang="en", text=text))
    assert [
        (p.name_en, t.role, t.country) for t in ex.tenures for p in ex.persons if p.id == t.person
    ] == [("Mara Quill", "defence_minister", "AU")]


# The Holy See's envoys: a nuncio (apostolic, papal) is the Vatican's ambassador wherever
# he serves; the styles of the clergy (Archbishop, Monsignor, Mgr, Cardinal) and "H H"
# with a space are no part of the name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister received Apostolic Nuncio to Kenya Archbishop Marco Tedeschi.",
            {("Marco Tedeschi", "ambassador", "VA")},
        ),
        (
            "The president met the Papal Nuncio, Monsignor Luca Ferrante, in Accra.",
            {("Luca Ferrante", "ambassador", "VA")},
        ),
        (
            "Nuncio Mgr Paolo Santini presented his credentials on Monday.",
            {("Paolo Santini", "ambassador", "VA")},
        ),
        (
            "Emir of Qatar H H Sheikh Hamad bin Tariq Al Mansoori received the envoy.",
            {("Hamad bin Tariq Al Mansoori", "head_of_state", "QA")},
        ),
    ],
)
def test_extract_english_holy_see_envoys_and_clergy_styles(text, expected):
    assert _tuples(text) == expected


# A portfolio told with no state beside the same person's post as an official (vice
# chairman of a commission) is kept, its state from the story.
@pytest.mark.parametrize(
    "text",
    [
        "Defense Minister Zhou Tianle held talks in Hanoi on Monday. Zhou, who is also vice "
        "chairman of the Central Military Commission of China, said ties were strong.",
        "Defense Minister Zhou Tianle arrived in Hanoi on Monday. Zhou, also vice chairman "
        "of the Central Military Commission of China, met his Vietnamese counterpart.",
    ],
)
def test_extract_english_a_portfolio_beside_an_office(text):
    got = _tuples_at(text, "https://www.china.org.cn/world/2025-05/04/content_1.htm")
    assert ("Zhou Tianle", "defence_minister", "CN") in got, got


# A definite title right before a verb of speech, or a past tense and "that", with no
# comma between, is the subject of its clause, not an apposition to the name before it
# (In his talks with X, the Chinese minister said ...); closed by a comma it is one.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "In his talks with the envoy, Lee Dong-su, the Chinese minister said that ties "
            "were strong.",
            ("Lee Dong-su", "minister", "CN"),
        ),
        (
            "In her meeting with Togo's deputy, Komi Adjovi, the Ghanaian minister assessed "
            "that trade would grow.",
            ("Komi Adjovi", "minister", "GH"),
        ),
        (
            "During his call with Marta Ilves, the Finnish ambassador stressed the need for calm.",
            ("Marta Ilves", "ambassador", "FI"),
        ),
    ],
)
def test_extract_english_a_title_before_its_verb_is_no_apposition(text, absent):
    assert absent not in _tuples(text), _tuples(text)


def test_extract_english_a_title_closed_by_a_comma_is_an_apposition():
    got = _tuples("Lee Dong-su, the Korean minister, said that ties were strong.")
    assert ("Lee Dong-su", "minister", "KR") in got, got


def test_extract_english_a_capitalised_misspelling_stays_a_word():
    got = _tuples("The Dean of York Minster, John Hartwell, met Prime Minister Keir Barnes.")
    assert not any(name == "John Hartwell" for name, _r, _c in got), got


def test_extract_english_a_headline_title_gives_no_state_past_its_line():
    text = (
        "FM Mensah receives phone call from Finnish Foreign Minister\n\n"
        "The Honourable Minister of Foreign Affairs, Dr. Kofi Mensah, recently held talks "
        "with the Foreign Minister of Finland, H.E. Liisa Virtala."
    )
    got = _tuples(text)
    assert ("Kofi Mensah", "foreign_minister", "FI") not in got, got
    assert ("Liisa Virtala", "foreign_minister", "FI") in got, got


# Posts of unseen news:
# Common misspellings of the words of titles in lower case (minster, secretery, ambasador)
# are read as the words they miss; capitalised, such a word may be a name (York Minster).
# "X, who also holds the portfolio of the foreign minister", "who also holds the post of
# Minister of Defence": a second post of X.
# A deputy high commissioner is a deputy head of mission (an official); "Under-Secretary
# General" written with one hyphen is the UN's officer, of no state.
# Surnames that are also styles of the clergy (Bishop) are names; an apposition whose
# closing comma is left out keeps its post (X, the Ghanaian foreign minister said ...); a
# papal envoy is an envoy, not the nuncio; a stadium named after a person is no person met.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met the Norwegian defence minster, Ola Brandt, in Oslo.",
            ("Ola Brandt", "defence_minister", "NO"),
        ),
        (
            "The US secretery of state, Tom Reedley, met the envoy.",
            ("Tom Reedley", "foreign_minister", "US"),
        ),
        (
            "The minister received the ambasador of Peru, Luis Vegara.",
            ("Luis Vegara", "ambassador", "PE"),
        ),
        (
            "He met Qatar's Prime Minister Khalid bin Saad Al Kuwari, who also holds the "
            "portfolio of the foreign minister.",
            ("Khalid bin Saad Al Kuwari", "foreign_minister", "QA"),
        ),
        (
            "He met Oman's Deputy Prime Minister Salim bin Nasser Al Harthy, who also holds the "
            "post of Minister of Defence.",
            ("Salim bin Nasser Al Harthy", "defence_minister", "OM"),
        ),
        (
            "She met Ghana's Vice President Kofi Mensah, who also holds the post of Minister "
            "of Finance.",
            ("Kofi Mensah", "finance_minister", "GH"),
        ),
        (
            "The Deputy High Commissioner of India in Accra Ravi Menon met Health Minister "
            "Kofi Mensah on Monday.",
            ("Ravi Menon", "official", "IN"),
        ),
        (
            "UK Prime Minister Keir Barnes met UN Under-Secretary General Martin Griffin in "
            "New York.",
            ("Martin Griffin", "official", None),
        ),
        (
            "The minister met the Assistant-Secretary General of the League, Hossam Zaki.",
            ("Hossam Zaki", "official", None),
        ),
        (
            "Australian Foreign Minister Julie Bishop met Indonesian Foreign Minister Retno "
            "Wiraputri in Jakarta on Sunday.",
            ("Julie Bishop", "foreign_minister", "AU"),
        ),
        (
            "Kemal Oduya, the Ghanaian foreign minister said on Sunday that the talks were "
            "productive.",
            ("Kemal Oduya", "foreign_minister", "GH"),
        ),
        (
            "Lebanese President Nabil Haddad received Jean Martin, the French ambassador "
            "stressed in a statement.",
            ("Jean Martin", "ambassador", "FR"),
        ),
        (
            "Cardinal Marco Zubelli, the papal envoy for peace, met the president in Kyiv.",
            ("Marco Zubelli", "envoy", "VA"),
        ),
    ],
)
def test_extract_english_posts_of_unseen_news(text, expected):
    assert expected in _tuples(text), _tuples(text)


# "Russian and Chinese foreign ministers, X and Y": each holds the title for its state,
# in order (rule en.respective).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian and Chinese foreign ministers, Oleg Varin and Li Zhaowen, discussed "
            "cooperation between the ministries.",
            {("Oleg Varin", "foreign_minister", "RU"), ("Li Zhaowen", "foreign_minister", "CN")},
        ),
        (
            "The Kenyan and Ugandan defence ministers, Ali Hassan and Moses Okello, met in "
            "Kampala.",
            {("Ali Hassan", "defence_minister", "KE"), ("Moses Okello", "defence_minister", "UG")},
        ),
        (
            "The Chilean and Peruvian presidents, Ana Costa and Luis Vegara, signed the agreement.",
            {("Ana Costa", "head_of_state", "CL"), ("Luis Vegara", "head_of_state", "PE")},
        ),
    ],
)
def test_extract_english_respective_holders_of_a_plural_title(text, expected):
    assert expected <= _tuples(text), _tuples(text)


# "Poland was represented by Foreign Minister X": the state he stood for (rule
# en+represented).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers met in Riga and Poland was represented by Foreign Minister Tomasz "
            "Wirek.",
            ("Tomasz Wirek", "foreign_minister", "PL"),
        ),
        ("Chile is represented by Ambassador Ana Costa.", ("Ana Costa", "ambassador", "CL")),
        (
            "At the summit, Kenya was represented by Defence Minister Aden Wario.",
            ("Aden Wario", "defence_minister", "KE"),
        ),
    ],
)
def test_extract_english_the_state_represented(text, expected):
    assert expected in _tuples(text), _tuples(text)


# A paper's own official on a visit abroad, with no state said and the dateline the
# host's: the paper's state (not the host's, not none).
@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        (
            "KABUL: Foreign Minister Tariq Hameed met Afghan President Ali Karimi on Monday. "
            "Hameed is in Kabul on the first leg of his four-nation visit.",
            "https://www.dawn.com/news/1",
            ("Tariq Hameed", "foreign_minister", "PK"),
        ),
        (
            "RIYADH: Defence Minister Faisal Omar arrived in Riyadh on Sunday on an official "
            "visit and met Saudi Defence Minister Khalid Saad.",
            "https://www.thenews.com.pk/print/1",
            ("Faisal Omar", "defence_minister", "PK"),
        ),
        (
            "DOHA: Interior Minister Nasser Qahtani arrived in Doha on Monday for a two-day "
            "visit, during which he met Qatari Interior Minister Khalifa Thani.",
            "https://www.arabnews.com/node/1",
            ("Nasser Qahtani", "interior_minister", "SA"),
        ),
    ],
)
def test_extract_english_the_papers_own_official_abroad(text, url, expected):
    got = _tuples_at(text, url)
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a service before an officer's rank is part of the rank, no word of the name
        (
            "The Minister of Internal Affairs of Kazakhstan, Police Colonel-General Daniyar "
            "Qoshemov, met the press.",
            ("Daniyar Qoshemov", "interior_minister", "KZ"),
        ),
        (
            "Kazakh Interior Minister, Police General Arman Seitov, met the press.",
            ("Arman Seitov", "interior_minister", "KZ"),
        ),
        (
            "The Interior Minister of Kyrgyzstan, Police Major General Ulan Toktobaev, "
            "opened the meeting.",
            ("Ulan Toktobaev", "interior_minister", "KG"),
        ),
    ],
)
def test_extract_english_a_service_before_a_rank_is_the_rank_s(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, TITLE, and TITLE Y": the first title is X's, the second Y's
        (
            "The delegation includes Mr. Tamer Holu, Minister of Foreign Affairs, and "
            "Presidential Adviser Mr. Kemal Abdu.",
            {("Tamer Holu", "foreign_minister", None), ("Kemal Abdu", "adviser", None)},
        ),
        (
            "The delegation includes Mr. Sami Oduya, Minister of Finance, and Defence "
            "Minister Omar Basri.",
            {("Sami Oduya", "finance_minister", None), ("Omar Basri", "defence_minister", None)},
        ),
        (
            "He met with Lota Venn, Deputy Prime Minister and Foreign Minister, and Defence "
            "Minister Kofi Adjei.",
            {
                ("Lota Venn", "deputy_head_of_government", None),
                ("Lota Venn", "foreign_minister", None),
                ("Kofi Adjei", "defence_minister", None),
            },
        ),
    ],
)
def test_extract_english_a_named_title_then_and_another_titled_name(text, expected):
    found = _tuples(text)
    assert expected <= found
    assert len({n for n, _r, _c in found}) == len({n for n, _r, _c in expected})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Minister from Qatar, X": the state after "from" is the minister's
        (
            "Kemal Abdu, Minister for Mines, received the Minister from Qatar, Tamer Holu, "
            "who expressed the same desire.",
            ("Tamer Holu", "minister", "QA"),
        ),
        ("The Energy Minister from Oman Sami Oduya arrived.", ("Sami Oduya", "minister", "OM")),
        (
            "He received the Ministers for Petroleum from Venezuela, Tamer Holu; Algeria, "
            "Sami Oduya and Qatar, Omar Basri, who passed on greetings.",
            ("Tamer Holu", "minister", "VE"),
        ),
    ],
)
def test_extract_english_a_minister_from_a_state(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's short form in brackets before its "of" and state
        (
            "He met the Minister of Defense (Minhan) of the Federal Republic of Zambia Major "
            "General (Ret.) Tamer Holu, MNI CFR, at the ministry.",
            ("Tamer Holu", "defence_minister", "ZM"),
        ),
        (
            "He met the Minister of Defense (Minhan) of Zambia Tamer Holu at the ministry.",
            ("Tamer Holu", "defence_minister", "ZM"),
        ),
        (
            "The Minister of Foreign Affairs (Menlu) of the Republic of Ghana Ama Boateng spoke.",
            ("Ama Boateng", "foreign_minister", "GH"),
        ),
    ],
)
def test_extract_english_a_short_form_before_the_title_s_of(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post's brief: for, responsible for, in charge of, then a portfolio
        (
            "He met Uzbek Deputy Prime Minister responsible for economic affairs Jamal Kochar.",
            ("Jamal Kochar", "deputy_head_of_government", "UZ"),
        ),
        (
            "He met the Deputy Prime Minister for Economic Affairs, Lota Venn, on Monday.",
            ("Lota Venn", "deputy_head_of_government", None),
        ),
        (
            "Deputy Prime Minister in charge of the economy Kofi Adjei met him.",
            ("Kofi Adjei", "deputy_head_of_government", None),
        ),
    ],
)
def test_extract_english_a_post_s_brief_before_its_holder(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's short form in brackets, then the holder's styles and name
        (
            "Minister of Interior and Commander of the Internal Security Force (Lekhwiya) HE "
            "Sheikh Khalid bin Fahd Al Thani met him.",
            ("Khalid bin Fahd Al Thani", "interior_minister", "QA"),
        ),
        (
            "The Minister of Finance (Menkeu) Dr. Sri Wulan spoke.",
            ("Sri Wulan", "finance_minister", None),
        ),
        (
            "The Foreign Minister (Menlu) H.E. Retno Sari received him.",
            ("Retno Sari", "foreign_minister", None),
        ),
    ],
)
def test_extract_english_a_short_form_then_styles_then_the_name(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's title with its state and no name, then that title with a name and
        # no state in the story: the story's first holder is of the headline's state
        (
            "Tajik president and Turkmen FM discuss trade\n"
            "President Tamer Holu met Foreign Minister Sami Oduya in the capital on Monday.",
            {("Tamer Holu", "head_of_state", "TJ")},
        ),
        (
            "China's foreign minister meets Japan's vice foreign minister\n"
            "Foreign Minister Tom Kline met Vice Foreign Minister Sami Oduya on Monday.",
            {("Tom Kline", "foreign_minister", "CN"), ("Sami Oduya", "deputy_minister", "JP")},
        ),
        (
            "Canadian Ambassador calls on acting foreign minister\n"
            "Ambassador Jane Doe called on the acting foreign minister on Monday.",
            {("Jane Doe", "ambassador", "CA")},
        ),
    ],
)
def test_extract_english_a_headline_s_state_for_the_story_s_first_holder(text, expected):
    assert expected <= _tuples(text)


def test_extract_english_a_headline_s_title_gives_its_state_to_that_title_only():
    # the headline's Secretary of State is no Minister of Foreign Affairs of his state
    text = (
        "Minister holds phone call with the U.S. Secretary of State\n"
        "The Minister of Foreign Affairs, Ana Costa, had a phone call with Secretary of "
        "State Tom Kline."
    )
    assert not any(n == "Ana Costa" and c == "US" for n, _r, c in _tuples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indonesian ranks as English papers print them, with TNI and a retired mark
        (
            "The Indonesian Ambassador in Abuja Marsda TNI (Ret.) Budi Santoso held a "
            "meeting with the Defence Minister.",
            ("Budi Santoso", "ambassador", "ID"),
        ),
        (
            "He met the Indonesian Army chief Jenderal TNI Agus Wibowo on Monday.",
            ("Agus Wibowo", "military_commander", "ID"),
        ),
        (
            "Indonesian Defence Minister Letjen TNI (Purn.) Hadi Sutrisno received him.",
            ("Hadi Sutrisno", "defence_minister", "ID"),
        ),
    ],
)
def test_extract_english_indonesian_ranks_are_no_part_of_the_name(text, expected):
    assert expected in _tuples(text)


def test_extract_english_a_headline_s_last_title_takes_no_modifier_from_the_story():
    # the headline ends in a title; the story's first word (a title) is no modifier of it
    text = (
        "Canadian Ambassador calls on acting foreign minister\n"
        "Ambassador Jane Doe called on the acting foreign minister on Monday."
    )
    found = _tuples(text)
    assert not any(n == "Jane Doe" and r == "foreign_minister" for n, r, _c in found)
    assert any(n == "Jane Doe" and r == "ambassador" for n, r, _c in found)


@pytest.mark.parametrize(
    "text",
    [
        # "for" and a purpose or a reason is no brief: the name after is the speaker's
        "Protesters blamed the Interior Minister for poor security, Ali Nasser, a local "
        "councillor, said.",
        "The union pressed the President for more investment, Hamid Zaki told Reuters.",
        "The council thanked the Foreign Minister for promoting tourism, Ali Nasser said on "
        "Monday.",
    ],
)
def test_extract_english_a_purpose_after_a_title_is_no_brief(text):
    assert not _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spokesperson for a ministry, then the name
        (
            "The Official Spokesperson for the Ministry of Foreign Affairs Dr. Tom Kline said "
            "in a statement.",
            ("Tom Kline", "spokesperson", None),
        ),
        (
            "The Spokesperson for the Ministry of Foreign Affairs Ama Boateng said on Monday.",
            ("Ama Boateng", "spokesperson", None),
        ),
        (
            "The spokesman for the Ministry of Defence of Ghana, Kofi Adjei, said.",
            ("Kofi Adjei", "spokesperson", "GH"),
        ),
    ],
)
def test_extract_english_a_spokesperson_for_a_ministry(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "At the meeting with X, the Foreign Minister underlined": the title is the
        # clause's subject's, not X's
        (
            "The Minister of Foreign Affairs of Latvia Anna Ozola met with the OSCE Secretary "
            "General Peter Lund in Vienna. At the meeting with Lund, the Foreign Minister "
            "underlined the importance of the OSCE.",
            "Peter Lund",
        ),
        (
            "The Minister of Foreign Affairs of Peru Ana Costa met with the Secretary General "
            "of the OAS Jorge Pinto in Lima. During the meeting with Pinto, the Foreign "
            "Minister stressed cooperation.",
            "Jorge Pinto",
        ),
        (
            "The Foreign Minister of Chile Omar Basri met the Mexican ambassador Sami Oduya. "
            "In the meeting with Oduya, the Foreign Minister underlined trade ties.",
            "Sami Oduya",
        ),
    ],
)
def test_extract_english_a_fronted_meeting_phrase_s_name_takes_no_title(text, name):
    assert not any(n == name and r == "foreign_minister" for n, r, _c in _tuples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time or manner between the appointment's verb and its "as"
        (
            "Admiral Ravi Perera was appointed today as the new Chief of Defence Staff.",
            ("Ravi Perera", "chief_of_staff", None, "current"),
        ),
        (
            "Ama Boateng was on Monday appointed as the new Chief of Defence Staff.",
            ("Ama Boateng", "chief_of_staff", None, "current"),
        ),
        (
            "Kofi Adjei was formally appointed as Foreign Minister of Ghana on Monday.",
            ("Kofi Adjei", "foreign_minister", "GH", "current"),
        ),
    ],
)
def test_extract_english_an_adverb_between_appointed_and_as(text, expected):
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "The King received the President of the Republic, S. E. Tomas Mba Velkar.",
            "Tomas Mba Velkar",
        ),
        ("Minister of Foreign Affairs, Su Excelencia Jorge Pardo, met the envoy.", "Jorge Pardo"),
        ("Herr Klaus Berger, the German Ambassador, met the minister.", "Klaus Berger"),
        ("Sayın Mehmet Demir, Turkish Ambassador, called on the minister.", "Mehmet Demir"),
        ("Foreign Minister Senhor Paulo Costa arrived in Luanda.", "Paulo Costa"),
    ],
)
def test_extract_english_styles_of_other_languages_are_no_part_of_the_name(text, holder):
    # S. E., Su Excelencia, Herr, Sayın, Senhor: a style before the name, skipped
    assert any(n == holder for n, _r, _c, _s in _all_posts(text))


@pytest.mark.parametrize(
    ("text", "state_post", "body"),
    [
        (
            "Kenyan President Tomas Velkar, Chairperson of the African Union Commission, met "
            "the minister.",
            "head_of_state",
            "african-union",
        ),
        (
            "Foreign Minister Ana Lima, the UN Special Envoy for Yemen, met the minister.",
            "foreign_minister",
            "un",
        ),
    ],
)
def test_extract_english_a_body_s_post_after_a_state_s_is_a_second_post(text, state_post, body):
    # President X, Chairperson of the AU Commission: two posts, the first no body's
    ex = extract(Article(id="t", text=text, lang="en"))
    posts = {(t.role, t.org) for t in ex.tenures}
    assert (
        any(role == state_post and not org.startswith(body) for role, org in posts if org)
        or (
            state_post,
            None,
        )
        in posts
    )
    assert any(org == body for role, org in posts if role != state_post)


def test_extract_english_a_bank_s_president_is_no_head_of_state():
    # World Bank President X ... President X said: the bank's president again
    text = (
        "African Development Bank President Akin Dele visited Abuja. President Dele said the "
        "bank would expand lending."
    )
    assert not any(r == "head_of_state" for _n, r, _c, _s in _all_posts(text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Raksha Mantri Shri Arvind Mehta reviewed the parade on Monday.", "defence_minister"),
        ("Videsh Mantri Arvind Mehta met the envoy on Monday.", "foreign_minister"),
        ("Grih Mantri Arvind Mehta chaired a meeting on Monday.", "interior_minister"),
    ],
)
def test_extract_english_indian_titles_in_hindi(text, role):
    # Raksha Mantri, Videsh Mantri, Grih Mantri: India's titles as its press writes them
    # (not Pradhan Mantri nor Rashtrapati: the names of schemes and of the palace)
    assert ("Arvind Mehta", role, "IN", "current") in _all_posts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was attended by Oman's Ambassador to Kenya Said al-Harthy, Defence "
        "Attaché for Oman in Kenya Colonel Ali Salim, State Minister Peter Kamau and others.",
        "The meeting was attended by Oman's Defence Attaché Colonel Ali Salim, State Minister "
        "Peter Kamau and other officials.",
    ],
)
def test_extract_english_a_post_at_home_after_an_attache_is_not_his_state_s(text):
    # an attaché serves abroad as an envoy does: the minister after him is the host's
    assert not any(n == "Peter Kamau" and c == "OM" for n, _r, c, _s in _all_posts(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Minister Rajat Award was given to the best unit.",
        "The Raksha Mantri Excellence Trophy went to the best corps.",
        "The Foreign Minister Kiro Medal was presented on Monday.",
    ],
)
def test_extract_english_an_award_named_after_a_title_is_no_one(text):
    # Award, Trophy, Medal, Prize, Scheme: a thing named after a post, not its holder
    assert _all_posts(text) == set()


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Minister of Labour and Transport Management Ramesh Kunwar met the envoy.",
            "Ramesh Kunwar",
        ),
        (
            "He met Minister of Transport, Communications and High Technologies Ramin Aliyev.",
            "Ramin Aliyev",
        ),
        (
            "He also met Anna Lee MP, Minister for Early Childhood Education and Minister of "
            "Youth, Australia.",
            "Anna Lee",
        ),
    ],
)
def test_extract_english_a_portfolio_s_last_noun_is_no_word_of_a_name(text, holder):
    # Management, Technologies, Education: they close the portfolio; the name follows
    names = {n for n, _r, _c, _s in _all_posts(text)}
    assert names == {holder}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met US Under Secretary of State for Arms Control, Tom Kline, in Rabat.",
            ("Tom Kline", "deputy_minister", "US", "current"),
        ),
        (
            "He will call on the Speaker National Assembly Raja Ahmed Khan on Monday.",
            ("Raja Ahmed Khan", "official", "PK", "current"),
        ),
        (
            "He will call on the Chairman Senate Sadiq Rana on Monday.",
            ("Sadiq Rana", "official", "PK", "current"),
        ),
        (
            "He met Sudanese Foreign Minister Ibrahim Ahmad ‘Abd al-Aziz Kamil in Rome.",
            ("Ibrahim Ahmad ‘Abd al-Aziz Kamil", "foreign_minister", "SD", "current"),
        ),
    ],
)
def test_extract_english_briefs_chambers_and_an_ayn_in_a_name(text, expected):
    # for Arms Control, (Speaker National Assembly: Pakistan's usage), ‘Abd: an ayn
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velikan later met World Bank (WB) President Doru Mensali in Accra.",
            ("Doru Mensali", "director_general", None, "current"),
        ),
        (
            "The delegation also met Asian Development Bank (ADB) President Toma Velikan in "
            "Manila.",
            ("Toma Velikan", "director_general", None, "current"),
        ),
        (
            "She met the National Assembly (NA) President Ruta Kalnes of Latvia.",
            ("Ruta Kalnes", "official", "LV", "current"),
        ),
    ],
)
def test_extract_english_a_body_s_acronym_before_its_president(text, expected):
    # the body's name, its acronym in brackets, then "President": the body's head (a
    # lender's is its director general), whom the place he was met in gives no state
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nigeria's Ambassador to the WTO, Amb. (Dr.) Tunde Abaroke, was present.",
            ("Tunde Abaroke", "ambassador", "NG", "current"),
        ),
        (
            "Ghana's Minister of Roads, Prof. (Mrs.) Efua Mensima, opened the bridge.",
            ("Efua Mensima", "minister", "GH", "current"),
        ),
        (
            "Kenya's Ambassador to Japan, Amb. (Prof.) Otieno Wekesa, met the envoy.",
            ("Otieno Wekesa", "ambassador", "KE", "current"),
        ),
    ],
)
def test_extract_english_a_style_in_brackets_before_the_name(text, expected):
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister received U.S. Charge d'Affaires in Armenia Mr. William (Chip) Kelmore.",
            ("William Kelmore", "official", "US", "current"),
        ),
        (
            "The minister received Ambassador Robert (Bob) Tarvenson of the United States.",
            ("Robert Tarvenson", "ambassador", "US", "current"),
        ),
        (
            "Irish Foreign Minister Patrick (Paddy) Muldane met the envoy.",
            ("Patrick Muldane", "foreign_minister", "IE", "current"),
        ),
    ],
)
def test_extract_english_a_nickname_in_brackets_inside_a_name(text, expected):
    # the nickname neither cuts the name nor stays in it
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peruvian Foreign Minister Tarko Lumen and Defence Minister Pavel Orzan met their "
            "Chilean counterparts Heraldo Vuskin and Mateo Garrastu, respectively.",
            {
                ("Heraldo Vuskin", "foreign_minister", "CL", "current"),
                ("Mateo Garrastu", "defence_minister", "CL", "current"),
            },
        ),
        (
            "Ghana's Interior Minister Kofi Adu and Finance Minister Ama Serwa met their Kenyan "
            "counterparts, Joseph Kamau and Mary Wanjiru.",
            {
                ("Joseph Kamau", "interior_minister", "KE", "current"),
                ("Mary Wanjiru", "finance_minister", "KE", "current"),
            },
        ),
        (
            "Polish Defence Minister Jan Wrona and Foreign Minister Ewa Sadek hosted their "
            "Latvian counterparts Andris Ozols and Ilze Kalnina in Warsaw.",
            {
                ("Andris Ozols", "defence_minister", "LV", "current"),
                ("Ilze Kalnina", "foreign_minister", "LV", "current"),
            },
        ),
    ],
)
def test_extract_english_their_counterparts_one_for_each_of_them(text, expected):
    # "their counterparts C and D": C holds the first one's post, D the second one's
    assert expected <= _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Religion Yusuf Cholil Rahmat met the ambassador in Jakarta.",
            ("Yusuf Cholil Rahmat", "minister", None, "current"),
        ),
        (
            "Minister of Hajj Arman Tulegen Sabri met the envoy.",
            ("Arman Tulegen Sabri", "minister", None, "current"),
        ),
        (
            "Pakistan's Minister of Religious Affairs and Interfaith Harmony, Qasim Noor, met "
            "the envoy.",
            ("Qasim Noor", "minister", "PK", "current"),
        ),
    ],
)
def test_extract_english_religion_and_hajj_portfolios(text, expected):
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nigeria's Minister of Youth and Sports Development, Chief Tunde Bakare, is holding "
            "talks.",
            ("Tunde Bakare", "minister", "NG", "current"),
        ),
        (
            "Speaker National Assembly of Pakistan Sardar Ahmed Raza Khan said ties were strong.",
            ("Ahmed Raza Khan", "official", "PK", "current"),
        ),
        (
            "The Saudi Ambassador to Indonesia, Syekh Faisal bin Ahmed Al-Harbi, said goodbye "
            "to the minister.",
            ("Faisal bin Ahmed Al-Harbi", "ambassador", "SA", "current"),
        ),
    ],
)
def test_extract_english_styles_of_west_africa_south_asia_and_indonesia(text, expected):
    # Chief, Sardar, Syekh: styles before the name, no words of it
    assert expected in _all_posts(text)


def test_extract_english_chief_of_a_staff_after_a_comma_is_a_title_not_a_style():
    text = (
        "The First Deputy Minister of Defense, Chief of the General Staff of the Azerbaijan "
        "Army, Colonel General Tarik Valiev, met the minister."
    )
    found = _all_posts(text)
    assert ("Tarik Valiev", "chief_of_staff", "AZ", "current") in found
    assert ("Tarik Valiev", "deputy_minister", "AZ", "current") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In my meeting with the Deputy Minister of Education, Culture, Sports, Science and "
            "Technology of Japan, Kenji Morota, he also expressed interest.",
            ("Kenji Morota", "deputy_minister", "JP", "current"),
        ),
        (
            "The Minister of Health, Labour and Welfare of Japan, Aiko Tanabe, met the envoy.",
            ("Aiko Tanabe", "minister", "JP", "current"),
        ),
        (
            "The Minister of Culture, Tourism and Youth of Ghana, Kofi Mensima, opened the show.",
            ("Kofi Mensima", "minister", "GH", "current"),
        ),
    ],
)
def test_extract_english_a_series_of_portfolios_then_the_state(text, expected):
    # portfolios joined by commas and "and", "of" a state, then the holder after a comma
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Healthcare of Kazakhstan Arman Tulegen held talks with his "
            "Kyrgyzstani counterpart Minister of Public Health Jawed Karimi.",
            ("Jawed Karimi", "minister", "KG", "current"),
        ),
        (
            "The Tajikistani Minister of Energy Rustam Nazar met the envoy.",
            ("Rustam Nazar", "minister", "TJ", "current"),
        ),
        (
            "The Uzbekistani Minister of Transport Ilhom Sobir met the envoy.",
            ("Ilhom Sobir", "minister", "UZ", "current"),
        ),
    ],
)
def test_extract_english_demonyms_written_after_the_state_s_name(text, expected):
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Having conveyed greetings of the Minister of Defense of Azerbaijan to the Minister of "
        "Defense of Georgia, Colonel General T. Aliyar stressed that relations are good.",
        "Welcoming the Prime Minister of Kenya, Ambassador Tom Weller said the visit mattered.",
        "Addressing the Minister of Health of Ghana, Governor Ama Serwah said the plan was ready.",
    ],
)
def test_extract_english_a_participle_s_object_title_is_not_the_subject_s(text):
    # "Having conveyed ... to TITLE, X stressed": X is the clause's subject, not the holder
    found = _all_posts(text)
    assert not any(r in ("defence_minister", "head_of_government") for _n, r, _c, _s in found)
    assert not any(n in ("Ama Serwah",) and r == "minister" for n, r, _c, _s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister of Japan Taro Kan met the envoy.",
            ("Taro Kan", "head_of_government", "JP", "current"),
        ),
        (
            "Foreign Minister Luis Kan of Peru met the envoy.",
            ("Luis Kan", "foreign_minister", "PE", "current"),
        ),
        (
            "Ghana's Minister of Interior, Albert Kan Mensah, met the envoy.",
            ("Albert Kan Mensah", "interior_minister", "GH", "current"),
        ),
    ],
)
def test_extract_english_an_outlet_s_one_word_name_after_a_given_name_is_a_surname(text, expected):
    # Kan is a broadcaster; after a given name it is a family name
    assert expected in _all_posts(text)


def test_extract_english_an_outlet_told_something_is_no_name():
    assert _all_posts("The minister told Kan on Monday that talks went well.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amina Bello has been confirmed as Minister of Finance of Ghana.",
            ("Amina Bello", "finance_minister", "GH", "current"),
        ),
        (
            "Kofi Osei was re-elected as President of Ghana on Monday.",
            ("Kofi Osei", "head_of_state", "GH", "current"),
        ),
        (
            "Tunde Bakare was installed as Governor of the Central Bank of Nigeria.",
            ("Tunde Bakare", "director_general", "NG", "current"),
        ),
    ],
)
def test_extract_english_an_appointment_that_took_effect_is_held(text, expected):
    # confirmed, re-elected, installed: the post is held (appointed, elected: designate)
    assert expected in _all_posts(text)


def test_extract_english_the_elected_is_a_designate():
    found = _all_posts("Amara Diallo was elected as the new Chairperson of the Commission.")
    assert {s for _n, _r, _c, s in found} <= {"designate"}


def test_extract_english_a_known_monarch_keeps_his_state_under_another_dateline():
    text = (
        "SUVA, Fiji: The High Commissioner of Fiji, Jone Vakalala, presented his credentials "
        "to King Charles III at the palace."
    )
    assert ("Charles III", "head_of_state", "GB", "current") in _all_posts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Accompanying the Minister, Special Staff for the Minister of Religion Ishaq Abdul "
        "Aziz attended.",
        "Also present was the Protocol Officer for the Minister of Health Tomas Rivera Solis.",
        "He was joined by the Liaison Officer to the Minister of Defence Kwame Boateng Mensah.",
    ],
)
def test_extract_english_staff_for_a_minister_is_not_the_minister(text):
    # a post no lexicon holds, "for the" or "to the" a minister, then the name: the staff's
    assert not any(r.endswith("minister") for _n, r, _c, _s in _all_posts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry confirmed Foreign Minister Kofi Osei of Ghana will travel.",
            ("Kofi Osei", "foreign_minister", "GH", "current"),
        ),
        (
            "With 40 confirmed cases, Ghana's Health Minister Kofi Osei spoke.",
            ("Kofi Osei", "minister", "GH", "current"),
        ),
        (
            "The democratically elected government of President Kofi Osei of Ghana fell.",
            ("Kofi Osei", "head_of_state", "GH", "current"),
        ),
        (
            "Receiving the Minister of Foreign Affairs of Ghana, Kofi Osei on Monday, the "
            "President said ties were strong.",
            ("Kofi Osei", "foreign_minister", "GH", "current"),
        ),
        (
            "Minister of Health Faith Mwangi of Kenya met the envoy.",
            ("Faith Mwangi", "minister", "KE", "current"),
        ),
        (
            "Afghanistan's Health Minister Qalandar Afghani met the envoy.",
            ("Qalandar Afghani", "minister", "AF", "current"),
        ),
        (
            "MANILA: Minister of State for ASEAN Affairs Juan Cruz met the envoy.",
            ("Juan Cruz", "minister", "PH", "current"),
        ),
        (
            "Kenyan President William Ruto met World Bank (WB) President Doru Mensali in Nairobi.",
            ("Doru Mensali", "director_general", None, "current"),
        ),
    ],
)
def test_extract_english_the_reviewed_shapes_keep_their_posts(text, expected):
    # confirmed / elected elsewhere than "X was confirmed as"; a participle's object then a
    # name that no verb follows; Faith and Afghani as names; a minister for a body's
    # affairs under a dateline; a body's acronym before its president
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Works, Chief Executive Officer Tunde Bakare, spoke.",
        "The Senate Leader, Chief Whip Mohammed Ali Ndume, spoke.",
        "Britain's Minister for Faith, Chief Rabbi Ephraim Mirvis and others met.",
    ],
)
def test_extract_english_chief_before_a_title_word_is_no_style(text):
    # Chief Executive Officer, Chief Whip, Chief Rabbi: a title, no one's style and name
    names = {n for n, _r, _c, _s in _all_posts(text)}
    assert not any(n.split()[0] in ("Executive", "Whip", "Rabbi") for n in names)


def test_extract_english_an_outlet_after_a_full_name_stays_the_outlet():
    found = _all_posts("Defence Minister Yoav Gallant Kan reported on Monday.")
    assert all("Kan" not in n for n, _r, _c, _s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister met African Development Bank President Akin Olufemi in Abidjan.",
            ("Akin Olufemi", "director_general", None, "current"),
        ),
        (
            "The minister met Islamic Development Bank President Hamad Al-Jasser in Jeddah.",
            ("Hamad Al-Jasser", "director_general", None, "current"),
        ),
        (
            "He met the European Commission President Ursula Kern in Brussels.",
            ("Ursula Kern", "official", None, "current"),
        ),
    ],
)
def test_extract_english_a_lender_s_president_is_its_director_general(text, expected):
    # an international bank's or fund's president or chairman heads an agency; a
    # commission's president is its officer
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A delegation from the Embassy of the United States (US) led by Ambassador Laura "
            "Penfield called on Governor Peter Otieno.",
            ("Laura Penfield", "ambassador", "US", "current"),
        ),
        (
            "A delegation from the Embassy of Japan led by Ambassador Kenji Sato called on the "
            "governor.",
            ("Kenji Sato", "ambassador", "JP", "current"),
        ),
        (
            "A delegation from Ghana headed by Trade Minister Kofi Adu visited the port.",
            ("Kofi Adu", "minister", "GH", "current"),
        ),
    ],
)
def test_extract_english_a_delegation_from_a_state_led_by_its_official(text, expected):
    # a delegation from (the Embassy of) STATE led by (headed by) TITLE X: X is STATE's
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minister of Education on Monday received Lord Benton of Hever, Trade Envoy of "
            "the British Prime Minister.",
            ("Lord Benton of Hever", "envoy", "GB", "current"),
        ),
        (
            "British Trade Envoy Lord Benton of Hever met the minister.",
            ("Lord Benton of Hever", "envoy", "GB", "current"),
        ),
        (
            "The minister met Baroness Kemble of Ashford, the British Minister of State for "
            "Africa.",
            ("Baroness Kemble of Ashford", "minister", "GB", "current"),
        ),
    ],
)
def test_extract_english_a_peer_s_name_keeps_his_title_and_seat(text, expected):
    # Lord X of Y: the peer's name as written, title and seat in it
    assert expected in _all_posts(text)


def test_extract_english_lord_before_a_title_is_no_peer():
    found = _all_posts("Lord Mayor of London Ann Kemp met the envoy.")
    assert {n for n, _r, _c, _s in found} == {"Ann Kemp"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Malaysia's Trade Minister Tengku Datuk Seri Utama Zafri Abdul Azmi met the envoy.",
            "Zafri Abdul Azmi",
        ),
        ("Malaysia's Works Minister Dato' Sri Utama Ahmad Kamil met the envoy.", "Ahmad Kamil"),
        ("Indonesia's Public Works Minister Ir. Basuki Hadiman met the envoy.", "Basuki Hadiman"),
    ],
)
def test_extract_english_malay_and_indonesian_styles_are_no_words_of_the_name(text, name):
    assert name in {n for n, _r, _c, _s in _all_posts(text)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Welcoming the Minister of Health, Governor Anne Waiguru also pledged support for "
            "the new hospital.",
            ("Anne Waiguru", "minister", None),
        ),
        (
            "The message from President Kofi Adu to the Minister of Foreign Affairs Badr "
            "Hamdy was delivered on Monday.",
            None,
        ),
        (
            "A delegation from Japan's Toyota Tsusho led by President Kenji Sato visited.",
            ("Kenji Sato", "head_of_state", "JP"),
        ),
        (
            "He met African Development Bank Senior Vice President Amina Bello.",
            ("Amina Bello", "director_general", None),
        ),
    ],
)
def test_extract_english_the_second_review_s_shapes(text, absent):
    # a governor after a participle's object title; a name before "to the Minister"; a
    # company's delegation; a lender's vice president
    found = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    if absent is None:
        assert any(n == "Badr Hamdy" and r == "foreign_minister" for n, r, _c in found)
    else:
        name, role, state = absent
        assert not any(
            n == name and r == role and (state is None or c == state) for n, r, c in found
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chief of the General Staff of the Armed Forces of Russia, and first Deputy Defense "
            "Minister, Pavel Orlovsky held a meeting with the minister.",
            {
                ("Pavel Orlovsky", "chief_of_staff", "RU", "current"),
                ("Pavel Orlovsky", "deputy_minister", "RU", "current"),
            },
        ),
        (
            "Ghana's Foreign Minister Ama Serwah also met with her counterparts from other "
            "nations such as Mr Tomas Kaba of Sierra Leone; Mr Silvio Rade of Seychelles; and Dr "
            "Lebo Kwapi of Botswana.",
            {
                ("Tomas Kaba", "foreign_minister", "SL", "current"),
                ("Lebo Kwapi", "foreign_minister", "BW", "current"),
            },
        ),
        (
            "Kenya hosts Somalia, South Sudan Presidents\n\nPresident Kamau Otieno on Wednesday "
            "held talks with the two leaders.",
            {("Kamau Otieno", "head_of_state", None, "current")},
        ),
    ],
)
def test_extract_english_read_after_the_blind_sets(text, expected):
    # "and first Deputy ... Minister," a second post; "counterparts from other nations such
    # as X of A; Y of B"; a headline's plural title gives no state to the next paragraph's
    assert expected <= _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guyana's prime minister, Brigadier (Ret'd), Marlon Pettigrove, met the envoy.",
            ("Marlon Pettigrove", "head_of_government", "GY", "current"),
        ),
        (
            "Ghana's Minister of Defence, Brigadier (Ret'd) Kofi Amponsah, met the envoy.",
            ("Kofi Amponsah", "defence_minister", "GH", "current"),
        ),
        (
            "Kenya's Interior Minister, Major General (Ret'd), Joseph Ole Lenku, met the envoy.",
            ("Joseph Ole Lenku", "interior_minister", "KE", "current"),
        ),
    ],
)
def test_extract_english_a_retired_rank_written_ret_d_then_the_name(text, expected):
    # (Ret'd) after a rank, and a comma after it before the name
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana's minister of state for energy affairs, Jorvik Tallendar, met the envoy.",
            ("Jorvik Tallendar", "minister", "GH", "current"),
        ),
        (
            "Kenya's minister for petroleum and mining affairs Wanjiku Odhelo met the envoy.",
            ("Wanjiku Odhelo", "minister", "KE", "current"),
        ),
    ],
)
def test_extract_english_a_lower_case_portfolio_closed_by_a_lower_case_noun(text, expected):
    # minister of state for energy affairs, X: a portfolio's closing noun in lower case
    # after a portfolio written in lower case
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Kwabena Tetteh held talks with the Emir of the State of Qatar, Sheikh "
            "Fahid bin Rashid Al Marzoqi. The Emir was accompanied by the minister of state "
            "for energy affairs, HE Nabil bin Saqr Al Dossiri; the minister of commerce, HE "
            "Tarek Al Humaidan.",
            {
                ("Nabil bin Saqr Al Dossiri", "minister", "QA", "current"),
                ("Tarek Al Humaidan", "minister", "QA", "current"),
            },
        ),
        (
            "ACCRA - President Kwabena Tetteh met the King of Eswatini, Mbuso Dlamvuka. The "
            "King was accompanied by Foreign Minister Thandeka Nxumalo.",
            {("Thandeka Nxumalo", "foreign_minister", "SZ", "current")},
        ),
    ],
)
def test_extract_english_a_bare_title_opening_a_sentence_is_its_holder_named_before(text, expected):
    # The Emir was accompanied by X: the companions are of the state of the official named
    # before with that title, not of the other leader's
    assert expected <= _all_posts(text)


def test_extract_english_a_bare_title_two_states_share_gives_no_state():
    text = (
        "President Kwabena Tetteh of Ghana met President Odhiambo Kirui of Kenya. The "
        "President was accompanied by Foreign Minister Ado Benneh."
    )
    found = _all_posts(text)
    assert ("Ado Benneh", "foreign_minister", "KE", "current") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "National Treasury Cabinet Secretary (CS) Juma Odero, led Kenya’s high-level "
            "delegation in a meeting with the Fund.",
            ("Juma Odero", "finance_minister", "KE", "current"),
        ),
        (
            "Kenya's Treasury CS Juma Odero met the envoy.",
            ("Juma Odero", "finance_minister", "KE", "current"),
        ),
        (
            "Juma Odero, Kenya's Cabinet Secretary for the National Treasury and Economic "
            "Planning, met the envoy.",
            ("Juma Odero", "finance_minister", "KE", "current"),
        ),
        (
            "Finance Minister Tendai Moyo led a high-level Zambian delegation to the talks.",
            ("Tendai Moyo", "finance_minister", "ZM", "current"),
        ),
    ],
)
def test_extract_english_a_treasury_cabinet_secretary_and_a_high_level_delegation(text, expected):
    # Kenya's Treasury: the finance ministry; "led Kenya's high-level delegation": the
    # words that qualify a delegation stand between the verb and its state
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nigeria's Finance Minister Tunde Bakare hosted a Chinese delegation led by "
            "Minister Counsellor Li Wenjun.",
            ("Li Wenjun", "official", "CN", "current"),
        ),
        (
            "Plenipotentiary Minister Sami Al-Anezi of Kuwait attended the talks.",
            ("Sami Al-Anezi", "official", "KW", "current"),
        ),
        (
            "A statement by Ghana's Director of Information and Public Relations, Musa "
            "Danladi, said so.",
            ("Musa Danladi", "director_general", "GH", "current"),
        ),
    ],
)
def test_extract_english_a_diplomat_s_grade_and_a_department_s_director(text, expected):
    # Minister Counsellor, Plenipotentiary Minister: an embassy's grade, no minister; the
    # director of a ministry's information department heads it
    assert expected in _all_posts(text)
    name, role = expected[0], expected[1]
    assert not any(n == name and r != role for n, r, _c, _s in _all_posts(text))


def test_extract_english_played_host_to_is_a_reception():
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Nigeria's Finance Minister Tunde Bakare on Monday played host to a Chinese "
            "delegation led by Minister Counsellor Li Wenjun.",
        )
    )
    names = {p.id: p.name_en for p in ex.persons}
    assert any(
        e.type == "meeting" and {names[a] for a in e.actors} == {"Tunde Bakare", "Li Wenjun"}
        for e in ex.events
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya, Qatar agree to deepen ties\n\nIt was discussed during a meeting between "
            "Finance Minister Juma Odero and his Qatari counterpart Ali Al Kuwari on Saturday.",
            ("Juma Odero", "finance_minister", "KE", "current"),
        ),
        (
            "Zambia and Oman to boost trade\n\nTrade Minister Tendai Moyo met his Omani "
            "counterpart Salim Al Harthy on Monday.",
            ("Tendai Moyo", "minister", "ZM", "current"),
        ),
    ],
)
def test_extract_english_a_counterpart_s_state_and_the_headline_s_other(text, expected):
    # X and his Qatari counterpart Y, under a headline of Kenya and Qatar: X is Kenya's
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a headline of three states: which is X's is not said
        "Pact signed by Kenya, Qatar and Oman\n\nFinance Minister Juma Odero met his Qatari "
        "counterpart Ali Al Kuwari on Saturday.",
        # no headline, one stated state: nothing to choose from
        "Finance Minister Juma Odero met his Qatari counterpart Ali Al Kuwari on Saturday.",
    ],
)
def test_extract_english_a_counterpart_s_state_without_a_pair_gives_none(text):
    assert ("Juma Odero", "finance_minister", None, "current") in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "MUSCAT – Arjun Mehra, India’s Minister of Commerce, held meetings in Muscat on "
            "Tuesday.\nMehra also met H E Salim bin Nasser al Rawahi, Minister of Finance.",
            ("Salim bin Nasser al Rawahi", "finance_minister", "OM", "current"),
            None,
        ),
        (
            # filed where bodies meet: whom the visitor met may be of any state
            "GENEVA – Arjun Mehra, India’s Minister of Commerce, held meetings on Tuesday.\n"
            "Mehra also met Salim Rawahi, Minister of Finance.",
            ("Salim Rawahi", "finance_minister", None, "current"),
            ("Salim Rawahi", "finance_minister", "CH", "current"),
        ),
    ],
)
def test_extract_english_whom_a_visitor_filed_abroad_calls_on_is_the_host_s(text, expected, absent):
    # a dateline, a lead that gives its visitor his own state, then "X also met Y, Minister
    # of Finance": Y is the dateline's
    found = _all_posts(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "He also met Dr Hamad al Kindi, Chairman of the Public Authority for Free Zones.",
            "Hamad al Kindi",
            "Free Zones",
        ),
        (
            "He met the Chairman of the National Commission for Human Rights, Sami Odeh.",
            "Sami Odeh",
            "Human Rights",
        ),
    ],
)
def test_extract_english_what_a_body_is_for_is_no_name(text, expected, wrong):
    # a body "for" its aim, capitalised words up to the comma or the stop: the body's
    names = {n for n, _r, _c, _s in _all_posts(text)}
    assert expected in names
    assert wrong not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnessed by Japan’s Minister of Economy, Trade and Industry (METI) Kenji "
            "Moritaka, the deal was signed.",
            ("Kenji Moritaka", "minister", "JP", "current"),
        ),
        (
            "Minister Singh met with the new President of the Caribbean Development Bank "
            "(CDB), Mr. Daniel Morley and his team.",
            ("Daniel Morley", "director_general", None, "current"),
        ),
        (
            "He met the President of the Development Bank of Ghana, Kofi Mensah-Bonsu.",
            ("Kofi Mensah-Bonsu", "director_general", "GH", "current"),
        ),
    ],
)
def test_extract_english_a_series_closed_by_its_short_form_and_a_bank_s_head(text, expected):
    # Economy, Trade and Industry (METI) X: a series of portfolios that the short form in
    # brackets closes; a bank's president runs it: its director general
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ceremony was attended by Uganda's Vice- President Akello Nabwire and others.",
            ("Akello Nabwire", "deputy_head_of_state", "UG", "current"),
        ),
        (
            'Ghanaian President Kwesi "KB" Boatemah met the envoy.',
            ("Kwesi Boatemah", "head_of_state", "GH", "current"),
        ),
        (
            "Nigeria's Chief of Army Staff Lt-Gen Olufemi Adeyinka met the envoy.",
            ("Olufemi Adeyinka", "chief_of_staff", "NG", "current"),
        ),
        (
            "Maj-Gen Tunde Bellamy, Nigeria's Chief of Defence Intelligence, met the envoy.",
            ("Tunde Bellamy", "intelligence_chief", "NG", "current"),
        ),
    ],
)
def test_extract_english_a_hyphen_with_a_space_a_nickname_of_initials_a_hyphened_rank(
    text, expected
):
    # Vice- President: one title; John "JM" X: the nickname of initials inside the name;
    # Lt-Gen, Maj-Gen: a rank written with a hyphen, no word of the name
    assert expected in _all_posts(text)


def test_extract_english_a_story_that_names_one_state_only_is_that_state_s():
    text = (
        "Malawi President Peter Tembo has today sworn in Grace Banda as the new Inspector "
        "General of Police. The ceremony was attended by Vice President Michael Usiwa, Home "
        "Affairs Minister Ken Zikhalo and Lilongwe District Commissioner, Lusungu Mwalewa."
    )
    found = _all_posts(text)
    assert ("Michael Usiwa", "deputy_head_of_state", "MW", "current") in found
    assert ("Ken Zikhalo", "interior_minister", "MW", "current") in found


def test_extract_english_a_story_that_names_two_states_gives_its_unplaced_none():
    text = (
        "Malawi President Peter Tembo met Kenyan envoy Tom Otieno and Zambian envoy Ruth "
        "Mwila. Vice President Michael Usiwa also attended."
    )
    assert ("Michael Usiwa", "deputy_head_of_state", None, "current") in _all_posts(text)


def test_extract_english_a_state_after_a_title_s_short_form_then_a_verb():
    text = (
        "ISLAMABAD: Air Marshal John Reidy, Chief of Defence Force (CDF) New Zealand called "
        "on General Asif Khanzada, Chief of Army Staff."
    )
    found = _all_posts(text)
    # (CDF) New Zealand called on: the state closes the title; not the dateline's
    assert ("John Reidy", "chief_of_staff", "NZ", "current") in found
    assert ("John Reidy", "chief_of_staff", "PK", "current") not in found


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        # a bare title is the same post's: The President is no Vice President
        (
            "ACCRA - President Kwabena Tetteh met Kenya's Vice President Odhiambo Kirui. The "
            "President was accompanied by Foreign Minister Ado Benneh.",
            "Ado Benneh",
            "KE",
        ),
        # ... and the title said before of a guest unnamed leaves it open
        (
            "President Kwabena Tetteh of Ghana received the President of Togo at Jubilee "
            "House. The President was accompanied by Foreign Minister Robert Dussah.",
            "Robert Dussah",
            "GH",
        ),
        # a counterpart's state and a third state in the story: no pair
        (
            "Finance Minister Juma Odero met his Qatari counterpart Ali Al Kuwari on Monday, "
            "in the presence of Saudi Ambassador Faisal Al Harbi.",
            "Juma Odero",
            "SA",
        ),
        (
            "Uganda and Qatar review cooperation\n\nThe envoy of Kenya attended. Finance "
            "Minister Juma Odero met his Qatari counterpart Ali Al Kuwari.",
            "Juma Odero",
            "UG",
        ),
        # an envoy appointed to a state is not its; another head's appointee is not ours
        (
            "Mr Peter Njiru was named Ambassador of Kenya to Egypt. Japan has appointed Ms "
            "Hana Sato as its new Ambassador to Kenya, and Mr Li Wei was appointed Ambassador "
            "to Kenya by China.",
            "Li Wei",
            "KE",
        ),
        (
            "President Kamau Otieno appointed Mr Peter Njiru as Ambassador of Kenya to Egypt. "
            "In Kampala, President Musenge named Ms Grace Akello as Ambassador to Japan.",
            "Grace Akello",
            "KE",
        ),
        # a visitor filed abroad who met someone elsewhere, at a summit, or of his party
        (
            "MUSCAT – Arjun Mehra, India’s Minister of Commerce, held meetings in Muscat on "
            "Tuesday.\nEarlier in Doha, Mehra met Salim Rawahi, Minister of Finance.",
            "Salim Rawahi",
            "OM",
        ),
        (
            "ABU DHABI – Arjun Mehra, India’s Minister of Energy, attended the World Future "
            "Energy Summit on Tuesday.\nMehra also met Salim Rawahi, Minister of Energy, on "
            "the sidelines.",
            "Salim Rawahi",
            "AE",
        ),
        (
            "MUSCAT – Arjun Mehra, India’s Minister of Commerce, held meetings in Muscat on "
            "Tuesday.\nMehra also met Piyush Rao, Minister of State for Commerce, who "
            "accompanied him.",
            "Piyush Rao",
            "OM",
        ),
    ],
)
def test_extract_english_narrowed_after_review_states(text, name, wrong):
    assert not any(n == name and c == wrong for n, _r, c, _s in _all_posts(text))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a force's Director of Public Relations speaks for it
        (
            "Director of Public Relations of the Ghana Armed Forces, Col. Kofi Adjeman, said "
            "the troops were deployed.",
            "Kofi Adjeman",
            "spokesperson",
        ),
        # the head of a committee inside a bank, of the West Bank: no bank's head
        ("He met the Chairman of the Bank's Audit Committee, Kofi Adjeman.", "Kofi Adjeman", None),
        ("He met the head of the West Bank, Kofi Adjeman.", "Kofi Adjeman", None),
    ],
)
def test_extract_english_narrowed_after_review_roles(text, name, role):
    roles = {r for n, r, _c, _s in _all_posts(text) if n == name}
    assert "director_general" not in roles
    assert role is None or role in roles


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania's Foreign Affairs and East Africa Cooperation Minister Dr Neema Kweka met the "
        "envoy.",
        "DODOMA — President Juma Haji held talks with the recently appointed Foreign Affairs "
        "and East Africa Cooperation Minister Dr Neema Kweka at the State House.",
    ],
)
def test_extract_english_a_named_ministry_then_a_long_portfolio_before_minister(text):
    # Foreign Affairs and East Africa Cooperation Minister X: the foreign minister, with a
    # state before the title or none
    assert ("Neema Kweka", "foreign_minister", "TZ", "current") in _all_posts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria's Director of Defence Information, Brigadier General Musa Danjuma, said so.",
        "Nigeria's Director of Army Public Relations, Brigadier General Musa Danjuma, said the "
        "troops were ready.",
    ],
)
def test_extract_english_a_force_s_director_of_information_speaks_for_it(text):
    # Director of Defence Information, of Army Public Relations: the forces' spokesperson
    assert ("Musa Danjuma", "spokesperson", "NG", "current") in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        # a story that names only its guests' state: the host is not theirs
        (
            "President Kwame Asante received Turkish Foreign Minister Hakan Yilmazer and "
            "Turkish Trade Minister Omer Bolatli in Accra.",
            "Kwame Asante",
            "TR",
        ),
        # his Qatari counterpart: he is no Qatari
        (
            "Finance Minister Juma Odero met his Qatari counterpart Ali Al Kuwari, in the "
            "presence of Kenya's Ambassador to Qatar Sammy Mwangi.",
            "Juma Odero",
            "QA",
        ),
    ],
)
def test_extract_english_narrowed_after_the_second_review(text, name, wrong):
    assert not any(n == name and c == wrong for n, _r, c, _s in _all_posts(text))


def test_extract_english_a_west_african_bank_s_president_heads_it():
    text = "He met the President of the West African Development Bank, Serge Ekwueme."
    assert ("Serge Ekwueme", "director_general", None, "current") in _all_posts(text)


def test_extract_english_a_bare_title_inside_a_longer_one_is_no_other_holder():
    # the Vice President of Kenya is no "President of Kenya": the President named before is
    # whom "The President" stands for
    text = (
        "President Kwabena Tetteh of Ghana met the Vice President of Kenya in Accra. The "
        "President was accompanied by Foreign Minister Ado Benneh."
    )
    assert ("Ado Benneh", "foreign_minister", "GH", "current") in _all_posts(text)


def test_extract_english_an_ambassador_designate_who_presented_credentials_holds_the_post():
    # credentials presented to the head of state make the designate the ambassador; copies
    # handed to a minister do not
    text = (
        "Austria’s Ambassador-designate, Mrs Romana Kessler has presented her credentials to "
        "President Tendai Moyo of Zimbabwe at State House."
    )
    assert ("Romana Kessler", "ambassador", "AT", "current") in _all_posts(text)
    text = (
        "Foreign Minister Tendai Moyo received copies of credentials from Austria's "
        "Ambassador-designate Romana Kessler."
    )
    assert ("Romana Kessler", "ambassador", "AT", "designate") in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # posted to South Sudan: Sudan's name inside it is no state he is posted to
        (
            "President Omar Hamdan appointed Mr Ali Osman as Ambassador of Sudan to Kenya "
            "while Mr Bakri Salih was appointed Ambassador to South Sudan.",
            ("Bakri Salih", "ambassador", "SD", "current"),
        ),
        # posted to Sudan itself: not Sudan's
        (
            "President Omar Hamdan appointed Mr Ali Osman as Ambassador of Sudan to Kenya "
            "while Mr Bakri Salih was appointed Ambassador to Sudan.",
            ("Bakri Salih", "ambassador", None, "current"),
        ),
    ],
)
def test_extract_english_an_envoy_appointed_and_the_whole_name_of_his_post(text, expected):
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an international body's officer, its title right after its name
        (
            "Minister of Education Tarek Salloum met UNICEF Representative in Yemen Lina "
            "Karlsson on Monday.",
            ("Lina Karlsson", "official", None, "current"),
        ),
        (
            "Minister Tarek Salloum met the UNICEF Representative, Lina Karlsson.",
            ("Lina Karlsson", "official", None, "current"),
        ),
        (
            "Minister Tarek Salloum received the WHO Country Representative Lina Karlsson.",
            ("Lina Karlsson", "official", None, "current"),
        ),
        (
            "Minister Tarek Salloum met Lina Karlsson, UNICEF Representative in Yemen.",
            ("Lina Karlsson", "official", None, "current"),
        ),
        # a list of portfolios whose last item holds the list's "and", then a style
        (
            "Minister of Education, Youth and Sports Dr. Tarek Salloum spoke.",
            ("Tarek Salloum", "minister", None, "current"),
        ),
        (
            "Cambodian Deputy Prime Minister and Minister of Education, Youth and Sports H.E. "
            "Dr. Tarek Salloum has spoken highly of Norway.",
            ("Tarek Salloum", "minister", "KH", "current"),
        ),
        # a headline's last name is no name of the next line's title
        (
            "Mensah receives Lavrov\nGhana's Minister of Foreign Affairs, Kwame Mensah, "
            "received Sergey Lavrov in Accra.",
            ("Kwame Mensah", "foreign_minister", "GH", "current"),
        ),
        # a minister of state for a named ministry's field, set off by commas
        (
            "Nigeria's Minister of State for Defence, Ali Musa, arrived.",
            ("Ali Musa", "minister", "NG", "current"),
        ),
    ],
)
def test_extract_english_posts_of_the_social_services_reading(text, expected):
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        (
            "Mensah receives Lavrov\nGhana's Minister of Foreign Affairs, Kwame Mensah, "
            "received Sergey Lavrov in Accra.",
            "Sergey Lavrov",
            "foreign_minister",
        ),
        # a headline's two subjects of a verb in the plural: the title is the second's
        (
            "Rashid bin Saif, Qatari FM review ties\nMUSCAT, (ONA) Sayyid Rashid bin Saif Al "
            "Busaidi, Minister of Foreign Affairs, and Sheikh Jassim bin Khalid Al Thani, "
            "Foreign Minister of the State of Qatar, reviewed relations.",
            "Rashid bin Saif",
            "QA",
        ),
        (
            "Nigeria's Minister of State for Defence, Ali Musa, arrived.",
            "Ali Musa",
            "defence_minister",
        ),
        # a federation's unit named like a state
        ("Governor Umar Bago of Niger State visits Abuja.", "Umar Bago", "NE"),
    ],
)
def test_extract_english_narrowed_in_the_social_services_reading(text, name, wrong):
    found = _all_posts(text)
    assert not any(n == name and wrong in (r, c) for n, r, c, _s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose adviser the words after the title say
        (
            "The minister met with Amb. Peter Collins, the National Security Advisor to "
            "President Donald Trump.",
            ("Peter Collins", "adviser", "US", "current"),
        ),
        # a list set out in lines, each a styled name and a title, with no full stop
        (
            "Attendance:\nH.E. Paul Kagame, President of the Republic of Rwanda\nH.E. Jessica "
            "Alupo, Vice President of the Republic of Uganda\nThe leaders discussed Sudan.",
            ("Jessica Alupo", "deputy_head_of_state", "UG", "current"),
        ),
        # the police's inspector general by his initials
        (
            "IGP Musa Bello met Governor Dauda Lawal.",
            ("Musa Bello", "director_general", None, "current"),
        ),
    ],
)
def test_extract_english_posts_of_the_fifteenth_reading(text, expected):
    assert expected in _all_posts(text)


def test_extract_english_the_two_sides_between_which_talks_were_held_keep_their_states():
    text = (
        "An official discussion between the visiting Pakistani Prime Minister Ali Raza and "
        "President Nimal Perera was held this morning."
    )
    found = _all_posts(text)
    assert ("Ali Raza", "head_of_government", "PK", "current") in found
    assert not any(n == "Nimal Perera" and c == "PK" for n, _r, c, _s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's abbreviation, as a noun and as an adjective
        (
            "The visit was confirmed during a meeting between Prime Minister James Kora and "
            "Malaysian Ambassador to PNG, Aminah Yusof, in Port Moresby last Friday.",
            ("James Kora", "head_of_government", "PG", "current"),
        ),
        (
            "PNG Foreign Affairs Minister Elias Wari attended the meeting.",
            ("Elias Wari", "foreign_minister", "PG", "current"),
        ),
        (
            "NZ Trade Minister Tom Hale met the delegation.",
            ("Tom Hale", "minister", "NZ", "current"),
        ),
    ],
)
def test_extract_english_states_by_their_abbreviations(text, expected):
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Others in attendance included European Council President Anna Lindqvist and "
            "Senegalese President Ousmane Diallo.",
            {("Anna Lindqvist", "official"), ("Ousmane Diallo", "head_of_state")},
        ),
        (
            "World Bank President Anna Lindqvist and Senegalese President Ousmane Diallo attended.",
            {("Anna Lindqvist", "director_general"), ("Ousmane Diallo", "head_of_state")},
        ),
    ],
)
def test_extract_english_a_body_s_head_named_before_another_title_keeps_the_name(text, expected):
    assert expected <= {(n, r) for n, r, _c, _s in _all_posts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's name between "of" and the body's
        (
            "The delegation is led by the Deputy Speaker of Malawi National Assembly, Madalitso "
            "Kazombo.",
            ("Madalitso Kazombo", "official", "MW", "current"),
        ),
        (
            "Commissioner General of Kenya Prisons Patrick Otieno held a meeting.",
            ("Patrick Otieno", "director_general", "KE", "current"),
        ),
    ],
)
def test_extract_english_a_state_named_inside_a_body_s_title(text, expected):
    assert expected in _all_posts(text)


def test_extract_english_a_parliament_s_chief_whip_is_its_official():
    text = "Government Chief Whip Marlon Baptiste addressed the House of Representatives."
    assert ("Marlon Baptiste", "official", None, "current") in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Philippine Department of Health Secretary Maria Santos met him.",
            ("Maria Santos", "minister", "PH", "current"),
        ),
        (
            "Philippine Department of National Defense (DND) Secretary Ramon Cruz met with "
            "Japanese Defense Minister Taro Sato in Tokyo.",
            ("Ramon Cruz", "defence_minister", "PH", "current"),
        ),
    ],
)
def test_extract_english_a_state_s_department_before_its_secretary(text, expected):
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Indian Navy chief Admiral Ravi Menon held talks in Colombo. High Commissioner Gopal "
            "Rao along with the Navy chief hosted a reception, the Indian High Commission "
            "tweeted.",
            "IN",
        ),
        ("Ambassador Gopal Rao hosted a dinner, according to the Kenyan embassy.", "KE"),
        # where he met someone is no mission that tells of him
        ("Ambassador Gopal Rao met the minister at the Kenyan embassy.", None),
    ],
)
def test_extract_english_an_envoy_of_the_mission_that_tells_of_him(text, state):
    assert ("Gopal Rao", "ambassador", state, "current") in _all_posts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Speaker received a delegation from the National Assembly of Kenya led by Deputy "
        "Speaker Jane Wambui.",
        "The Speaker of Parliament on Monday received a delegation from the National Assembly "
        "of Kenya led by Chairperson of the Budget Committee Honorable Jane Wambui.",
    ],
)
def test_extract_english_a_delegation_from_a_state_s_parliament_is_of_that_state(text):
    assert ("Jane Wambui", "official", "KE", "current") in _all_posts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's junior minister: "State Minister", no federation's unit
        (
            "Bangladesh State Minister for Foreign Affairs Shahriar Alam met the Indian High "
            "Commissioner in Dhaka.",
            ("Shahriar Alam", "minister", "BD", "current"),
        ),
        # a headline styled "H.E. President X Meets Y" stays a headline
        (
            "H.E. President Hakainde Hichilema Meets Chinese Ambassador\nPresident Hakainde "
            "Hichilema met Chinese Ambassador Han Jing at State House in Lusaka.",
            ("Han Jing", "ambassador", "CN", "current"),
        ),
        # talks between two officials of one state: the second keeps the first's state
        (
            "Talks between Kenyan President William Ruto and Deputy President Kithure Kindiki "
            "focused on the budget.",
            ("Kithure Kindiki", "deputy_head_of_state", "KE", "current"),
        ),
    ],
)
def test_extract_english_narrowed_after_the_seventh_review(text, expected):
    found = _all_posts(text)
    assert expected in found
    assert not any(n == "Hakainde Hichilema" and r == "ambassador" for n, r, _c, _s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police or an air force rank before a name is no part of it, nor a title
        (
            "The Commissioner thanked Senior Advisor Inspector Tomas Verlaine of the Ruritanian "
            "Police.",
            ("Tomas Verlaine", "adviser", None, "current"),
        ),
        (
            "Wing Commander Halden Orsk met the Ghanaian Defence Attache Kojo Mensah.",
            ("Kojo Mensah", "official", "GH", "current"),
        ),
        # an arm's commander stays a post: Navy Commander X
        (
            "Navy Commander Tomas Verlaine met the Indian Defence Attache.",
            ("Tomas Verlaine", "military_commander", None, "current"),
        ),
        # a province's police: IGP Punjab Dr X; its deputies and their branches
        (
            "Inspector General of Police (IGP) Punjab Dr Usman Anwari met the delegation.",
            ("Usman Anwari", "director_general", None, "current"),
        ),
        (
            "DIG Operations, Waqas Nadir, and DIG Training Kamal Adeel were also present.",
            ("Kamal Adeel", "official", None, "current"),
        ),
        (
            "Additional IG Training, Zulfan Hamid, was also present.",
            ("Zulfan Hamid", "official", None, "current"),
        ),
        (
            "Chief Secretary Sindh Asif Memoni chaired the meeting.",
            ("Asif Memoni", "official", "PK", "current"),
        ),
        # a unit written with no "of" after its commander's title, then a styled name
        (
            "The officers called on the Commander Eastern Naval Area, Rear Admiral Tomas "
            "Verlaine, at the headquarters.",
            ("Tomas Verlaine", "military_commander", None, "current"),
        ),
        (
            "The Army Chief called on Chief of Defence German Army His Excellency General Ekhart "
            "Zorner in Berlin.",
            ("Ekhart Zorner", "chief_of_staff", "DE", "current"),
        ),
        # an attache accredited to a state is his own state's
        (
            "Ghana Defence attache accredited to Zambia, Group Captain Andrew Bastow called on "
            "him.",
            ("Andrew Bastow", "official", "GH", "current"),
        ),
        # his body set off by commas between his title and his styled name
        (
            "He met the Minister for Asia, United Kingdom Foreign and Commonwealth Office, Mr "
            "Tobin Ellwart.",
            ("Tobin Ellwart", "minister", "GB", "current"),
        ),
        # a royal force's state; a force's short name in brackets before "chief"
        (
            "Royal Malaysian Air Force (RMAF) chief General Tan Sri Mohd Asraf Khan paid a "
            "courtesy call on him.",
            ("Mohd Asraf Khan", "military_commander", "MY", "current"),
        ),
        (
            "Indonesian Air Force (TNI AU) chief Air Marshal Fajar Prasetya was present.",
            ("Fajar Prasetya", "military_commander", "ID", "current"),
        ),
        # one who signed on behalf of a state's city is that state's
        (
            "Mayor Tovar Elkin signed the accord while Governor Ramiz Qutaybi signed on behalf "
            "of Mosul.",
            ("Ramiz Qutaybi", "official", "IQ", "current"),
        ),
    ],
)
def test_extract_english_ranks_units_and_bodies_of_commonwealth_style(text, expected):
    found = _all_posts(text)
    assert expected in found
    # (no rank kept in a name, no rank read as a commander's title)
    assert not any(n.startswith(("Inspector ", "Punjab ", "Training ")) for n, *_ in found)
    assert not any(n == "Halden Orsk" and r == "military_commander" for n, r, _c, _s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a citizen's style before an envoy's name is no part of it
        (
            "His Excellency Citizen Carlos Manuel Rivera, Ambassador of the Bolivarian Republic "
            "of Venezuela, presented his credentials.",
            ("Carlos Manuel Rivera", "ambassador", "VE", "current"),
        ),
        # a Polish chamber's marshal presides over it
        (
            "Minister of National Defence Rasa Kazlauskiene met with Deputy Marshal of the "
            "Senate Anna Nowicka in Warsaw.",
            ("Anna Nowicka", "official", "PL", "current"),
        ),
    ],
)
def test_extract_english_citizens_and_marshals(text, expected):
    assert expected in _all_posts(text)


def test_extract_english_an_appointee_named_as_a_title_holds_it_not_the_next_name():
    found = _all_posts(
        "The President named Major General Tariq Hamidi as the new Chief of General Staff "
        "(CGS), President Anura Perezi said."
    )
    assert ("Tariq Hamidi", "chief_of_staff", None, "current") in found
    assert not any(n == "Anura Perezi" and r == "chief_of_staff" for n, r, _c, _s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name written short opens the name
        (
            "Bangladesh Home Secretary Md. Rafiqul Haider met the envoy.",
            ("Md. Rafiqul Haider", "official", "BD", "current"),
        ),
        # a South Asian home or interior secretary is the ministry's civil servant
        (
            "Pakistan's Interior Secretary Khurram Aghai met him.",
            ("Khurram Aghai", "official", "PK", "current"),
        ),
        (
            "Ecuadoran Foreign Minister Pablo Verastegui met him.",
            ("Pablo Verastegui", "foreign_minister", "EC", "current"),
        ),
        # a state's own titles (Malaysia's king, Kenya's Prime Cabinet Secretary)
        (
            "The Yang di-Pertuan Agong Sultan Ibrahim Ismaili received the envoys.",
            ("Sultan Ibrahim Ismaili", "head_of_state", "MY", "current"),
        ),
        (
            "Prime Cabinet Secretary Musa Mudavari met the envoys.",
            ("Musa Mudavari", "minister", "KE", "current"),
        ),
        # a province named with its unit's word in lower case; a unit in brackets
        (
            "The Governor of Lara state, Pedro Gilberto, attended.",
            ("Pedro Gilberto", "official", None, "current"),
        ),
        (
            "He was welcomed by the Foreign Ministry's Director General (South Asia Division) "
            "Ishrat Jahani.",
            ("Ishrat Jahani", "director_general", None, "current"),
        ),
        # a UN body's officer in a state serves the body, not that state
        (
            "The Deputy Representative of UNICEF in Kenya, Carla Mendesa, attended.",
            ("Carla Mendesa", "official", None, "current"),
        ),
        (
            "The Deputy Representative of the Secretary General of the UN Support Mission in "
            "Libya, Carla Mendesa, attended.",
            ("Carla Mendesa", "official", None, "current"),
        ),
    ],
)
def test_extract_english_short_given_names_state_titles_and_body_officers(text, expected):
    assert expected in _all_posts(text)


def test_extract_english_a_state_given_after_the_events_means_its_title_there():
    # the host at home is the Maldives': its Foreign Secretary is no minister
    found = _all_posts(
        "The envoy of the Palestinian President, Dr. Mahmoud Habashi, arrived in the Maldives "
        "early in the morning and was welcomed by Foreign Secretary Abdul Ghafoor Mohamedi."
    )
    assert ("Abdul Ghafoor Mohamedi", "official", "MV", "current") in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "on behalf of" after another's verb: the state is not the object's
        (
            "Japanese Ambassador Kenji Morita thanked Cabinet Secretary Alice Wahomi on behalf "
            "of Japan for the support.",
            ("Alice Wahomi", "JP"),
        ),
        # a body set off by commas gives only a state its name or adjective names
        (
            "The Director General, Department of State Services, Adeola Ajayo, met the "
            "Inspector-General of Police in Abuja.",
            ("Adeola Ajayo", "US"),
        ),
    ],
)
def test_extract_english_narrowed_after_the_eighth_review_states(text, absent):
    name, state = absent
    assert not any(n == name and c == state for n, _r, c, _s in _all_posts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police station's commanding officer is no military commander
        (
            "The Commanding Officer of Kilimani Police Station, Chief Inspector Peter Otiende, "
            "met the Governor.",
            ("Peter Otiende", "official", None, "current"),
        ),
        # a branch of two words before the name
        (
            "Additional IG Counter Terrorism Imran Khalidi met the British High Commissioner.",
            ("Imran Khalidi", "official", None, "current"),
        ),
    ],
)
def test_extract_english_narrowed_after_the_eighth_review_posts(text, expected):
    assert expected in _all_posts(text)


@pytest.mark.parametrize(
    "text",
    [
        # an international body's officers: of no state, whatever the outlet or dateline
        "New Delhi, October 10: Lok Sabha Speaker Om Birlan met President of Inter-Parliamentary "
        "Union (IPU), Duarte Pachecu during the visit to Rome.",
        "DHAKA - On the invitation of Inter-Parliamentary Union (IPU) Secretary General Martin "
        "Chungo, Speaker Shirin Sharmina attended the meeting.",
    ],
)
def test_extract_english_parliamentary_unions_officers_are_of_no_state(text):
    found = _all_posts(text)
    assert any(
        r == "official" and c is None for _n, r, c, _s in found if "Duarte" in _n or "Martin" in _n
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Wanjiru Kamau held talks with Chinese Special Envoy for the Horn of Africa "
            "Amb. Liu Fangzhi.",
            {("Liu Fangzhi", "envoy", "CN"), ("Wanjiru Kamau", "head_of_state", None)},
        ),
        (
            "He met the Chinese Special Envoy for Middle East Affairs, Amb. Liu Fangzhi.",
            {("Liu Fangzhi", "envoy", "CN")},
        ),
        (
            "He met the Japanese Special Envoy for the Sahel Amb Kenji Moritaka.",
            {("Kenji Moritaka", "envoy", "JP")},
        ),
        (
            "She met the Cabinet Secretary for Foreign Affairs, Amb. Grace Wambuiya, SC, EGH.",
            {("Grace Wambuiya", "foreign_minister", None)},
        ),
    ],
)
def test_extract_english_a_courtesy_title_after_an_envoy_s_field(text, expected):
    # TITLE for REGION Amb. X, TITLE, Amb. X: the diplomat's courtesy title is no post
    found = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Crisis Group President Amara Okoyeh.", ("Amara Okoyeh", "official", None)),
        (
            "He met Kenya National Chamber of Commerce and Industry (KNCCI) President Amara "
            "Okoyeh.",
            ("Amara Okoyeh", "official", "KE"),
        ),
        (
            "She met the Jordanian Football Federation President Amara Okoyeh.",
            ("Amara Okoyeh", "official", "JO"),
        ),
        (
            "The minister met Ghana Bar Association President Kwame Asantewa in Accra.",
            ("Kwame Asantewa", "official", "GH"),
        ),
    ],
)
def test_extract_english_a_society_s_or_a_chamber_s_president_heads_no_state(text, expected):
    # BODY President X: the president of a group, a chamber, a federation, no head of state
    found = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    assert expected in found
    assert not any(r == "head_of_state" for _n, r, _c in found)


def test_extract_english_the_sultanate_s_envoys_in_a_list_keep_their_own_state():
    # "X, the Sultanate's Ambassador to S1. Y, the Sultanate's Ambassador to S2.": each is
    # the article's own state's envoy, not the state named on the line before
    text = (
        "They were: Sayyid Faris bin Talib al Hinaiy, the Sultanate's Ambassador to the State "
        "of Kuwait. Hamad bin Saif al Ruqaishy, the Sultanate's Ambassador to the Republic of "
        "India. Nasser bin Ali al Mawaliy, the Sultanate's Ambassador to the French Republic."
    )
    found = _tuples_at(text, "https://www.omanobserver.om/article/1")
    assert {c for _n, r, c in found if r == "ambassador"} == {"OM"}
    assert len([r for _n, r, _c in found if r == "ambassador"]) == 3


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        (
            "https://www.omanobserver.om/article/2",
            "Hamad al Ruqaishy, the Sultanate's Ambassador to India, met the minister in Delhi.",
            ("Hamad al Ruqaishy", "ambassador", "OM"),
        ),
        (
            "https://www.arabnews.com/node/3",
            "Hamad al Ruqaishy, the Sultanate's Ambassador to India, met the minister in Delhi.",
            ("Hamad al Ruqaishy", "ambassador", None),
        ),
        (
            "https://www.arabnews.com/node/4",
            "Faisal al Saadani, the Kingdom's Ambassador to India, met the minister in Delhi.",
            ("Faisal al Saadani", "ambassador", "SA"),
        ),
    ],
)
def test_extract_english_a_state_s_noun_of_its_kind_names_the_article_s_own(url, text, expected):
    # the Sultanate's, the Kingdom's: the home state when it is of that kind, else none
    assert expected in _tuples_at(text, url)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Tran Van Longo received Secretary of the Kazakh Security Council "
            "Erlan Bekovich in Hanoi.",
            ("Erlan Bekovich", "official", "KZ"),
        ),
        (
            "She met with the Secretary of the Navy Honourable Mark Ellisono.",
            ("Mark Ellisono", "official", None),
        ),
        (
            "He met Secretary of the Hanoi Party Committee Dinh Tien Dungo.",
            ("Dinh Tien Dungo", "official", None),
        ),
        (
            "He met Secretary of the Ministry of Foreign Affairs Ravi Kanthan.",
            ("Ravi Kanthan", "official", None),
        ),
    ],
)
def test_extract_english_a_body_s_secretary_is_no_minister(text, expected):
    # Secretary of the BODY X: the body's secretary (a portfolio after "of" stays a
    # minister's: Secretary of Commerce, of the Treasury)
    found = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    assert expected in found
    assert not any(r == "minister" for _n, r, _c in found)


def test_extract_english_a_portfolio_s_secretary_stays_a_minister():
    found = {(n, r) for n, r, _c, _s in _all_posts("He met Secretary of Commerce Howard Lutnicko.")}
    assert ("Howard Lutnicko", "minister") in found


@pytest.mark.parametrize(
    ("text", "expected", "also"),
    [
        (
            "The Secretary-General will meet Labour Party President Sita Raiyan.",
            ("Sita Raiyan", "official"),
            None,
        ),
        (
            "He met Awami League President and Prime Minister Rehana Khatunya.",
            ("Rehana Khatunya", "official"),
            ("Rehana Khatunya", "head_of_government"),
        ),
        (
            "She met Green Movement President Olga Mirnova in the capital.",
            ("Olga Mirnova", "official"),
            None,
        ),
    ],
)
def test_extract_english_a_party_s_president_heads_no_state(text, expected, also):
    found = {(n, r) for n, r, _c, _s in _all_posts(text)}
    assert expected in found
    assert also is None or also in found
    assert not any(r == "head_of_state" for _n, r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Daniel Mwangiro on Monday received credentials from five diplomats. Others "
            "who presented their credentials were Marko Petrovicz (the Republic of Croatia), Anna "
            "Lundqvist (Norway) and Karl Huberth (Switzerland).",
            {
                ("Marko Petrovicz", "ambassador", "HR"),
                ("Anna Lundqvist", "ambassador", "NO"),
                ("Karl Huberth", "ambassador", "CH"),
            },
        ),
        (
            "The President received credentials from three ambassadors and high commissioners. "
            "They were Ahmed Razani (Pakistan), Lina Haddadi (Jordan) and Tom Bakerson (Canada).",
            {
                ("Ahmed Razani", "ambassador", "PK"),
                ("Lina Haddadi", "ambassador", "JO"),
                ("Tom Bakerson", "ambassador", "CA"),
            },
        ),
    ],
)
def test_extract_english_envoys_listed_after_a_copula(text, expected):
    # "They were X (Pakistan), Y (Jordan)" after envoys in the plural: each his state's
    assert expected <= {(n, r, c) for n, r, c, _s in _all_posts(text)}


def test_extract_english_a_list_of_names_and_states_with_no_envoys_near_is_none():
    assert (
        _all_posts("The winners were Ahmed Razani (Pakistan) and Lina Haddadi (Jordan).") == set()
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He met Governor-General Sir Patrick Allenby at King's House.", "Patrick Allenby"),
        ("Governor General Dame Cynthia Prattley met the envoy.", "Cynthia Prattley"),
        ("He met Governor-General, His Excellency Sir Patrick Allenby.", "Patrick Allenby"),
        ("He met Governor-General, Most Hon. Sir Patrick Allenby.", "Patrick Allenby"),
    ],
)
def test_extract_english_a_governor_general_is_an_official(text, name):
    # the Crown's representative in a Commonwealth realm: an official of the state
    assert any(n == name and r == "official" for n, r, _c, _s in _all_posts(text))


def test_extract_english_narrowed_after_the_ninth_review():
    # a Foreign Secretary is nobody's staff: the outlet's state, not the foreign minister's
    found = _tuples_at(
        "Foreign Secretary Amna Balochi met Afghan Foreign Minister Amir Khan Muttaqo in Kabul.",
        "https://www.dawn.com/news/1",
    )
    assert ("Amna Balochi", "official", "PK") in found
    # an ambassador's own title before the courtesy Amb.
    found = _tuples_at(
        "Kenya's Ambassador to Ethiopia and Special Envoy to the Horn of Africa, Amb. George "
        "Orinda, met the prime minister.",
        "https://www.kbc.co.ke/news/1",
    )
    assert ("George Orinda", "ambassador", "KE") in found
    # a cabinet secretary of a portfolio no lexicon holds stays a minister
    found = _tuples("Secretary of Agrarian Reform Conrado Estrelo met Ambassador Kazuhiko Endono.")
    assert ("Conrado Estrelo", "minister", None) in found
    # "The experts were X (Pakistan), Y (Jordan)": no envoys
    found = _tuples(
        "The envoys were briefed by two experts. The experts were Ahmed Khanzo (Pakistan) and "
        "Omar Haddado (Jordan)."
    )
    assert not any(r == "ambassador" for _n, r, _c in found)
    # a state's Principal Secretary outside Kenya: an official
    found = _tuples_at(
        "Maharashtra's Principal Secretary for Home Affairs Iqbal Chahalo briefed the minister.",
        "https://www.business-standard.com/article/1",
    )
    assert ("Iqbal Chahalo", "official", "IN") in found
    # the partner state's own envoy, only named: the minister stays the partner's
    found = _tuples(
        "Agriculture Minister John Kamauri met the Chinese Ambassador Wang Lido on Monday to "
        "discuss trade between Kenya and China. Kamauri also praised Kenya's Ambassador to "
        "China, Peter Mwangio."
    )
    assert ("John Kamauri", "minister", "KE") in found


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        (
            "https://www.bssnews.net/news/1",
            "Commerce Secretary Dr Md Jafar Uddino and Additional Secretary Sharifa Khanum were "
            "present.",
            ("Md Jafar Uddino", "official", "BD"),
        ),
        (
            "https://www.business-standard.com/article/2",
            "Defence Secretary Rajesh Kumaro met the US delegation.",
            ("Rajesh Kumaro", "official", "IN"),
        ),
        (
            "https://www.dawn.com/news/3",
            "Finance Secretary Imdad Bosalo briefed the committee on the budget.",
            ("Imdad Bosalo", "official", "PK"),
        ),
        (
            "https://www.business-standard.com/article/4",
            "US Commerce Secretary Howard Lutnicko met the delegation.",
            ("Howard Lutnicko", "minister", "US"),
        ),
    ],
)
def test_extract_english_a_south_asian_ministry_s_secretary_is_an_official(url, text, expected):
    # "PORTFOLIO Secretary" in Delhi, Dhaka, Islamabad: the ministry's civil servant, as its
    # home secretary is; elsewhere (the US, the UK) the minister
    assert expected in _tuples_at(text, url)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "December 9, Kathmandu: Finance Minister Bishnu Prasad Paudelo on Monday met US "
            "Assistant Secretary of State Donald Luu.",
            ("Bishnu Prasad Paudelo", "finance_minister", "NP"),
        ),
        (
            "9 December 2024, Kathmandu - Finance Minister Bishnu Prasad Paudelo met the envoy.",
            ("Bishnu Prasad Paudelo", "finance_minister", "NP"),
        ),
        (
            "Marrakech, March 3 (MAP) - Foreign Minister Nasser Bouraita met the envoy.",
            ("Nasser Bouraita", "foreign_minister", "MA"),
        ),
    ],
)
def test_extract_english_a_dateline_whose_date_comes_first(text, expected):
    assert expected in {(n, r, c) for n, r, c, _s in _all_posts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She signed a memorandum with South Korea's Trade, Industry and Energy Minister "
            "Cheong In-kyo on Wednesday.",
            ("Cheong In-kyo", "minister", "KR"),
        ),
        ("Minister Baek Jae-in met the envoy.", ("Baek Jae-in", "minister", None)),
        (
            "He met Canada's International Trade, Export Promotion and Economic Development "
            "Minister Mary Ngano.",
            ("Mary Ngano", "minister", "CA"),
        ),
    ],
)
def test_extract_english_a_list_of_portfolios_and_a_name_of_syllables(text, expected):
    # STATE's A, B and C Minister X; a given name of two syllables (In-kyo, Jae-in)
    assert expected in {(n, r, c) for n, r, c, _s in _all_posts(text)}


def test_extract_english_narrowed_after_the_tenth_review():
    # a Parliamentary Secretary stays a junior minister in Islamabad
    found = _tuples_at(
        "Parliamentary Secretary Ali Khanzo met the envoy.", "https://www.dawn.com/1"
    )
    assert ("Ali Khanzo", "deputy_minister", "PK") in found
    # names, not portfolios, before "and Minister": no state of the first's
    found = _tuples("He met India's Narendra Modhi, Anthony Albanezo and Minister Penny Wongo.")
    assert ("Penny Wongo", "minister", "IN") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Director-General in the Ministry of Agriculture, Mr. Tobin Raskell, joined the talks.",
            ("Tobin Raskell", "director_general"),
        ),
        (
            "Permanent Secretary in the Ministry of Health, Dr. Amara Velsing, opened the clinic.",
            ("Amara Velsing", "official"),
        ),
        (
            "Director of the Local Content Secretariat in the Ministry of Natural Resources, "
            "Mr. Jarek Mossel, briefed the committee.",
            ("Jarek Mossel", "director_general"),
        ),
    ],
)
def test_extract_english_an_officer_in_a_ministry(text, expected):
    # "in the Ministry of X": the ministry is his unit, as after "of"
    assert {(n, r) for n, r, _c, _s in _all_posts(text)} >= {expected}


def test_extract_english_companions_after_a_phrase_and_down_a_semicolon_list():
    # accompanied to the meeting by A; B; and C: all of the party, of the principal's state
    text = (
        "Guyanese President Ornan Velt arrived in Lima on Saturday for the summit. President "
        "Velt is being accompanied to the meeting by Foreign Minister, Mr. Tobin Raskell; "
        "Director of Trade in the Ministry of Foreign Affairs, Mr. Amos Kerrigan; and "
        "Director-General in the Ministry of Agriculture, Mr. Jarek Mossel."
    )
    found = _all_posts(text)
    assert ("Tobin Raskell", "foreign_minister", "GY", "current") in found
    assert ("Jarek Mossel", "director_general", "GY", "current") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A delegation headed by Speaker Tobin Raskell met officials in Lima.", "Tobin Raskell"),
        ("Majority Leader Jarek Mossel welcomed the visitors to the Capitol.", "Jarek Mossel"),
        ("Senate Minority Leader Amara Velsing met the ambassador.", "Amara Velsing"),
    ],
)
def test_extract_english_a_legislature_s_speaker_and_leaders(text, expected):
    # Speaker X, Majority Leader X, capitalised: a legislature's officer
    assert (expected, "official") in {(n, r) for n, r, _c, _s in _all_posts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The keynote speaker Dr. Tobin Raskell addressed the forum.",
        "The party's majority leader Jarek Mossel spoke to students.",
    ],
)
def test_extract_english_a_speaker_in_lower_case_is_no_post(text):
    assert not _all_posts(text)


def test_extract_english_an_envoy_who_accompanies_gives_no_host_state():
    # headed by Speaker X and accompanied by the Malian Ambassador to Spain Y: the envoy
    # goes with him, so Spain is not the Speaker's state
    text = (
        "A delegation of the National Assembly, headed by Parliament Speaker Tobin Raskell and "
        "accompanied by Malian Ambassador to Spain Jarek Mossel, met officials in Madrid."
    )
    assert not any(n == "Tobin Raskell" and c == "ES" for n, _r, c, _s in _all_posts(text))
    # ... while the official who receives an envoy posted to his state is of that state
    found = _all_posts(
        "Foreign Minister Tobin Raskell received the Malian Ambassador to Spain Jarek Mossel."
    )
    assert ("Tobin Raskell", "foreign_minister", "ES", "current") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Professor Ogaga Tenumbe, Vice-Chancellor of the University of Lagos, received "
            "the Brazilian Ambassador to Nigeria, Marcela Quintrao, on Monday.",
            ("Ogaga Tenumbe", "official"),
        ),
        (
            "German Vice-Chancellor Robert Halbeck met the French finance minister.",
            ("Robert Halbeck", "deputy_head_of_government"),
        ),
    ],
)
def test_extract_english_a_vice_chancellor(text, expected):
    # a university's Vice-Chancellor is an official; Germany's and Austria's is the
    # deputy head of government
    assert expected in {(n, r) for n, r, _c, _s in _all_posts(text)}


def test_extract_english_an_institution_s_letters_as_the_title_give_no_state():
    # NSA X: a national security adviser (South Asian usage), not the US agency's state;
    # the agency's own officer keeps it (CIA Director X)
    found = _all_posts("Indian NSA Tobin Raskell met Jarek Mossel in Delhi.")
    assert ("Tobin Raskell", "adviser", "IN", "current") in found
    found = _all_posts(
        "US President Amos Kerrigan called Modi. NSA Tobin Raskell met Jarek Mossel."
    )
    assert ("Tobin Raskell", "adviser") in {(n, r) for n, r, c, _s in found if c != "US"}
    found = _all_posts("CIA Director Tobin Raskell met Jarek Mossel.")
    assert ("Tobin Raskell", "intelligence_chief", "US", "current") in found


@pytest.mark.parametrize(
    "text",
    [
        "Senate President Ilario Vensky welcomed Halvina Droste (left), German Ambassador to "
        "the Philippines, on Monday.",
        "Halvina Droste (center), the new German Ambassador to the Philippines, met Senate "
        "President Ilario Vensky.",
    ],
)
def test_extract_english_a_photo_position_between_a_name_and_its_title(text):
    # X (left), TITLE: the caption's position is no word of the name; the apposition holds
    assert ("Halvina Droste", "ambassador", "DE", "current") in _all_posts(text)


def test_extract_english_a_spokesperson_of_a_leader_known_by_surname():
    # Foreign Minister S (a gazetteer surname) ... S's spokesperson, X: X serves S's state, known
    # only once the gazetteer has placed S
    from kg import lexicon

    surname, _english, code = _gazetteer_surname_holder()
    state = next(c.en for c in lexicon.countries() if c.code == code)
    text = (
        f"Foreign Minister {surname} said {state} backs the plan. "
        f"{surname}'s spokesperson, Jarek Mossel, confirmed that the call had taken place."
    )
    assert ("Jarek Mossel", "spokesperson", code, "current") in _all_posts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Polish and Lithuanian Deputy Defence Ministers, Tomasz Wreblin and Darius Kulvetan, "
        "held online consultations on Monday.",
        "The Polish and Lithuanian deputy foreign ministers, Tomasz Wreblin and Darius "
        "Kulvetan, held talks on Monday.",
    ],
)
def test_extract_english_respective_deputies(text):
    # A and B Deputy X Ministers, C and D: each the deputy minister of his state, in order
    found = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    assert found == {
        ("Tomasz Wreblin", "deputy_minister", "PL"),
        ("Darius Kulvetan", "deputy_minister", "LT"),
    }


def test_extract_english_narrowed_after_the_eleventh_review():
    # an event's keynote or guest Speaker is no legislature's
    assert not _all_posts("Keynote Speaker Dr. Amina Yusufo urged governments to invest.")
    assert not _all_posts("Guest Speaker Professor Tariq Mahmoodo spoke about trade.")
    # "joined by his deputy," before the envoy: no companion; the host's state stands
    found = _all_posts(
        "Foreign Minister Tobin Raskell, joined by his deputy, received the Malian Ambassador "
        "to Spain Mahamadou Diarro."
    )
    assert ("Tobin Raskell", "foreign_minister", "ES", "current") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegation met a group of ministers designated by Prime Minister Ivo "
            "Rastelnik of Croatia in Zagreb.",
            ("Ivo Rastelnik", "head_of_government", "current"),
        ),
        (
            "The commission appointed by President Sandro Velikari of Georgia met on Monday.",
            ("Sandro Velikari", "head_of_state", "current"),
        ),
    ],
)
def test_extract_english_the_appointer_after_by_holds_his_post(text, expected):
    # appointed (designated, named) by TITLE X: X appoints; his post is held
    assert expected in {(n, r, s) for n, r, _c, s in _all_posts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Opposition party vice-president Gheorghe Murtanu said on Monday the government had failed.",
        "Party Vice President Gheorghe Murtanu met the ambassador.",
    ],
)
def test_extract_english_a_party_s_vice_president_is_no_state_s(text):
    assert ("Gheorghe Murtanu", "official") in {(n, r) for n, r, _c, _s in _all_posts(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Finance Minister Obed Kaluwo met IMF mission chief Anneke Vorstmano in Lusaka.",
            "Anneke Vorstmano",
        ),
        (
            "Tovrel Ankaso, Africa Director of the International Monetary Fund, called on "
            "Finance Minister Dumisa Korvello of Zambia on Tuesday.",
            "Tovrel Ankaso",
        ),
        (
            "Marta Quillisen, Europe Director of the World Bank, met Prime Minister Vorek "
            "Anstalo of Moldova.",
            "Marta Quillisen",
        ),
    ],
)
def test_extract_english_a_fund_s_officer_in_lower_case_or_of_a_region(text, name):
    # IMF mission chief X; X, Africa Director of the IMF: the body's officer, of no state
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    assert any(names[t.person] == name and t.country is None and t.org for t in ex.tenures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secretary to the Government of the Federation, Senator George Akumo, received the "
            "delegation.",
            ("George Akumo", "official"),
        ),
        (
            "Secretary to the Cabinet Tobin Raskell met the ambassador.",
            ("Tobin Raskell", "official"),
        ),
        ("SAPM Tobin Raskell met the ambassador.", ("Tobin Raskell", "adviser")),
    ],
)
def test_extract_english_secretaries_to_a_government_and_special_assistants(text, expected):
    assert expected in {(n, r) for n, r, _c, _s in _all_posts(text)}


def test_extract_english_narrowed_after_the_twelfth_review():
    # the Minister in the Presidency keeps his post
    found = _all_posts(
        "Minister in the Presidency Khumbudzo Ntshavo briefed the media on Thursday."
    )
    assert ("Khumbudzo Ntshavo", "minister") in {(n, r) for n, r, _c, _s in found}
    # "accompanied by A, and the Ambassador of B to C": the envoy goes with him, no host C
    found = _all_posts(
        "Minister of Trade Tobin Raskell, together with Deputy Minister Ana Lirio, and the "
        "Malian Ambassador to France Youssouf Traoro, met the French Minister of Foreign Trade."
    )
    assert not any(n == "Tobin Raskell" and c == "FR" for n, _r, c, _s in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He received a delegation sent by His Highness Sheikh Tahnoun Bin Zayed Al Nahyano, "
            "the Crown Prince of Abu Dhabi.",
            "Tahnoun Bin Zayed Al Nahyano",
        ),
        (
            "The minister signed an MoU with His Royal Highness Abdulaziz bin Salmano Al Saudo, "
            "the Minister of Energy of Saudi Arabia.",
            "Abdulaziz bin Salmano Al Saudo",
        ),
    ],
)
def test_extract_english_a_royal_style_before_an_apposition_is_no_word_of_the_name(text, name):
    assert name in {n for n, *_ in _all_posts(text)}


def test_extract_english_the_president_of_an_acronym_no_lexicon_holds_is_a_body_s():
    # X, President of the IACP: a body's head, no state's (the USA, the UAE stay states)
    found = {
        (n, r)
        for n, r, _c, _s in _all_posts("Tobin Raskell, President of the IACP, signed the MoU.")
    }
    assert found == {("Tobin Raskell", "official")}
    found = _all_posts("Tobin Raskell, President of the USA, signed the MoU.")
    assert ("Tobin Raskell", "head_of_state", "US", "current") in found


def test_extract_english_a_headline_filed_under_a_state_gives_its_officials_that_state():
    # "Kenya: ..." over the story: its officials far from the lead are Kenya's
    text = (
        "Kenya: Wekesa Opens Workshop\n\nThe governors met in a hotel on Thursday for a "
        "workshop.\n\nThe workshop was opened by Deputy President Kamau Wekesa."
    )
    assert ("Kamau Wekesa", "deputy_head_of_state", "KE") in _tuples(text)
    # a word before a colon that names no state files the story under nothing
    text = text.replace("Kenya:", "Update:", 1)
    assert ("Kamau Wekesa", "deputy_head_of_state", None) in _tuples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Abdi Wekesa was on Thursday sworn in as the new Mombasa Governor.",
        "Abdi Wekesa was sworn in as Mombasa Governor.",
        "Abdi Wekesa, the Mombasa Governor, met the envoy.",
        "Abdi Wekesa, Mombasa Governor, met the envoy.",
        "Abdi Wekesa, the new Mombasa County Governor, met the envoy.",
    ],
)
def test_extract_english_a_local_unit_before_a_governor_s_title_is_no_name(text):
    # the Mombasa Governor: a unit no lexicon holds, then the title; the name before it
    assert any(n == "Abdi Wekesa" and r == "official" for n, r, _c, _s in _all_posts(text))


def test_extract_english_his_deputy_opening_the_next_sentence():
    found = _tuples("Governor Abdi Wekesa arrived. His deputy Francis Otieno also took the oath.")
    assert ("Francis Otieno", "official", None) in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Senators Amos Kiprop (Mombasa), Jane Atieno (Narok) and five MPs attended.",
            {"Amos Kiprop", "Jane Atieno"},
        ),
        (
            "Judge Amos Kiprop and Chief Magistrate Jane Atieno presided over the ceremony.",
            {"Amos Kiprop", "Jane Atieno"},
        ),
        ("Mvita MP Amos Kiprop said the county needs more schools.", {"Amos Kiprop"}),
        (
            "Governors Amos Kiprop (Mombasa), Jane Atieno (Narok) and Omar Wekesa (Kilifi) "
            "attended.",
            {"Amos Kiprop", "Jane Atieno", "Omar Wekesa"},
        ),
    ],
)
def test_extract_english_legislators_judges_and_seats_in_brackets(text, names):
    # senators, MPs, judges and magistrates hold posts; (Mombasa) after each item of a
    # plural title's list is a seat, and the list goes on
    assert {n for n, r, _c, _s in _all_posts(text) if r == "official"} == names


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Sabah Head of State Tun Juhar Mahirudin received him.", "Juhar Mahirudin", "MY"),
        ("Sarawak Minister of Local Government Sim Kui Hiang met him.", "Sim Kui Hiang", "MY"),
        ("Puntland President Abdirahman Farolle met him.", "Abdirahman Farolle", "SO"),
    ],
)
def test_extract_english_a_federal_unit_s_head_or_minister_is_an_official(text, name, code):
    # the unit's own head of state, premier or minister: an official of the state (not a
    # regional government's, the Kurdistan Region's: test_..._a_regional_government_s_...)
    assert _tuples(text) == {(name, "official", code)}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The minister met Mexican Admiral Teodulo Armendariz Quenca, Secretary of the Navy, "
            "on Monday.",
            "Teodulo Armendariz Quenca",
            "MX",
        ),
        (
            "The minister met Chilean General Anselmo Virquez Tolomar, Commander-in-Chief of the "
            "Army, in Santiago.",
            "Anselmo Virquez Tolomar",
            "CL",
        ),
    ],
)
def test_extract_english_a_state_before_the_rank_gives_the_post_after_the_name(text, name, code):
    # Mexican Admiral X, Secretary of the Navy: the state before his rank is his post's
    assert any(n == name and c == code for n, _r, c in _tuples(text))


def test_extract_english_two_titles_and_two_names_respectively():
    found = _tuples(
        "The delegation includes the Somali Foreign Minister and Finance Minister, Hon. "
        "Mohamed Oomari and Hon. Hussein Halanei, respectively."
    )
    assert found == {
        ("Mohamed Oomari", "foreign_minister", "SO"),
        ("Hussein Halanei", "finance_minister", "SO"),
    }


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Puntland's Interior Minister Abdullahi Jamaal attended.", "Abdullahi Jamaal", "official"),
        (
            "The tour was led by the acting governor of the state, Umar Usman Kadafuri.",
            "Umar Usman Kadafuri",
            "official",
        ),
        (
            "Mr George Boakyeh, the Ahafo Regional Minister, met the envoy.",
            "George Boakyeh",
            "minister",
        ),
    ],
)
def test_extract_english_posts_of_a_region_told_by_its_name_or_as_the_state(text, name, role):
    # a federal unit's possessive; "the state" after a governor's title; a regional minister
    # after his region's name
    assert any(n == name and r == role for n, r, _c in _tuples(text))


def test_extract_english_narrowed_after_the_thirteenth_review():
    # a headline filed under a state whose story is another state's, or filed from there
    found = _tuples(
        "Kenya: South Sudan's Kiir Fires Minister\n\nJuba — Foreign Minister Ramadan Gocik was "
        "sacked by decree on Monday."
    )
    assert not any(c == "KE" for _n, _r, c in found)
    # his deputy after a sentence of two officials: nobody's we can tell
    found = _tuples(
        "President William Rutoh met Ugandan Foreign Minister Jeje Odongoh on Monday. His "
        "deputy Kithure Kindikih also attended."
    )
    assert not any(n == "Kithure Kindikih" for n, _r, _c in found)
    # a province named by a compass word is many states'; a premier is no local title
    found = _tuples("Southern Province Minister Cornelius Mweetwah said Zambia would irrigate.")
    assert not any(c == "LK" for _n, _r, c in found)
    found = _tuples("Alan Windeh, the Western Cape Premier, opened the legislature.")
    assert not any(r == "head_of_government" for _n, r, _c in found)


def test_extract_english_a_federal_unit_s_counterpart_behind_styles():
    text = (
        "Sarawak Chief Minister Abang Openg paid a courtesy call on his Sabah counterpart Datuk "
        "Seri Panglima Musa Amani at his office."
    )
    assert ("Musa Amani", "official", "MY") in _tuples(text)


def test_extract_english_courtesy_titles_down_a_plural_title_s_list():
    # Cabinet Secretaries Amb. X (National Treasury), Amb. Y (Energy): each a minister of
    # the portfolio in brackets, Amb. no post of its own
    found = _tuples(
        "Cabinet Secretaries Amb. Ukuri Yatanik (National Treasury), Amb. Monica Jumah "
        "(Energy) and Joe Mucheruh (ICT) attended the meeting."
    )
    assert {(n, r) for n, r, _c in found} == {
        ("Ukuri Yatanik", "finance_minister"),
        ("Monica Jumah", "minister"),
        ("Joe Mucheruh", "minister"),
    }


def test_extract_english_a_title_word_last_in_a_name_is_its_family_name():
    # Lt. Col. Zorvan Amir: a family name, no emir after the name
    found = _tuples(
        "Also attending was the Defence Attache of the Maldivian High Commission, Lt. Col. "
        "Zorvan Amir."
    )
    assert any(n == "Zorvan Amir" for n, _r, _c in found)
    # ... but the emir's title before a name stays a title
    found = _tuples("He met the Emir of Qatar Sheikh Tamim Bin Hamadi.")
    assert any(r == "head_of_state" and c == "QA" for _n, r, c in found)


def test_extract_english_narrowed_after_the_fourteenth_review():
    # a federal unit's counterpart of a federal minister holds the unit's post
    found = _tuples(
        "Somalia's Interior Minister Ahmed Fiqio met his Puntland counterpart Mohamed Tuulaxow."
    )
    assert ("Mohamed Tuulaxow", "official", "SO") in found
    # the Deputy ... Regional Minister: no full minister
    found = _tuples("Ama Darkobeng, the Deputy Ashanti Regional Minister, spoke.")
    assert not any(r == "minister" for _n, r, _c in found)


def test_extract_english_a_long_lead_line_that_lost_its_full_stop_is_no_headline():
    # every word capitalised or a function word, no full stop, but a sentence's length
    text = (
        "The Commander of the United States Africa Command, General Torvald Quennick, has "
        "visited the Chief of Defence Staff, General Obrimo Falade, at the Defence "
        "Headquarters in Abuja"
    )
    assert {n for n, _r, _c in _tuples(text)} == {"Torvald Quennick", "Obrimo Falade"}
    # ... a short one is a headline still
    assert not _tuples("Foreign Minister Amos Kiprotich Visits Abuja")


def _all_statuses(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    return {(names[t.person], t.role, t.status) for t in ex.tenures}


@pytest.mark.parametrize(
    ("text", "holder", "role"),
    [
        ("Ulrike Mbanzoth is the new public safety minister.", "Ulrike Mbanzoth", "minister"),
        ("Idris Varnacott is the new Minister of Trade.", "Idris Varnacott", "minister"),
        ("Idris Varnacott became the new foreign minister.", "Idris Varnacott", "foreign_minister"),
        (
            "Obed Marrowick replaces Quillon Dasharet as the sport minister.",
            "Obed Marrowick",
            "minister",
        ),
        (
            "Former Deputy Minister of Agriculture Ulrike Mbanzoth has returned to the cabinet "
            "as Minister of Education.",
            "Ulrike Mbanzoth",
            "minister",
        ),
    ],
)
def test_extract_english_a_post_taken_said_after_the_name(text, holder, role):
    # X is (became) the new TITLE, X replaces Y as TITLE, X has returned to the cabinet as
    # TITLE: the post is X's, not Y's
    found = _all_statuses(text)
    assert any(n == holder and r == role and s != "former" for n, r, s in found)
    assert not any(n == "Quillon Dasharet" and s != "former" for n, _r, s in found)


def test_extract_english_is_the_minister_without_new_is_no_appointment():
    # "X is the Minister of Trade" with no "new": said of no post taken, no name read back
    # (the copula alone stays unread); a description after the name is not X's title
    assert not _all_statuses("What matters is the new Minister of Trade.")


@pytest.mark.parametrize(
    "portfolio",
    [
        "Public Safety",
        "Mines and Mineral Development",
        "Lands",
        "Correctional Services",
        "Information and Communications Technology",
        "Special Duties",
    ],
)
def test_extract_english_a_minister_of_a_portfolio_before_his_name(portfolio):
    # Minister of Public Safety X: the portfolio known, its end is where the name starts
    found = _all_statuses(f"Minister of {portfolio} Idris Varnacott met the delegation.")
    assert ("Idris Varnacott", "minister", "current") in found


def test_extract_english_each_name_of_a_list_takes_the_post_after_its_as():
    # swore in X as Minister of A, Y as Minister of B, Z as Finance Minister and W as ...:
    # each pair is one post, held (sworn in), however far the last one is from the verb
    text = (
        "President Tavita Qorrenby on Wednesday swore in Ulrike Mbanzoth as Minister of Social "
        "Cohesion, Pernell Okafrith as Minister of Foreign Affairs, Idris Varnacott as Finance "
        "Minister, Lusia Tembrake as Minister of Public Health and Obed Marrowick as Minister "
        "of Education."
    )
    found = _all_statuses(text)
    for holder, role in (
        ("Ulrike Mbanzoth", "minister"),
        ("Pernell Okafrith", "foreign_minister"),
        ("Idris Varnacott", "finance_minister"),
        ("Lusia Tembrake", "minister"),
        ("Obed Marrowick", "minister"),
    ):
        assert (holder, role, "current") in found
    assert not any(n == "Idris Varnacott" and r == "foreign_minister" for n, r, _s in found)


def test_extract_english_a_portfolio_listed_after_a_plural_title_is_no_name():
    # The Ministers of Home Affairs, Indigenous People, Investment and Business: portfolios
    assert not _all_statuses(
        "The Ministers of Home Affairs, Indigenous People, Investment and Business are "
        "expected to be sworn in on Thursday."
    )


@pytest.mark.parametrize("style", ["Justice", "Mr Justice", "Lady Justice", "Hon. Justice"])
def test_extract_english_a_judge_s_style_is_no_part_of_his_name(style):
    # Chief Justice of Pakistan Justice X: the judge's style before the name, not its word
    found = _all_statuses(
        f"Chief Justice of Pakistan {style} Obed Marrowick administered the oath on Monday."
    )
    assert any(n == "Obed Marrowick" and r == "official" for n, r, _s in found)
    # the ministry's portfolio stays one: Justice Minister X
    assert ("Obed Marrowick", "minister", "current") in _all_statuses(
        "Justice Minister Obed Marrowick met the envoy."
    )


def test_extract_english_a_numbered_list_of_posts_given_each_line_one_post():
    # 1. X, MP as Minister for the Ministry of A; 2. Y, MP as the Minister for ...: each line
    # a list's item (no headline, though in title case with no full stop), each name a
    # member of parliament given the minister's post after "as"
    text = (
        "The changes in the Cabinet are as follows:\n\n"
        "1. Ulrike Mbanzoth, MP as Minister for the Ministry of Infrastructure Development;\n"
        "2. Pernell Okafrith, MP as the Minister for the Ministry of Justice and Legal Affairs;\n"
        "3. Idris Varnacott, MP as the Minister for the Ministry of Public Service."
    )
    found = _all_statuses(text)
    for holder in ("Ulrike Mbanzoth", "Pernell Okafrith", "Idris Varnacott"):
        assert any(n == holder and r == "minister" for n, r, _s in found)
        assert any(n == holder and r == "official" for n, r, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Prime Minister received H.E. Dervla Ukenzima, Secretary-General of the Organization "
        "of American States (OAS), at his office.",
        "Secretary-General of the Organization of American States Dervla Ukenzima met the Prime "
        "Minister.",
    ],
)
def test_extract_english_a_body_whose_name_holds_a_state_s_word_gives_no_state(text):
    # Secretary-General of the Organization of American States: the body's, not the US's
    ex = extract(Article(id="t", text=text, lang="en"))
    assert [(t.role, t.country, t.org) for t in ex.tenures] == [("official", None, "oas")]


def test_extract_english_a_treasurer_is_a_finance_minister():
    # Australian Federal Treasurer X: the finance minister's post (of the state before it);
    # a treasurer alone is a party's or a club's as often
    assert ("Obed Marrowick", "finance_minister", "current") in _all_statuses(
        "Australian Federal Treasurer Obed Marrowick met the delegation."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rudo Chigwedere became President Farai Nyamadzawo's spokesperson last year.",
        "Rudo Chigwedere is the new Finance Minister's chief of staff.",
        "Tendai Mukwashi is the new President of the Law Society, succeeding Rudo Chigwedere.",
    ],
)
def test_extract_english_narrowed_after_the_fifteenth_review_no_copula_post(text):
    # became President Y's spokesperson, is the new Minister's chief of staff, is the new
    # President of a body: the title is no post taken by the subject
    found = _all_statuses(text)
    assert not any(n in ("Rudo Chigwedere", "Tendai Mukwashi") for n, _r, _s in found)


@pytest.mark.parametrize("chamber", ["Riigikogu", "Saeima", "Seimas", "Folketing", "Mazhilis"])
def test_extract_english_the_speaker_of_a_chamber_by_its_own_name(chamber):
    # met the President of Estonia, A, the President of the Riigikogu (Parliament), B, the
    # Minister of Foreign Affairs, C: each title its own name's, the chamber known
    text = (
        "The minister met the President of Estonia, Ossiane Marrowfeld, the President of the "
        f"{chamber} (Parliament), Dervla Ukenzima, the Minister of Foreign Affairs, Pello "
        "Vantraske, and others."
    )
    found = _all_statuses(text)
    assert ("Dervla Ukenzima", "official", "current") in found
    assert ("Pello Vantraske", "foreign_minister", "current") in found
    assert not any(n == "Dervla Ukenzima" and r == "foreign_minister" for n, r, _s in found)


@pytest.mark.parametrize(
    ("text", "holder", "role"),
    [
        (
            "Obed Marrowick became Nigeria's Minister of Finance.",
            "Obed Marrowick",
            "finance_minister",
        ),
        ("Obed Marrowick became President of the Senate.", "Obed Marrowick", "official"),
    ],
)
def test_extract_english_narrowed_after_the_sixteenth_review_copula_posts_kept(text, holder, role):
    # a state's possessive before the title, a post whose own words hold "of the Senate"
    assert any(n == holder and r == role for n, r, _s in _all_statuses(text))


@pytest.mark.parametrize(
    "text",
    [
        # a party's, a club's treasurer: no finance minister
        "Labour Party treasurer Dianne Hayterson resigned on Monday.",
        "Club treasurer Dianne Hayterson resigned on Monday.",
        # a story about a state named twice as a place, told with a guest of another state
        "Foreign Minister Sarah Kolwey met French Foreign Minister Jean-Noel Barrotte to "
        "discuss the war in Sudan. They called for humanitarian access to Sudan.",
    ],
)
def test_extract_english_narrowed_after_the_sixteenth_review_no_state_or_post(text):
    ex = extract(Article(id="t", text=text, lang="en"))
    assert not any(t.role == "finance_minister" for t in ex.tenures)
    assert not any(t.country == "SD" for t in ex.tenures)


def test_extract_english_narrowed_after_the_sixteenth_review_a_national_bank_named_closer():
    # The World Bank ... Bank of Ghana Governor X ... The Governor of the Bank, X: the Bank
    # of Ghana's, not the World Bank's
    text = (
        "The World Bank approved the loan. Bank of Ghana Governor Ernest Addisonne welcomed "
        "it. The Governor of the Bank, Ernest Addisonne, said inflation was falling."
    )
    ex = extract(Article(id="t", text=text, lang="en"))
    assert not any(t.org == "world-bank" for t in ex.tenures)


@pytest.mark.parametrize("honour", ["APM", "OAM", "CON", "OFR", "mni"])
def test_extract_english_a_national_honour_after_the_name_is_no_part_of_it(honour):
    # The Commissioner of the Australian Federal Police, X APM: the honour after the name
    found = _all_statuses(
        f"The Commissioner of the Australian Federal Police, Reece Korshaw {honour}, attended."
    )
    assert any(n == "Reece Korshaw" for n, _r, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doberly, President of the Royal Society, said the bill was flawed.",
        "Tomas Quellin, President of the Academy of Sciences, opened the session.",
        "Marit Oskarven, President of the Writers' Guild, welcomed the award.",
        "The President of the Jurists' Syndicate, Halvor Brenne, spoke first.",
    ],
)
def test_extract_english_a_society_or_academy_president_is_no_head_of_state(text):
    # learned societies, academies, guilds, syndicates: their heads are officials of them
    found = _all_statuses(text)
    assert found and not any(r == "head_of_state" for _n, r, _s in found)


@pytest.mark.parametrize(
    "text, holder, role",
    [
        (
            "Supreme Council for Health chairman Tarek Helvani met the minister.",
            "Tarek Helvani",
            "official",
        ),
        (
            "Kuwait Chamber chairman Sheikh Khalid bin Jassur met the minister.",
            "Khalid bin Jassur",
            "official",
        ),
        (
            "National Oil Corporation chairman Tarek Helvani met the minister.",
            "Tarek Helvani",
            "director_general",
        ),
        (
            "Economic Development Board chief executive Mona Qattaby met the minister.",
            "Mona Qattaby",
            "director_general",
        ),
        (
            "Kuwait Fund chief executive Sultan Al Marshoudi met the minister.",
            "Sultan Al Marshoudi",
            "director_general",
        ),
        (
            "Football Federation president Tarek Helvani met the minister.",
            "Tarek Helvani",
            "official",
        ),
    ],
)
def test_extract_english_a_body_named_before_its_chairman_or_chief_executive(text, holder, role):
    # BODY chairman X, BODY chief executive X, a fund's CEO: what the body is for may stand
    # between its capitalised words (the Supreme Council for Health)
    assert any(n == holder and r == role for n, r, _s in _all_statuses(text))


@pytest.mark.parametrize("surname", ["Sayed", "Sayyid", "Seyed"])
def test_extract_english_a_noble_style_closing_a_name_is_its_family_name(surname):
    # Social Affairs Minister Haneen Sayed: Sayed is her family name, last in the name
    text = f"Lebanese Social Affairs Minister Rasha {surname} met the envoy."
    assert any(n == f"Rasha {surname}" for n, _r, _s in _all_statuses(text))


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Vice President of the Engineering Authority Tarek Helvani attended.", "Tarek Helvani"),
        ("Mona Qattaby, Vice President of the Law Society, attended.", "Mona Qattaby"),
        (
            "The meeting was attended by Housing Minister Sami Korvel, Vice President of the "
            "Roads Authority for the Northern and Western Regions Tarek Helvani and Governor "
            "Ali Basmaji.",
            "Tarek Helvani",
        ),
    ],
)
def test_extract_english_a_body_s_vice_president_is_an_official(text, holder):
    # the Vice President of an authority or a society is its deputy head, no state's
    found = _all_statuses(text)
    assert (holder, "official", "current") in found
    assert not any(r == "deputy_head_of_state" for _n, r, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's Supply Minister Ali Moselvi said wheat reserves were enough.",
        "The meeting was attended by Supply Minister Ali Moselvi and Housing Minister Sami Korvel.",
        "Supply Ministry spokesman Tarek Helvani said bread prices would not rise.",
    ],
)
def test_extract_english_a_supply_portfolio_in_a_title_is_no_supply(text):
    ex = extract(Article(id="t", text=text, lang="en"))
    assert ex.tenures and not any(e.type == "supply" for e in ex.events)


@pytest.mark.parametrize(
    "text, state",
    [
        (
            "Tarek Helvani, Minister of Health, was received by his Spanish counterpart, "
            "Carla Domenech, in Madrid. The two discussed relations between Morocco and "
            "Spain. Morocco seeks closer ties.",
            "MA",
        ),
        (
            "Minister of Trade Tarek Helvani met his Kenyan counterpart Joan Wairimu in "
            "Nairobi. Kenya and Ghana agreed to cut tariffs. Ghana will host the next round.",
            "GH",
        ),
    ],
)
def test_extract_english_a_counterpart_s_other_state_in_a_story_of_two_states(text, state):
    assert any(n == "Tarek Helvani" and c == state for n, c in _holders_states(text))


def test_extract_english_a_counterpart_s_story_with_a_topic_named_once_gives_no_state():
    # the war in Ukraine, named in passing: no state of the minister's
    text = (
        "Minister of Health Tarek Helvani met his Spanish counterpart Carla Domenech in "
        "Madrid. They discussed the war in Ukraine."
    )
    assert all(c is None for n, c in _holders_states(text) if n == "Tarek Helvani")


def _holders_states(text: str) -> set[tuple[str, str | None]]:
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    return {(names[t.person], t.country) for t in ex.tenures}


@pytest.mark.parametrize(
    "text",
    [
        "Toyota Motor Corporation chairman Akio Toyoda met Prime Minister Fumio Kishidama.",
        "Manchester United Football Club chairman Joel Glazerby met fans on Monday.",
        "Dr Fatima Sayed, chair of the union, said members would strike.",
        "The Football Association chairman Greg Clarkson resigned.",
    ],
)
def test_extract_english_narrowed_after_the_seventeenth_review_a_company_s_chair(text):
    # a company's, a club's, a trade union's chairman: no post of a state's body
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    assert not any(
        names[t.person] in ("Akio Toyoda", "Joel Glazerby", "Fatima Sayed", "Greg Clarkson")
        for t in ex.tenures
    )


@pytest.mark.parametrize(
    "text, holder, role",
    [
        ("The delegation included First Secretary, Mr. Oren Palisky.", "Oren Palisky", "official"),
        ("Second Secretary Ilse Vandermolt took notes.", "Ilse Vandermolt", "official"),
        (
            "Mr Anil Vedhrakar, Hon'ble Minister of Railways of India, inaugurated the line.",
            "Anil Vedhrakar",
            "minister",
        ),
        (
            "Ghana's Minister of Energy, Sunday Okowara, met the Togolese ambassador.",
            "Sunday Okowara",
            "minister",
        ),
        (
            "Liberia's Minister of Health, Dr. Friday Adasoke, spoke to reporters.",
            "Friday Adasoke",
            "minister",
        ),
        (
            "The Director-General of the National Intelligence Agency, Tarek Helvani, attended.",
            "Tarek Helvani",
            "intelligence_chief",
        ),
    ],
)
def test_extract_english_embassy_grades_styles_weekday_names_and_intelligence_heads(
    text, holder, role
):
    # an embassy's First Secretary is its official, no minister; Hon'ble before a title
    # in apposition; Sunday, Friday as given names; the Director-General of an
    # intelligence agency its chief
    assert any(n == holder and r == role for n, r, _s in _all_statuses(text))


def test_extract_english_a_metonym_inside_a_longer_body_s_name_names_no_state():
    # the Department of State Services (Nigeria's), not the US Department of State
    text = "The Director-General of the Department of State Services, Tarek Helvani, attended."
    assert all(c != "US" for _n, c in _holders_states(text))


def test_extract_english_a_weekday_in_a_date_is_no_name():
    assert not _all_statuses("The minister arrived on Sunday, March 3, and left on Monday.")


@pytest.mark.parametrize(
    "text, holder, state",
    [
        ("Tomas Kerevan is the Finance Minister of Chile.", "Tomas Kerevan", "CL"),
        ("Lutero Banvik is the Health Minister in Bolivia, officials said.", "Lutero Banvik", "BO"),
        (
            "While Lutero Banvik is the Health Minister in Bolivia, Ines Qorvat is the "
            "Education Minister in Peru.",
            "Ines Qorvat",
            "PE",
        ),
    ],
)
def test_extract_english_a_copula_s_title_that_names_its_state(text, holder, state):
    # X is the TITLE of (in) STATE: the post he holds
    assert (holder, state) in _holders_states(text)
    assert any(n == holder and s == "current" for n, _r, s in _all_statuses(text))


def test_extract_english_a_copula_with_no_title_or_no_state_is_no_post():
    assert not _all_statuses("Lutero Banvik is the first woman in Bolivia to run.")
    assert not _all_statuses("Tomas Kerevan is the minister who signed it.")


def test_extract_english_the_one_state_of_a_headline_is_the_story_s():
    text = (
        "New Zambian Ministers Sworn In After Reshuffle\n\nThose who took their oath were "
        "Water Minister Tovan Keleshi and Tourism Minister Marla Obrenti."
    )
    assert _holders_states(text) == {("Tovan Keleshi", "ZM"), ("Marla Obrenti", "ZM")}
    # a guest's state stated in the story: the host's is not the headline's
    guest = (
        "Zambian Ambassador Calls on Health Minister\n\nThe Zambian Ambassador Tovan Keleshi "
        "paid a courtesy call on Minister of Health Marla Obrenti."
    )
    assert ("Marla Obrenti", None) in _holders_states(guest)


@pytest.mark.parametrize(
    "text, holder, role, state",
    [
        (
            "Minister of Foreign Affairs, Emigration and Egyptian Expatriates Dr. Karim "
            "Tavelli met the envoy.",
            "Karim Tavelli",
            "foreign_minister",
            "EG",
        ),
        (
            "The Minister of Foreign Affairs and Jordanian Expatriates Eng. Salem Qudrani "
            "received the delegation.",
            "Salem Qudrani",
            "foreign_minister",
            "JO",
        ),
        (
            "The Minister of Culture and Omani Heritage Sheikh Salim Barwadi opened the fair.",
            "Salim Barwadi",
            "minister",
            "OM",
        ),
        (
            "Minister of Defence and Veterans Affairs General Tomas Ekwe met them.",
            "Tomas Ekwe",
            "defence_minister",
            None,
        ),
    ],
)
def test_extract_english_a_people_s_portfolio_in_a_minister_s_title(text, holder, role, state):
    # a portfolio a nationality adjective opens (and Egyptian Expatriates) is the title's,
    # up to a style or a rank before the name, and its state the post's
    assert (holder, state) in _holders_states(text)
    assert any(n == holder and r == role for n, r, _s in _all_statuses(text))


def test_extract_english_a_portfolio_list_set_off_by_commas_keeps_its_people_s_state():
    text = (
        "Talon met with the Minister of Foreign Affairs, Cooperation and Mauritanians "
        "Abroad, Ahmed Salem Ould Berrou, to discuss ties."
    )
    assert ("Ahmed Salem Ould Berrou", "MR") in _holders_states(text)
    # a name after the comma is no portfolio
    two = "The Minister of Foreign Affairs, Mark Tellow, and the Health Minister, Jo Reedan, met."
    assert {n for n, _c in _holders_states(two)} == {"Mark Tellow", "Jo Reedan"}


@pytest.mark.parametrize(
    "text, holders, state",
    [
        (
            "Chief Justice Amos Tenbeko presided over the swearing in of ministers appointed "
            "by President Cyril Ramaphosa. Those sworn in were Water Minister Lindiwe "
            "Maratsane and Labour Minister Peter Okhaledi.",
            {"Amos Tenbeko", "Lindiwe Maratsane", "Peter Okhaledi"},
            "ZA",
        ),
        (
            "Three Cabinet Secretaries launched road projects that Deputy President William "
            "Ruto had promised. CS Eugene Wamalo (Devolution) and CS Joel Marangu (Transport) "
            "commissioned the road.",
            {"Eugene Wamalo", "Joel Marangu"},
            "KE",
        ),
    ],
)
def test_extract_english_a_local_story_s_bare_posts_take_its_known_leaders_state(
    text, holders, state
):
    # the story states no one's state; the officials the gazetteer knows are of one state
    # and it names no other: its bare posts are theirs
    states = dict(_holders_states(text))
    assert {states[h] for h in holders} == {state}


def test_extract_english_a_known_leader_s_state_is_not_given_when_another_is_named():
    # a story that names another state, or states a post's state, keeps its bare posts bare
    other = (
        "President Cyril Ramaphosa received Water Minister Lindiwe Maratsane and the "
        "ambassador of Peru."
    )
    assert ("Lindiwe Maratsane", None) in _holders_states(other)
    stated = (
        "President Cyril Ramaphosa met the Kenyan Trade Minister, Joel Marangu. Later, "
        "Water Minister Lindiwe Maratsane spoke."
    )
    assert ("Lindiwe Maratsane", "ZA") not in _holders_states(stated)


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Former Kakamega Senator Boni Khalwande confronted the ministers.", "Boni Khalwande"),
        ("Former Kibra MP Imran Otieko spoke at the rally.", "Imran Otieko"),
        ("He said the former Nyandarua Governor Tom Mbokane had left.", "Tom Mbokane"),
        ("The Former Kakamega Senator Cleophas Malalondo spoke.", "Cleophas Malalondo"),
    ],
)
def test_extract_english_former_before_a_local_unit_s_title(text, holder):
    # "former" before the unit's name (Kakamega) and its senator's, MP's, governor's title
    assert (holder, "official", "former") in _all_statuses(text)
    assert (holder, "official", "current") in _all_statuses(text.replace("ormer ", "ormerly "))


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "The Acting Minister of Foreign Affairs, Mawlavi Amir Khan Dostani, met the envoy.",
            "Amir Khan Dostani",
        ),
        ("Defence Minister Mullah Amir Yarqubi met the governor.", "Amir Yarqubi"),
        ("Interior Minister Maulana Sultan Hamidzai received the delegation.", "Sultan Hamidzai"),
    ],
)
def test_extract_english_a_religious_style_then_a_title_word_as_given_name(text, holder):
    # Mawlavi, Mullah, Maulana: styles a given name follows, so Amir or Sultan after them is
    # the holder's given name, not a ruler's title
    names = {n for n, _r, _s in _all_statuses(text)}
    assert holder in names
    assert not any(r == "head_of_state" for _n, r, _s in _all_statuses(text))


def test_extract_english_a_ruler_s_title_before_a_style_stays_a_title():
    text = "Kuwait's Amir Sheikh Nawaf Al-Sabahi received the minister."
    assert ("Nawaf Al-Sabahi", "head_of_state", "current") in _all_statuses(text)


@pytest.mark.parametrize(
    "text, holder, state",
    [
        ("Minister of Energy of Ukraine German Galushko held meetings.", "German Galushko", "UA"),
        ("Ukrainian Energy Minister German Halushin met his counterpart.", "German Halushin", "UA"),
        ("Minister of Finance of Ukraine, German Maltsev, met.", "German Maltsev", "UA"),
        ("The Minister of Health of Israel Israel Katzmon spoke.", "Israel Katzmon", "IL"),
    ],
)
def test_extract_english_a_nationality_as_given_name_after_a_stated_title(text, holder, state):
    # the title has its state: a nationality or a state's name right before a name word
    # that opens no title is the holder's given name (German, Israel)
    assert (holder, state) in _holders_states(text)


def test_extract_english_a_nationality_before_a_title_after_a_title_is_a_state():
    text = "He met the Ukrainian Energy Minister, German Chancellor Olaf Scholzer and others."
    assert ("Olaf Scholzer", "DE") in _holders_states(text)
    assert not _all_statuses("He met the Energy Minister of Ukraine, German officials said.")


@pytest.mark.parametrize(
    "text, holder, rank",
    [
        (
            "The Chief of Army Staff, Maj.-Gen. Tunde Ogbeha, spoke.",
            "Tunde Ogbeha",
            "major_general",
        ),
        (
            "Defence Minister Lt.-Gen. Ade Bellomo met the envoy.",
            "Ade Bellomo",
            "lieutenant_general",
        ),
        ("Army spokesman Brig-Gen Musa Aliyuba said the troops held.", "Musa Aliyuba", None),
    ],
)
def test_extract_english_a_rank_written_with_a_hyphen(text, holder, rank):
    # Maj.-Gen., Lt.-Col., Brig-Gen: one rank, the name after it
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    held = {(names[t.person], t.rank) for t in ex.tenures}
    assert any(n == holder and (rank is None or r == rank) for n, r in held)


def test_extract_english_a_long_lineage_name_is_read_whole():
    text = (
        "He received the Qatari Ambassador, Sheikh Saud bin Abdul Rahman bin Faisal Al "
        "Tharwani, on Monday."
    )
    assert ("Saud bin Abdul Rahman bin Faisal Al Tharwani", "QA") in _holders_states(text)


@pytest.mark.parametrize(
    "text",
    [
        "Acting President Tomas Verin opened the session. The acting President later "
        "received the Peruvian Ambassador, Luis Carvaro.",
        "Caretaker Prime Minister Najib Mikari held meetings. The Caretaker Prime Minister "
        "also received the Algerian Ambassador, Rachid Belkadi.",
    ],
)
def test_extract_english_the_acting_or_caretaker_title_names_its_holder_again(text):
    ex = extract(Article(id="t", text=text, lang="en"))
    names = {p.id: p.name_en for p in ex.persons}
    met = [sorted(names[a] for a in e.actors) for e in ex.events if e.type == "meeting"]
    assert len(met) == 1 and len(met[0]) == 2


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "The cabinet met under Minister of Housing and Urban Communities Tarek Mahfouzi.",
            "Tarek Mahfouzi",
        ),
        ("Minister of State for Follow-up and Coordination Nabil Tarawi spoke.", "Nabil Tarawi"),
        ("Minister for Pacific Peoples Tomas Verrini attended.", "Tomas Verrini"),
    ],
)
def test_extract_english_a_portfolio_s_closing_noun_is_no_word_of_the_name(text, holder):
    # Communities, Coordination, Peoples close the portfolio; the name starts after them
    assert holder in {n for n, _r, _s in _all_statuses(text)}


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "President Tarek Ghanem appointed Ahmad Osmanzai as the acting minister of public "
            "health.",
            "current",
        ),
        ("The king appointed Ahmad Osmanzai as interim Minister of Finance.", "current"),
        (
            "President Tarek Ghanem appointed Ahmad Osmanzai as Minister of Public Health.",
            "current",
        ),
        (
            "President Tarek Ghanem nominated Ahmad Osmanzai as Minister of Public Health.",
            "designate",
        ),
    ],
)
def test_extract_english_an_acting_appointee_holds_the_post_at_once(text, status):
    assert any(n == "Ahmad Osmanzai" and s == status for n, _r, s in _all_statuses(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Lerato Wambu chaired the meeting in Nairobi. The Minister of Finance, "
        "Kenya Revenue Authority officials and county leaders also attended.",
        "The Finance Minister, Chad Wellor, presented the budget.",
        "The defence minister, Israel Mendel, said the army was ready.",
        "Speaking to the foreign minister, Jordan Times reporters asked about the border.",
        "The Defence Secretary, Chad Wellor, said the army was ready.",
    ],
)
def test_extract_english_narrowed_after_the_eighteenth_review_a_state_after_a_title_s_comma(text):
    # a state's name after a minister's title and its comma is read without reading that
    # title again from inside the name (it had recursed without end and lost the article)
    extract(Article(id="t", text=text, lang="en"))


def test_extract_english_narrowed_after_the_eighteenth_review_a_newspaper_after_a_comma():
    for text in (
        "The Egyptian Foreign Minister, Sudan Tribune reported, met the envoy.",
        "Qatari Prime Minister, Israel Hayom reported, was in Cairo.",
    ):
        assert not _all_statuses(text)


@pytest.mark.parametrize(
    "text, holder, role",
    [
        (
            "The Minister of Interior and Egyptian Police Chief Maj. Gen. Karim Tawfel "
            "inspected the guard.",
            "Karim Tawfel",
            "director_general",
        ),
        (
            "The Minister of Finance and Nigerian Customs Comptroller-General Col. Musa "
            "Adeyemo attended.",
            "Musa Adeyemo",
            None,
        ),
    ],
)
def test_extract_english_narrowed_after_the_eighteenth_review_a_body_s_head_after_and(
    text, holder, role
):
    # a nationality and a body's word before its head's title (Police Chief) is another
    # person's post, no portfolio of the minister's
    held = {(n, r) for n, r, _s in _all_statuses(text)}
    assert not any(n == holder and r.endswith("minister") for n, r in held)
    if role:
        assert (holder, role) in held


@pytest.mark.parametrize(
    "text, guest",
    [
        (
            "President Cyril Ramaphosa received the visiting Prime Minister Jean-Baptiste "
            "Dossemo at the Union Buildings on Tuesday.",
            "Jean-Baptiste Dossemo",
        ),
        (
            "President Cyril Ramaphosa held talks with Secretary of State Jack Delmonte.",
            "Jack Delmonte",
        ),
        (
            "President Cyril Ramaphosa spoke with Chancellor Friedrich Almstede by phone.",
            "Friedrich Almstede",
        ),
    ],
)
def test_extract_english_narrowed_after_the_eighteenth_review_a_known_leader_s_guest(text, guest):
    # a visit, talks, a call: the bare post may be the guest's, not the known leader's state
    assert (guest, "ZA") not in _holders_states(text)


@pytest.mark.parametrize(
    "text, holder, role",
    [
        (
            "He met the Minster for Foreign Affairs of Pakistan, Shah Mahmood Qurashani.",
            "Shah Mahmood Qurashani",
            "foreign_minister",
        ),
        (
            "He met Foreign Minster Tahir Qurashani on Monday.",
            "Tahir Qurashani",
            "foreign_minister",
        ),
        (
            "Prime Minster Jack Delmonte arrived in the capital.",
            "Jack Delmonte",
            "head_of_government",
        ),
    ],
)
def test_extract_english_a_capitalised_misspelt_title(text, holder, role):
    # Minster, Secratary capitalised where a title stands: the title they miss
    assert any(n == holder and r == role for n, r, _s in _all_statuses(text))


def test_extract_english_a_capitalised_misspelling_after_a_name_stays_a_name():
    assert not _all_statuses("The service was held at York Minster on Sunday, Bob Hale said.")


@pytest.mark.parametrize(
    "text, holder, state",
    [
        (
            "Minister of Trade Lerato Dubane led the Kenyan side at the talks.",
            "Lerato Dubane",
            "KE",
        ),
        (
            "Additional Secretary of the Ministry of Foreign Affairs, Ambassador Hamid Asghar "
            "Khanzai, who is currently in the capital on a working visit, led the Pakistan "
            "side.",
            "Hamid Asghar Khanzai",
            "PK",
        ),
    ],
)
def test_extract_english_the_side_a_holder_led_is_his_state_s(text, holder, state):
    # led the Kenyan (Pakistan) side, past a relative clause set off by commas
    assert (holder, state) in _holders_states(text)


@pytest.mark.parametrize(
    "text, holder, state",
    [
        (
            "President Cyril Ramaphosa and Health Minister Amina Wekesane launched the "
            "programme at the Union Buildings in Pretoria.",
            "Amina Wekesane",
            "ZA",
        ),
        (
            "During a working visit to the Eastern Cape, President Cyril Ramaphosa and Water "
            "Minister Peter Okhaledo inspected the dam.",
            "Peter Okhaledo",
            "ZA",
        ),
    ],
)
def test_extract_english_narrowed_after_the_nineteenth_review_a_leader_at_home(text, holder, state):
    # a visit at home, a launch: no guest's words, the known leader's state stands
    assert (holder, state) in _holders_states(text)


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "Minister for Religious Affairs Mufti Abdul Qavi Shahzado visited the city.",
            "Abdul Qavi Shahzado",
        ),
        (
            "Religious Affairs Minister Mufti Imran Qadrani said the pilgrims were safe.",
            "Imran Qadrani",
        ),
    ],
)
def test_extract_english_narrowed_after_the_nineteenth_review_mufti_as_a_style(text, holder):
    assert any(n == holder and r == "minister" for n, r, _s in _all_statuses(text))


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "The cabinet met before the President appoints Amos Kiproni as the acting Minister "
            "of Energy.",
            "designate",
        ),
        ("The President appointed Amos Kiproni as the acting Minister of Energy.", "current"),
    ],
)
def test_extract_english_narrowed_after_the_nineteenth_review_an_acting_appointment_to_come(
    text, status
):
    assert any(n == "Amos Kiproni" and s == status for n, _r, s in _all_statuses(text))


def test_extract_english_narrowed_after_the_nineteenth_review_misspelt_after_the():
    text = "The Minster for Foreign Affairs Ruth Kagamo-Otieno met the delegation."
    assert ("Ruth Kagamo-Otieno", "foreign_minister", "current") in _all_statuses(text)


def test_extract_english_narrowed_after_the_nineteenth_review_a_side_s_critics():
    text = "Minister Tom Okellon, who was in Kampala, led the Ugandan side's critics in a walkout."
    assert ("Tom Okellon", "UG") not in _holders_states(text)


def test_extract_english_a_portfolio_list_closed_by_a_lower_case_noun_before_the_holder():
    text = (
        "RABAT - Minister of Foreign Affairs, African Cooperation and Moroccans abroad, Nasser "
        "Bourkani held talks on Thursday."
    )
    assert ("Nasser Bourkani", "foreign_minister", "current") in _all_statuses(text)


def test_extract_english_a_title_word_after_a_body_s_name_is_a_given_name():
    text = (
        "He met the Acting Minister of Foreign Affairs of the Afghan Caretaker Government Amir "
        "Khan Muttaqiri on Monday."
    )
    assert ("Amir Khan Muttaqiri", "foreign_minister", "current") in _all_statuses(text)
    assert not any(r == "head_of_state" for _n, r, _s in _all_statuses(text))


def test_extract_english_the_host_of_the_envoys_a_story_names_gives_its_bare_posts():
    # every ambassador posted to one state, no official at home of another: the host's
    # story; its bare posts are the host's (not the union's envoy, who serves the union)
    text = (
        "Caretaker Prime Minister, Najib Mikaro, held meetings on Monday. Premier Mikaro met "
        "the Ambassador of the European Union to Lebanon, Sandra De Walen. The PM also "
        "received the Qatari Ambassador to Lebanon, Saud Al Thanwi, and the Algerian "
        "Ambassador to Lebanon, Rachid Belkadir. The Prime Minister also met with Caretaker "
        "Information Minister, Ziad Makaron."
    )
    states = dict(_holders_states(text))
    assert states["Ziad Makaron"] == "LB" and states["Najib Mikaro"] == "LB"
    assert states["Sandra De Walen"] is None
    assert states["Rachid Belkadir"] == "DZ"


def test_extract_english_envoys_to_two_states_give_no_host():
    text = (
        "The Qatari Ambassador to Lebanon, Saud Al Thanwi, presented his credentials. The "
        "Algerian Ambassador to Jordan, Rachid Belkadir, left his post. Information Minister "
        "Ziad Makaron spoke."
    )
    assert ("Ziad Makaron", None) in _holders_states(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "The Prime Minister discussed with the special envoy of the Kenyan President, Oltan "
            "Verisk, several files. The envoy conveyed the greetings of Kenyan President Oltan "
            "Verisk.",
            set(),
        ),
        (
            "The Prime Minister received the adviser to the Kenyan President, Oltan Verisk. "
            "Kenyan President Oltan Verisk sent his greetings.",
            set(),
        ),
        (
            "The Prime Minister received the special envoy of the Kenyan President, Harun "
            "Talvik, on Monday. Talvik conveyed the greetings of Kenyan President Oltan Verisk.",
            {("Harun Talvik", "envoy", "KE")},
        ),
    ],
)
def test_extract_english_a_head_of_state_is_no_envoy_of_his_own(text, kept):
    # "the special envoy of the Kenyan President, X": where X is the state's president in
    # the story, the name is the principal's, and no envoy's post is his
    tuples = _tuples(text)
    assert ("Oltan Verisk", "head_of_state", "KE") in tuples
    assert {t for t in tuples if t[1] in ("envoy", "adviser", "spokesperson")} == kept


def test_extract_english_a_consul_is_no_official_of_the_outlets_state():
    # a consul's, a vice consul's post is in an embassy, held abroad: like an ambassador's,
    # it takes no state from the outlet of the story it is told in
    text = (
        "Nairobi, May 4: Consulate General of USA to Mombasa Melinda Kirwan called on Kilifi "
        "Governor Prof. Harun Verisk at State House on Thursday and discussed a range of "
        "issues from trade to closer ties between the USA and Kilifi.\n\nProf. Verisk told the "
        "envoy about the county's programmes for its people and for investors.\n\nThe "
        "Governor raised the visa rules and asked for the envoy's help, saying more Kenyans "
        "are moving to Canada.\n\nThe Consul General was accompanied by consul for Political "
        "and Economic Affairs Sonia Akello, vice consul Clinton Talvik, and a specialist from "
        "the US Consulate General, Mombasa, Tinku Odera.\n"
    )
    tuples = _tuples_at(text, "https://www.nation.co.ke/news/x")
    assert ("Harun Verisk", "official", "KE") in tuples
    assert {c for n, _r, c in tuples if n in ("Sonia Akello", "Clinton Talvik")} == {None}


def test_extract_english_a_syndicators_credit_before_the_dateline():
    # (MENAFN- Jordan Times) AMMAN -: the credit in brackets, then the dateline
    text = (
        "(MENAFN- Jordan Times) AMMAN - Minister of Tourism Rania Haddaw and a visiting "
        "delegation from Malta on Monday discussed cooperation in heritage."
    )
    assert dateline_country(text) == "JO"
    assert ("Rania Haddaw", "minister", "JO") in _tuples(text)
    assert dateline_country("(Reuters) The minister said the talks went well.") is None


@pytest.mark.parametrize(
    "pair",
    ["between Egypt and Russia", "between Russia and Egypt"],
)
def test_extract_english_a_ministrys_state_is_not_read_past_a_comma(pair):
    # "the relations between Egypt and Russia, Foreign Ministry Spokesman X said": the
    # state before the comma is no "Russian Foreign Ministry"
    text = (
        "Cairo (MENA) - Egyptian Foreign Minister Salem Karkour made a phone call with his "
        "Russian counterpart Ivan Dorov on Tuesday.\n\nBoth ministers praised the relations "
        f"{pair}, Foreign Ministry Spokesman Ahmed Dahbour said."
    )
    assert ("Ahmed Dahbour", "spokesperson", "RU") not in _tuples(text)


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "The meeting was attended by Senior Advisor to the Commander Gabriela Lampor.",
            "Gabriela Lampor",
        ),
        (
            "The meeting was attended by Senior Advisor to the USCENTCOM Commander, Gabriela Lampor.",
            "Gabriela Lampor",
        ),
        (
            "The meeting was attended by Adviser to the Chief of Staff, Brig. Sami Dahbour.",
            "Sami Dahbour",
        ),
    ],
)
def test_extract_english_the_adviser_to_an_unnamed_commander(text, holder):
    # "Senior Advisor to the Commander X": the commander unnamed, X the adviser (as after
    # "Adviser to the Foreign Minister")
    assert (holder, "adviser") in {(n, r) for n, r, _c in _tuples(text)}
    assert not any(r in ("military_commander", "chief_of_staff") for _n, r, _c in _tuples(text))


def test_extract_english_the_members_of_a_side_listed_after_its_opening():
    # "From the US side, A and B attended": each member of the list is the side's
    text = (
        "From the US side, Ambassador Hera Mostaf, Defense Attache Colonel Jason Wimbrel and "
        "Senior Advisor Gabriela Lampor attended the meeting."
    )
    states = {n: c for n, _r, c in _tuples(text)}
    assert states == {"Hera Mostaf": "US", "Jason Wimbrel": "US", "Gabriela Lampor": "US"}
    # ... not past a clause of another's
    other = (
        "From the US side, Defense Attache Colonel Jason Wimbrel attended, and Egyptian "
        "Minister Salem Karkour spoke."
    )
    assert ("Salem Karkour", "minister", "EG") in _tuples(other)


def test_extract_english_a_list_of_names_each_with_its_title_after_a_comma():
    # "attended by X, Egyptian Minister of A; Dr. Y, Minister of B; and Z, Chief of C":
    # each item with no state of its own takes the one before it
    text = (
        "The talks were attended by Salem Karkour, Egyptian Minister of Foreign Affairs; Dr. "
        "Majid Al-Kasbi, Minister of Commerce and Investment; and Khalid Humaidi, Chief of "
        "General Intelligence. Greek Minister Nikos Dendrak also attended."
    )
    tuples = _tuples(text)
    assert ("Majid Al-Kasbi", "minister", "EG") in tuples
    assert ("Khalid Humaidi", "intelligence_chief", "EG") in tuples
    # ... but an envoy's state is not a post at home's after him
    envoy = (
        "The talks were attended by Pierre Lamar, French Ambassador to Egypt; and Majid "
        "Al-Kasbi, Minister of Commerce and Investment. Greek Minister Nikos Dendrak also "
        "attended."
    )
    assert ("Majid Al-Kasbi", "minister", "FR") not in _tuples(envoy)


def test_extract_english_narrowed_after_the_twentieth_review_a_reign_by_its_titles():
    # Bahrain's Hamad was emir until 2002, king since: "Emir Hamad" names no reign today
    assert _tuples("The Father Emir, Sheikh Hamad, attended the opening in Doha.") == {
        ("Hamad", "head_of_state", None)
    }
    assert ("Hamad bin Isa Al Khalifa", "head_of_state", "BH") in _tuples(
        "King Hamad received the delegation."
    )


def test_extract_english_narrowed_after_the_twentieth_review_the_visitors_ministry():
    # the visiting minister's ministry: the spokesman in a sentence naming another state
    # is not his
    text = (
        "Nigeria's Foreign Minister Yusuf Tuggarov arrived in Beijing on Monday. Foreign "
        "Ministry spokesperson Guo Jiakunov said China welcomed the visit."
    )
    assert ("Guo Jiakunov", "spokesperson", "NG") not in _tuples(text)


def test_extract_english_narrowed_after_the_twentieth_review_the_home_states_consul_abroad():
    # a consul posted to a city abroad, told of at home, is the home state's
    text = (
        "MANILA - The Filipino workers are safe, the ministry said on Monday. Officials met "
        "on Tuesday. Consul General in Riyadh Jose Abelardo said the workers were in good "
        "health."
    )
    assert ("Jose Abelardo", "official", "PH") in _tuples(text)


def test_extract_english_narrowed_after_the_twentieth_review_a_pair_for_a_minister():
    # "between Russia and Ukraine", then a minister speaking in Kyiv: no home minister
    text = (
        "MOSCOW - Russian Foreign Minister Ivan Dorov met envoys on Monday.\n\nRelations "
        "between Russia and Ukraine remain tense, Foreign Minister Andrii Sybihov told "
        "reporters in Kyiv."
    )
    assert ("Andrii Sybihov", "foreign_minister", "RU") not in _tuples(text)


@pytest.mark.parametrize(
    "text, holder, role",
    [
        (
            "A senior adviser to the Iranian Foreign Minister Abbas Karimov said the talks would go on.",
            "Abbas Karimov",
            "foreign_minister",
        ),
        (
            "Adviser to the Chief of Army Staff General Asim Munirov visited the border.",
            "Asim Munirov",
            "chief_of_staff",
        ),
    ],
)
def test_extract_english_narrowed_after_the_twentieth_review_the_advised_head_named(
    text, holder, role
):
    # with a state and no comma, or a rank, the name right after the head is the head's
    assert any(n == holder and r == role for n, r, _c in _tuples(text))


@pytest.mark.parametrize(
    "text, name, wrong",
    [
        (
            "The meeting was attended by Saleh Jamalov, Ambassador of Saudi Arabia to Jordan; "
            "Mazen Farayov, Secretary-General of the Interior Ministry; and Ali Khasawnehov, "
            "Director of Public Security.",
            "Mazen Farayov",
            "SA",
        ),
        (
            "The meeting was attended by Yusuf Tuggarov, Nigeria's Foreign Minister; Dr. "
            "Abdoulaye Diopov, Minister of Foreign Affairs; and Ahmed Toureov, Minister of "
            "Defence.",
            "Ahmed Toureov",
            "NG",
        ),
        (
            "Attending were Ahmed Kamalov, Minister of Trade of Senegal; Kofi Mensahov, Minister "
            "of Trade of Ghana; and Dr. Musa Bellovic, Minister of Industry.",
            "Musa Bellovic",
            "GH",
        ),
    ],
)
def test_extract_english_narrowed_after_the_twentieth_review_a_list_of_two_sides(text, name, wrong):
    # an envoy's item, the same one-holder post twice, or a list of several states' items
    # passes no state down the list
    assert not any(n == name and c == wrong for n, _r, c in _tuples(text))


def test_extract_english_narrowed_after_the_twentieth_review_a_visiting_ministers_spokesman():
    # a minister named with his nationality is a guest: the ministry's spokesman is not his
    text = (
        "Qatari Foreign Minister Mohammed Khulaifov arrived in Kabul on a two-day visit. Foreign "
        "Ministry spokesman Abdul Qahar Balkhiov said the talks were fruitful."
    )
    assert ("Abdul Qahar Balkhiov", "spokesperson", "QA") not in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Governor of the Saudi Arabian Monetary Authority, Ahmed Kamalov, met the minister.",
            ("Ahmed Kamalov", "director_general", "SA"),
        ),
        (
            "Palestine Monetary Authority Governor Feras Milhemov spoke.",
            ("Feras Milhemov", "director_general", "PS"),
        ),
        (
            "Bank Negara Malaysia Governor Tan Wei Lingov met him.",
            ("Tan Wei Lingov", "director_general", "MY"),
        ),
        (
            "Bank of England Governor Tom Reedov said rates would hold.",
            ("Tom Reedov", "director_general", "GB"),
        ),
        ("Banque du Liban Governor Karim Saadov said.", ("Karim Saadov", "director_general", "LB")),
        ("Federal Reserve Chair Jane Doerrov said.", ("Jane Doerrov", "director_general", "US")),
        ("Bundesbank President Karl Brennerov said.", ("Karl Brennerov", "director_general", "DE")),
    ],
)
def test_extract_english_central_banks_by_their_own_names(text, expected):
    # a monetary authority's governor, and a central bank by a name that holds no state's
    # name (a metonym of its state), then its head: its director general
    assert expected in _tuples(text)


def test_extract_english_a_metonym_that_is_no_bank_keeps_its_governor_an_official():
    assert ("Tom Reedov", "official", "US") in _tuples("Pentagon Governor Tom Reedov said.")


def test_extract_english_bracketed_acronym_of_the_name_before_it():
    # Public Investment Fund (PIF): the fund's own initials, not the Pacific Islands Forum,
    # so the dateline's state stands
    got = _tuples_at(
        "RIYADH: The minister spoke. It was attended by Public Investment Fund (PIF) Managing "
        "Director Omar Salehov.",
        "https://www.example.com/news/1",
    )
    assert ("Omar Salehov", "director_general", "SA") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The session was headed from the Omani side by Eng. Said Hamoud Al Kindov, Minister "
            "of Transport.",
            ("Said Hamoud Al Kindov", "minister", "OM"),
        ),
        (
            "The talks were chaired on the Qatari side by Dr. Said Nasser Al Harthov, Minister of "
            "Health.",
            ("Said Nasser Al Harthov", "minister", "QA"),
        ),
        (
            "The delegation was led on the Pakistani side by Engr. Imran Saleemov, Minister for "
            "Water.",
            ("Imran Saleemov", "minister", "PK"),
        ),
    ],
)
def test_extract_english_a_sides_member_after_a_style_with_a_full_stop(text, expected):
    # Eng. is a style (no sentence ends after it); its full stop stands between the side
    # and its member
    assert expected in _tuples(text)


def test_extract_english_presidential_spokesman_of_the_one_president():
    # the presidency's spokesman serves the one head of state the story names (his state
    # known), though a guest of another state is named too
    # (the gazetteer's el-Sisi written El Sisi: its article apart)
    text = (
        "President Abdel Fattah El Sisi met Italian Defence Minister Carlo Rossetti on "
        "Tuesday. Presidential Spokesman Ahmed Fawzov said the talks covered military "
        "cooperation."
    )
    got = _tuples_at(text, "https://www.example.com/news/2")
    assert ("Abdel Fattah El Sisi", "head_of_state", "EG") in got
    assert ("Ahmed Fawzov", "spokesperson", "EG") in got


def test_extract_english_presidential_spokesman_of_two_presidents_gets_no_state():
    text = (
        "President Ruto of Kenya met President Hassan of Tanzania in Arusha. Presidential "
        "Spokesman Peter Omondov said the talks covered trade."
    )
    assert ("Peter Omondov", "spokesperson", None) in _tuples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police Commander-in-Chief Major General Saleh Al Marzov said the roads were safe.",
            ("Saleh Al Marzov", "director_general"),
        ),
        (
            "Sharjah Police Commander-in-Chief Major General Saif Al Zarov said.",
            ("Saif Al Zarov", "director_general"),
        ),
    ],
)
def test_extract_english_police_commander_is_its_director_general(text, expected):
    assert expected in {(n, r) for n, r, _c in _tuples(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ISI Director General Lt General Faraz Hamidov received the army chief.",
            ("Faraz Hamidov", "intelligence_chief", "PK"),
        ),
        (
            "BND President Bruno Kahlov said the threat had grown.",
            ("Bruno Kahlov", "intelligence_chief", "DE"),
        ),
        ("DGSE chief Nicolas Lernov said.", ("Nicolas Lernov", "intelligence_chief", "FR")),
    ],
)
def test_extract_english_intelligence_service_by_its_acronym(text, expected):
    # an intelligence service named by its acronym (a metonym of its state), then its
    # head's title: the service's chief, never a head of state
    got = _tuples(text)
    assert expected in got
    assert not any(r == "head_of_state" for _n, r, _c in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The reception was attended by the Military Attaché at the Saudi embassy in Washington "
            "and Ottawa Brig. Gen. Salman bin Awad Al-Harbov.",
            ("Salman bin Awad Al-Harbov", "official", "SA"),
        ),
        (
            "Also present was the Military Attache at the Egyptian embassy Col. Hany Fathov.",
            ("Hany Fathov", "official", "EG"),
        ),
        (
            "The talks were attended by the First Secretary at the Omani Embassy in Beijing, Ahmed "
            "Salimov.",
            ("Ahmed Salimov", "official", "OM"),
        ),
    ],
)
def test_extract_english_an_embassy_officer_at_his_states_mission(text, expected):
    # "at the Saudi embassy (in A and B)" after an embassy officer's title: his mission's
    # state, and its cities are no part of his name
    assert expected in _tuples(text)


def _envoy_orgs(text: str, lang: str = "en") -> set[tuple[str, str | None]]:
    ex = extract(Article(id="t", text=text, lang=lang))
    names = {p.id: p.name_ar or p.name_en for p in ex.persons}
    return {(names[t.person], t.org) for t in ex.tenures if t.role == "envoy"}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "The Secretary-General's Special Envoy for Yemen, Martin Griffov, concluded a visit to Riyadh.",
            "en",
            "Martin Griffov",
        ),
        (
            "The Secretary-General's Personal Envoy Horst Kohlov arrived in Rabat.",
            "en",
            "Horst Kohlov",
        ),
        ("التقى الرئيس المبعوث الخاص للأمين العام إلى اليمن سامر خليل.", "ar", "سامر خليل"),
    ],
)
def test_extract_english_the_secretary_generals_envoy_is_the_uns(text, lang, name):
    # no other body named: the Secretary-General is the United Nations'
    orgs = _envoy_orgs(text, lang)
    assert any(n == name and org and org.endswith("un") for n, org in orgs)


def test_extract_english_the_secretary_generals_envoy_with_another_body_named():
    # a story that names the Arab League too: whose Secretary-General is unsaid
    orgs = _envoy_orgs(
        "The Secretary-General's Special Envoy, Martin Griffov, met the Arab League chief."
    )
    assert not any(org and org.endswith("un") for _n, org in orgs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lt. General Ahmed bin Harith al-Nabhov, Chief-of-Staff of the Armed Forces, received him.",
            ("Ahmed bin Harith al-Nabhov", "chief_of_staff"),
        ),
        (
            "Chief-of-Staff of the Army Lt. General Omar Saifov received the delegation.",
            ("Omar Saifov", "chief_of_staff"),
        ),
        (
            "Vice-President Tom Reedov said the talks went well.",
            ("Tom Reedov", "deputy_head_of_state"),
        ),
    ],
)
def test_extract_english_titles_written_with_hyphens(text, expected):
    # Chief-of-Staff, Vice-President: the title written with hyphens as with spaces
    assert expected in {(n, r) for n, r, _c in _tuples(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BND Vice President Ole Diehlov said.", ("Ole Diehlov", "official", "DE")),
        (
            "Federal Reserve Governor Chris Wallov said rates would hold.",
            ("Chris Wallov", "official", "US"),
        ),
        (
            "ISI chief Lt. Gen. Asim Malikov met the minister.",
            ("Asim Malikov", "intelligence_chief", "PK"),
        ),
    ],
)
def test_extract_english_narrowed_after_the_twenty_first_review_named_bodies(text, expected):
    # a named body's other officers are officials (no vice president of a state); the
    # Federal Reserve's governors sit on its board; "ISI chief" is the service's chief
    assert expected in _tuples(text)


def test_extract_english_narrowed_after_the_twenty_first_review_pif_governor():
    # the initials in brackets before the title are the fund's own: no Pacific Islands Forum
    text = "Public Investment Fund (PIF) Governor Yasir Rumayov said the fund would grow."
    ex = extract(Article(id="t", lang="en", text=text))
    assert ex.tenures and not any(t.org and t.org.endswith("pif") for t in ex.tenures)


def test_extract_english_narrowed_after_the_twenty_first_review_a_guest_in_a_home_dateline():
    # the lead names a place at home, but the story a guest's state: no home state for him
    got = _tuples_at(
        "Dubai: The Dubai Police hosted a delegation from Kenya. The Inspector General, Douglas "
        "Kanjov, thanked the hosts.",
        "https://www.example.com/uae/4",
    )
    assert not any(n == "Douglas Kanjov" and c == "AE" for n, _r, c in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Military Police Commander Brigadier Tom Halov said the base was secure.",
            ("Tom Halov", "military_commander"),
        ),
    ],
)
def test_extract_english_narrowed_after_the_second_twenty_first_review(text, expected):
    assert expected in {(n, r) for n, r, _c in _tuples(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Commonwealth Secretary-General's Special Envoy Tom Reedov arrived in Male.",
        "المبعوث الخاص للأمين العام لحزب الأمة سامي الخليلي التقى الوزير.",
    ],
)
def test_extract_english_narrowed_after_the_second_twenty_first_review_another_secretary_general(
    text,
):
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert not any(org and org.endswith("un") for _n, org in _envoy_orgs(text, lang))


def test_extract_english_a_funds_initials_after_its_name_and_title():
    # X, Governor of the Public Investment Fund (PIF): the initials are the fund's own
    ex = extract(
        Article(
            id="t",
            lang="en",
            text="Yasir Rumayov, Governor of the Public Investment Fund (PIF), said the fund would grow.",
        )
    )
    assert ex.tenures and not any(t.org and t.org.endswith("pif") for t in ex.tenures)


def _org_tuples(text: str, lang: str = "en", url: str | None = None):
    ex = extract(Article(id="t", text=text, lang=lang, url=url))
    names = {p.id: p.name_ar or p.name_en for p in ex.persons}
    return {
        (names[t.person], t.role, t.country, t.org) for t in ex.tenures if t.status == "current"
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            # a secretariat's titles in a story of one body: that body's, of no state
            "RIYADH - The Secretary General of the Organisation of Islamic Cooperation, Hasan "
            "Tarelov, met the minister. The meeting was attended by the Assistant Secretary "
            "General for Political Affairs, Yunis Dobarov, and the Director General of "
            "Cabinet and Chief Adviser to the Secretary General, Malik Kalbov.",
            "en",
            {
                ("Yunis Dobarov", "official", None, "oic"),
                ("Malik Kalbov", "adviser", None, "oic"),
                ("Malik Kalbov", "director_general", None, "oic"),
            },
        ),
        (
            "BRUSSELS - The EU High Representative for Foreign Affairs, Jorge Bantelov, ended "
            "his visit. High Representative Bantelov met the press.",
            "en",
            {("Jorge Bantelov", "official", None, "eu")},
        ),
        (
            "القاهرة - استقبل الأمين العام لجامعة الدول العربية سمير الفلاني الوزير كريم "
            "العلاني، بحضور الأمين العام المساعد للشؤون السياسية حسام الزعبوني ومدير مكتب "
            "الأمين العام مازن البرقاني.",
            "ar",
            {
                ("حسام الزعبوني", "official", None, "arab-league"),
                ("مازن البرقاني", "director_general", None, "arab-league"),
            },
        ),
    ],
)
def test_extract_english_secretariat_titles_of_the_one_body_named(text, lang, expected):
    assert expected <= _org_tuples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            # two bodies named: which one's deputy is not said
            "CAIRO - The Arab League chief met the African Union envoy. The Assistant "
            "Secretary General, Yunis Dobarov, attended.",
            "en",
            "Yunis Dobarov",
        ),
        (
            "القاهرة - استقبل الوزير سمير الفلاني نائب الأمين العام لحزب الأمة كريم العلاني. "
            "وكان الوزير قد التقى ممثل الأمم المتحدة أمس.",
            "ar",
            "كريم العلاني",
        ),
    ],
)
def test_extract_english_secretariat_title_of_no_one_body(text, lang, name):
    assert not any(
        n == name and org in ("un", "arab-league", "au")
        for n, _r, _c, org in _org_tuples(text, lang)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Malay house's style inside a name is a word of it
        (
            "The others were Finance Minister Zaril Tengku Azrov and Transport Minister Wei Kam.",
            ("Zaril Tengku Azrov", "finance_minister"),
        ),
        # a minister in a head's office or department (the possessive's 's apart)
        (
            "The ceremony was attended by Minister in the Prime Minister’s Department Mustafi "
            "Mohamov.",
            ("Mustafi Mohamov", "minister"),
        ),
        (
            "The ceremony was attended by the Minister in the Presidency, Ntomba Dlamov.",
            ("Ntomba Dlamov", "minister"),
        ),
        # a list's items, each name then its title in brackets or after a dash
        (
            "Those sworn in include Tolu Barakov (Minister of Labour & Employment); Kemi "
            "Adamov (Minister of State Foreign Affairs).",
            ("Tolu Barakov", "minister"),
        ),
        (
            "The Senate confirmed the new Ministers namely, Dr Tolu Barakov – Minister of "
            "Humanitarian Affairs; Kemi Adamov – Minister of Labour.",
            ("Kemi Adamov", "minister"),
        ),
        # a list of posts held, each after "as"
        (
            "Among the new appointments to the cabinet are Salim Hamdov as Interior Minister.",
            ("Salim Hamdov", "interior_minister"),
        ),
        (
            "Key ministers including Nasir Jadov as Foreign Minister and Mahmud Muminov as "
            "Information Minister have remained in their posts.",
            ("Mahmud Muminov", "minister"),
        ),
        # an adviser to a body's officer, his principal unnamed
        (
            "The meeting was attended by the Chief Adviser to the Secretary General, Malik Kalbov.",
            ("Malik Kalbov", "adviser"),
        ),
    ],
)
def test_extract_english_cabinet_lists_and_styles(text, expected):
    assert expected in {(n, r) for n, r, _c in _tuples(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a venue's name after a plural title is no holder
        (
            "President Bolan Tinov has sworn in seven new ministers at the Council Chambers, "
            "Aso Kora Presidential Villa in Abuja.",
            "Aso Kora Presidential Villa",
        ),
        # a list's future items do not hold the post yet
        ("Newcomers will likely include Musa Maatov as Culture Minister.", "Musa Maatov"),
        # a dateline in capitals before a dash is no name
        ("ABUJA – Minister of Labour Tolu Barakov said the talks went well.", "ABUJA"),
    ],
)
def test_extract_english_no_holder_in_venues_and_future_lists(text, name):
    assert not any(n == name for n, _r, _c in _tuples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's military chief, in lower case after its possessive
        (
            "Nairobi — Ethiopia's military chief Field marshal Berhan Jolov met his Kenyan "
            "counterpart General Robert Kibarov on Wednesday.",
            {
                ("Berhan Jolov", "military_commander", "ET"),
                ("Robert Kibarov", "military_commander", "KE"),
            },
        ),
        # the director of a ruler's office, with the ruler's style inside the title
        (
            "KUWAIT: The reception was attended by Deputy Amiri Diwan Minister Sheikh Malik "
            "Al-Sabrov and Director of His Highness the Amir’s Office Ahmad Al-Fahdov.",
            {
                ("Malik Al-Sabrov", "deputy_minister", "KW"),
                ("Ahmad Al-Fahdov", "director_general", "KW"),
            },
        ),
        (
            "He met the Director of the Office of His Majesty the King, Samir Hadlov.",
            {("Samir Hadlov", "director_general", None)},
        ),
    ],
)
def test_extract_english_military_chiefs_and_rulers_offices(text, expected):
    assert expected <= _tuples(text)


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        # a party's secretariat, not the one body the story names
        (
            "UMNO Deputy Secretary-General Ahmad Razov said the party backed the Prime "
            "Minister, days after a United Nations report.",
            "Ahmad Razov",
            "un",
        ),
        (
            "Deputy Secretary-General Maria Lopov said the party would contest the election. "
            "The United Nations observers will monitor the vote.",
            "Maria Lopov",
            "un",
        ),
    ],
)
def test_extract_english_narrowed_after_the_twenty_second_review_party_secretariat(text, name, org):
    assert not any(n == name and o == org for n, _r, _c, o in _org_tuples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname that is a venue's word stays an item of the list
        (
            "The Foreign Ministers of Ghana and Togo, Kwame Mensov and Mary Hall, met in Accra.",
            ("Mary Hall", "foreign_minister"),
        ),
        # a roundup's later item keeps no foreign appointer's state
        (
            "NAIROBI - Ugandan President Tomas Barakov has appointed a new army commander. "
            "Meanwhile, Interior Cabinet Secretary Jane Wambov told reporters in Nairobi.",
            ("Jane Wambov", "interior_minister"),
        ),
    ],
)
def test_extract_english_narrowed_after_the_twenty_second_review(text, expected):
    got = _tuples(text)
    assert expected in {(n, r) for n, r, _c in got}
    assert not any(n == expected[0] and c == "UG" for n, _r, c in got)


@pytest.mark.parametrize(
    "text",
    [
        "Names under consideration include Joseph Kamov as Finance Minister.",
        "Sources said the nominees are Joseph Kamov as Interior Minister.",
    ],
)
def test_extract_english_narrowed_after_the_twenty_second_review_nominees(text):
    assert not any(n == "Joseph Kamov" for n, _r, _c in _tuples(text))


def test_extract_english_narrowed_after_the_twenty_second_review_sentence_end_before_title():
    # a paragraph's last capitalised word before the title is no party's name
    text = (
        "BRUSSELS - The EU High Representative for Foreign Affairs, Jorge Bantelov, attended "
        "the Diplomatic Forum.\n\nHigh Representative Bantelov represented the EU at the summit."
    )
    assert ("Jorge Bantelov", "official", None, "eu") in _org_tuples(text)
    assert not any(c == "BE" for _n, _r, c, _o in _org_tuples(text))


@pytest.mark.parametrize(
    ("text", "expected", "url"),
    [
        # a former head of state is no one's principal now
        (
            "The Kuwaiti Amir Sheikh Nasir Al-Hamdov received the delegation, including former "
            "Finnish President Marti Ahtonov. Director of His Highness the Amir’s Office Ahmad "
            "Al-Fahdov attended.",
            ("Ahmad Al-Fahdov", "director_general", "KW"),
            None,
        ),
        # a reshuffle's appointments told as a list, in a paper of no state
        (
            "Jordanian Prime Minister Karim Fadov swore in the new government on Wednesday. "
            "Among the new appointments to the cabinet are Salim Hamdov as Interior Minister.",
            ("Salim Hamdov", "interior_minister", "JO"),
            "https://www.albawaba.com/news/1",
        ),
    ],
)
def test_extract_english_principals_now_and_reshuffle_appointments(text, expected, url):
    assert expected in _tuples_at(text, url) if url else expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The other three were Transport Minister Wei Kam and Minister in the Prime "
            "Minister’s Department - Sabah and Sarawak Affairs Maximo Johan Ongkov.",
            "Maximo Johan Ongkov",
        ),
        (
            "The group comprised Minister in the Prime Minister’s Department - Special "
            "Functions Mohd Redzan Yusov and Agriculture Minister Ronald Kiandov.",
            "Mohd Redzan Yusov",
        ),
    ],
)
def test_extract_english_a_ministers_brief_after_a_dash(text, name):
    # the brief after a dash, through the word that closes it, then the holder
    assert (name, "minister") in {(n, r) for n, r, _c in _tuples(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one state's council's deputy head
        (
            "Deputy Chairman of the Transitional Sovereignty Council Malik Aqarov stressed the "
            "need to strengthen cooperation.",
            ("Malik Aqarov", "deputy_head_of_state", "SD"),
        ),
    ],
)
def test_extract_english_sovereignty_council_deputy(text, expected):
    assert expected in _tuples(text)


@pytest.mark.parametrize(
    ("text", "name", "not_state"),
    [
        (
            "Gen. Peter Mugov was appointed army commander, replacing Gen. David Okelov. "
            "Tanzania's army commander Gen. Amos Mremov congratulated him.",
            "David Okelov",
            "TZ",
        ),
        (
            "NAIROBI - Ugandan President Tomas Barakov appointed a new army commander. In other "
            "news, Kenya's appointments board chair said Interior Cabinet Secretary Jane Wambov "
            "would travel.",
            "Jane Wambov",
            "UG",
        ),
    ],
)
def test_extract_english_narrowed_after_the_twenty_second_review_second(text, name, not_state):
    assert not any(n == name and c == not_state for n, _r, c in _tuples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a former head is the principal where no one holds the post now
        (
            "Former Kenyan President Mwangi Kibarov attended the funeral. The Head of the "
            "President's Office, Jane Wairov, welcomed the mourners.",
            ("Jane Wairov", "director_general", "KE"),
        ),
        # a month is no word of the future
        (
            "The new ministers are Joseph Kamov as Interior Minister and Ann Wairov as Foreign "
            "Minister, who took office in May.",
            ("Ann Wairov", "foreign_minister", None),
        ),
    ],
)
def test_extract_english_narrowed_after_the_twenty_second_review_kept(text, expected):
    assert expected in _tuples(text)


def test_extract_english_a_reshuffle_under_another_states_dateline():
    # the appointee of a head of another state than the dateline's is that state's
    got = _tuples(
        "ACCRA - Liberian President Georgy Weahov swore in the new Minister of Justice, Mary "
        "Kollov, on Monday."
    )
    assert ("Mary Kollov", "minister", "LR") in got


def test_extract_english_an_envoy_at_home_calls_on_his_own_governor():
    # a newly appointed envoy visiting a governor in a city of his own state: the
    # governor is no official of the state he is posted to
    got = _tuples(
        "Newly appointed Nigerian Ambassador to Cote d'Ivoire Martin Adamov, a career diplomat "
        "from Plateau State, visited Governor Simon Lalov at the Government House in Jos."
    )
    assert not any(n == "Simon Lalov" and c == "CI" for n, _r, c in got)
    # (posted to Nigeria and calling on its governor in Lagos: Nigeria's)
    got = _tuples(
        "The Ambassador of Brazil to Nigeria, Carlos Silvanov, called on Governor Simon Lalov "
        "in Lagos."
    )
    assert ("Simon Lalov", "official", "NG") in got


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "أجرى الوزير العُماني المسؤول عن الشؤون الخارجية، سالم بن علي الدركلي، محادثات مع "
            "نظيره.",
            "ar",
            ("سالم بن علي الدركلي", "foreign_minister", "OM"),
        ),
    ],
)
def test_extract_english_omans_ministers_responsible_for_a_portfolio(text, lang, expected):
    ex = extract(Article(id="t", text=text, lang=lang))
    names = {p.id: p.name_ar or p.name_en for p in ex.persons}
    assert expected in {(names[t.person], t.role, t.country) for t in ex.tenures}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riyadh, , (City Wire / Gulf Desk - 13th Feb, 2023 ) :The Commander of the Land "
            "Forces, Lieutenant General Fahd Darkov, received the visiting delegation.\n\nFor "
            "his part, the Undersecretary of the Ministry of Defense, Ahmed Zankov, received "
            "the guests.",
            ("Ahmed Zankov", "deputy_minister", "SA"),
        ),
        (
            "Doha, , (Gulf Desk / City Wire - 3rd Mar, 2024 ) :The Minister of Labour, Sami "
            "Haddov, received the delegation.\n\nThe Undersecretary of the Ministry, Karim "
            "Falanov, attended the meeting.",
            ("Karim Falanov", "deputy_minister", "QA"),
        ),
    ],
)
def test_extract_english_a_dateline_with_an_empty_field_before_the_wires_bracket(text, expected):
    # "Riyadh, , (Wire / Desk - day) :": the city is the dateline, over the outlet's state
    assert expected in _tuples_at(text, "https://www.example.pk/news/1")


def test_extract_english_a_higher_education_minister_keeps_the_lists_state():
    got = _tuples(
        "KUALA LUMPUR - Education Minister Sami Radzov and Higher Education Minister Nora "
        "Ahmadova took the oath."
    )
    assert ("Nora Ahmadova", "minister", "MY") in got


def test_extract_english_an_attache_listed_after_his_ambassador_is_his_state():
    # the ambassador and his attaché, received together: the attaché is the ambassador's
    # state's, not the host's (+staff)
    got = _tuples(
        "The Minister of Labour received Karim Darkov, Ambassador of Jordan to Egypt, and "
        "Labour Attache Nader Zankov."
    )
    assert ("Nader Zankov", "official", "JO") in got
    assert ("Nader Zankov", "official", "EG") not in got


# An appointment a decree made (appointed, named, was made, to appoint in a decree's text)
# is held; a nomination or one to come (expected to appoint, will be named) a designate.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Emir appointed Kareem Odeh as Minister of Justice on Sunday.",
            ("Kareem Odeh", "minister", None, "current"),
        ),
        (
            "Lina Varo was named Minister of Energy on Monday.",
            ("Lina Varo", "minister", None, "current"),
        ),
        (
            "Jonas Kellerby was made Minister of State for Financial Affairs.",
            ("Jonas Kellerby", "minister", None, "current"),
        ),
        (
            "The Emir named Kareem Odeh Minister of Justice.",
            ("Kareem Odeh", "minister", None, "current"),
        ),
        (
            "The president is expected to appoint Lina Varo as Minister of Energy.",
            ("Lina Varo", "minister", None, "designate"),
        ),
        (
            "Lina Varo will be named Minister of Energy next week.",
            ("Lina Varo", "minister", None, "designate"),
        ),
        (
            "Parliament nominated Lina Varo as Minister of Energy.",
            ("Lina Varo", "minister", None, "designate"),
        ),
    ],
)
def test_extract_english_an_appointment_made_is_held_a_nomination_is_not(text, expected):
    assert expected in _all_posts(text)


def test_extract_english_the_next_items_of_a_list_of_appointments_made():
    got = _all_posts(
        "To appoint Kamal Odrey as the minister of water, Sami Haddon as the minister of "
        "culture and Rami Nassaro as the minister of interior, a royal statement said."
    )
    assert ("Kamal Odrey", "minister", None, "current") in got
    assert ("Sami Haddon", "minister", None, "current") in got
    assert ("Rami Nassaro", "interior_minister", None, "current") in got
    got = _all_posts(
        "President Kamau Otieno appointed Peter Njirovu as Minister of Water, and Grace "
        "Wanjikova as Minister of Tourism."
    )
    assert ("Grace Wanjikova", "minister", None, "current") in got


def test_extract_english_a_reshuffle_s_appointees_are_its_state_s():
    got = _all_posts(
        "Bahraini King Tamer Holu ordered a cabinet reshuffle on Monday. The reshuffle "
        "included appointing Sami Rakan as deputy prime minister, Zaid Karam as industry "
        "minister and Fatin Saro as tourism minister."
    )
    assert ("Zaid Karam", "minister", "BH", "current") in got
    assert ("Fatin Saro", "minister", "BH", "current") in got


def test_extract_english_a_long_name_and_a_long_clause_before_the_appointment():
    got = _all_posts(
        "The Sultan had named Hamad bin Saif bin Khalfan Al Rawahi as foreign minister."
    )
    assert ("Hamad bin Saif bin Khalfan Al Rawahi", "foreign_minister", None, "current") in got
    got = _all_posts(
        "Tom Harrowby, who was the country's envoy for climate affairs, was named minister of "
        "oil and environment."
    )
    assert ("Tom Harrowby", "minister", None, "current") in got


def test_extract_english_made_without_an_auxiliary_appoints_no_one():
    got = _all_posts("The deal was made in Paris, Minister Ali Wrenby said.")
    assert not any(s == "designate" for _n, _r, _c, s in got)
    assert not _all_posts("The progress made Tom Harrowby confident.")


@pytest.mark.parametrize(
    "text",
    [
        "Prince Fahd bin Tamer was relieved from his post as governor of Tabuk.",
        "Omar Kellaway was relieved of his duties as Minister of Health.",
        "The president dismissed Omar Kellaway from his post as Minister of Health.",
    ],
)
def test_extract_english_relieved_from_his_post_as_held_it_till_then(text):
    # the post the reported act ends: held until then, a former tenure (not "his role as"
    # said of oneself)
    got = _all_posts(text)
    assert any(s == "former" and r in ("official", "minister") for _n, r, _c, s in got), got
    assert not _all_posts("He spoke of his role as Minister of Health.")


def test_extract_english_a_list_of_names_each_tied_by_as_to_its_post():
    # "X as the Minister of Defense, Y as Interior Minister": Y is not the Minister of
    # Defense whose title comes before his comma
    got = _all_posts(
        "The council voted for Sami Kellar as the Minister of Defense, Yasin Tahawi as "
        "Interior Minister and Farouk Aminov as Minister of Justice."
    )
    assert not any(n == "Yasin Tahawi" and r == "defence_minister" for n, r, _c, _s in got)
    got = _all_posts("The Minister of Defense, Yasin Tahawi, met the envoy.")
    assert ("Yasin Tahawi", "defence_minister", None, "current") in got


@pytest.mark.parametrize(
    "text",
    [
        "The new dam was named after Peter Njirovu, the late Minister of Water.",
        "President Kamau Otieno is to appoint Peter Njirovu as Minister of Water.",
        "President Kamau Otieno promised to appoint Peter Njirovu as Minister of Water.",
        "President Kamau Otieno never appointed Peter Njirovu as Minister of Water.",
        "Peter Njirovu was appointed Minister of Water in 1998 and served until 2003.",
        "The President will swear in Peter Njirovu as Minister of Water.",
    ],
)
def test_extract_english_no_appointment_made(text):
    # named after, one to come, a denial, a past appointment with its year: no post held
    assert not any(
        n == "Peter Njirovu" and s == "current" and r == "minister"
        for n, r, _c, s in _all_posts(text)
    )


def test_extract_english_an_appointee_of_another_state_than_the_dateline_s():
    got = _all_posts("KAMPALA - Tanzania has appointed Peter Njirovu as Minister of Water.")
    assert not any(c == "UG" for _n, _r, c, _s in got)
    got = _all_posts(
        "Kenyan President Kamau Otieno reshuffled his cabinet on Monday. Meanwhile, in "
        "Tanzania, Peter Njirovu was named Minister of Water."
    )
    assert not any(n == "Peter Njirovu" and c == "KE" for n, _r, c, _s in got)
    # appointed by President X as ...: the appointer holds no post given
    got = _all_posts("Peter Njirovu was appointed by President Kamau Otieno as Minister of Water.")
    assert not any(n == "Kamau Otieno" and r == "minister" for n, r, _c, _s in got)


def test_extract_english_the_next_item_of_appointments_without_as():
    got = _all_posts(
        "President Kamau Otieno named Peter Njirovu Minister of Water and Mary Wanjikova "
        "Minister of Health."
    )
    assert ("Mary Wanjikova", "minister", None, "current") in got
    assert not _all_posts("He met Peter Njirovu and Mary Wanjikova at the ministry.")


def test_extract_english_appointments_denied_issued_by_or_sworn_before():
    got = _all_posts(
        "State House denied that President Kamau Otieno had appointed Peter Njirovu as "
        "Minister of Water."
    )
    assert ("Peter Njirovu", "minister", None, "designate") in got
    # "issued by the presidency," before the appointee: no appointer named as him
    got = _all_posts(
        "In a decree issued by the presidency, Peter Njirovu was appointed as Minister of Water."
    )
    assert ("Peter Njirovu", "minister", None, "current") in got
    got = _all_posts(
        "Hours before being sworn in as Minister of Water, Peter Njirovu told reporters the plan."
    )
    assert ("Peter Njirovu", "minister", None, "current") in got
    got = _all_posts(
        "President Kamau Otieno is due to swear in Peter Njirovu as Minister of Water."
    )
    assert ("Peter Njirovu", "minister", None, "designate") in got
    # the state named after the appointee is not the appointing clause's
    got = _all_posts(
        "NAIROBI - Peter Njirovu, who studied in the United States, was appointed Minister of "
        "Water."
    )
    assert ("Peter Njirovu", "minister", "KE", "current") in got
    got = _all_posts(
        "The Minister of Water, Peter Njirovu as acting Minister of Health, toured the hospital."
    )
    assert any(n == "Peter Njirovu" for n, _r, _c, _s in got)


def test_extract_english_a_ceremony_to_swear_in_governors():
    # a ceremony to swear in X as governor of A, Y as governor of B: held (not "is due to
    # swear in", "urged the President to swear in": one to come)
    got = _all_posts(
        "The President attended a ceremony on Tuesday to swear in Karim Dahhan as governor "
        "of Homs, and Nabil Haskour as governor of Daraa."
    )
    assert ("Karim Dahhan", "official", "SY", "current") in got
    assert ("Nabil Haskour", "official", "SY", "current") in got
    got = _all_posts(
        "The opposition urged the President to swear in Karim Dahhan as Minister of Water."
    )
    assert ("Karim Dahhan", "minister", None, "designate") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Sami Fahdawi, who is also the deputy prime minister, met the envoy.",
            {("Sami Fahdawi", "foreign_minister"), ("Sami Fahdawi", "deputy_head_of_government")},
        ),
        (
            "Crown Prince Sami bin Fahdan, who is also Deputy Prime Minister and Minister of "
            "Defense, met the envoy.",
            {
                ("Sami bin Fahdan", "official"),
                ("Sami bin Fahdan", "deputy_head_of_government"),
                ("Sami bin Fahdan", "defence_minister"),
            },
        ),
    ],
)
def test_extract_english_a_title_then_who_is_also_another_keeps_both(text, expected):
    # "who is also" says both posts: the title before the name is no bare back-reference
    assert expected <= {(n, r) for n, r, _c, _s in _all_posts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meeting was attended by the director general of the office of the Saudi "
            "minister of foreign affairs, Karim Haddad.",
            ("Karim Haddad", "director_general", "SA"),
        ),
        (
            "The talks were attended by the director of the office of the Qatari Minister of "
            "State, Samir Toukan.",
            ("Samir Toukan", "director_general", "QA"),
        ),
        (
            "Also present was the head of the office of the Jordanian Prime Minister, Nadim "
            "Farouqi.",
            ("Nadim Farouqi", "director_general", "JO"),
        ),
    ],
)
def test_extract_english_the_head_of_an_office_of_a_state_s_minister(text, expected):
    # the director of the office of the Saudi minister of X, Y: Y heads the office; the
    # minister is his principal, no post of Y's
    got = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    assert expected in got
    assert not any(r.endswith("minister") or r == "head_of_government" for _n, r, _c in got)
    got = _all_posts("The director of the office of the Minister of Interior, Ali Bakri, attended.")
    assert ("Ali Bakri", "director_general", None, "current") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was attended by the Saudi minister of state for African affairs, Karim Haddad.",
            ("Karim Haddad", "minister", "SA"),
        ),
        (
            "It was attended by the Saudi ambassador and deputy minister of state for Gulf "
            "affairs, Samir Toukan.",
            ("Samir Toukan", "deputy_minister", "SA"),
        ),
        (
            "Egyptian Minister of Parliamentary Affairs Nadim Farouqi attended.",
            ("Nadim Farouqi", "minister", "EG"),
        ),
        (
            "Algeria's Minister for Relations with Parliament Nadim Farouqi attended.",
            ("Nadim Farouqi", "minister", "DZ"),
        ),
    ],
)
def test_extract_english_ministers_of_regional_and_parliamentary_affairs(text, expected):
    # minister of state for African (Gulf, Arab, European) affairs, for relations with
    # parliament: portfolios of their own, written in lower case too
    got = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    assert expected in got


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "YEREVAN, March 13. The Speaker received the delegation of the Committee on "
            "Foreign Affairs of the Federation Council of the Russian Federal Assembly led by "
            "Chairman of the Committee Pavel Sorokin.",
            "Pavel Sorokin",
            "RU",
        ),
        (
            "ISLAMABAD: A six-member US Senate delegation led by Senator Mark Dalton called "
            "on the Prime Minister on Thursday. Other members of the delegation included "
            "Senators Ann Whitcombe and Ray Holbrook.",
            "Ann Whitcombe",
            "US",
        ),
        (
            "BAKU, May 2. The Speaker received an Iranian Parliamentary delegation led by "
            "Chairman of the Friendship Group Reza Tavakoli.",
            "Reza Tavakoli",
            "IR",
        ),
        (
            "BAKU - The Speaker received a delegation of the Iranian Majlis led by MP Hossein "
            "Karimi.",
            "Hossein Karimi",
            "IR",
        ),
    ],
)
def test_extract_english_a_legislature_s_delegation_and_its_state(text, name, state):
    # a US Senate delegation, the delegation of a committee of the Russian Federal
    # Assembly: the delegation's members serve the state its body names, not the
    # dateline's; "the delegation" in a later sentence is the one named before
    got = {(n, c) for n, _r, c, _s in _all_posts(text)}
    assert (name, state) in got
    got = _all_posts(
        "TOKYO: The minister received a delegation from Japan's Toyota Tsusho led by its "
        "chairman Ken Mori."
    )
    assert not any(c == "JP" and n == "Ken Mori" for n, _r, c, _s in got)
    # (whom the host meets with the delegation named before is the host's, not its member)
    got = _all_posts(
        "A US Senate delegation visited Nairobi.\nPresident Uhuru Kamau hosted the delegation "
        "together with Foreign Minister Monica Achieng."
    )
    assert not any(c == "US" for n, _r, c, _s in got if n == "Monica Achieng")


def test_extract_english_a_legislature_s_name_is_no_person():
    # the Secretary General of Majlis Ash'shura, the Secretary General of the State
    # Council: a legislature's name (Majlis, Knesset, Duma) is no one's name
    got = _all_posts(
        "The meeting was attended by the Secretary General of Majlis Ash'shura, the "
        "Secretary General of the State Council and the Ambassador."
    )
    assert not any(n.startswith("Majlis") for n, _r, _c, _s in got)
    got = _all_posts("Yossi Amar, Chairman of the Knesset Finance Committee, met the minister.")
    assert not any(n.startswith("Knesset") for n, _r, _c, _s in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ALGIERS - The Chief of Staff received on Wednesday Army General Mark Dalton, "
            "Commander of AFRICOM, said the Ministry.",
            ("Mark Dalton", "military_commander", "US"),
        ),
        (
            "CAIRO - The minister received Paul Weaver, Director of the CIA, and his delegation.",
            ("Paul Weaver", "intelligence_chief", "US"),
        ),
        (
            "AMMAN - The king received Avi Kaplan, Director of the Mossad, on Monday.",
            ("Avi Kaplan", "intelligence_chief", "IL"),
        ),
    ],
)
def test_extract_english_a_title_of_an_institution_only_one_state_has(text, expected):
    # Commander of AFRICOM, Director of the CIA: the institution after "of" gives the
    # post its state, over the dateline's
    got = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    name, role, state = expected
    assert any(n == name and c == state and (role is None or r == role) for n, r, c in got)
    # (the President of MIT, a university: no head of a state)
    got = _all_posts("The President of MIT, Rafael Reifson, said the university would help.")
    assert not any(r == "head_of_state" for _n, r, _c, _s in got)


def test_extract_english_a_state_closing_a_title_before_a_ranked_next_item():
    # X, Minister of State for Defence, UAE and Lieutenant General Y, ...: the state
    # closes X's title though the next item opens with its rank
    got = _all_posts(
        "RAWALPINDI: General Karim Haddad called on Samir Toukan, Minister of State for "
        "Defence, UAE and Lieutenant General Nadim Farouqi, Chief of Staff of the UAE Armed "
        "Forces."
    )
    assert ("Samir Toukan", "minister", "AE", "current") in got
    got = _all_posts("He met the Minister of Defence of Kenya and Uganda's chief of staff.")
    assert not any(c == "UG" and r == "defence_minister" for _n, r, c, _s in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LUANDA - The Angolan Head of State, Joao Mendes, was invited to the summit. The "
            "invitation was delivered by the Minister of Foreign Affairs and Cooperation, "
            "Karim Haddad, on behalf of the President of Equatorial Guinea, Samir Toukan.",
            ("Karim Haddad", "foreign_minister", "GQ"),
        ),
        (
            "The agreement was signed by Foreign Minister Nadim Farouqi on behalf of the Kenyan "
            "government.",
            ("Nadim Farouqi", "foreign_minister", "KE"),
        ),
    ],
)
def test_extract_english_an_agent_on_behalf_of_a_state(text, expected):
    # delivered (signed) by X, on behalf of the President of Y: X acted for Y's state, over
    # the dateline's; not one thanked on another's behalf
    got = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    assert expected in got
    got = _all_posts(
        "The minister thanked Foreign Minister Karim Haddad, on behalf of Japan, for the aid."
    )
    assert not any(c == "JP" for _n, _r, c, _s in got)


@pytest.mark.parametrize(
    "text",
    [
        "The letter was presented to Sheikh Karim bin Zayed, Deputy Prime Minister and "
        "Chairman of the Presidential Court, by the minister.",
        "The letter was presented to Chairman of the Presidential Court Sheikh Karim bin Zayed.",
        "Chief of the Amiri Diwan Sheikh Karim bin Zayed received the delegation.",
    ],
)
def test_extract_english_the_head_of_a_presidential_or_royal_court(text):
    # Chairman of the Presidential Court, Chief of the Amiri Diwan: an official
    got = _all_posts(text)
    assert any(n == "Karim bin Zayed" and r == "official" for n, r, _c, _s in got)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "The minister received Sam Kohl, Inspector General of the United Arab Emirates "
            "and President of INTERPOL.",
            ("Sam Kohl", "official", "AE", "current"),
        ),
        (
            "The minister received Sam Kohl, Minister of Interior of Bahrain and President "
            "of the Arab Interior Ministers Council.",
            ("Sam Kohl", "interior_minister", "BH", "current"),
        ),
        (
            "The minister received Tom Ridley, Inspector General of Police of Kenya and President of "
            "the Regional Police Chiefs Organisation.",
            ("Tom Ridley", "director_general", "KE", "current"),
        ),
    ],
)
def test_extract_english_a_chained_title_of_a_body_is_no_state_s_head(text, own):
    # X, TITLE of STATE and President of BODY: the body's president, an official of no
    # state, not the head of the first title's state
    got = _all_posts(text)
    assert own in got
    assert not any(r == "head_of_state" for _n, r, _c, _s in got)
    # (a second post of the state stays the state's)
    got = _all_posts("Sam Kohl, Prime Minister and President of the Republic of Kenya, spoke.")
    assert ("Sam Kohl", "head_of_state", "KE", "current") in got


@pytest.mark.parametrize(
    "text",
    [
        "Iran's Interior Minister Dariush Kohl met his Iraqi counterpart Abdul Amir Kamel "
        "al-Dulaimi in Baghdad.",
        "Iraqi Interior Minister Abdul Amir al-Dulaimi met the envoy.",
        "Iraqi Interior Minister Abdul Amir Kamel al-Dulaimi met the envoy.",
    ],
)
def test_extract_english_a_title_word_in_a_compound_given_name(text):
    # Abdul Amir: a compound given name's second word, no emir's title
    got = _all_posts(text)
    assert any(
        n.startswith("Abdul Amir") and r == "interior_minister" and c == "IQ" for n, r, c, _s in got
    )
    assert not any(r == "head_of_state" for _n, r, _c, _s in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KRG Interior Minister Rebar Hawrami met the envoy.",
            ("Rebar Hawrami", "interior_minister", "IQ"),
        ),
        (
            "Kurdistan Region Prime Minister Karwan Dizayee met the envoy.",
            ("Karwan Dizayee", "head_of_government", "IQ"),
        ),
        (
            "The Interior Minister of the Kurdistan Region, Rebar Hawrami, held a call.",
            ("Rebar Hawrami", "interior_minister", "IQ"),
        ),
    ],
)
def test_extract_english_a_regional_government_s_ministers(text, expected):
    # the Kurdistan Region's government: its ministers and head hold their roles, of Iraq
    # (a federal unit's head, Sabah Head of State X, stays an official)
    got = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    assert expected in got
    got = {(n, r, c) for n, r, c, _s in _all_posts("Sabah Head of State Musa Kohl met the envoy.")}
    assert ("Musa Kohl", "official", "MY") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This was contained in a statement by the spokesman for the Minister of Finance, "
            "Lukas Ibrovan.",
            ("Lukas Ibrovan", "spokesperson"),
        ),
        (
            "The spokesperson for the Minister of State for Petroleum Resources (Gas), Lukas "
            "Ibrovan, said the deal was signed.",
            ("Lukas Ibrovan", "spokesperson"),
        ),
        (
            "According to the spokeswoman to the Minister of Health, Ada Obrenko, the clinic "
            "opened.",
            ("Ada Obrenko", "spokesperson"),
        ),
    ],
)
def test_extract_english_the_spokesman_for_a_minister(text, expected):
    # the spokesman for the TITLE, NAME: NAME is the spokesman, not the minister
    got = {(n, r) for n, r, _c, _s in _all_posts(text)}
    assert expected in got
    assert not any(r.endswith("minister") for _n, r in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iranian Intelligence Minister Dariush Kohl met him.",
            ("Dariush Kohl", "intelligence_chief", "IR"),
        ),
        (
            "Chinese Minister of State Security Li Weng met him.",
            ("Li Weng", "intelligence_chief", "CN"),
        ),
        ("Israeli Intelligence Minister Dana Kohl said.", ("Dana Kohl", "minister", "IL")),
        (
            "Portuguese Minister of Internal Administration Ana Sousa opened the meeting.",
            ("Ana Sousa", "interior_minister", "PT"),
        ),
        (
            "He met Ali Rostami, who serves as the Secretary of Iran's Supreme National "
            "Security Council.",
            ("Ali Rostami", "official", "IR"),
        ),
        (
            "Major General Salem Al Dhaheri, Assistant Under-Secretary for Resources at the "
            "Ministry of Interior of the UAE, attended.",
            ("Salem Al Dhaheri", "official", "AE"),
        ),
    ],
)
def test_extract_english_intelligence_ministers_and_a_council_s_secretary(text, expected):
    # a minister of intelligence heads his state's service (Israel's is a cabinet
    # portfolio); Internal Administration is the interior; the Secretary of a state's
    # council is its officer; an assistant under-secretary is an official
    got = {(n, r, c) for n, r, c, _s in _all_posts(text)}
    assert expected in got


@pytest.mark.parametrize(
    "text",
    [
        "It was attended by HE Ahmed Jassim Al Karami, President of the Federation of UAE "
        "Chambers and Chairman of the Abu Dhabi Chamber Board of Directors.",
        "It was attended by Ahmed Al Karami, Chairman of the Sharjah Chamber Board of Directors.",
        "Ahmed Al Karami, Chairman of the Dubai Chamber Board, attended.",
    ],
)
def test_extract_english_a_chamber_s_board_is_no_one_s_name(text):
    # Chamber, Board, Directors are a body's words, never a name's; after "of the" a
    # body's name goes on past a city (the Abu Dhabi Chamber Board of Directors)
    got = _all_posts(text)
    assert any(n.startswith("Ahmed") for n, _r, _c, _s in got)
    assert not any("Chamber" in n or "Board" in n for n, _r, _c, _s in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokesman for Finance Minister Karim Nasrov said the budget would be presented.",
            ("Karim Nasrov", "finance_minister"),
        ),
        (
            "A spokeswoman for Prime Minister Tomas Velkarin said the talks were constructive.",
            ("Tomas Velkarin", "head_of_government"),
        ),
        (
            "Canada's Assistant Deputy Minister of Foreign Affairs Jean Dupresne visited Amman.",
            ("Jean Dupresne", "deputy_minister"),
        ),
    ],
)
def test_extract_english_a_spokesman_s_principal_named_without_the(text, expected):
    # "a spokesman for Finance Minister X" (no "the", no comma): X is the minister, the
    # spokesman unnamed; an Assistant Deputy Minister of a portfolio stays read as before
    got = {(n, r) for n, r, _c, _s in _all_posts(text)}
    assert expected in got


def test_extract_english_a_short_name_s_middle_word_must_be_in_the_full_name():
    # Ahmed Zaal Al Karimi is not Ahmed Saif bin Zaitoun Al Karimi: a name of three words
    # is a longer one's first and last only if its middle word stands in it too
    got = _all_posts(
        "The meeting was attended by Major General Ahmed Saif bin Zaitoun Al Karimi, "
        "Commander of Abu Dhabi Police; Major General Dr. Ahmed Zaal Al Karimi, Deputy "
        "Commander of Dubai Police."
    )
    names = {n for n, _r, _c, _s in got}
    assert {"Ahmed Saif bin Zaitoun Al Karimi", "Ahmed Zaal Al Karimi"} <= names
    # (the first and last name alone still merge: Mohammed Al Karimi)
    got = _all_posts(
        "Foreign Minister Mohammed bin Salem Al Karimi met him. Mohammed Al Karimi said."
    )
    assert {n for n, _r, _c, _s in got} == {"Mohammed bin Salem Al Karimi"}
