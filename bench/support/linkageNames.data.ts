/**
 * Name tables for the synthetic linkage benchmark (`linkageData.ts`). Every list is in rough order of frequency,
 * most common first, as the names are spread among people from Mexico, Central America, Venezuela, Colombia and
 * Ecuador; `linkageData.ts` turns rank into a Zipf-like weight, so only the order matters. Names are combined at
 * random: no combination is meant to be, or to resemble, a real person.
 *
 * The lists are written as words separated by spaces; an underscore joins the words of one name (`de_la_Cruz`).
 * The nicknames were collected for this benchmark from common Spanish usage, not from the linkage engine's tables,
 * so that the benchmark does not test the engine against its own data.
 */

const words = (text: string): readonly string[] =>
  text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/_/g, ' '));

/** Family names, about 700, with particles (`de la Cruz`) at realistic ranks and a long tail of regional names. */
export const SURNAMES = words(`
  García Hernández Martínez López González Rodríguez Pérez Sánchez Ramírez Flores Cruz Gómez Morales Reyes Díaz
  Torres Gutiérrez Ramos Rivera Romero Mendoza Jiménez Vásquez Castillo Ortiz Álvarez Moreno Chávez Ruiz
  Aguilar Castro Vargas Herrera Medina Rojas Guzmán Contreras Domínguez Méndez Salazar Alvarado Mejía Portillo
  Rivas Orellana Velásquez Juárez Luna Ortega Guerrero Estrada Molina Sandoval Figueroa Núñez Ríos Escobar
  de_León Cabrera Campos Navarro Vega Fuentes Cortés Delgado Soto Acosta Carrillo Pineda Maldonado Espinoza
  Ávila Benítez Cervantes Bautista de_la_Cruz Miranda Marín Paredes Solís Lara Valdez Suárez Peña Santos
  Salinas Rosales Trejo Zamora Padilla Barrera Pacheco Velázquez Villalobos Calderón Osorio Ayala Guevara Arias
  Ibarra Ochoa Montes Quintero Zúñiga Villanueva Galindo Cárdenas Rangel Murillo Serrano Leiva Zelaya Argueta
  Hidalgo Lozano Escalante Carranza Cuevas Bonilla Henríquez Palacios Aguirre Andrade Coronado Tapia Arellano
  Duarte Franco Gallegos Lemus Mora Marroquín Meléndez Montoya Mercado Quiroz Valencia Zavala Ponce Robles
  Galván Esquivel Cisneros Barrios Cano Solano Beltrán Fajardo Quintanilla Olivares Barahona Rubio Cordero
  Montenegro Sosa Orozco Muñoz de_Jesús Amaya Avilés Cornejo Alfaro Aquino Granados Ventura Zepeda Velasco
  Benavides Arévalo Guardado Recinos Umaña Alvarenga Menjívar Villatoro Chicas Funes Canales Lagos Turcios Paz
  Maradiaga Ordóñez Matute Amador Bustillo Varela Valladares Sierra Cárcamo Alemán Caballero Chinchilla
  Aguilera de_la_Rosa Zapata Garza Villarreal Treviño Saldaña Tovar Nava Olvera Camacho Bermúdez Sotelo Huerta
  Quezada Ledesma Arriaga Vela Becerra Corona Rendón Tello Vera Macías Cantú Jaramillo Enríquez Márquez Mata
  Escamilla Bravo Espinosa Esparza Zárate Magaña Serna Villegas Villa Rocha Quiñones Arteaga Chacón Ávalos
  Barajas Lugo Uribe Salas Valenzuela Hinojosa Carrasco de_los_Santos Ocampo Tirado Solórzano Báez Blanco Parra
  Marcano Zambrano Briceño Colmenares Villarroel Rondón Bracho Urdaneta Montilla Bastidas Hurtado Perdomo
  Linares Salcedo Mujica Rengifo Uzcátegui Carrero Moncada Chirinos Yépez Albornoz Restrepo Ospina Cardona
  Londoño Giraldo Arango Gaviria Henao Correa Mosquera Vélez Agudelo Castaño Bedoya Cevallos Guamán Quishpe
  Chicaiza Naranjo Villacís Sarmiento Chamorro Téllez Obando Úbeda Zeledón Mairena Urbina Membreño Dávila
  Mayorga de_la_Torre del_Valle Sorto Serpas Landaverde Cañas Merino Flamenco Mancía Coreas Batres Posada Dubón
  Ábrego Asencio Carballo Cerén Euceda Midence Banegas Cálix Discua Irías Elvir Oseguera Oyuela Almendares Xol
  Tzoc Ixcoy Caal Pop Cux Tum Coc Choc Tiul Chun Yat Ajú Ixcot Tzul Lima Girón Monterroso Barillas Cifuentes
  Samayoa Orantes Gramajo Archila Ovalle Arana Godoy Cáceres Lobo Nolasco Pérez_de_León Rosa Corea Ulloa Bonito
  Aparicio Córdova Rosario Leal Vallejo Salguero Jovel Carías Dueñas Cortez Aguiluz del_Cid Ruano Galdámez
  Quijada Martel Lazo Palma Hércules Lovo Mena Rauda Tejada Mendizábal Callejas Chévez Barraza Sibrián Cea
  Aldana Valle Mármol Peraza Tobar Cuéllar Castellanos Castellón Mazariego Sagastume Alas Cabezas Escalón
  Maravilla de_Paz Ardón Murcia Sevilla Bran Mazariegos Najarro Interiano Polanco Zaldaña Quinteros Valdivieso
  Melgar Jandres Machado Bolaños Arce Avendaño Argumedo Gavidia Osegueda Rodas Montano Catota Pichinte Zometa
  D'Aubuisson Regalado Saravia Bardales Pleitez Villeda Madrid Guillén Sabillón Ferrufino Cantarero Raudales
  Zerón Espinal Laínez Reconco Mondragón Benavidez Cerrato Cabañas Alonzo Pagoada Argeñal Bustamante Arita
  Osorto Moradel Andino Aceituno Ayestas Lanza de_la_O Guerra Pavón Fonseca del_Río de_los_Reyes Valdés Pupo
  Figueredo Betancourt Fernández Gil Prieto Roque Vázquez Iglesias Santana Sáenz Hurtado_de_Mendoza Bermejo
  Calvo Cuenca Luján Pastor Soler Toledo Ferrer Rey Crespo Nieto Pascual Herrero Montero Lorenzo Vicente Arroyo
  Garrido Marcos Esteban Pardo Mateo Carmona Ibáñez Benito Lozada Gallardo Pizarro Trujillo Rueda Montiel
  Zurita Quevedo Sepúlveda Ruelas Loera Meza Tamayo Valadez Oropeza Páez Escobedo Cabello Pinto Salgado Cuadra
  Lacayo Argüello Agüero Somarriba Aráuz Espinales Cajina Obregón Largaespada Mendieta Baltodano Rugama
  Sequeira Gadea Jarquín Matamoros Ortiz_de_Zárate Paniagua Montalván Tinoco Huete Blandón Picado Gaitán Moraga
  Pichardo Cardenal Caldera Lanuza Mayorquín Toruño Fley del_Ángel Pilco Toapanta Caiza Chimbo Tenesaca
  Guachamín Cuji Tipán Lema Yupa Loor Moncayo Bermeo Rentería Palacio Cuesta Urrego Echeverri Betancur Otálvaro
  Duque Cadavid Zuluaga Atehortúa Tabares Quiceno Arbeláez Marulanda Osorno Villamizar Rincón Suaza Hoyos
  Benjumea Cuartas Álzate Usuga Piedrahita Mesa Piñango Guédez Querales Añez Arocha Vielma Pernía Yánez
  Sulbarán Petit Chacín Rivero Silva Sanoja Figuera Guaita Marval Cedeño Brito Zerpa Ramones Castellano
  Belisario Escalona Canelón Pimentel Freites Istúriz Liendo Quiñónez Alfonzo Alcalá Padrón Bolívar Lander
  Acevedo Alarcón Alcaraz Almanza Amezcua Anguiano Aranda Arredondo Arrieta Baca Barragán Bernal Bueno Burgos
  Cabral Cadena Carbajal Casillas Ceballos Cedillo Cobos Colín Dorado Echeverría Elizondo Frías Gallo Gamboa
  Gámez Haro Holguín Iñiguez Landa Lira Llamas Loza Lucio Luévano Manzano Marrero Mojica Moya Muro Nájera
  Noriega Olmos Orta Osuna Palomares Plascencia Portales Preciado Quintana Rico Robledo Rosas Ruvalcaba Saucedo
  Segura Tafoya Tejeda Terán Urías Valles Villaseñor Zaragoza
`);

