import type { LocaleCatalog } from '../../types';

/** Arabic strings of the learn section: namespace `learn`, every English key. */
const learn: LocaleCatalog<'learn'> = {
  title: 'التعلّم',
  emptyTitle: 'الدورات قادمة',
  emptyDescription: 'ستظهر هنا دروس {{name}} واختباراتها وشهاداتها.',
};

export default learn;
