import type { District } from '@casetrail/contract';

/**
 * The magistrate courts of each district, the courts of first instance. Lesotho has a magistrates'
 * court in each of its ten districts, one each outside Maseru (Judiciary of Lesotho, jud.gov.ls,
 * "Magistrate's Court"; Lesotho Times, "crisis as courts teeter on the verge of collapse").
 */
export const MAGISTRATE_COURTS: Readonly<Record<District, readonly string[]>> = {
  berea: ['Berea Magistrate Court'],
  'butha-buthe': ['Butha-Buthe Magistrate Court'],
  leribe: ['Leribe Magistrate Court'],
  mafeteng: ['Mafeteng Magistrate Court'],
  maseru: ['Maseru Magistrate Court'],
  'mohales-hoek': ["Mohale's Hoek Magistrate Court"],
  mokhotlong: ['Mokhotlong Magistrate Court'],
  'qachas-nek': ["Qacha's Nek Magistrate Court"],
  quthing: ['Quthing Magistrate Court'],
  'thaba-tseka': ['Thaba-Tseka Magistrate Court'],
};