/** Men's given names. */
export const MALE_GIVEN = words(`
  José Juan Luis Carlos Jorge Jesús Francisco Miguel Ángel Pedro Manuel Antonio Mario Óscar Kevin Roberto Eduardo
  Alejandro Daniel David Ricardo Fernando Javier Rafael Sergio Víctor Julio Héctor Raúl Rubén Edwin Nelson Wilson
  Marvin Walter Mauricio Josué Cristian Erick Jonathan Brayan Alexander Christian Andrés Diego Gustavo Enrique
  Alberto Ernesto Hugo Arturo Armando Alfredo Guillermo Ramón René Rigoberto Gilberto Samuel Santos Salvador
  Israel Abraham Adrián Alexis Anderson Yeferson Jhon Jefferson Yorman Wilmer Elmer Omar Osmín Henry Edgar
  Franklin Freddy Geovanny Jairo Jaime Joel Leonel Lorenzo Marco Marcos Martín Mateo Noé Orlando Pablo Ramiro
  Reinaldo Rodrigo Rolando Saúl Sebastián Tomás Ulises Vicente William Wilfredo Yovani Alex Álvaro Amílcar Ariel
  Axel Benjamín Bryan Camilo César Cristóbal Darwin Dennis Douglas Edgardo Edison Efraín Elías Eliseo Emilio
  Esteban Ezequiel Fabián Felipe Félix Gabriel Gerardo Germán Gregorio Hernán Humberto Ignacio Isaac Iván Jacinto
  Joaquín Julián Leandro Leonardo Lucas Marcelo Mariano Matías Moisés Nicolás Octavio Pascual Patricio Rosendo
  Santiago Teodoro Valentín Wilber Yonatan Agustín Aníbal Baltazar Bernardo Catarino Cipriano Claudio Dagoberto
  Demetrio Domingo Elvin Erasmo Eugenio Fausto Fidel Florencio Gonzalo Heriberto Hilario Ismael Jacobo Jeremías
  Jerónimo Lázaro Leopoldo Macario Marcial Melvin Nahúm Natanael Nery Nehemías Oswaldo Osvaldo Rosalío Rutilio
  Silvio Teófilo Tránsito Ovidio Gerson Byron Kelvin Denis Jeison Yoel Yeison Jhonatan Reynaldo Alonso Anselmo
  Bladimir Celestino Cruz Dimas Ebenezer Eleazar Eliú Evaristo Fredy Genaro Gilmar Higinio Inocente Isidro
  Jonás Juvencio Lisandro Luciano Maximiliano Medardo Misael Napoleón Neftalí Obdulio Olvin Porfirio Remberto
  Saturnino Selvin Severiano Tito Ubaldo Vladimir Yair Yordy Zacarías
`);

