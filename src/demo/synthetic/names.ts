/**
 * Name tables for the fictional persons, by nationality. Common names only, combined at random: no row is meant
 * to be, or to resemble, a real person.
 */

/** How a name is put together and written: two family names (Hispanic), given then family, or family first. */
export type NameStyle = 'hispanic' | 'given_family' | 'family_first';

export interface NamePool {
  style: NameStyle;
  /** The languages a person of this pool may speak first (ISO 639). */
  languages: readonly string[];
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
}

const words = (text: string): readonly string[] => text.split(' ');

const HISPANIC_MALE = words(
  'José Luis Carlos Juan Jesús Francisco Miguel Ángel Jorge Pedro Rafael Andrés Daniel Eduardo Alejandro ' +
    'Fernando Ricardo Óscar Víctor Javier Manuel Roberto Héctor Wilmer Yorman Yeferson Kevin Jhonny Anderson ' +
    'Jonathan Edwin Nelson Franklin Ignacio Guillermo Enrique Alberto Ramón Julio Mario Gustavo Leonel Brayan Josué',
);
const HISPANIC_FEMALE = words(
  'María Ana Carmen Rosa Yolanda Daniela Gabriela Andrea Yusmary Dolores Rosario Isabel Lucía Patricia Karla ' +
    'Yesenia Marisol Wendy Génesis Dayana',
);
const HISPANIC_FAMILY = words(
  'García López Rodríguez Martínez González Hernández Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz ' +
    'Morales Reyes Cruz Ortiz Gutiérrez Chávez Ramos Vargas Castillo Jiménez Moreno Romero Álvarez Mendoza Ruiz ' +
    'Aguilar Medina Castro Rojas Suárez Peña Mejía Contreras Guzmán Salazar Velásquez',
);

function hispanic(extraFamily: string, languages: readonly string[] = ['es']): NamePool {
  return {
    style: 'hispanic',
    languages,
    male: HISPANIC_MALE,
    female: HISPANIC_FEMALE,
    family: [...HISPANIC_FAMILY, ...words(extraFamily)],
  };
}

function pool(style: NameStyle, languages: string, male: string, female: string, family: string): NamePool {
  return {
    style,
    languages: words(languages),
    male: words(male),
    female: words(female),
    family: words(family),
  };
}

