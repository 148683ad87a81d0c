/**
 * English strings of the community section: namespace `community`, the source of its keys. Every other
 * language's file has each of them (its type, `LocaleCatalog<'community'>`, lists a missing one).
 */
const community = {
  title: 'Community',
  emptyTitle: 'The community is coming',
  emptyDescription: 'Discuss trades, setups and ideas with the other traders of {{name}}.',
};

export default community;