/** Women's given names. */
export const FEMALE_GIVEN = words(`
  María Ana Rosa Guadalupe Carmen Sandra Patricia Gabriela Daniela Andrea Karla Wendy Jessica Yesenia Claudia
  Sonia Marta Silvia Elena Laura Verónica Alejandra Mariana Fernanda Valeria Paola Sofía Lucía Isabel Teresa Gloria
  Reina Blanca Cecilia Dolores Rosario Margarita Josefina Juana Francisca Esperanza Adriana Alicia Beatriz Brenda
  Carolina Catalina Cristina Diana Dayana Elizabeth Estefanía Evelyn Flor Glenda Heidy Iris Jacqueline Jennifer
  Johana Joselyn Julia Karen Katherine Kimberly Leticia Lilian Lorena Luz Maribel Marisol Marlene Mayra Mercedes
  Milagros Mirna Mónica Nancy Natalia Norma Olga Paula Raquel Rocío Roxana Ruth Sara Susana Tatiana Vanessa
  Victoria Xiomara Yamileth Yolanda Zoila Ximena Génesis Yuliana Yusmary Yoselin Yenny Yaneth Yessica Yadira
  Nayeli Nelly Noemí Ofelia Pamela Perla Priscila Rebeca Regina Rosalba Rubí Tania Vilma Virginia Ingrid Irma
  Jazmín Jimena Katia Keila Leidy Lesly Lidia Liliana Lourdes Luisa Magdalena Marcela Mariela Marina Maritza
  Miriam Nora Olivia Petrona Reyna Rosalinda Rosaura Saraí Socorro Soledad Stefany Suyapa Concepción Consuelo
  Graciela Hilda Ileana Inés Irene Josefa Juliana Karina Lilia Lucrecia Marisela Maura Nidia Odalys Rosibel
  Rosmery Sulma Telma Yanira Dalia Damaris Delmy Digna Edith Elsa Elvia Emilia Erika Estela Eva Fátima Floridalma
  Gladys Griselda Hortensia Isamar Jackeline Kenia Madeline Marleny Melissa Migdalia Mildred Nuria Rina Sabrina
  Sindy Vivian Yamilet Yaritza Yuridia Zuleyma Aracely Aurora Azucena Berta Candelaria Celia Clara Dora Eugenia
  Herminia Imelda Leonor Modesta Natividad Paulina Ramona Tomasa Vicenta Ángela Antonia Amalia Bertha Carla
  Cinthia Delia Doris Emperatriz Esmeralda Fabiola Felícita Gisela Hermelinda Jenifer Lisbeth Manuela Marielos
  Nohemí Orfilia Yesica Zenaida
`);

