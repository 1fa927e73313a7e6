import '../messages/fr/screens';

export { default } from '../features/directory/DirectoryScreen';
