/**
 * Fictional participants for the demo: names are drawn from short per-country lists of
 * common given and family names and combined at random, and every e-mail address is on
 * the reserved example.test domain, so no record describes a real person.
 */
import type { Prisma } from "../../src/generated/prisma/client";
import type { AgeBand, Sex, StakeholderGroup } from "../../src/generated/prisma/enums";
import { type Rng, chance, pick, weighted } from "./random";
import { normalizePersonName } from "../../src/lib/normalize";

interface CountryPeople {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Family name written first (Khmer, Vietnamese). */
  familyFirst?: boolean;
  government: readonly string[];
  academia: readonly string[];
  /** Fictional companies: employers of industry, SME and women-owned-business participants. */
  business: readonly string[];
  consumers: string;
}

// prettier-ignore
const PEOPLE: Readonly<Record<string, CountryPeople>> = {
  KH: {
    female: ["Sreymom", "Bopha", "Chenda", "Sophea", "Kanha", "Sokunthea", "Dalis"],
    male: ["Dara", "Vuthy", "Rithy", "Piseth", "Visal", "Sokha", "Vannak"],
    family: ["Sok", "Chan", "Keo", "Heng", "Meas", "Chea", "Ly", "Phan"], familyFirst: true,
    government: ["Ministry of Industry, Science, Technology and Innovation", "Ministry of Post and Telecommunications"],
    academia: ["Royal University of Phnom Penh", "Institute of Technology of Cambodia"],
    business: ["Tonle Data Systems", "Angkor Smart Devices Co., Ltd.", "Mekong Agri-Tech Co., Ltd."],
    consumers: "Cambodian consumers' association",
  },
  ID: {
    female: ["Dewi", "Siti", "Ratna", "Putri", "Ayu", "Intan", "Wulan"],
    male: ["Budi", "Agus", "Rizky", "Andi", "Hendra", "Eko", "Fajar"],
    family: ["Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Kusuma", "Nugroho", "Siregar"],
    government: ["Ministry of Communication and Informatics", "Ministry of Industry", "National Cyber and Crypto Agency"],
    academia: ["Universitas Indonesia", "Institut Teknologi Bandung", "Universitas Gadjah Mada"],
    business: ["PT Nusantara Cloud Solusi", "PT Sensor Cerdas Indonesia", "PT Batik Digital Kreatif"],
    consumers: "Indonesian consumers' foundation",
  },
  LA: {
    female: ["Manivone", "Phonesavanh", "Vilayvanh", "Bouasone", "Keomany", "Latsamy"],
    male: ["Somphone", "Khamphet", "Sisouk", "Bounmy", "Phouvong", "Thongsavath"],
    family: ["Phommachanh", "Vongsavath", "Sengdara", "Keovongsa", "Inthavong", "Chanthavong", "Souvannavong", "Sisavath"],
    government: ["Ministry of Technology and Communications", "Ministry of Industry and Commerce"],
    academia: ["National University of Laos", "Souphanouvong University"],
    business: ["Vientiane Software Co., Ltd.", "Luang Prabang Digital Services", "Champa Electronics Co., Ltd."],
    consumers: "Lao consumer protection network",
  },
  MY: {
    female: ["Nurul Aisyah", "Siti Hajar", "Wei Ling", "Priya", "Mei Yee", "Farah"],
    male: ["Ahmad Faizal", "Muhammad Hafiz", "Wei Jie", "Arjun", "Kok Leong", "Azman"],
    family: ["Ismail", "Tan", "Lim", "Abdullah", "Raman", "Wong", "Rahman", "Ong"],
    government: ["Ministry of Investment, Trade and Industry", "Malaysian Communications and Multimedia Commission"],
    academia: ["Universiti Malaya", "Universiti Teknologi Malaysia", "Multimedia University"],
    business: ["Klang Valley Microelectronics Sdn Bhd", "Penang Precision Systems Sdn Bhd", "Borneo Cloud Works Sdn Bhd"],
    consumers: "Malaysian consumers' federation",
  },
  PH: {
    female: ["Maria Cristina", "Angelica", "Kristine", "Jasmine", "Rowena", "Liza", "Marites"],
    male: ["Jose", "Mark Anthony", "Rodel", "Paolo", "Ramon", "Carlo", "Jerome"],
    family: ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva"],
    government: ["Department of Information and Communications Technology", "Department of Trade and Industry"],
    academia: ["University of the Philippines Diliman", "De La Salle University", "Mapua University"],
    business: ["Luzon Analytics Inc.", "Visayas Semiconductor Corp.", "Cebu Digital Services Inc."],
    consumers: "Philippine consumers' council",
  },
  TH: {
    female: ["Siriporn", "Nattaya", "Kanokwan", "Pimchanok", "Araya", "Wanida", "Supaporn"],
    male: ["Anan", "Kittisak", "Thanawat", "Prasert", "Chaiwat", "Nattapong", "Somsak"],
    family: ["Srisuk", "Chaiyaporn", "Boonmee", "Thongdee", "Saetang", "Rattanakul", "Kaewkla", "Phongsri"],
    government: ["Ministry of Digital Economy and Society", "Electronic Transactions Development Agency", "Ministry of Industry"],
    academia: ["Chulalongkorn University", "King Mongkut's University of Technology Thonburi", "Chiang Mai University"],
    business: ["Chao Phraya Cyber Co., Ltd.", "Lanna Smart Devices Co., Ltd.", "Andaman Robotics Co., Ltd."],
    consumers: "Thai consumers' council",
  },
  VN: {
    female: ["Thị Lan", "Thu Hà", "Minh Anh", "Thị Hương", "Ngọc Mai", "Thanh Thủy", "Phương Linh"],
    male: ["Văn Hùng", "Quốc Bảo", "Đức Minh", "Văn Nam", "Tuấn Anh", "Hoàng Long", "Minh Khoa"],
    family: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"], familyFirst: true,
    government: ["Ministry of Science and Technology", "Ministry of Information and Communications"],
    academia: ["Hanoi University of Science and Technology", "Vietnam National University, Ho Chi Minh City"],
    business: ["Red River Software JSC", "Saigon IoT Solutions JSC", "Da Nang Chip Design Co., Ltd."],
    consumers: "Vietnamese consumers' association",
  },
  KE: {
    female: ["Wanjiru", "Akinyi", "Grace", "Mercy", "Njeri", "Faith", "Chebet"],
    male: ["Otieno", "Kamau", "Brian", "Kipchoge", "Dennis", "Ochieng", "Mutua"],
    family: ["Mwangi", "Odhiambo", "Kariuki", "Wanyama", "Njoroge", "Omondi", "Kiprop", "Maina"],
    government: ["Ministry of Investments, Trade and Industry", "Communications Authority of Kenya"],
    academia: ["University of Nairobi", "Strathmore University", "Jomo Kenyatta University of Agriculture and Technology"],
    business: ["Rift Valley Agritech Ltd", "Nairobi Fintech Hub Ltd", "Mombasa Coastal Foods Ltd"],
    consumers: "Kenyan consumers' federation",
  },
  UG: {
    female: ["Nakato", "Babirye", "Sarah", "Namubiru", "Esther", "Apio", "Harriet"],
    male: ["Joseph", "Isaac", "Ronald", "Moses", "Denis", "Godfrey", "Ivan"],
    family: ["Nsubuga", "Okello", "Mugisha", "Tumusiime", "Kato", "Ssali", "Byaruhanga", "Opio"],
    government: ["Ministry of Trade, Industry and Cooperatives", "Uganda Communications Commission"],
    academia: ["Makerere University", "Kyambogo University"],
    business: ["Kampala Solar Works Ltd", "Lake Victoria Fish Processors Ltd", "Entebbe Dairy Cooperative"],
    consumers: "Ugandan consumers' association",
  },
  RW: {
    female: ["Aline", "Clarisse", "Diane", "Josiane", "Solange", "Vestine"],
    male: ["Jean Claude", "Eric", "Patrick", "Emmanuel", "Olivier", "Innocent"],
    family: ["Uwase", "Mukamana", "Ingabire", "Niyonzima", "Uwimana", "Mugabo", "Habimana", "Ndayisaba"],
    government: ["Ministry of Trade and Industry", "Rwanda Utilities Regulatory Authority"],
    academia: ["University of Rwanda", "Carnegie Mellon University Africa"],
    business: ["Kigali Digital Services Ltd", "Akagera Coffee Processors Ltd", "Thousand Hills Textiles Ltd"],
    consumers: "Rwandan consumers' rights association",
  },
  TZ: {
    female: ["Neema", "Rehema", "Zawadi", "Amina", "Upendo", "Halima"],
    male: ["Baraka", "Juma", "Hamisi", "Salim", "Rashidi", "Godlisten"],
    family: ["Mushi", "Mrema", "Massawe", "Kimaro", "Mwakyusa", "Said", "Lyimo", "Shirima"],
    government: ["Ministry of Industry and Trade", "Tanzania Communications Regulatory Authority"],
    academia: ["University of Dar es Salaam", "Nelson Mandela African Institution of Science and Technology"],
    business: ["Kilimanjaro Agro Processors Ltd", "Dar Coastal Logistics Ltd", "Zanzibar Spice Exporters Ltd"],
    consumers: "Tanzanian consumers' advocacy society",
  },
};