/** Second given names that only follow a first one (`María del Carmen`, `Juan de Dios`, `José María`). */
export const FEMALE_SECOND_ONLY = words(
  'del_Carmen de_los_Ángeles de_Jesús del_Rosario de_la_Paz de_Lourdes José del_Pilar de_la_Cruz de_Fátima ' +
    'de_los_Milagros del_Socorro',
);
export const MALE_SECOND_ONLY = words('de_Jesús de_Dios María del_Carmen de_la_Cruz');

/**
 * Familiar forms a relative or a news report may use for a given name. Chepe and Chema are Central American;
 * the rest are common across the Spanish-speaking countries the lists cover.
 */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  José: ['Pepe', 'Chepe'],
  Francisco: ['Paco', 'Pancho', 'Chico'],
  Guadalupe: ['Lupe', 'Lupita'],
  Jesús: ['Chuy', 'Chucho'],
  Ignacio: ['Nacho'],
  Roberto: ['Beto'],
  Alberto: ['Beto'],
  Gilberto: ['Beto'],
  Humberto: ['Beto'],
  Eduardo: ['Lalo'],
  Enrique: ['Kike'],
  Guillermo: ['Memo'],
  Antonio: ['Toño'],
  Manuel: ['Manolo'],
  Alejandro: ['Alex'],
  Rafael: ['Rafa'],
  Luis: ['Lucho'],
  Ernesto: ['Neto'],
  Ramón: ['Moncho'],
  Rigoberto: ['Rigo'],
  Fernando: ['Nando'],
  Santiago: ['Chago'],
  Dolores: ['Lola'],
  Concepción: ['Concha', 'Conchita'],
  Rosario: ['Charo', 'Chayo'],
  Mercedes: ['Meche'],
  Consuelo: ['Chelo'],
  Isabel: ['Chabela'],
  Teresa: ['Tere'],
  Graciela: ['Chela'],
  Margarita: ['Mago'],
  Socorro: ['Coco'],
  Josefa: ['Pepa', 'Chepa'],
  Francisca: ['Paca', 'Pancha'],
};

/** A country of citizenship as each source writes it, with its share of the people in the lists. */
export interface CountryName {
  code: string;
  english: string;
  spanish: string;
  weight: number;
}

export const COUNTRIES: readonly CountryName[] = [
  { code: 'SLV', english: 'EL SALVADOR', spanish: 'El Salvador', weight: 20 },
  { code: 'VEN', english: 'VENEZUELA', spanish: 'Venezuela', weight: 24 },
  { code: 'HND', english: 'HONDURAS', spanish: 'Honduras', weight: 16 },
  { code: 'GTM', english: 'GUATEMALA', spanish: 'Guatemala', weight: 16 },
  { code: 'MEX', english: 'MEXICO', spanish: 'México', weight: 14 },
  { code: 'COL', english: 'COLOMBIA', spanish: 'Colombia', weight: 4 },
  { code: 'ECU', english: 'ECUADOR', spanish: 'Ecuador', weight: 4 },
  { code: 'NIC', english: 'NICARAGUA', spanish: 'Nicaragua', weight: 2 },
];

/** Keys next to each letter on a Spanish QWERTY keyboard (ñ sits right of l), for typing slips. */
export const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  q: 'wa',
  w: 'qeas',
  e: 'wrds',
  r: 'etdf',
  t: 'ryfg',
  y: 'tugh',
  u: 'yihj',
  i: 'uojk',
  o: 'ipkl',
  p: 'olñ',
  a: 'qwsz',
  s: 'awedxz',
  d: 'serfcx',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kopñ',
  ñ: 'lp',
  z: 'asx',
  x: 'zsdc',
  c: 'xdfv',
  v: 'cfgb',
  b: 'vghn',
  n: 'bhjm',
  m: 'njk',
};