export const NAME_POOLS: Record<string, NamePool> = {
  VEN: hispanic('Marcano Zambrano Briceño Colmenares Quintero Villarroel Guerrero Carrasco Rondón Bracho'),
  SLV: hispanic('Argueta Portillo Orellana Ayala Menjívar Alvarenga Alvarado Henríquez Rivas Escobar'),
  HND: hispanic('Zelaya Funes Banegas Midence Murillo Pineda Euceda Cálix'),
  GTM: hispanic('Xol Tzoc Ixcoy Chun Cux Pop Caal Tum', ['es', 'es', 'quc', 'mam']),
  MEX: hispanic('Gallegos Zúñiga Villalobos Ibarra Cervantes Trejo Arellano'),
  CUB: hispanic('Pupo Cabrera Valdés Betancourt Fonseca Figueredo'),
  NIC: hispanic('Sandoval Obando Largaespada Úbeda Chamorro Téllez'),
  COL: hispanic('Restrepo Ospina Cardona Londoño Giraldo Quintero'),
  ECU: hispanic('Quishpe Cevallos Zambrano Chicaiza Andrade Guamán'),
  VNM: pool(
    'family_first',
    'vi',
    'Văn_Minh Văn_Hùng Đức_Anh Quang_Huy Thanh_Tùng Văn_Long Minh_Tuấn',
    'Thị_Lan Thị_Hoa Thị_Mai',
    'Nguyễn Trần Lê Phạm Hoàng Võ Đặng Bùi',
  ),
  LAO: pool(
    'given_family',
    'lo',
    'Bounmy Khamphone Souksavanh Phonesavanh Vilay Sengphet Thongchanh',
    'Manivone Chanthaly Noy',
    'Phommachanh Sisouphanh Keomany Vongsa Chanthavong Souvannavong',
  ),
  JAM: pool(
    'given_family',
    'en',
    'Andre Dwayne Marlon Omar Kemar Ricardo Shane Garfield',
    'Kimberly Shanice Tanisha',
    'Campbell Brown Williams Thompson Clarke Reid McKenzie Gordon Grant Bailey',
  ),
  YEM: pool(
    'given_family',
    'ar',
    'Mohammed Ahmed Ali Abdullah Saleh Nabil Fuad Tariq',
    'Amal Huda Samira',
    'Al-Hakimi Al-Sharabi Saeed Al-Ameri Al-Hadrami Qasem Al-Maqtari',
  ),
  AFG: pool(
    'given_family',
    'prs ps',
    'Ahmad Mohammad Abdul Farid Habib Jawad Rahim Sayed Naveed',
    'Zahra Fatima Mariam Shabnam',
    'Ahmadzai Karimi Rahimi Hakimi Noori Sultani Safi Haidari Stanikzai',
  ),
  IRN: pool(
    'given_family',
    'fa',
    'Reza Ali Hossein Mehdi Amir Saeed Hamid Arash Babak',
    'Maryam Zahra Leila Shirin Narges',
    'Hosseini Mohammadi Ahmadi Rezaei Moradi Karimi Jafari Rahimi Ebrahimi',
  ),
  UZB: pool(
    'given_family',
    'uz',
    'Jasur Bekzod Sherzod Otabek Rustam Dilshod Aziz Sardor',
    'Dilnoza Malika Gulnora Nodira',
    'Rakhimov Yusupov Tursunov Abdullaev Ismoilov Nazarov Saidov Umarov',
  ),
  CHN: pool(
    'family_first',
    'zh',
    'Wei Jun Lei Hao Ming Jian Yong Tao',
    'Fang Mei Xiu Ling',
    'Wang Li Zhang Liu Chen Yang Huang Zhao Lin',
  ),
  NGA: pool(
    'given_family',
    'en yo ig ha',
    'Chinedu Emeka Oluwaseun Ibrahim Tunde Uche Abubakar Yusuf',
    'Ngozi Funmilayo Aisha Chiamaka',
    'Okafor Adeyemi Okonkwo Bello Eze Adebayo Nwosu Balogun',
  ),
  GMB: pool(
    'given_family',
    'en wo mnk',
    'Lamin Ebrima Modou Alieu Ousman Bakary',
    'Fatou Isatou Awa',
    'Jallow Ceesay Jammeh Touray Sanneh Bah Camara Darboe',
  ),
};

/** Nicknames and other forms a given name is written in across sources (Pepe for José, Mohamed for Mohammed). */
export const NAME_FORMS: Record<string, readonly string[]> = {
  José: ['Pepe'],
  Francisco: ['Paco', 'Pancho'],
  Jesús: ['Chuy'],
  Guillermo: ['Memo'],
  Alberto: ['Beto'],
  Roberto: ['Beto'],
  Eduardo: ['Lalo'],
  Ignacio: ['Nacho'],
  Enrique: ['Quique'],
  Manuel: ['Manolo'],
  Alejandro: ['Alex'],
  Rosario: ['Charo'],
  Dolores: ['Lola'],
  Jhonny: ['Johnny', 'Jhony'],
  Yeferson: ['Jefferson', 'Yefferson'],
  Brayan: ['Bryan'],
  Mohammed: ['Mohamed', 'Muhammad'],
  Mohammad: ['Mohammed', 'Muhammad'],
  Ahmed: ['Ahmad'],
  Hossein: ['Hosein', 'Husain'],
  Oluwaseun: ['Seun'],
  Abdul: ['Abdoul'],
};