const NGOS = ["Women in Digital Network", "Open Data Initiative", "Green Growth Forum", "Youth in Tech Alliance"];

const JOB_TITLES: Readonly<Record<StakeholderGroup, readonly string[]>> = {
  NSB_STAFF: ["Standards officer", "Head of standards development", "Technical committee secretary", "International relations officer", "Conformity assessment officer"],
  GOVERNMENT_REGULATOR: ["Policy analyst", "Deputy director, digital economy", "Regulatory officer", "Technical adviser"],
  INDUSTRY: ["Quality manager", "Information security manager", "Compliance lead", "Product engineer"],
  SME: ["Owner", "General manager", "Operations manager"],
  WOMEN_OWNED_BUSINESS: ["Founder and CEO", "Managing director", "Co-founder"],
  ACADEMIA_RESEARCH: ["Lecturer", "Senior researcher", "Associate professor"],
  CONSUMER: ["Programme officer", "Consumer advocate"],
  NGO: ["Programme coordinator", "Project officer"],
  OTHER: ["Consultant", "Independent expert"],
};

const SEXES: readonly (readonly [Sex, number])[] = [["FEMALE", 48], ["MALE", 48], ["OTHER", 2], ["UNDISCLOSED", 2]];
const AGE_BANDS: readonly (readonly [AgeBand, number])[] = [
  ["UNDER_25", 6], ["AGE_25_34", 28], ["AGE_35_44", 30], ["AGE_45_54", 22], ["AGE_55_PLUS", 10], ["UNDISCLOSED", 4],
];
const STAKEHOLDER_GROUPS: readonly (readonly [StakeholderGroup, number])[] = [
  ["NSB_STAFF", 34], ["GOVERNMENT_REGULATOR", 18], ["INDUSTRY", 14], ["SME", 9], ["ACADEMIA_RESEARCH", 10],
  ["WOMEN_OWNED_BUSINESS", 5], ["CONSUMER", 3], ["NGO", 4], ["OTHER", 3],
];

