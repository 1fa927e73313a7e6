import '../messages/fr/screens';

export { default } from '../features/trainings/TrainingImportScreen';