/** Lower-cased, accents stripped, whitespace collapsed: the key used for duplicate detection. */

/** ASCII slug for e-mail local parts ("Đức Minh" -> "duc-minh"). */
function slug(text: string): string {
  return normalizePersonName(text).replace(/đ/g, "d").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function employer(rng: Rng, people: CountryPeople, group: StakeholderGroup, nsbAcronym: string): string {
  switch (group) {
    case "NSB_STAFF": return nsbAcronym;
    case "GOVERNMENT_REGULATOR": return pick(rng, people.government);
    case "INDUSTRY": return pick(rng, people.business);
    case "SME": return chance(rng, 0.4) ? "SME Association" : pick(rng, people.business);
    case "WOMEN_OWNED_BUSINESS": return pick(rng, people.business);
    case "ACADEMIA_RESEARCH": return pick(rng, people.academia);
    case "CONSUMER": return people.consumers;
    case "NGO": return pick(rng, NGOS);
    case "OTHER": return "Independent consultant";
  }
}

export interface ParticipantQuota {
  organizationId: string;
  acronym: string;
  countryCode: string;
  count: number;
}

/** Builds `count` fictional participants per NSB; every full name is unique across the set. */
export function buildParticipants(rng: Rng, quotas: readonly ParticipantQuota[]): Prisma.ParticipantCreateManyInput[] {
  const rows: Prisma.ParticipantCreateManyInput[] = [];
  const usedNames = new Set<string>();
  for (const quota of quotas) {
    const people = PEOPLE[quota.countryCode];
    if (people === undefined) throw new Error(`No demo names for country ${quota.countryCode}`);
    for (let i = 0; i < quota.count; i++) {
      const sex = weighted(rng, SEXES);
      let given = "";
      let family = "";
      let fullName = "";
      for (let attempt = 0; attempt < 100 && (fullName === "" || usedNames.has(fullName)); attempt++) {
        const firstNames = sex === "FEMALE" ? people.female : sex === "MALE" ? people.male : chance(rng, 0.5) ? people.female : people.male;
        given = pick(rng, firstNames);
        family = pick(rng, people.family);
        fullName = people.familyFirst ? `${family} ${given}` : `${given} ${family}`;
      }
      if (usedNames.has(fullName)) throw new Error(`Ran out of demo names for ${quota.countryCode}`);
      usedNames.add(fullName);
      const stakeholderGroup = weighted(rng, STAKEHOLDER_GROUPS);
      const number = rows.length + 1;
      rows.push({
        fullName,
        normalizedName: normalizePersonName(fullName),
        email: chance(rng, 0.1) ? null : `${slug(given)}.${slug(family)}.${number}@example.test`,
        sex,
        ageBand: weighted(rng, AGE_BANDS),
        organizationName: employer(rng, people, stakeholderGroup, quota.acronym),
        organizationId: quota.organizationId,
        countryCode: quota.countryCode,
        stakeholderGroup,
        jobTitle: pick(rng, JOB_TITLES[stakeholderGroup]),
        consentToContact: chance(rng, 0.65),
      });
    }
  }
  return rows;
}
